/**
 * 8. Extraction: what reading a resume costs through the extraction pool (reader processes, as a
 * worker runs it) beside the same reading in this process, per format, on real files (the
 * samples and ../shared/fixtures/resumes); what a reader costs to start and to keep; and how
 * each hostile file of test/fixtures/hostile ends, and how long it takes.
 *
 * In-process and on no service: a pool of one reader, files one at a time (each file's own cost),
 * then two readers with two callers (files per second). Three rounds over the files; the first
 * warms pdf.js and mammoth in each reader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExtractionError } from '../../extraction/extraction.error.js';
import { createExtractionPool } from '../../extraction/extraction.pool.js';
import { DOCX, MARKDOWN, PDF, TEXT, type ResumeMediaType } from '../../extraction/extraction.types.js';
import { extractText } from '../../extraction/resume.extractor.js';
import type { BenchContext } from '../context.js';
import { SAMPLES_DIR, SHARED_RESUMES_DIR } from '../resumes.js';
import { ROOT } from '../sift-process.js';
import { distribution, ms, num } from '../stats.js';

const ROUNDS = 3;
const MiB = 1024 * 1024;
const TYPES: Record<string, ResumeMediaType> = { '.pdf': PDF, '.docx': DOCX, '.txt': TEXT, '.md': MARKDOWN };
const HOSTILE_DIR = path.join(ROOT, 'test/fixtures/hostile');

interface BenchFile {
  name: string;
  type: ResumeMediaType;
  bytes: Buffer;
}

/** Resumes from the samples and the shared fixtures (job descriptions left out). */
function realFiles(): BenchFile[] {
  const files: BenchFile[] = [];
  for (const dir of [SAMPLES_DIR, SHARED_RESUMES_DIR]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const type = TYPES[path.extname(f).toLowerCase()];
      if (
        !type ||
        /job_?desc|jobdescription/i.test(f) ||
        (dir === SHARED_RESUMES_DIR && type !== PDF && type !== DOCX)
      ) {
        continue;
      }
      files.push({ name: f, type, bytes: readFileSync(path.join(dir, f)) });
    }
  }
  return files;
}

/** Milliseconds one extraction takes; a typed failure counts as an outcome like any other. */
async function timed(extract: () => Promise<unknown>): Promise<{ ms: number; outcome: string }> {
  const t0 = performance.now();
  const outcome = await extract().then(
    () => 'TEXT',
    (e: unknown) => (e instanceof ExtractionError ? e.failure : `UNTYPED ${String(e)}`),
  );
  return { ms: performance.now() - t0, outcome };
}

const family = (type: ResumeMediaType) => (type === PDF ? 'PDF' : type === DOCX ? 'DOCX' : 'text');

export async function extractionSection(ctx: BenchContext): Promise<void> {
  const { rec, log } = ctx;
  const files = realFiles();
  const byFamily = (f: BenchFile) => family(f.type);
  log(
    `${files.length} real files: ${['PDF', 'DOCX', 'text'].map((k) => `${files.filter((f) => byFamily(f) === k).length} ${k}`).join(', ')}`,
  );

  // Each file read in this process (no isolation), then by one reader process, in turn: a load
  // that comes and goes on the machine weighs on both alike.
  const one = createExtractionPool({ size: 1, timeoutMs: 60_000 });
  const started = performance.now();
  await one.warm();
  const startMs = performance.now() - started;
  const inProcess = new Map<string, number[]>();
  const pooled = new Map<string, number[]>();
  const add = (into: Map<string, number[]>, kind: string, t: number) => into.set(kind, [...(into.get(kind) ?? []), t]);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const file of files) {
        const local = await timed(() => extractText(file.bytes, file.type));
        const remote = await timed(() => one.extract(file.bytes, file.type));
        if (round === 0) continue;
        add(inProcess, byFamily(file), local.ms);
        add(pooled, byFamily(file), remote.ms);
      }
    }
    const readers = await one.stats();
    const rss = (readers[0] as { rss?: number } | undefined)?.rss;
    rec.info(
      'a reader: start (pdf.js loaded), resident memory after the run',
      `${ms(startMs)}, ${rss ? `${num(rss / MiB, 0)} MiB` : 'n/a'}`,
    );
    rec.figure('reader', { startMs, rssAfter: rss ?? null });
  } finally {
    await one.close();
  }
  for (const kind of ['PDF', 'DOCX', 'text']) {
    const a = distribution(inProcess.get(kind) ?? []);
    const b = distribution(pooled.get(kind) ?? []);
    if (!a.n) continue;
    rec.figure(`perFile${kind}`, { inProcess: a, pool: b });
    rec.info(
      `${kind}: per file, in this process vs through the pool (${a.n} reads each, warm)`,
      `p50 ${ms(a.p50)} vs ${ms(b.p50)}, p95 ${ms(a.p95)} vs ${ms(b.p95)}, mean ${ms(a.mean)} vs ${ms(b.mean)}`,
    );
  }

  // Two readers, two callers: throughput.
  const two = createExtractionPool({ size: 2, timeoutMs: 60_000 });
  try {
    await two.warm();
    const queue = Array.from({ length: ROUNDS - 1 }, () => files).flat();
    const total = queue.length;
    const t0 = performance.now();
    const caller = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await timed(() => two.extract(file.bytes, file.type));
    };
    await Promise.all([caller(), caller()]);
    const seconds = (performance.now() - t0) / 1000;
    rec.figure('throughput', { files: total, seconds });
    rec.info(
      'two readers, two callers: files per second (all formats)',
      `${num(total / seconds, 1)} (${total} files in ${num(seconds, 1)} s)`,
    );
  } finally {
    await two.close();
  }

  await hostileCorpus(ctx);
  rec.note(
    `real files: test/fixtures/samples and ${SHARED_RESUMES_DIR} (PDF and DOCX); ${ROUNDS} rounds, the first left out (warm-up); per-file times include copying the file to the reader and its text back`,
  );
}

/** Each hostile file through a pool of two readers with production's limits: outcome and time. */
async function hostileCorpus({ rec, log }: BenchContext): Promise<void> {
  if (!existsSync(HOSTILE_DIR)) {
    rec.info('hostile corpus', `not measured: ${HOSTILE_DIR} is missing`);
    return;
  }
  const { hugeSingleLineText, HUGE_TEXT_NAME } = (await import(
    pathToFileURL(path.join(ROOT, 'test/support/make-hostile.ts')).href
  )) as { hugeSingleLineText(): Buffer; HUGE_TEXT_NAME: string };
  const files: BenchFile[] = readdirSync(HOSTILE_DIR)
    .filter((f) => TYPES[path.extname(f)])
    .sort()
    .map((f) => ({ name: f, type: TYPES[path.extname(f)]!, bytes: readFileSync(path.join(HOSTILE_DIR, f)) }));
  files.push({ name: HUGE_TEXT_NAME, type: TEXT, bytes: hugeSingleLineText() });
  log(`hostile corpus: ${files.length} files`);
  const pool = createExtractionPool({ size: 2, timeoutMs: 120_000, maxMemoryMb: 512, maxRssMb: 1024 });
  try {
    await pool.warm();
    const results: { name: string; ms: number; outcome: string; message: string }[] = [];
    for (const file of files) {
      const t0 = performance.now();
      const message = await pool.extract(file.bytes, file.type).then(
        () => 'TEXT',
        (e: unknown) => (e instanceof ExtractionError ? `${e.failure}: ${e.message}` : String(e)),
      );
      results.push({ name: file.name, ms: performance.now() - t0, outcome: message.split(':')[0]!, message });
    }
    rec.figure('hostile', results);
    for (const r of results) {
      rec.info(`hostile ${r.name}`, `${r.outcome} in ${ms(r.ms)}`);
    }
    rec.note(
      `hostile files one at a time on two readers (a reader killed or replaced after a file is started again at once, and the next file may wait for it): ${results.map((r) => `${r.name}: ${r.message}`).join('; ')}`,
    );
  } finally {
    await pool.close();
  }
}
