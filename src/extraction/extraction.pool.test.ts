/**
 * The pool's reader processes against real work: parallel files, a file that overruns its time,
 * one that exhausts its heap, one that takes its reader past its memory limit, a reader killed
 * from outside, and closing. The reader entry runs from TypeScript here (vitest): the pool starts
 * it through swc-node, as under `node --import @swc-node/register/esm-register`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionError, ReaderDeathError } from './extraction.error.js';
import { DOCX, PDF, TEXT, type ResumeMediaType } from './extraction.types.js';
import { createExtractionPool, type ExtractionPool } from './extraction.pool.js';
import { scannedPdf } from './pdf.test-helper.js';
import { extractText } from './resume.extractor.js';
import { docxLikeZip } from './zip-writer.test-helper.js';

const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
const HOSTILE = path.resolve(import.meta.dirname, '../../test/fixtures/hostile');
const RESUMES = path.join(SHARED, 'fixtures/resumes');
const PROSE = Buffer.from(
  'Jane Roe, senior backend engineer. Ten years of TypeScript, PostgreSQL and Redis; led the migration of a ' +
    'payments platform to event sourcing.',
);

async function failure(promise: Promise<unknown>): Promise<ExtractionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

describe('createExtractionPool, shared by files of every kind', () => {
  let pool: ExtractionPool;
  beforeAll(() => {
    pool = createExtractionPool({ size: 2, timeoutMs: 30_000 });
  });
  afterAll(() => pool.close());

  it('extracts PDF, DOCX and text in its readers, in parallel, with the same results as in-process', async () => {
    const files: { bytes: Buffer; type: ResumeMediaType }[] = [
      { bytes: readFileSync(path.join(RESUMES, 'open-resume/openresume-resume.pdf')), type: PDF },
      { bytes: readFileSync(path.join(RESUMES, 'jiejiewang-groundtruth/sample_resumes/resume10.docx')), type: DOCX },
      { bytes: readFileSync(path.join(RESUMES, 'resume-matcher-2025/Resumes/john_doe.pdf')), type: PDF },
      { bytes: PROSE, type: TEXT },
    ];
    const pooled = await Promise.all(files.map(({ bytes, type }) => pool.extract(bytes, type)));
    for (const [i, { bytes, type }] of files.entries()) {
      expect(pooled[i]).toEqual(await extractText(bytes, type));
    }
    // The caller's buffer is left as it was.
    expect(files[0]!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('passes typed failures through: ENCRYPTED, CORRUPT, LOW_TEXT', async () => {
    expect((await failure(pool.extract(Buffer.from('%PDF-1.7\nnot really'), PDF))).failure).toBe('CORRUPT');
    expect((await failure(pool.extract(Buffer.from('Jane Roe'), TEXT))).failure).toBe('LOW_TEXT');
    const encrypted = readFileSync(
      path.join(SHARED, 'fixtures/pdf-robustness/opf-cabinet/encryption_openpassword.pdf'),
    );
    const error = await failure(pool.extract(encrypted, PDF));
    expect(error).toMatchObject({ failure: 'ENCRYPTED', message: 'the PDF is encrypted (password protected)' });
  });

  it('reads a scan by OCR in a reader', async () => {
    const lines = [
      'Jane Roe',
      'Backend Engineer, Berlin',
      'Skills: TypeScript, PostgreSQL, Redis',
      'MSc Computer Science',
    ];
    const { text, flags } = await pool.extract(await scannedPdf(lines), PDF);
    expect(text).toContain('Jane Roe');
    expect(text).toContain('PostgreSQL');
    expect(flags).toEqual(['OCR']);
  });

  it('finishes the files it accepted when closed, then refuses new ones', async () => {
    const accepted = [pool.extract(PROSE, TEXT), pool.extract(PROSE, TEXT), pool.extract(PROSE, TEXT)];
    await pool.close();
    await expect(Promise.all(accepted)).resolves.toHaveLength(3);
    await expect(pool.extract(PROSE, TEXT)).rejects.toThrow('the extraction pool is closed');
  });
});

/** The error a pool gave, which must be a reader death. */
async function death(promise: Promise<unknown>): Promise<ReaderDeathError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(ReaderDeathError);
  return error as ReaderDeathError;
}

describe('createExtractionPool, when a reader dies', () => {
  let pool: ExtractionPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('kills a reader that overruns timeoutMs (TIMEOUT) and carries on with a new one', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 300 });
    // OCR takes seconds: far past 300 ms.
    const scan = await scannedPdf(['Jane Roe', 'Skills: TypeScript']);
    const error = await death(pool.extract(scan, PDF));
    expect(error).toMatchObject({ failure: 'TIMEOUT', death: 'TIME', atLimit: true });
    expect(error.message).toBe('text extraction took longer than 300 ms');
    expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
  });

  it('fails a file that exhausts the reader heap with TOO_LARGE, and carries on', async () => {
    // No resident-memory limit to speak of: the heap limit alone ends this reader.
    pool = createExtractionPool({ size: 1, maxMemoryMb: 48, maxRssMb: 16_384, timeoutMs: 60_000 });
    // 20 MB of paragraphs: a few hundred MB as parsed XML, far past 48 MB of heap.
    const paragraph = '<w:p><w:r><w:t>Jane Roe</w:t></w:r></w:p>';
    const document =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraph.repeat(500_000) +
      '</w:body></w:document>';
    const error = await death(pool.extract(docxLikeZip([], { document }), DOCX));
    expect(error).toMatchObject({
      failure: 'TOO_LARGE',
      death: 'HEAP',
      message: 'reading the file needs more than 48 MB of heap',
    });
    expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
  });

  it('kills a reader past maxRssMb (a flate bomb the stream budget cannot see): TOO_LARGE, and carries on', async () => {
    // The content stream's filters are an indirect object: only the reader's memory limit stops it.
    pool = createExtractionPool({ size: 1, maxRssMb: 600, timeoutMs: 120_000 });
    await pool.warm();
    const [before] = await pool.stats();
    const bomb = readFileSync(path.join(HOSTILE, 'flate-bomb-hidden-filter.pdf'));
    const error = await death(pool.extract(bomb, PDF));
    expect(error).toMatchObject({
      failure: 'TOO_LARGE',
      death: 'MEMORY',
      message: 'reading the file took more than 600 MB of memory',
    });
    // A new reader, in a new process, reads the next file.
    expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
    const after = await pool.stats();
    expect(after.map((r) => r.pid)).not.toContain(before!.pid);
  });

  it('fails the file of a reader killed from outside as CORRUPT (a crash, not at a limit), and carries on', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 60_000 });
    await pool.warm();
    const [reader] = await pool.stats();
    // OCR keeps the reader busy for seconds: long enough to kill it mid-file.
    const reading = pool.extract(await scannedPdf(['Jane Roe', 'Skills: TypeScript']), PDF);
    await expect.poll(async () => (await pool!.stats())[0]?.state).toBe('busy');
    process.kill(reader!.pid!, 'SIGKILL');
    const error = await death(reading);
    expect(error).toMatchObject({ failure: 'CORRUPT', death: 'CRASH', atLimit: false });
    expect(error.message).toBe('the reader died reading the file (signal SIGKILL)');
    expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
  });

  it('replaces a reader that refused a file as TOO_LARGE (pdf.js may still be decoding its images)', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 60_000 });
    await pool.warm();
    const [before] = await pool.stats();
    const bomb = readFileSync(path.join(HOSTILE, 'image-pixel-bomb.pdf'));
    const error = await failure(pool.extract(bomb, PDF));
    expect(error).not.toBeInstanceOf(ReaderDeathError);
    expect(error.failure).toBe('TOO_LARGE');
    expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
    expect((await pool.stats()).map((r) => r.pid)).not.toContain(before!.pid);
  });
});

describe('createExtractionPool, its readers over time', () => {
  let pool: ExtractionPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('starts every reader on warm(), before any file, each a process of its own', async () => {
    pool = createExtractionPool({ size: 2 });
    expect(await pool.stats()).toEqual([]);
    await pool.warm();
    const readers = await pool.stats();
    expect(readers.map((r) => r.state)).toEqual(['idle', 'idle']);
    expect(readers.every((r) => r.files === 0 && r.rss > 0 && r.pid !== process.pid)).toBe(true);
    expect(new Set(readers.map((r) => r.pid)).size).toBe(2);
  });

  it('replaces a reader after recycleAfter files, and the files keep coming out right', async () => {
    pool = createExtractionPool({ size: 1, recycleAfter: 3 });
    for (let i = 0; i < 7; i++) {
      expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
    }
    // 7 files with a new reader every 3: the third reader has read 1 (the old ones are gone).
    const readers = (await pool.stats()).filter((r) => r.state !== 'stopping');
    expect(readers).toHaveLength(1);
    expect(readers[0]!.files).toBe(1);
  });

  it('tells when a file is handed to a reader, not while it waits for one', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 60_000 });
    await pool.warm();
    const read: string[] = [];
    // OCR keeps the one reader busy for seconds: the second file waits meanwhile.
    const first = pool.extract(await scannedPdf(['Jane Roe', 'Skills: TypeScript']), PDF, {
      onRead: () => read.push('scan'),
    });
    const second = pool.extract(PROSE, TEXT, { onRead: () => read.push('prose') });
    await expect.poll(async () => (await pool!.stats())[0]?.state).toBe('busy');
    expect(read).toEqual(['scan']);
    // Two short lines are LOW_TEXT: what matters here is when each was read, not what it gave.
    await Promise.allSettled([first, second]);
    expect(read).toEqual(['scan', 'prose']);
  });
});
