/** Writes schema/schema.graphql from the resolvers (`npm run schema:emit`). */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createSchema, printSchemaFile, SCHEMA_FILE } from './schema.js';

const schema = await createSchema({
  publish: () => undefined,
  subscribe: () => ({ [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) }),
});
await writeFile(SCHEMA_FILE, printSchemaFile(schema));
console.log(`wrote ${SCHEMA_FILE}`);
