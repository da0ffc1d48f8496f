/**
 * The pool's threads against real work: parallel files, a file that overruns its time, one that
 * exhausts its heap, and closing. The worker entry runs from TypeScript here (vitest): the pool
 * starts it through swc-node, as under `node --import @swc-node/register/esm-register`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionError } from './extraction.error.js';
import { DOCX, PDF, TEXT, type ResumeMediaType } from './extraction.types.js';
import { createExtractionPool, type ExtractionPool } from './extraction.pool.js';
import { scannedPdf } from './pdf.test-helper.js';
import { extractText } from './resume.extractor.js';
import { docxLikeZip } from './zip-writer.test-helper.js';

const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
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

  it('extracts PDF, DOCX and text in its threads, in parallel, with the same results as in-process', async () => {
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
    // The caller's buffer is not handed over (transferred) to a thread.
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

  it('reads a scan by OCR in a thread', async () => {
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

describe('createExtractionPool, when a thread fails', () => {
  let pool: ExtractionPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('terminates a thread that overruns timeoutMs (TIMEOUT) and carries on with a new one', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 300 });
    // OCR takes seconds: far past 300 ms.
    const scan = await scannedPdf(['Jane Roe', 'Skills: TypeScript']);
    const error = await failure(pool.extract(scan, PDF));
    expect(error.failure).toBe('TIMEOUT');
    expect(error.message).toBe('text extraction took longer than 300 ms');
    expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
  });

  it('fails a file that exhausts the thread heap with TOO_LARGE, and carries on', async () => {
    pool = createExtractionPool({ size: 1, maxMemoryMb: 48, timeoutMs: 30_000 });
    // 20 MB of paragraphs: a few hundred MB as parsed XML, far past 48 MB of heap.
    const paragraph = '<w:p><w:r><w:t>Jane Roe</w:t></w:r></w:p>';
    const document =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraph.repeat(500_000) +
      '</w:body></w:document>';
    const error = await failure(pool.extract(docxLikeZip([], { document }), DOCX));
    expect(error).toMatchObject({
      failure: 'TOO_LARGE',
      message: 'extracting the file needs more than 48 MB of memory',
    });
    expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
  });
});

describe('createExtractionPool, its threads over time', () => {
  let pool: ExtractionPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('starts every thread on warm(), before any file', async () => {
    pool = createExtractionPool({ size: 2 });
    expect(await pool.stats()).toEqual([]);
    await pool.warm();
    const threads = await pool.stats();
    expect(threads.map((t) => t.state)).toEqual(['idle', 'idle']);
    expect(threads.every((t) => t.files === 0 && t.heapUsed > 0 && t.heapTotal >= t.heapUsed)).toBe(true);
  });

  it('replaces a thread after recycleAfter files, and the files keep coming out right', async () => {
    pool = createExtractionPool({ size: 1, recycleAfter: 3 });
    for (let i = 0; i < 7; i++) {
      expect((await pool.extract(PROSE, TEXT)).text).toBe(PROSE.toString());
    }
    // 7 files with a new thread every 3: the third thread has read 1 (the old ones are gone).
    const threads = (await pool.stats()).filter((t) => t.state !== 'stopping');
    expect(threads).toHaveLength(1);
    expect(threads[0]!.files).toBe(1);
  });
});
