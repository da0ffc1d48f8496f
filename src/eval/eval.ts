/**
 * `npm run eval`: measures the local analyzer on labelled and human-ranked resumes and prints the
 * figures as tables (see evaluation.ts for what is measured). Exits 2 when data is missing,
 * saying what and where it looked.
 */
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { SECTIONS, runEvaluation, type Section } from './evaluation.js';
import {
  agreementReport,
  fieldsReport,
  gradedReport,
  pairwiseReport,
  retrievalReport,
  rubricReport,
  timingReport,
} from './report.js';
import { MissingDataError, locateSharedDir } from './shared-dir.js';

/** Exit code when the data the evaluation needs is not there. */
const EXIT_MISSING_DATA = 2;
/**
 * Grace period after the figures are out. Extraction may start helpers (a worker pool) that keep
 * the event loop alive; the eval must still end. Unref'd, so a clean exit is not delayed.
 */
const EXIT_GRACE_MS = 2_000; // 2 seconds

const program = new Command('eval')
  .description('Measure the local analyzer: field accuracy, agreement with people, category retrieval, extraction')
  .option('--shared <dir>', 'the shared data folder (default: $SIFT_SHARED_DIR, else ../shared beside the repository)')
  .option('--out <file>', 'also write the figures as JSON to this file')
  .option(
    '--whole-livecareer <dir>',
    'a checkout of the whole livecareer dataset (Sbhawal/resumeScraper): with retrieval, rank its resumes outside ../shared too (about 14 minutes more)',
  )
  .addOption(
    new Option('--only <sections...>', 'run only these sections (extraction is always reported)').choices(SECTIONS),
  )
  .parse();

const opts = program.opts<{ shared?: string; out?: string; only?: Section[]; wholeLivecareer?: string }>();

async function main(): Promise<number> {
  const shared = locateSharedDir(opts.shared);
  const started = performance.now();
  try {
    const figures = await runEvaluation({
      shared,
      sections: opts.only ?? SECTIONS,
      ...(opts.wholeLivecareer && { wholeLivecareer: opts.wholeLivecareer }),
      log: (line) => process.stderr.write(`eval: ${line}\n`),
    });
    const parts = [
      `# Sift evaluation: ${figures.analyzer.name} analyzer (${figures.analyzer.model}), "Present" = ${figures.analyzer.now.slice(0, 10)}`,
      `data: ${figures.sharedDir} (${shared.chosenBy})`,
      figures.fields && fieldsReport(figures.fields),
      figures.agreement && agreementReport(figures.agreement),
      figures.retrieval && retrievalReport(figures.retrieval),
      figures.retrievalDescriptions &&
        retrievalReport(figures.retrievalDescriptions, 'job posts given as plain descriptions, no typed rubric'),
      figures.retrievalSecondDescriptions &&
        retrievalReport(
          figures.retrievalSecondDescriptions,
          'a second description per category, another common job of the field, written blind and never tuned on; at its first run P@10 0.58, judged 0.68',
        ),
      figures.retrievalWhole &&
        retrievalReport(
          figures.retrievalWhole.first,
          'the rest of the whole dataset (--whole-livecareer), the first descriptions; labels only',
        ),
      figures.retrievalWhole &&
        retrievalReport(figures.retrievalWhole.second, 'the rest of the whole dataset, the second descriptions'),
      figures.pairwise && pairwiseReport(figures.pairwise),
      figures.graded.length > 0 && gradedReport(figures.graded),
      figures.rubric && rubricReport(figures.rubric),
      ...figures.rubricHeldOut.map((set) => rubricReport(set.figures, set.which)),
      timingReport(figures.timings),
      `run time: ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ];
    console.log(parts.filter(Boolean).join('\n\n'));
    if (opts.out) {
      await writeFile(opts.out, JSON.stringify(figures, null, 2) + '\n');
      process.stderr.write(`eval: figures written to ${opts.out}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof MissingDataError) {
      console.error(error.message);
      return EXIT_MISSING_DATA;
    }
    throw error;
  }
}

process.exitCode = await main();
setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
