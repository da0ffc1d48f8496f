/**
 * Reading a resume's file, with reader deaths counted per file in PostgreSQL, so that a file that
 * kills what reads it cannot become a poison pill: once it has ended its reader
 * {@link MAX_READER_DEATHS} times, it is never read again, and its application fails at once
 * with the reason the deaths gave.
 *
 * Two kinds of reader die:
 * - an extraction reader process, killed at a limit or crashed: the pool says so (ReaderDeathError)
 *   and the death is recorded at once (`recordDeath`);
 * - the worker process itself, while one of its readers read the file (containment failed, the
 *   machine's OOM killer, a kill -9): nothing is left to record it, so a marker is set when the
 *   reading begins (`markReading`) and cleared when it ends (`endReading`). The next run that
 *   finds the marker still set, on a job that BullMQ has since taken from a worker that stopped
 *   renewing its lock (its stalled count went up), counts the death (`beginRun`). A marker left by
 *   a run that merely threw (the database was gone for a moment) is cleared without counting.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ExtractionError, ReaderDeathError } from '../extraction/extraction.error.js';
import type { ExtractedText, ResumeMediaType } from '../extraction/extraction.types.js';
import type { JobContext } from '../queue/jobs.js';
import type { Metrics } from '../ops/metrics.js';
import type { Logger } from '../shared/logger.js';

/** How a file is read: `onRead` is called when a reader begins on it (it may wait for one first). */
export interface TextExtractor {
  extract(bytes: Buffer, mediaType: ResumeMediaType, hooks?: { onRead?(): void }): Promise<ExtractedText>;
}

/** A file's text, or why there is none: the application's reason and flags. */
export type ReadOutcome =
  { kind: 'read'; extracted: ExtractedText } | { kind: 'failed'; reason: string; flags: string[] };

/**
 * Reads the file (its row's ID, and its bytes, wherever they were kept) with the extractor, or says why it cannot be read: an extraction failure, or
 * reader deaths. A file that has ended its reader {@link MAX_READER_DEATHS} times is not read
 * again. A reader that died at one of its limits fails the file at once; one that crashed (which
 * may not be the file's doing) is given one more reader: this throws, and the job is retried.
 *
 * @throws Error when the extractor fails for another reason (an outage), or a crashed reader is to be tried again
 */
export async function readResume(
  { extractor, logger, metrics }: { extractor: TextExtractor; logger: Logger; metrics?: Metrics },
  em: EntityManager,
  file: { id: string; content: Buffer },
  mediaType: ResumeMediaType,
  ctx: JobContext,
): Promise<ReadOutcome> {
  // Counted by reason (ENCRYPTED, TOO_LARGE...): the part of the application's reason before its colon.
  const failed = (reason: string, flags: string[] = []): ReadOutcome => {
    metrics?.extractionFailures.inc({ reason: /^([A-Z_]{1,20}):/.exec(reason)?.[1] ?? 'CORRUPT' });
    return { kind: 'failed', reason, flags };
  };
  const record = await beginRun(em, file.id, ctx.stalls);
  if (record.deaths >= MAX_READER_DEATHS) return failed(neverReadAgain(record));
  let marked: Promise<void> | undefined;
  const onRead = () => {
    marked = markReading(em, file.id, ctx.stalls).catch((error: unknown) =>
      logger.warn({ err: error, fileId: file.id }, 'could not mark the file as being read'),
    );
  };
  let extracted: ExtractedText;
  try {
    extracted = await extractor.extract(file.content, mediaType, { onRead });
  } catch (error: unknown) {
    await marked;
    if (error instanceof ReaderDeathError) {
      const reason = `${error.failure}: ${error.message}`;
      metrics?.readerDeaths.inc({ death: error.death });
      const deaths = await recordDeath(em, file.id, reason);
      logger.warn({ fileId: file.id, death: error.death, deaths, reason }, 'an extraction reader died');
      if (deaths >= MAX_READER_DEATHS) return failed(neverReadAgain({ deaths, reason }));
      if (error.atLimit) return failed(reason);
      throw new Error(`the extraction reader died (${error.message}); the file gets one more reader`, { cause: error });
    }
    await endReading(em, file.id);
    if (error instanceof ExtractionError) {
      const flags = error.failure === 'LOW_TEXT' ? ['LOW_TEXT'] : [];
      return failed(`${error.failure}: ${error.message}`, flags);
    }
    throw error;
  }
  await marked;
  await endReading(em, file.id);
  return { kind: 'read', extracted };
}

/** Deaths after which a file is not read again. */
export const MAX_READER_DEATHS = 2;

/** Recorded when the worker process died while the file was being read. */
const WORKER_DIED =
  'CORRUPT: the worker process stopped (killed, or hung) while its extraction reader was reading the file';

export interface ReaderRecord {
  deaths: number;
  /** The last death's reason (`TOO_LARGE: ...`, `CORRUPT: ...`), or null. */
  reason: string | null;
}

/**
 * At the start of a run: counts the death a marker left by a lost worker stands for, clears the
 * marker, and returns the file's record.
 *
 * @param stalls how many times the job has lost its worker so far (BullMQ's stalled count)
 */
export async function beginRun(em: EntityManager, fileId: string, stalls: number): Promise<ReaderRecord> {
  // Every SET expression reads the row as it was: the marker is judged before it is cleared.
  const died = 'reading_since IS NOT NULL AND ?::int > coalesce(reading_stalls, 0)';
  const [row] = await em.execute<{ reader_deaths: number; reader_death: string | null }[]>(
    `UPDATE resume_file
        SET reader_deaths = reader_deaths + (CASE WHEN ${died} THEN 1 ELSE 0 END),
            reader_death = CASE WHEN ${died} THEN ? ELSE reader_death END,
            reading_since = NULL, reading_stalls = NULL
      WHERE id = ? RETURNING reader_deaths, reader_death`,
    [stalls, stalls, WORKER_DIED, fileId],
  );
  return { deaths: row?.reader_deaths ?? 0, reason: row?.reader_death ?? null };
}

/** A reader has begun reading the file, for a job that has lost its worker `stalls` times. */
export async function markReading(em: EntityManager, fileId: string, stalls: number): Promise<void> {
  await em.execute('UPDATE resume_file SET reading_since = now(), reading_stalls = ? WHERE id = ?', [stalls, fileId]);
}

/** The reading ended, whichever way, with its reader alive. */
export async function endReading(em: EntityManager, fileId: string): Promise<void> {
  await em.execute('UPDATE resume_file SET reading_since = NULL, reading_stalls = NULL WHERE id = ?', [fileId]);
}

/** The reader died reading the file, saying `reason`; returns the file's deaths, this one included. */
export async function recordDeath(em: EntityManager, fileId: string, reason: string): Promise<number> {
  const [row] = await em.execute<{ reader_deaths: number }[]>(
    `UPDATE resume_file SET reader_deaths = reader_deaths + 1, reader_death = ?, reading_since = NULL, reading_stalls = NULL
      WHERE id = ? RETURNING reader_deaths`,
    [reason, fileId],
  );
  return row?.reader_deaths ?? 1;
}

/** The application's reason once the file is not read again: the last death's, and why there is no other try. */
export function neverReadAgain({ deaths, reason }: ReaderRecord): string {
  const why = reason ?? 'CORRUPT: the file ended the readers that read it';
  return `${why} (the file ended its reader ${deaths} times: it is not read again)`;
}
