import express, { type Request, type Response, type Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EXPLORER_PAGE_CSS, EXPLORER_PAGE_SCRIPT } from './explorer.page.js';
import compression from 'compression';

/** Where the explorer's scripts and styles are served from (the page itself is GET /graphql). */
export const EXPLORER_ASSETS_PATH = '/explorer';

const require = createRequire(import.meta.url);
const fileOf = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/**
 * Every file the page loads, from installed packages: nothing comes from a CDN. GraphiQL 4 is the
 * last release with a browser (UMD) build that needs no bundler; it runs on React 18's UMD build
 * (React 19 has none), and subscriptions use graphql-ws's own browser build.
 */
const PACKAGE_ASSETS: Record<string, string> = {
  'react.production.min.js': fileOf('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': fileOf('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': fileOf('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': fileOf('graphiql', 'graphiql.min.css'),
  'graphql-ws.min.js': fileOf('graphql-ws', 'umd/graphql-ws.min.js'),
};
const OWN_ASSETS: Record<string, { type: string; body: string }> = {
  'explorer.js': { type: 'js', body: EXPLORER_PAGE_SCRIPT },
  'explorer.css': { type: 'css', body: EXPLORER_PAGE_CSS },
};

/**
 * The page may load scripts and styles from this origin only, and talk to this origin only
 * (HTTP, and graphql-ws: `'self'` covers ws:// and wss:// to the same host in CSP 3). Inline
 * styles stay allowed: GraphiQL's editors and panes set `style` attributes. The fonts and icons
 * of GraphiQL's stylesheet are data: URLs. No framing (clickjacking), no forms, no <base>.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const commonHeaders = (res: Response) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // Other sites cannot embed the page or its files.
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
};

/**
 * A browser asking for the endpoint itself: a GET without an operation that prefers HTML to JSON
 * (`curl` sends `Accept: * / *` and gets JSON; a query in the URL always goes to GraphQL).
 */
function wantsExplorer(req: Request): boolean {
  if (req.query.query !== undefined || req.query.extensions !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * GraphiQL at GET `graphqlPath` for browsers, with a field for the API key (sent as
 * `Authorization: Bearer <key>`, and as the graphql-ws connection parameter `authorization` for
 * subscriptions), and its assets under `/explorer/`. Mount before the GraphQL middleware.
 */
export function explorerRoutes(graphqlPath: string): Router {
  const router = express.Router();

  router.get(graphqlPath, (req, res, next) => {
    if (!wantsExplorer(req)) return next();
    commonHeaders(res);
    res.setHeader('Content-Security-Policy', EXPLORER_CSP);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cache-Control', 'no-store');
    res.vary('Accept');
    res.type('html').send(explorerHtml(graphqlPath));
  });

  // gzip or brotli as the browser asks: GraphiQL's script and stylesheet are about 1.4 MB as shipped.
  router.get(`${EXPLORER_ASSETS_PATH}/:file`, compression(), (req, res, next) => {
    const { file } = req.params as { file: string };
    commonHeaders(res);
    // Revalidated on each load (ETag): an upgrade of a package shows at once.
    res.setHeader('Cache-Control', 'no-cache');
    if (Object.hasOwn(PACKAGE_ASSETS, file)) return res.sendFile(PACKAGE_ASSETS[file]!);
    if (Object.hasOwn(OWN_ASSETS, file)) {
      const asset = OWN_ASSETS[file]!;
      return res.type(asset.type).send(asset.body);
    }
    next();
  });

  return router;
}

function explorerHtml(graphqlPath: string): string {
  const asset = (file: string) => `${EXPLORER_ASSETS_PATH}/${file}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Sift API explorer</title>
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <link rel="stylesheet" href="${asset('explorer.css')}" />
  </head>
  <body data-endpoint="${graphqlPath}">
    <header class="sift-bar">
      <strong>Sift API</strong>
      <label for="sift-api-key">API key</label>
      <input id="sift-api-key" type="password" autocomplete="off" spellcheck="false" placeholder="sift_..." />
      <span id="sift-key-status" role="status"></span>
    </header>
    <main id="graphiql">Loading the explorer...</main>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphql-ws.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script src="${asset('explorer.js')}"></script>
  </body>
</html>
`;
}
