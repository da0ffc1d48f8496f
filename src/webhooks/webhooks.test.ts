import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiftError } from '../shared/errors.js';
import { retryDelay } from './webhook.deliverer.js';
import { sendWebhook } from './webhook.sender.js';
import { signatureHeader, verifySignature } from './webhook.signature.js';
import { isPublicAddress, validateWebhookUrl } from './webhook-url.js';

const reasonOf = (url: string, allowPrivate = false): string => {
  try {
    validateWebhookUrl(url, { allowPrivate });
    return 'OK';
  } catch (error) {
    if (!(error instanceof SiftError)) throw error;
    return `${error.code}:${String(error.details.reason)}`;
  }
};

describe('webhook URLs', () => {
  it('accepts public http and https URLs', () => {
    expect(reasonOf('https://example.com/hooks/sift?x=1')).toBe('OK');
    expect(reasonOf('http://93.184.216.34:8080/hook')).toBe('OK');
    expect(reasonOf('https://[2606:4700::1111]/hook')).toBe('OK');
  });

  it('refuses private, loopback, link-local and reserved hosts unless allowed', () => {
    for (const url of [
      'http://localhost:3000/hook',
      'http://api.localhost/hook',
      'http://127.0.0.1/hook',
      'http://10.1.2.3/hook',
      'http://172.16.0.1/hook',
      'http://192.168.1.10/hook',
      'http://169.254.169.254/latest/meta-data', // cloud metadata
      'http://100.64.0.1/hook', // CGNAT
      'http://0.0.0.0/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://[fe80::1]/hook',
      'http://2130706433/hook', // 127.0.0.1 as an integer, which URL normalises
    ]) {
      expect([url, reasonOf(url)]).toEqual([url, 'BAD_USER_INPUT:PRIVATE_ADDRESS']);
      expect([url, reasonOf(url, true)]).toEqual([url, 'OK']);
    }
  });

  it('refuses what is not an http(s) URL one can deliver to', () => {
    expect(reasonOf('ftp://example.com/x')).toBe('BAD_USER_INPUT:UNSUPPORTED_SCHEME');
    expect(reasonOf('file:///etc/passwd')).toBe('BAD_USER_INPUT:UNSUPPORTED_SCHEME');
    expect(reasonOf('javascript:alert(1)')).toBe('BAD_USER_INPUT:UNSUPPORTED_SCHEME');
    expect(reasonOf('example.com/hook')).toBe('BAD_USER_INPUT:INVALID_URL');
    expect(reasonOf('https://u:p@example.com/')).toBe('BAD_USER_INPUT:INVALID_URL');
    expect(reasonOf('https://example.com/#frag')).toBe('BAD_USER_INPUT:INVALID_URL');
  });

  it('classifies addresses', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('127.0.0.1')).toBe(false);
    expect(isPublicAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isPublicAddress('not an ip')).toBe(false);
  });
});

describe('signatures', () => {
  it('verifies what it signs, within the tolerance only', () => {
    const now = Date.now();
    const header = signatureHeader('whsec_test', '{"a":1}', now);
    expect(verifySignature('whsec_test', header, '{"a":1}', { now })).toBe(true);
    expect(verifySignature('whsec_other', header, '{"a":1}', { now })).toBe(false);
    expect(verifySignature('whsec_test', header, '{"a":2}', { now })).toBe(false);
    expect(verifySignature('whsec_test', header, '{"a":1}', { now: now + 301_000 })).toBe(false);
    expect(verifySignature('whsec_test', 'garbage', '{"a":1}', { now })).toBe(false);
  });
});

describe('retry schedule', () => {
  it('doubles from the base up to the cap, within ±20 %', () => {
    const policy = { backoffMs: 60_000, backoffMaxMs: 4 * 3_600_000 };
    expect(retryDelay(1, policy, () => 0.5)).toBe(60_000);
    expect(retryDelay(3, policy, () => 0.5)).toBe(240_000);
    expect(retryDelay(13, policy, () => 0.5)).toBe(4 * 3_600_000);
    expect(retryDelay(1, policy, () => 0)).toBe(48_000);
    expect(retryDelay(1, policy, () => 0.999_999)).toBe(72_000);
    // The defaults (14 attempts) span about a day between the first attempt and the last.
    const total = Array.from({ length: 13 }, (_, i) => retryDelay(i + 1, policy, () => 0.5)).reduce((a, b) => a + b);
    expect(total / 3_600_000).toBeCloseTo(24.25, 2);
  });
});

describe('sending', () => {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(204).end();
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (host: string, allowPrivate: boolean) =>
    sendWebhook({
      url: `http://${host}:${port}/hook`,
      secret: 'whsec_x',
      body: '{}',
      eventId: 'e',
      timeoutMs: 5_000,
      allowPrivate,
    });

  it('never connects to a private address when they are not allowed, by IP or by name', async () => {
    expect(await send('127.0.0.1', false)).toMatchObject({
      ok: false,
      status: null,
      error: expect.stringMatching(/refused to connect/),
    });
    expect(await send('localhost', false)).toMatchObject({
      ok: false,
      status: null,
      error: expect.stringMatching(/refused to connect/),
    });
    expect(hits).toBe(0);
    expect(await send('127.0.0.1', true)).toEqual({ ok: true, status: 204 });
    expect(hits).toBe(1);
  });
});
