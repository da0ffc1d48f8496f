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

/** JSON logs on stdout (pino); `LOG_LEVEL=silent` in tests and the demo. */
export function createLogger(level: string, name = 'sift'): Logger {
  return pino({ name, level, base: { pid: process.pid }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
