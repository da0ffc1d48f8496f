import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../shared/logger.js';
import type { Metrics } from './metrics.js';
import { OPS_PATHS, opsRoutes } from './ops.routes.js';
import type { Readiness } from './readiness.js';
import { requestLog } from './request-log.js';

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A worker's small HTTP port (`WORKER_HEALTH_PORT`): `/healthz`, `/readyz` and `/metrics`, as
 * the API answers them, and nothing else (404).
 */
export async function startHealthServer(options: {
  port: number;
  host: string;
  metrics: Metrics;
  readiness: Readiness;
  logger: Logger;
}): Promise<HealthServer> {
  const { port, host, metrics, readiness, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  app.use(...requestLog({ logger, metrics, routes: OPS_PATHS }));
  app.use(opsRoutes({ metrics, readiness, logger }));
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ port: bound }, 'health port listening');
  return {
    port: bound,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // idle keep-alive sockets (Prometheus keeps one open)
      await closed;
    },
  };
}
