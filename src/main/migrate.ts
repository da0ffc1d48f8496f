/** Creates the database if needed and applies pending migrations (`npm run migrate`). */
import 'reflect-metadata';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { ensureDatabase } from '../db/database-admin.js';
import { migrateUp } from '../db/migrate.js';
import { initOrm } from '../db/orm.js';

try {
  loadDotEnv();
  const config = loadConfig();
  if (await ensureDatabase(config.databaseUrl)) console.log('created the database');
  const orm = await initOrm(config.databaseUrl);
  const applied = await migrateUp(orm);
  await orm.close();
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
}
