/**
 * Reader deaths counted per file in PostgreSQL (src/processing/resume-reading.ts): a reader that
 * died at a limit fails its file at once, a crash gets one more reader, a file that ended its
 * reader twice is never read again, and a worker process that died while its reader read the file
 * is counted by the next run, not by a run that merely threw. A real database, a scripted extractor.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../../src/db/orm.js';
import { ExtractionError, ReaderDeathError } from '../../src/extraction/extraction.error.js';
import type { ExtractedText } from '../../src/extraction/extraction.types.js';
import { beginRun, markReading, readResume, type TextExtractor } from '../../src/processing/resume-reading.js';
import type { JobContext } from '../../src/queue/jobs.js';
import { createLogger } from '../../src/shared/logger.js';
import { ResumeFile } from '../../src/storage/resume-file.entity.js';
import { freshDatabase } from '../support/test-app.js';

const TEXT: ExtractedText = { text: 'Jane Roe, backend engineer', pages: null, flags: [], hiddenText: '' };
const logger = createLogger('silent');
const run = (stalls = 0): JobContext => ({ attempt: 1, maxAttempts: 5, stalls });

/** An extractor that calls `onRead` and then does what it is told, counting its calls. */
function scripted(outcome: () => ExtractedText | Error): TextExtractor & { calls: number } {
  const extractor = {
    calls: 0,
    async extract(_bytes: Buffer, _type: string, hooks?: { onRead?(): void }) {
      extractor.calls++;
      hooks?.onRead?.();
      const result = outcome();
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return extractor;
}

const memoryDeath = () =>
  new ReaderDeathError('TOO_LARGE', 'reading the file took more than 1024 MB of memory', 'MEMORY');
const crash = () => new ReaderDeathError('CORRUPT', 'the reader died reading the file (signal SIGSEGV)', 'CRASH');

describe('reading a file, with its reader deaths counted', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    orm = await initOrm(db.url);
  });
  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  async function newFile(): Promise<ResumeFile> {
    const em = orm.em.fork();
    const file = em.create(ResumeFile, { id: randomUUID(), content: Buffer.from('%PDF-1.7') });
    await em.flush();
    return file;
  }

  async function row(id: string) {
    const [r] = await orm.em
      .fork()
      .execute<{ reader_deaths: number; reader_death: string | null; reading_since: Date | null }[]>(
        'SELECT reader_deaths, reader_death, reading_since FROM resume_file WHERE id = ?',
        [id],
      );
    return r!;
  }

  const read = (extractor: TextExtractor, file: ResumeFile, ctx = run()) =>
    readResume({ extractor, logger }, orm.em.fork(), { id: file.id, content: file.content! }, 'application/pdf', ctx);

  it('reads an ordinary file and leaves no marker and no death', async () => {
    const file = await newFile();
    expect(
      await read(
        scripted(() => TEXT),
        file,
      ),
    ).toEqual({ kind: 'read', extracted: TEXT });
    expect(await row(file.id)).toEqual({ reader_deaths: 0, reader_death: null, reading_since: null });
  });

  it('fails a file whose reader died at a limit at once, with the typed reason, and counts the death', async () => {
    const file = await newFile();
    expect(await read(scripted(memoryDeath), file)).toEqual({
      kind: 'failed',
      reason: 'TOO_LARGE: reading the file took more than 1024 MB of memory',
      flags: [],
    });
    expect(await row(file.id)).toMatchObject({ reader_deaths: 1, reading_since: null });
  });

  it('gives a file whose reader crashed one more reader; at the second death it is not read again', async () => {
    const file = await newFile();
    const extractor = scripted(crash);
    await expect(read(extractor, file)).rejects.toThrow(/the file gets one more reader/);
    expect(await row(file.id)).toMatchObject({ reader_deaths: 1 });
    const reason =
      'CORRUPT: the reader died reading the file (signal SIGSEGV) (the file ended its reader 2 times: it is not read again)';
    expect(await read(extractor, file)).toEqual({ kind: 'failed', reason, flags: [] });
    // retryFailed runs it again: it fails at once, unread.
    expect(await read(extractor, file)).toEqual({ kind: 'failed', reason, flags: [] });
    expect(extractor.calls).toBe(2);
  });

  it('counts a worker process that died while its reader read the file, and stops at two', async () => {
    const file = await newFile();
    // A run marks the file as being read, and its process dies: nothing clears the marker.
    await markReading(orm.em.fork(), file.id, 0);
    // BullMQ gives the job to another worker: its stalled count is now 1.
    const alive = scripted(() => TEXT);
    expect(await beginRun(orm.em.fork(), file.id, 1)).toMatchObject({ deaths: 1 });
    await markReading(orm.em.fork(), file.id, 1);
    const after = await read(alive, file, run(2));
    expect(after).toEqual({
      kind: 'failed',
      reason:
        'CORRUPT: the worker process stopped (killed, or hung) while its extraction reader was reading the file ' +
        '(the file ended its reader 2 times: it is not read again)',
      flags: [],
    });
    expect(alive.calls).toBe(0);
    expect(await row(file.id)).toMatchObject({ reader_deaths: 2, reading_since: null });
  });

  it('does not count a marker left by a run that threw with its process alive (no stall since)', async () => {
    const file = await newFile();
    await markReading(orm.em.fork(), file.id, 3);
    expect(await beginRun(orm.em.fork(), file.id, 3)).toEqual({ deaths: 0, reason: null });
    expect(await row(file.id)).toEqual({ reader_deaths: 0, reader_death: null, reading_since: null });
  });

  it('passes an extraction failure through and clears the marker', async () => {
    const file = await newFile();
    const corrupt = scripted(() => new ExtractionError('CORRUPT', 'the file is not a valid PDF'));
    expect(await read(corrupt, file)).toEqual({
      kind: 'failed',
      reason: 'CORRUPT: the file is not a valid PDF',
      flags: [],
    });
    expect(await row(file.id)).toEqual({ reader_deaths: 0, reader_death: null, reading_since: null });
  });
});
