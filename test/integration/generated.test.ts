import { generate, loadContext } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingSchemaDiff } from '../../src/db/migrate.js';
import { initOrm } from '../../src/db/orm.js';
import { createSchema, printSchemaFile, SCHEMA_FILE } from '../../src/graphql/schema.js';
import { createProgressBus } from '../../src/graphql/pubsub.js';
import { ROOT } from '../support/files.js';
import { freshDatabase } from '../support/test-app.js';

describe('generated files match the code', () => {
  it('schema/schema.graphql is the schema the resolvers build (npm run schema:emit)', async () => {
    const bus = createProgressBus('redis://127.0.0.1:6379', 'unused');
    const schema = await createSchema(bus.typeGraphqlPubSub);
    await bus.dispose();
    expect(printSchemaFile(schema)).toBe(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('the SDK is what codegen.yml generates from the schema (npm run codegen)', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const context = await loadContext(path.join(ROOT, 'codegen.yml'));
      const outputs = await generate(context, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        expect(output.content, `${output.filename} is stale: run npm run generate`).toBe(
          await readFile(path.resolve(ROOT, output.filename), 'utf8'),
        );
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('migrations/ brings an empty database to exactly the entities (npm run migration:create)', async () => {
    const db = await freshDatabase();
    const orm = await initOrm(db.url);
    try {
      expect(await pendingSchemaDiff(orm)).toBe('');
    } finally {
      await orm.close();
      await db.drop();
    }
  });
});
