import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, withRequestId } from './logger.js';

/** A logger writing into an array of lines. */
function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('info', 'test', sink), lines };
}

describe('logger', () => {
  it('stamps every line written while a request is served with its ID, whatever logger writes it', async () => {
    const { logger, lines } = capture();
    logger.info('outside');
    await withRequestId('req-42', async () => {
      await Promise.resolve();
      logger.info('in a resolver, after an await');
      logger.child({ component: 'service' }).warn('in a service');
      logger.child({ reqId: 'req-42' }).info('bound already');
    });
    const parsed = lines.map((l) => JSON.parse(l) as { msg: string; reqId?: string });
    expect(parsed.map((p) => [p.msg, p.reqId])).toEqual([
      ['outside', undefined],
      ['in a resolver, after an await', 'req-42'],
      ['in a service', 'req-42'],
      ['bound already', 'req-42'],
    ]);
    expect(lines[3]!.match(/"reqId"/g)).toHaveLength(1);
  });

  it('redacts credentials in logged request headers', () => {
    const { logger, lines } = capture();
    logger.info(
      { req: { headers: { authorization: 'Bearer sk_secret', cookie: 'session=abc', host: 'x' } } },
      'request',
    );
    expect(lines[0]).not.toMatch(/sk_secret|session=abc/);
    expect(JSON.parse(lines[0]!).req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', host: 'x' });
  });
});
