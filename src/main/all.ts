/** Development all-in-one: migrations, then API and a worker in one process (`npm start`). */
import 'reflect-metadata';
import { ensureDatabase } from '../db/database-admin.js';
import { migrateUp } from '../db/migrate.js';
import { initOrm } from '../db/orm.js';
import { createSchema } from '../graphql/schema.js';
import { startApiServer } from '../graphql/server.js';
import { runProcess } from './process.js';

await runProcess(
  'all',
  async (container) => {
    const server = await startApiServer(container, await createSchema(container.bus.typeGraphqlPubSub));
    const worker = container.startWorker();
    return async () => {
      await server.close();
      await worker.close();
    };
  },
  async (config) => {
    await ensureDatabase(config.databaseUrl);
    const orm = await initOrm(config.databaseUrl);
    await migrateUp(orm);
    await orm.close();
  },
);
