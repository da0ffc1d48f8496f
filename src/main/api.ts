/** The API process: GraphQL over HTTP and WebSocket. Run any number of them. */
import 'reflect-metadata';
import { createSchema } from '../graphql/schema.js';
import { startApiServer } from '../graphql/server.js';
import { runProcess } from './process.js';

await runProcess('api', async (container) => {
  const server = await startApiServer(container, await createSchema(container.bus.typeGraphqlPubSub));
  const worker = container.config.embeddedWorker ? container.startWorker() : null;
  return async () => {
    await server.close();
    await worker?.close();
  };
});
