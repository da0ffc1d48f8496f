import type { MikroORM } from '@mikro-orm/postgresql';

/** Applies pending migrations; returns their names. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}

/** SQL that would still be needed to make the database match the entities (empty when in sync). */
export async function pendingSchemaDiff(orm: MikroORM): Promise<string> {
  return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
}
