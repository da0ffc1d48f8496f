import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Never written to a log: credentials in request headers (pino-http logs each request's headers)
 * and in graphql-ws connection parameters.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'connectionParams.authorization',
];

/** The HTTP request being served, if any, in this async context (see {@link withRequestId}). */
const requestScope = new AsyncLocalStorage<string>();

/**
 * Runs `fn` (and everything it starts) as part of the request `reqId`: each line any logger writes
 * meanwhile carries `reqId`, whatever logger it uses (resolvers, services, error formatting).
 */
export function withRequestId<T>(reqId: string, fn: () => T): T {
  return requestScope.run(reqId, fn);
}

/** JSON logs on stdout (pino); `LOG_LEVEL=silent` in tests and the demo. */
export function createLogger(level: string, name = 'sift', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // A logger already bound to a request (pino-http's req.log) carries its ID once, not twice.
    mixin: (_object, _level, logger) => {
      const reqId = requestScope.getStore();
      return reqId === undefined || 'reqId' in logger.bindings() ? {} : { reqId };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
