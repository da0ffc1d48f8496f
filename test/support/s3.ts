/**
 * A local S3-compatible server for tests: s3rver, in this process, on a free port, over a temporary
 * directory. It can be stopped and started again on the same port and directory (an outage), and
 * a test can hold or inspect each request before s3rver sees it (`intercept`).
 */
import S3rver from 's3rver';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LocalS3 {
  bucket: string;
  endpoint: string;
  /** Sift's environment for this server (FILE_STORAGE=s3 and the S3_* variables). */
  env: Record<string, string>;
  /** Runs before s3rver sees a request, which waits for it. */
  intercept: ((req: IncomingMessage, res: ServerResponse) => Promise<void> | void) | null;
  /** Stops answering (an outage); `start()` brings it back with its objects. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its directory. */
  close(): Promise<void>;
}

export async function startLocalS3(bucket = 'sift-test'): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(tmpdir(), 'sift-s3rver-'));
  const s3rver = new S3rver({ directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
  await s3rver.configureBuckets();
  const handle = s3rver.callback();
  let port = 0;
  let server: Server | null = null;
  const local: LocalS3 = {
    bucket,
    endpoint: '',
    env: {},
    intercept: null,
    async start() {
      const listening = createServer((req, res) => {
        void (async () => {
          await local.intercept?.(req, res);
          if (!res.headersSent && !req.destroyed) handle(req, res);
        })();
      });
      await new Promise<void>((resolve, reject) =>
        listening.once('error', reject).listen(port, '127.0.0.1', () => resolve()),
      );
      port = (listening.address() as AddressInfo).port;
      server = listening;
    },
    async stop() {
      const closing = server;
      server = null;
      if (!closing) return;
      const closed = new Promise((resolve) => closing.close(resolve));
      // Keep-alive connections would go on being served.
      closing.closeAllConnections();
      await closed;
    },
    async close() {
      await local.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
  await local.start();
  local.endpoint = `http://127.0.0.1:${port}`;
  local.env = {
    FILE_STORAGE: 's3',
    S3_BUCKET: bucket,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: local.endpoint,
    // s3rver's own fixed credentials.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  };
  return local;
}
