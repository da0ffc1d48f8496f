import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/**
 * The original uploaded file, kept so any worker on any machine can (re)process it and so
 * `deleteApplication` can erase it. Kept apart from `application` so listing never loads bytes.
 */
@Entity({ tableName: 'resume_file' })
export class ResumeFile {
  [OptionalProps]?: 'readerDeaths' | 'readerDeath' | 'readingSince' | 'readingStalls';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'blob' })
  content!: Buffer;

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
