/**
 * A local S3-compatible server for tests: s3rver, in this process, on a free port, over a temporary
 * directory. It can be stopped and started again on the same port and directory (an outage).
 */
import S3rver from 's3rver';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LocalS3 {
  bucket: string;
  endpoint: string;
  /** Sift's environment for this server (FILE_STORAGE=s3 and the S3_* variables). */
  env: Record<string, string>;
  /** Stops answering (an outage); `start()` brings it back with its objects. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its directory. */
  close(): Promise<void>;
}

export async function startLocalS3(bucket = 'sift-test'): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(tmpdir(), 'sift-s3rver-'));
  let port = 0;
  let server: S3rver | null = null;
  const start = async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port,
      directory,
      silent: true,
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    port = (await server.run()).port;
  };
  const stop = async () => {
    await server?.close();
    server = null;
  };
  await start();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    bucket,
    endpoint,
    env: {
      FILE_STORAGE: 's3',
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      // s3rver's own fixed credentials.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop,
    start,
    async close() {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
