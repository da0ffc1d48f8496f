import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pinoHttp } from 'pino-http';
import { withRequestId, type Logger } from '../shared/logger.js';
import type { Metrics } from './metrics.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An incoming request ID is kept when it looks like one (a UUID, a proxy's trace ID); else a new one. */
const SANE_ID = /^[\w.:@/+=-]{1,128}$/;

/** Requests logged at debug only: probes and scrapes come every few seconds. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Every HTTP request gets an ID, from a sane incoming `X-Request-Id` (a proxy's) or a new UUID:
 * returned in the `X-Request-Id` response header, on the request's log line (pino-http: method,
 * URL, status, time; the `Authorization` header redacted, see `createLogger`), on `req.log` for
 * later handlers (the GraphQL context takes it from there), and counted in
 * `sift_http_requests_total` by route.
 */
export function requestLog({
  logger,
  metrics,
  routes,
}: {
  logger: Logger;
  metrics: Metrics;
  /** Paths kept as route labels (a request under one counts as it); others count as `other`. */
  routes: readonly string[];
}): RequestHandler[] {
  const http = pinoHttp({
    logger,
    // req.log (what handlers and resolvers log with) carries only the ID, not the whole request.
    quietReqLogger: true,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      if (QUIET_PATHS.has(pathOf(req))) return 'debug';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
  });
  const routeOf = (req: IncomingMessage) => {
    const path = pathOf(req);
    return routes.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other';
  };
  const count: RequestHandler = (req, res, next) => {
    // Read now: routers below rewrite req.url for the handlers they mount.
    const route = routeOf(req);
    res.once('finish', () => {
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    // Whatever logs while this request is served (any logger) carries its ID.
    withRequestId(String(req.id), next);
  };
  return [http, count];
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** The request's ID (set by {@link requestLog}), if it went through it. */
export function requestIdOf(req: IncomingMessage): string | undefined {
  const id = (req as IncomingMessage & { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
