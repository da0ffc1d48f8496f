import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout (pino); `LOG_LEVEL=silent` in tests and the demo. */
export function createLogger(level: string, name = 'sift'): Logger {
  return pino({ name, level, base: { pid: process.pid } });
}
