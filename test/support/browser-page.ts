/**
 * A page for headless Chromium that reaches a test app on its own origin: serves files and proxies
 * `/graphql` (HTTP and the WebSocket upgrade) to the app, so no CORS is involved; the page posts
 * its result to `/report`.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html' };

export interface PageServer {
  url: string;
  /** What the page posted to /report. */
  report: Promise<string>;
  close(): Promise<void>;
}

/** Serves `html` at `/`, files under `root` by path, `files` by name, and proxies /graphql to `apiUrl`. */
export async function servePage(
  apiUrl: string,
  html: string,
  root: string,
  files: Record<string, string> = {},
): Promise<PageServer> {
  const api = new URL(apiUrl);
  let reported!: (body: string) => void;
  const report = new Promise<string>((resolve) => (reported = resolve));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://page');
    if (url.pathname === '/report') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.end();
        reported(Buffer.concat(chunks).toString('utf8'));
      });
      return;
    }
    if (url.pathname === api.pathname) {
      const upstream = http.request(
        { host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    const file =
      url.pathname === '/'
        ? null
        : (files[url.pathname.slice(1)] ?? path.join(root, path.normalize(decodeURIComponent(url.pathname))));
    if (file && !path.resolve(file).startsWith(root) && !Object.values(files).includes(file)) {
      res.writeHead(403).end();
      return;
    }
    (file ? readFile(file) : Promise.resolve(Buffer.from(html))).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': file ? (TYPES[path.extname(file)] ?? 'application/octet-stream') : 'text/html',
          })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  server.on('upgrade', (req, socket, head) => {
    const upstream = net.connect(Number(api.port), api.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    const end = () => {
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', end);
    socket.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    report,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
