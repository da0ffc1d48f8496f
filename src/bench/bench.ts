/**
 * `npm run bench`: how fast Sift is on this machine, measured in one run against real PostgreSQL
 * and Redis, Sift's API and workers as OS processes, and a fake OpenAI-compatible LLM with a set
 * latency. Prints one table (each figure beside its target) and, with --out, writes it as JSON.
 *
 *   npm run bench                              every section (about 11 minutes on 2 cores)
 *   npm run bench -- --only batch,query        some sections
 *   npm run bench -- --size 0.1                every batch a tenth as large (a quick look)
 *   npm run bench -- --out bench-results.json  also write the figures as JSON
 *
 * Each section gets a fresh database (sift_bench_<section>) and its own Redis prefix, removed
 * afterwards. A section that cannot run says why in the table; no figure is ever made up.
 */
import 'reflect-metadata';
import { Command, InvalidArgumentError, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { loadConfig } from '../config.js';
import { ensureServices } from '../demo/services.js';
import { SECTION_NAMES, type BenchContext, type BenchOptions, type SectionName } from './context.js';
import { stopProblems } from './harness.js';
import { SectionRecorder, tableRows, type SectionReport } from './report.js';
import { batchSection } from './sections/batch.js';
import { extractionSection } from './sections/extraction.js';
import { guardsSection } from './sections/guards.js';
import { memorySection } from './sections/memory.js';
import { progressSection } from './sections/progress.js';
import { querySection } from './sections/query.js';
import { submitSection } from './sections/submit.js';
import { throughputSection } from './sections/throughput.js';
import { fairnessSection } from './sections/fairness.js';
import { webhooksSection } from './sections/webhooks.js';

const SECTIONS: Record<SectionName, { title: string; run: (ctx: BenchContext) => Promise<void> }> = {
  throughput: { title: '1 throughput', run: throughputSection },
  batch: { title: '2 batch', run: batchSection },
  submit: { title: '3 submit', run: submitSection },
  progress: { title: '4 progress', run: progressSection },
  query: { title: '5 query', run: querySection },
  memory: { title: '6 memory', run: memorySection },
  guards: { title: '7 guards', run: guardsSection },
  fairness: { title: '8 fairness', run: fairnessSection },
  extraction: { title: '9 extraction', run: extractionSection },
  webhooks: { title: '10 webhooks', run: webhooksSection },
};

const positiveNumber = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
};
const wholeNumber = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
  return n;
};
const sectionList = (value: string, previous: SectionName[] = []) => {
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  for (const name of names) {
    const byNumber = /^\d+$/.test(name) && Number(name) >= 1 && Number(name) <= SECTION_NAMES.length;
    if (!(SECTION_NAMES as readonly string[]).includes(name) && !byNumber) {
      throw new InvalidArgumentError(`sections are ${SECTION_NAMES.join(', ')} (or 1-${SECTION_NAMES.length})`);
    }
  }
  return [...previous, ...names.map((n) => (/^\d+$/.test(n) ? SECTION_NAMES[Number(n) - 1]! : (n as SectionName)))];
};

const program = new Command('bench')
  .description(
    'Measure Sift on this machine: throughput, batch efficiency, submit, progress and query latency, memory, the guards, fair share, extraction, webhooks beside screening',
  )
  .addOption(
    new Option(
      '--only <sections>',
      `comma-separated: ${SECTION_NAMES.join(', ')} (or 1-${SECTION_NAMES.length}); repeatable`,
    ).argParser(sectionList),
  )
  .option(
    '--size <factor>',
    'scale every batch, the subscribers and the seeded rows by this factor (0.1 for a quick look)',
    positiveNumber,
    1,
  )
  .option('--latency-ms <ms>', 'LLM latency in the batch section', wholeNumber(0), 2_000)
  .option('--jitter-ms <ms>', 'LLM latency jitter (uniform ±) in the batch section', wholeNumber(0), 500)
  .option(
    '--concurrency <n>',
    'analysis calls in flight across all workers in the batch section (C)',
    wholeNumber(1),
    50,
  )
  .option('--workers <n>', 'worker processes in the batch section', wholeNumber(1), 2)
  .option('--rpm <n>', 'provider rate limit (OPENAI_MAX_RPM) in the batch section (R)', wholeNumber(1), 600)
  .option('--subscribers <n>', 'graphql-ws clients on one task in the progress section', wholeNumber(1), 1_000)
  .option('--rows <n>', 'applications seeded for the query section', wholeNumber(1_000), 1_000_000)
  .option('--out <file>', 'also write the results as JSON to this file (default: print only)')
  .showHelpAfterError()
  .parse();

const opts = program.opts<BenchOptions & { only?: SectionName[] }>();
const began = performance.now();
const log = (line: string) =>
  process.stderr.write(`bench ${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s: ${line}\n`);

async function main(): Promise<number> {
  const selected = SECTION_NAMES.filter((name) => !opts.only || opts.only.includes(name));
  const started = performance.now();
  const loadBefore = os.loadavg();
  const base = loadConfig();
  const services = await ensureServices(base.databaseUrl, base.redisUrl);
  services.notes.forEach((n) => log(n));
  const reports: SectionReport[] = [];
  try {
    for (const name of selected) {
      const { title, run } = SECTIONS[name];
      const rec = new SectionRecorder(title);
      const t0 = performance.now();
      log(`── ${title}`);
      let error: string | undefined;
      try {
        await run({ services, options: opts, rec, log: (line) => log(`[${name}] ${line}`) });
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        log(`${title} could not finish: ${e instanceof Error ? e.stack : error}`);
        rec.check('the section could not run to the end', firstLine(error), '', null);
      }
      reports.push({
        section: title,
        rows: rec.rows,
        figures: rec.figures,
        notes: rec.notes,
        error,
        durationMs: performance.now() - t0,
      });
    }
  } finally {
    await services.stop();
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`\nSift benchmark: ${machine}; total ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  console.table(tableRows(reports));
  console.log(
    `\nLoad average (1, 5, 15 min) before: ${loadBefore.map((l) => l.toFixed(1)).join(', ')}; after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}. The "CPU" rows say how much of the machine other processes took during each measurement.`,
  );
  if (stopProblems.length) {
    console.log(`Sift processes that did not stop cleanly on SIGTERM: ${stopProblems.join('; ')}`);
  }
  for (const r of reports) {
    if (r.notes.length)
      console.log(
        `\n${r.section} (${(r.durationMs / 1000).toFixed(0)} s):\n${r.notes.map((n) => `  - ${n}`).join('\n')}`,
      );
  }
  if (opts.out) {
    const json = {
      machine,
      loadAverage: { before: loadBefore, after: os.loadavg() },
      stopProblems,
      options: opts,
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      sections: reports,
    };
    await writeFile(opts.out, JSON.stringify(json, null, 2) + '\n');
    log(`results written to ${opts.out}`);
  }
  return reports.some((r) => r.error) ? 1 : 0;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}

process.exitCode = await main();
// Clients and pools that forgot to let go must not keep the bench alive once the figures are out.
setTimeout(() => process.exit(), 2_000).unref();
