/**
 * 6. Worker memory over a long batch: the resident set of one worker process (its own OS process,
 * read from /proc), sampled through 10,000 resumes. It must stay flat: what one resume needs is
 * given back before the next thousand.
 */
import { outcome, runBatch, type InlineResume } from '../batch-run.js';
import { openaiEnv, scaled, type BenchContext } from '../context.js';
import { startFakeOpenAI } from '../fake-provider.js';
import { withSection } from '../harness.js';
import { cpuFigures, cpuMeter, describeCpu } from '../machine.js';
import { sampleFiles, textResume } from '../resumes.js';
import { readMemory, treeRss } from '../sift-process.js';
import { mib, num, pct } from '../stats.js';

const SAMPLE_EVERY_MS = 250;
/** Every tenth resume is a PDF or DOCX from the samples (extraction); the rest distinct texts. */
const FILE_EVERY = 10;
/**
 * "Flat": once warm (the first half of the batch: JIT code, V8's heap sizing, the allocator's
 * pools), the resident set at the end at most this much above what it was at 50%.
 */
const GROWTH_TARGET = 0.1;
const MARKS = [0.1, 0.5, 1] as const;

export async function memorySection(ctx: BenchContext): Promise<void> {
  const { rec, log } = ctx;
  const n = scaled(ctx, 10_000, 100);
  const files = await sampleFiles({ pdf: true, docx: true });
  // The repository's small samples: the batch stays a few MB while every kind of file is extracted.
  const small = files.filter((f) => f.content.length <= 64 * 1024);
  const resumes: InlineResume[] = Array.from({ length: n }, (_, i) =>
    small.length && i % FILE_EVERY === FILE_EVERY - 1
      ? {
          filename: small[i % small.length]!.filename,
          contentBase64: small[i % small.length]!.content.toString('base64'),
        }
      : textResume(i),
  );

  await withSection(
    ctx.services,
    'memory',
    async (section) => {
      const fake = await startFakeOpenAI({ latencyMs: 0 });
      try {
        const api = await section.startApi();
        const worker = await section.startWorker({
          ...openaiEnv(fake.url),
          MEMORY_LOG_INTERVAL_MS: '5000',
        });
        // The worker's own account every 5 s: its main heap and each extraction reader's resident memory.
        const memoryLog = worker.collect('worker memory');
        const org = await section.createOrganization(n + 100);
        const client = section.client(api, org);
        const jobPostId = await section.createJobPost(client);

        const idle = readMemory(worker.pid);
        if (!idle) throw new Error(`cannot read /proc/${worker.pid}/status: memory cannot be measured here`);
        const samples: { processed: number; rss: number; at: number }[] = [];
        let processed = 0;
        const timer = setInterval(() => {
          const m = readMemory(worker.pid);
          if (m) samples.push({ processed, rss: m.rss, at: Date.now() });
        }, SAMPLE_EVERY_MS);
        const atMark = new Map<number, number>();
        const mark = (done: number) => {
          for (const m of MARKS) {
            if (!atMark.has(m) && done >= m * n) atMark.set(m, readMemory(worker.pid)?.rss ?? Number.NaN);
          }
        };
        log(`${n} resumes (every ${FILE_EVERY}th a PDF or DOCX), one worker process ${worker.pid}`);
        const cpu = cpuMeter(() => [worker.pid]);
        const run = await runBatch(client, jobPostId, resumes, (e) => {
          processed = e.processed;
          mark(e.processed);
        }).finally(() => clearInterval(timer));
        const used = cpu();
        const end = readMemory(worker.pid)!;
        const tree = treeRss(worker.pid);
        const rss = MARKS.map((m) => atMark.get(m) ?? Number.NaN);
        const growth = rss[2]! / rss[0]! - 1;
        const warmGrowth = rss[2]! / rss[1]! - 1;
        // Least-squares slope of RSS over resumes processed, from 10% on: MiB per 1,000 resumes.
        const tail = samples.filter((s) => s.processed >= 0.1 * n);
        const slope = slopePerThousand(tail);
        rec.figure('worker', {
          warmGrowth,
          resumes: n,
          files: resumes.filter((r) => r.contentBase64).length,
          idleRss: idle.rss,
          rssAt10: rss[0],
          rssAt50: rss[1],
          rssAt100: rss[2],
          peakRss: end.hwm,
          processTreeRss: tree,
          slopeMiBPer1000: slope,
          samples: samples.length,
          wallMs: run.wallMs,
          cpu: cpuFigures(used),
          outcome: { succeeded: run.last.succeeded, failed: run.last.failed, state: run.last.state },
        });
        const signed = (x: number) => `${x >= 0 ? '+' : ''}${pct(x)}`;
        rec.check(
          `worker RSS over ${num(n, 0)} resumes: at 10%, 50%, 100%`,
          `${mib(rss[0]!)}, ${mib(rss[1]!)}, ${mib(rss[2]!)} (10% to 100%: ${signed(growth)}; 50% to 100%: ${signed(warmGrowth)}; ${num(slope, 1)} MiB per 1,000 resumes from 10%)`,
          `flat once warm: 100% ≤ 50% + ${pct(GROWTH_TARGET)}`,
          Number.isFinite(warmGrowth) ? warmGrowth <= GROWTH_TARGET : null,
        );
        rec.info('worker RSS idle before the batch, peak (VmHWM)', `${mib(idle.rss)}, ${mib(end.hwm)}`);
        const accounts = memoryLog.map((r) => ({
          rssMiB: Number(r.rssMiB),
          heapUsedMiB: Number(r.heapUsedMiB),
          readerRssMiB: (r.readers as { rssMiB: number }[]).reduce((sum, t) => sum + t.rssMiB, 0),
        }));
        rec.figure('workerAccounts', accounts);
        if (accounts.length >= 2) {
          const [a, b] = [accounts[Math.floor(accounts.length / 10)]!, accounts.at(-1)!];
          rec.info(
            "worker's own account (10% of the batch, end): main heap, extraction readers' resident memory",
            `${a.heapUsedMiB} → ${b.heapUsedMiB} MiB, ${a.readerRssMiB} → ${b.readerRssMiB} MiB (the main heap swings with its GC cycle: ${Math.min(...accounts.map((x) => x.heapUsedMiB))} to ${Math.max(...accounts.map((x) => x.heapUsedMiB))} MiB)`,
          );
        }
        rec.info('memory batch', `${outcome(run)} in ${num(run.wallMs / 1000, 0)} s; ${describeCpu(used)}`);
        if (tree !== end.rss) rec.note(`the worker's process tree holds ${mib(tree)} (with its extraction readers)`);
        rec.note(
          `RSS read from /proc/<pid>/status (VmRSS, VmHWM) every ${SAMPLE_EVERY_MS} ms and when progress passes each mark; LLM at 0 ms; ${resumes.filter((r) => r.contentBase64).length} of the resumes are ${small.length} small sample PDF/DOCX files repeated (extracted every time, analysed once: the copies are duplicates)`,
        );
      } finally {
        await fake.close();
      }
    },
    log,
  );
}

function slopePerThousand(points: { processed: number; rss: number }[]): number {
  if (points.length < 2) return Number.NaN;
  const mx = points.reduce((s, p) => s + p.processed, 0) / points.length;
  const my = points.reduce((s, p) => s + p.rss, 0) / points.length;
  let num_ = 0;
  let den = 0;
  for (const p of points) {
    num_ += (p.processed - mx) * (p.rss - my);
    den += (p.processed - mx) ** 2;
  }
  return den ? ((num_ / den) * 1000) / 1024 / 1024 : Number.NaN;
}
