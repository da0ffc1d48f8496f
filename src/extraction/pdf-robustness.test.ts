/**
 * The extractor against the malformed-PDF corpus, through the extraction pool as production runs
 * it: every file either gives text or fails with a typed ExtractionError, quickly, and never
 * takes the process down.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionPool, type ExtractionPool } from './extraction.pool.js';
import { PDF, type ExtractionFailure } from './extraction.types.js';
import { ExtractionError } from './resume.extractor.js';

const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
const CORPUS = path.join(SHARED, 'fixtures/pdf-robustness');
const KNOWN_FAILURES: ExtractionFailure[] = ['ENCRYPTED', 'CORRUPT', 'TIMEOUT', 'TOO_LARGE', 'LOW_TEXT'];
const THREADS = 2;

let pool: ExtractionPool;
beforeAll(() => {
  // minTextChars 1 separates "opened, no text at all" (LOW_TEXT) from "opened with some text".
  // OCR of a broken 300-dpi scan takes seconds; 30 s still tells slow from hung.
  pool = createExtractionPool({ size: THREADS, timeoutMs: 30_000, maxMemoryMb: 512, minTextChars: 1 });
});
afterAll(() => pool.close());

/** PDFs under `dir`, as paths relative to the corpus (the labels use those). */
function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .map((f) => path.relative(CORPUS, path.join(dir, f)))
    .sort();
}

/** Password-protected files, as the corpus's own labels name them. */
function labelledEncrypted(): string[] {
  const pypdf = JSON.parse(readFileSync(path.join(CORPUS, 'pypdf-sample-files/files.json'), 'utf8')) as {
    data: { path: string; encrypted?: boolean }[];
  };
  const spec = JSON.parse(readFileSync(path.join(CORPUS, 'pdfjs/_pdfjs_api_spec_expectations.json'), 'utf8')) as {
    pdfs: string[];
    exceptions: string[];
  }[];
  const files = [
    ...pypdf.data.filter((d) => d.encrypted).map((d) => `pypdf-sample-files/${d.path}`),
    ...spec.filter((s) => s.exceptions.includes('PasswordException')).flatMap((s) => s.pdfs.map((p) => `pdfjs/${p}`)),
    // The cabinet labels by file name: this one needs a password to open (the others only restrict use).
    'opf-cabinet/encryption_openpassword.pdf',
  ];
  return [...new Set(files)].filter((f) => existsSync(path.join(CORPUS, f)));
}

type Outcome = 'TEXT' | ExtractionFailure;

async function outcomeOf(file: string): Promise<{ outcome: Outcome; ms: number; error?: unknown }> {
  const started = performance.now();
  try {
    await pool.extract(readFileSync(path.join(CORPUS, file)), PDF);
    return { outcome: 'TEXT', ms: performance.now() - started };
  } catch (error) {
    const outcome = error instanceof ExtractionError ? error.failure : ('UNTYPED' as Outcome);
    return { outcome, ms: performance.now() - started, error };
  }
}

describe('extractText over the PDF robustness corpus', () => {
  it('finds the corpus', () => {
    expect(existsSync(CORPUS), `fixtures missing at ${CORPUS}; set SIFT_SHARED_DIR`).toBe(true);
  });

  // No wall-clock assertion: CI machines are loaded and noisy. A file that hangs fails with TIMEOUT
  // (the pool's per-file limit), which the counts below refuse; the time is printed for reading.
  it('gives text or a known ExtractionError for every PDF, none timing out', async () => {
    const files = pdfsUnder(CORPUS);
    expect(files.length).toBeGreaterThanOrEqual(150);
    const started = performance.now();
    const counts: Record<string, number> = {};
    const untyped: string[] = [];
    const times: number[] = [];
    let slowest = { file: '', ms: 0 };
    const queue = [...files];
    // As many callers as threads: each file's time is its own, not time spent waiting in the pool.
    const caller = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const { outcome, ms, error } = await outcomeOf(file);
        counts[outcome] = (counts[outcome] ?? 0) + 1;
        times.push(ms);
        if (ms > slowest.ms) slowest = { file, ms };
        if (!KNOWN_FAILURES.includes(outcome as ExtractionFailure) && outcome !== 'TEXT') {
          untyped.push(`${file}: ${String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: THREADS }, caller));
    const elapsed = performance.now() - started;
    times.sort((a, b) => a - b);
    const percentile = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
    console.log(
      `pdf-robustness: ${files.length} PDFs in ${Math.round(elapsed)} ms on ${THREADS} threads: ` +
        Object.entries(counts)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') +
        `; per file p50 ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms; slowest ${slowest.file} (${Math.round(slowest.ms)} ms)`,
    );
    expect(untyped).toEqual([]);
    expect(counts.TIMEOUT ?? 0).toBe(0);
    expect(counts.TEXT).toBeGreaterThan(files.length / 2);
  }, 300_000);

  it('fails every password-protected PDF with ENCRYPTED', async () => {
    const encrypted = labelledEncrypted();
    expect(encrypted.length).toBeGreaterThanOrEqual(4);
    for (const file of encrypted) {
      const { outcome, error } = await outcomeOf(file);
      expect(outcome, file).toBe('ENCRYPTED');
      expect((error as Error).message).toBe('the PDF is encrypted (password protected)');
    }
  });

  it('reads PDFs whose encryption only restricts copying or printing', async () => {
    for (const file of ['opf-cabinet/encryption_nocopy.pdf', 'opf-cabinet/encryption_notextaccess.pdf']) {
      expect((await outcomeOf(file)).outcome, file).toBe('TEXT');
    }
  });

  it('fails files pdf.js itself calls invalid with CORRUPT, quoting pdf.js', async () => {
    const invalid = ['pdfjs/bug1020226.pdf', 'pdfjs/REDHAT-1531897-0.pdf'];
    for (const file of invalid) {
      const { outcome, error } = await outcomeOf(file);
      expect(outcome, file).toBe('CORRUPT');
      expect((error as Error).message, file).toMatch(/Invalid PDF structure|PDF/);
    }
  });
});
