/**
 * Files kept in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2...). The one file that imports
 * the AWS SDK.
 */
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '../config.js';
import { FileMissingError, type FileStore, type StoredBytes } from './file.store.js';

/** Uploads in flight at once for one batch (each a request of one file). */
const PUT_CONCURRENCY = 16;
/** Keys per DeleteObjects request: S3's maximum. */
const DELETE_CHUNK = 1_000;

export class S3FileStore implements FileStore {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      ...(settings.credentials && { credentials: settings.credentials }),
      // A server that does not answer must not hold an intake or an erasure for minutes.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    });
  }

  /**
   * Uploads a few files at a time. At the first failure the other uploads stop, and this throws
   * only once none is in flight: the caller's delete must not race an upload still on its way.
   */
  async put(files: StoredBytes[]): Promise<void> {
    let next = 0;
    let failure: { error: unknown } | null = null;
    const lane = async () => {
      while (next < files.length && !failure) {
        const { key, bytes } = files[next++]!;
        try {
          await this.client.send(
            new PutObjectCommand({
              Bucket: this.bucket,
              Key: key,
              Body: bytes,
              ContentType: 'application/octet-stream',
            }),
          );
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PUT_CONCURRENCY, files.length) }, lane));
    if (failure) throw (failure as { error: unknown }).error;
  }

  async get(key: string): Promise<Buffer> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) throw new FileMissingError(key);
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === 'NoSuchKey')) {
        throw new FileMissingError(key);
      }
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += DELETE_CHUNK) {
      const chunk = keys.slice(i, i + DELETE_CHUNK);
      const result = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      // DeleteObjects answers 200 and lists the keys it could not delete.
      const failed = result.Errors ?? [];
      if (failed.length) {
        const first = failed[0]!;
        throw new Error(
          `object storage did not delete ${failed.length} object(s): ${first.Key}: ${first.Code} ${first.Message}`,
        );
      }
    }
  }

  /** Every key under `prefix`, page after page (for checks and tests: a bucket can be large). */
  async keys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  dispose(): void {
    this.client.destroy();
  }
}
