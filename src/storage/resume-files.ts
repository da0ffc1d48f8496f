/**
 * Original files, wherever their bytes live: written by the intake inside its guarantees, read by
 * workers from wherever each row says, erased by `deleteApplication`.
 *
 * PostgreSQL keeps the bytes in the intake's own transaction, so they commit with the batch or not
 * at all. Object storage cannot join that transaction, so an object is written BEFORE the commit
 * and must not outlive a batch that did not commit:
 * - each key is first recorded in `pending_object` (committed on its own), then uploaded;
 * - the batch's transaction begins by deleting those rows (locking them) and fails if any is gone,
 *   so a committed file row never references an object the sweep may delete;
 * - when the transaction rolls back (INSUFFICIENT_CREDITS, a failed insert...), the objects whose
 *   rows are still pending are deleted at once, then the rows (a commit whose answer was lost with
 *   the connection took its rows: its objects stay);
 * - when that cannot happen (the process died between upload and commit, the bucket did not answer
 *   the delete), the rows stay, and the sweep ({@link ResumeFiles.sweepOrphans}) deletes each
 *   object whose row is older than S3_ORPHAN_GRACE_MS, then the row. It never lists the bucket:
 *   it deletes only what Sift recorded it was about to write.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../shared/logger.js';
import { objectKey, type FileStorage, type FileStore } from './file.store.js';
import { PostgresFileStore } from './postgres.file-store.js';
import { ResumeFile } from './resume-file.entity.js';
import { StorageUnavailableError } from '../shared/errors.js';

/** New files of one batch, uploaded (object storage) or held (PostgreSQL) until its transaction. */
export interface StagedFiles {
  /** The files' row IDs, in the order their bytes were given. */
  readonly ids: string[];
  /** First thing in the batch's transaction: takes the uploaded objects over, or throws if the sweep took them. */
  claim(tx: EntityManager): Promise<void>;
  /** In the transaction: the rows of files `from` to `to` (exclusive), with their bytes when PostgreSQL keeps them. */
  write(tx: EntityManager, from: number, to: number): Promise<void>;
  /** After a rollback: deletes the uploaded objects and their pending rows (or leaves them to the sweep, logged). */
  discard(em: EntityManager): Promise<void>;
  /** Awaits the batch's transaction; when it fails, discards the files first, then throws its error. */
  committed<T>(em: EntityManager, transaction: Promise<T>): Promise<T>;
}

export interface ResumeFilesOptions {
  /** Where new files go (FILE_STORAGE). */
  storage: FileStorage;
  /** The bucket, when configured: needed to write under s3 and to read any file stored there. */
  objects: FileStore | null;
  logger: Logger;
}

/** Pending rows per sweep (oldest first); the rest wait for the next one. */
const SWEEP_LIMIT = 1_000;

export class ResumeFiles {
  constructor(private readonly options: ResumeFilesOptions) {
    if (options.storage === 's3' && !options.objects) throw new Error('FILE_STORAGE=s3 needs an object store');
  }

  /** Where new files go. */
  get storage(): FileStorage {
    return this.options.storage;
  }

  /** The bucket, if one is configured. */
  get objects(): FileStore | null {
    return this.options.objects;
  }

  /**
   * Before the batch's transaction: new row IDs for `files`, and under s3 their objects uploaded
   * (each key recorded as pending first). Nothing is written under PostgreSQL until `write`.
   *
   * @throws when an upload fails: what was uploaded is deleted (or left to the sweep)
   */
  async stage(em: EntityManager, organizationId: string, files: Buffer[]): Promise<StagedFiles> {
    const ids = files.map(() => randomUUID());
    if (this.options.storage === 'postgres') {
      return withCommitted({
        ids,
        claim: async () => {},
        write: (tx, from, to) =>
          new PostgresFileStore(tx).put(ids.slice(from, to).map((key, i) => ({ key, bytes: files[from + i]! }))),
        discard: async () => {},
      });
    }
    const objects = this.options.objects!;
    const keys = ids.map((id) => objectKey(organizationId, id));
    const staged = withCommitted({
      ids,
      claim: async (tx) => {
        if (!keys.length) return;
        const claimed = await tx.execute<{ key: string }[]>(
          `DELETE FROM pending_object WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb)) RETURNING key`,
          [JSON.stringify(keys)],
        );
        if (claimed.length !== keys.length) {
          throw new Error(
            `${keys.length - claimed.length} uploaded file(s) were swept as orphans before the batch committed ` +
              '(its upload took longer than S3_ORPHAN_GRACE_MS)',
          );
        }
      },
      write: async (tx, from, to) => {
        if (from >= to) return;
        await tx.insertMany(
          ResumeFile,
          ids.slice(from, to).map((id, i) => ({ id, storage: 's3' as const, storageKey: keys[from + i]! })),
        );
      },
      discard: async (em2) => {
        try {
          // Only keys still pending: if the commit did happen (an answer lost with the connection),
          // it took them, and its objects stay.
          await em2.transactional(async (tx) => {
            const pending = await tx.execute<{ key: string }[]>(
              `SELECT key FROM pending_object WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb))
                FOR UPDATE SKIP LOCKED`,
              [JSON.stringify(keys)],
            );
            await this.deleteOrphans(
              tx,
              pending.map((r) => r.key),
            );
          });
        } catch (error) {
          this.options.logger.warn(
            { err: error, objects: keys.length },
            'could not delete the objects of a batch that did not commit; the orphan sweep will',
          );
        }
      },
    });
    if (!keys.length) return staged;
    await em.execute(
      `INSERT INTO pending_object (key) SELECT jsonb_array_elements_text(?::jsonb) ON CONFLICT DO NOTHING`,
      [JSON.stringify(keys)],
    );
    try {
      await objects.put(ids.map((_, i) => ({ key: keys[i]!, bytes: files[i]! })));
    } catch (error) {
      await staged.discard(em);
      throw new StorageUnavailableError('the batch was not stored', error);
    }
    return staged;
  }

  /**
   * A file's bytes, from wherever its row says they are.
   *
   * @throws FileMissingError when they are gone; another error on an outage (the job is retried)
   */
  async read(em: EntityManager, file: ResumeFile): Promise<Buffer> {
    if (file.storage === 'postgres') return new PostgresFileStore(em).get(file.id);
    return this.bucket(file.id).get(file.storageKey!);
  }

  /**
   * In `deleteApplication`'s transaction: deletes the file's object (under s3) and then its row.
   * The object goes before the commit: when object storage fails, this throws, the transaction
   * rolls back, and nothing is erased (the erasure is not reported done); erasing again retries.
   * When the object is deleted and the commit then fails, the file is gone sooner than reported,
   * never later; the next erasure of the application completes it.
   */
  async erase(tx: EntityManager, fileId: string): Promise<void> {
    const [file] = await tx.execute<{ storage: FileStorage; storage_key: string | null }[]>(
      'SELECT storage, storage_key FROM resume_file WHERE id = ? FOR UPDATE',
      [fileId],
    );
    if (!file) return;
    if (file.storage === 's3') {
      try {
        await this.bucket(fileId).delete([file.storage_key!]);
      } catch (error) {
        throw new StorageUnavailableError('nothing was erased', error);
      }
    }
    await new PostgresFileStore(tx).delete([fileId]);
  }

  /**
   * Deletes the objects of batches that never committed: pending rows older than `graceMs`
   * (locked, so a batch committing meanwhile keeps its own), their objects, then the rows.
   * Returns how many it deleted; 0 without a bucket.
   */
  async sweepOrphans(em: EntityManager, graceMs: number): Promise<number> {
    if (!this.options.objects) return 0;
    return em.transactional(async (tx) => {
      const rows = await tx.execute<{ key: string }[]>(
        `SELECT key FROM pending_object WHERE created_at <= now() - make_interval(secs => ?)
          ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED`,
        [graceMs / 1000, SWEEP_LIMIT],
      );
      const orphans = await this.deleteOrphans(
        tx,
        rows.map((r) => r.key),
      );
      if (orphans) this.options.logger.warn({ objects: orphans }, 'deleted objects no file references');
      return orphans;
    });
  }

  /**
   * Deletes the objects of `keys` (pending rows the caller holds locked) that no file references,
   * then the pending rows; returns how many objects it deleted.
   */
  private async deleteOrphans(tx: EntityManager, keys: string[]): Promise<number> {
    if (!keys.length) return 0;
    // A committed file always took its pending row away; checked anyway, as deleting is final.
    const kept = await tx.execute<{ storage_key: string }[]>(
      `SELECT storage_key FROM resume_file WHERE storage_key IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(keys)],
    );
    const referenced = new Set(kept.map((r) => r.storage_key));
    const orphans = keys.filter((k) => !referenced.has(k));
    await this.options.objects!.delete(orphans);
    await tx.execute(`DELETE FROM pending_object WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb))`, [
      JSON.stringify(keys),
    ]);
    return orphans.length;
  }

  private bucket(fileId: string): FileStore {
    if (!this.options.objects) {
      throw new Error(`file ${fileId} is kept in object storage, but S3_BUCKET is not set: set the S3_* variables`);
    }
    return this.options.objects;
  }
}

function withCommitted(files: Omit<StagedFiles, 'committed'>): StagedFiles {
  return {
    ...files,
    async committed(em, transaction) {
      try {
        return await transaction;
      } catch (error) {
        await files.discard(em);
        throw error;
      }
    },
  };
}
