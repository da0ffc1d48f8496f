/**
 * Generates a migration from the difference between the entities and the committed migrations:
 * applies the existing migrations to a scratch database, diffs, writes `migrations/`, and
 * re-writes `migrations/index.ts`.
 */
import 'reflect-metadata';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { dropDatabase, ensureDatabase } from '../db/database-admin.js';
import { initOrm, MIGRATIONS_DIR } from '../db/orm.js';

const config = loadConfig();
const scratch = new URL(config.databaseUrl);
scratch.pathname = `/sift_migration_scratch_${process.pid}`;
const url = scratch.toString();

await ensureDatabase(url);
const orm = await initOrm(url);
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(MIGRATIONS_DIR, false, false, process.argv[2]);
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes: entities match the migrations');
} finally {
  await orm.close(true);
  await dropDatabase(url);
}

const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
const imports = files.map((f, i) => `import { ${className(f)} as M${i} } from './${f.replace(/\.ts$/, '.js')}';`);
const entries = files.map((f, i) => `  { name: '${path.basename(f, '.ts')}', class: M${i} },`);
await writeFile(
  path.join(MIGRATIONS_DIR, 'index.ts'),
  [
    '// The migrations, in order. Written by `npm run migration:create`: do not edit by hand.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...imports,
    '',
    'export const migrationsList: MigrationObject[] = [',
    ...entries,
    '];',
    '',
  ].join('\n'),
);

function className(file: string): string {
  return path.basename(file, '.ts').replace(/[^\w]/g, '_');
}
