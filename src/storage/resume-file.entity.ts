import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import type { FileStorage } from './file.store.js';

/**
 * The original uploaded file, kept so any worker on any machine can (re)process it and so
 * `deleteApplication` can erase it. Kept apart from `application` so listing never loads bytes.
 * Its bytes are in `content` (`storage` postgres) or in object storage under `storageKey` (s3):
 * each row says where its own are, so a deployment that changes FILE_STORAGE still reads old files.
 */
@Entity({ tableName: 'resume_file' })
export class ResumeFile {
  [OptionalProps]?: 'readerDeaths' | 'readerDeath' | 'readingSince' | 'readingStalls' | 'storage' | 'storageKey';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The bytes, when kept in PostgreSQL; loaded only when asked for (a worker reads them through a FileStore). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  content: Buffer | null = null;

  @Enum({ items: ['postgres', 's3'], default: 'postgres' })
  storage: FileStorage = 'postgres';

  /** The object's key when `storage` is s3 (`resumes/<organization>/<file>`). */
  @Property({ type: 'text', nullable: true, unique: true })
  storageKey: string | null = null;

  /**
   * Times a reader died reading this file: an extraction reader process killed at a limit or
   * crashed, or the worker process gone while it read (see `reader-deaths.ts`). At two, the file
   * is never read again.
   */
  @Property({ type: 'integer', default: 0 })
  readerDeaths: number = 0;

  /** What the last of those deaths says about the file (`TOO_LARGE: ...`): its reason once it is not read again. */
  @Property({ type: 'text', nullable: true })
  readerDeath: string | null = null;

  /** Set while a reader reads the file; still set at the next run when its process died meanwhile. */
  @Property({ type: 'timestamptz', nullable: true })
  readingSince: Date | null = null;

  /** How many times the job had lost its worker (BullMQ's stalled count) when that read began. */
  @Property({ type: 'integer', nullable: true })
  readingStalls: number | null = null;
}
