import { Router } from 'express';
import type { Logger } from '../shared/logger.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export const OPS_PATHS = ['/healthz', '/readyz', '/metrics'] as const;

/**
 * What the API and every worker's health port answer, for orchestrators and Prometheus:
 * - `/healthz`: 200 while the process runs (liveness: restart it when this fails);
 * - `/readyz`: 200 when PostgreSQL and Redis answer and no migration is pending, else 503 with
 *   a JSON body saying which check failed and why (readiness: send it no traffic meanwhile);
 * - `/metrics`: the Prometheus text exposition of this process's registry.
 */
export function opsRoutes({
  metrics,
  readiness,
  logger,
}: {
  metrics: Metrics;
  readiness: Readiness;
  logger: Logger;
}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    const report = await readiness.check();
    if (!report.ready) logger.warn({ checks: report.checks }, 'not ready');
    res
      .status(report.ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(report);
  });
  router.get('/metrics', async (_req, res, next) => {
    try {
      const { contentType, body } = await metrics.exposition();
      res.set('Content-Type', contentType).set('Cache-Control', 'no-store').send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
