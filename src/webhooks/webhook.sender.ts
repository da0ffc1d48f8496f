/**
 * One HTTP attempt: POST the body, signed, with a total time limit; no redirects followed (a 3xx
 * is a failure, and a redirect could lead to an address the checks refused); the answer's body
 * is not read.
 */
import http from 'node:http';
import https from 'node:https';
import { blockedLiteral, BlockedAddressError, publicOnlyLookup } from './webhook-url.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook.signature.js';

export interface SendRequest {
  url: string;
  secret: string;
  body: string;
  eventId: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** `status`: the HTTP status, or null when no answer came (refused, timed out, blocked). */
export type SendResult = { ok: true; status: number } | { ok: false; status: number | null; error: string };

const USER_AGENT = 'Sift-Webhooks/1';

export function sendWebhook(request: SendRequest): Promise<SendResult> {
  const { url, secret, body, eventId, timeoutMs, allowPrivate } = request;
  const target = new URL(url);
  const blocked = allowPrivate ? null : blockedLiteral(target);
  if (blocked) return Promise.resolve({ ok: false, status: null, error: new BlockedAddressError(blocked).message });
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const settle = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = client.request(
      target,
      {
        method: 'POST',
        // A connection of its own: a slow receiver holds nothing other deliveries need.
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': USER_AGENT,
          [SIGNATURE_HEADER]: signatureHeader(secret, body),
          'sift-event-id': eventId,
        },
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        // The answer's status is all that counts; its body is dropped unread.
        res.on('error', () => undefined);
        res.destroy();
        settle(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` });
      },
    );
    const timer = setTimeout(() => {
      settle({ ok: false, status: null, error: `no answer within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error) => settle({ ok: false, status: null, error: error.message }));
    req.end(body);
  });
}
