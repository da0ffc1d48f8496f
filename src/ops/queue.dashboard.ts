import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Request, RequestHandler, Response, Router } from 'express';
import type { Queue } from 'bullmq';
import { createHash, timingSafeEqual } from 'node:crypto';

export const DASHBOARD_PATH = '/admin/queues';

/**
 * The queue dashboard (bull-board) for operators, behind `ADMIN_TOKEN`: sent as a bearer token, or
 * as the password of HTTP basic auth (any user name) so that a browser can open it. Read-only:
 * jobs are retried and cancelled through the API (`retryTask`, `cancelTask`), which keeps the
 * fair-share bookkeeping and the credits right; the dashboard shows what the queue holds.
 * Its page, scripts and styles come from the installed package; the one link the package's page
 * makes to a font CDN is taken out, and the page's Content-Security-Policy allows nothing remote.
 */
export function queueDashboard({
  queues,
  adminToken,
}: {
  queues: readonly Queue[];
  adminToken: string;
}): RequestHandler[] {
  const serverAdapter = new LocalAssetsAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true, allowRetries: false })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Sift queues' } },
  });
  return [adminOnly(adminToken), noRemoteAssets, serverAdapter.getRouter() as Router];
}

/** bull-board's page, without the stylesheet link it makes to a font CDN (the fonts fall back to the system's). */
class LocalAssetsAdapter extends ExpressAdapter {
  override setEntryRoute(routeDef: Parameters<ExpressAdapter['setEntryRoute']>[0]): ExpressAdapter {
    const handler = (_req: Request, res: Response, next: (error?: unknown) => void) => {
      const { name, params } = routeDef.handler({ basePath: this.basePath, uiConfig: this.uiConfig });
      res.render(name, params, (error: Error | null, html?: string) => {
        if (error) return next(error);
        res.type('html').send(withoutRemoteLinks(html ?? ''));
      });
    };
    const methods: string[] = Array.isArray(routeDef.method) ? routeDef.method : [routeDef.method];
    for (const method of methods)
      (this.app as unknown as Record<string, (...args: unknown[]) => void>)[method]!(routeDef.route, handler);
    return this;
  }
}

/** Removes `<link>` elements that point off the server (`http:`, `https:`, `//`). */
export function withoutRemoteLinks(html: string): string {
  return html.replace(/<link\b[^>]*\bhref="(?:https?:)?\/\/[^"]*"[^>]*>/gi, '');
}

const noRemoteAssets: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'",
  );
  next();
};

/** Lets the request through only with the admin token; compared in constant time. */
function adminOnly(adminToken: string): RequestHandler {
  const expected = digest(adminToken);
  return (req, res, next) => {
    const given = adminCredential(req.headers.authorization);
    if (given !== null && timingSafeEqual(digest(given), expected)) return next();
    res
      .status(401)
      .set('WWW-Authenticate', 'Basic realm="Sift admin", charset="UTF-8"')
      .json({ error: 'UNAUTHENTICATED', message: 'The admin token is required (Bearer, or the basic-auth password)' });
  };
}

/** The token in `Authorization: Bearer TOKEN`, or the password in `Authorization: Basic base64(user:TOKEN)`. */
export function adminCredential(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer) return bearer[1]!;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1);
}

/** Equal-length digests, so that timingSafeEqual can compare tokens of any length. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
