import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Request headers a browser page may send. Besides the key and the body's type, Apollo's CSRF
 * prevention wants one of its two headers on any request a browser could send without a
 * preflight (a GET, or a multipart upload): `apollo-require-preflight` or `x-apollo-operation-name`.
 */
export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Apollo-Require-Preflight',
  'X-Apollo-Operation-Name',
] as const;

/**
 * CORS for the GraphQL path: pages from `origins` (exact `scheme://host[:port]`) may call the API,
 * no others. Credentials are off: the API key travels in `Authorization`, never in a cookie, so a
 * page can only use a key it was given. Every preflight (OPTIONS) is answered here with 204, the
 * allowed origin's with the Access-Control-Allow-* headers and the others without (the browser
 * then refuses). Before this, OPTIONS reached Apollo, whose CSRF check refused it with a 400.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  return cors({
    // An array, even empty: the cors package answers the preflight itself and sends `Vary: Origin`.
    origin: [...origins],
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    // Readable by the page: how long to wait after RATE_LIMITED.
    exposedHeaders: ['Retry-After'],
    maxAge: 600, // 10 minutes: browsers cap it anyway (Chromium at 2 hours)
    preflightContinue: false,
    optionsSuccessStatus: 204,
  });
}
