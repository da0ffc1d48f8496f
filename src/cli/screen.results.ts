/**
 * The outcome of a screening run: every file as one row, ranked by score; a plain-text table for
 * people and a CSV or JSON file for everything else.
 */
import { stringify } from 'csv-stringify/sync';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './exit-codes.js';
import { clip, table } from './table.js';
import type { ApplicationsQuery } from './api.js';
import type { SkippedFile } from './resume-folder.js';

export type ApplicationNode = ApplicationsQuery['applications']['edges'][number]['node'];

/** One file's outcome. `rank` is its place among the scored files; null for the rest. */
export interface ResultRow {
  rank: number | null;
  file: string;
  /** SHORTLISTED, REVIEW, REJECTED, FAILED, CANCELLED, ... or SKIPPED (never sent). */
  status: string;
  score: number | null;
  decisionSource: string | null;
  candidate: string | null;
  email: string | null;
  yearsExperience: number | null;
  flags: string[];
  /** The evaluation's summary, or why the file failed or was skipped. */
  reason: string;
  duplicateOf: string | null;
  applicationId: string | null;
  taskId: string | null;
}

export type OutputFormat = 'csv' | 'json';

/** The format of `--out` by its extension; a UsageError for anything else (checked before any upload). */
export function outputFormat(file: string): OutputFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  throw new UsageError(`--out ${file}: the file name must end in .csv or .json`);
}

/**
 * Rows for every application and every skipped file: scored ones first by score (highest first,
 * then by file name), then the unscored (FAILED, CANCELLED) by file name, then the skipped.
 * `nameOf` gives the file's name as the user knows it (a path in the folder).
 */
export function rankRows(
  applications: ApplicationNode[],
  skipped: SkippedFile[],
  nameOf: (application: ApplicationNode) => string = (a) => a.file.filename,
): ResultRow[] {
  const rows = applications.map((a): ResultRow => ({
    rank: null,
    file: nameOf(a),
    status: a.status,
    score: a.score,
    decisionSource: a.decisionSource,
    candidate: a.candidate?.name ?? null,
    email: a.candidate?.email ?? null,
    yearsExperience: a.candidate?.totalYearsExperience ?? null,
    flags: a.flags,
    reason: a.evaluation?.summary ?? a.error ?? '',
    duplicateOf: a.duplicateOf?.id ?? null,
    applicationId: a.id,
    taskId: a.task.id,
  }));
  const scored = rows.filter((r) => r.score !== null);
  const unscored = rows.filter((r) => r.score === null);
  scored.sort((a, b) => b.score! - a.score! || a.file.localeCompare(b.file));
  unscored.sort((a, b) => a.file.localeCompare(b.file));
  scored.forEach((r, i) => (r.rank = i + 1));
  const skippedRows = skipped.map((s): ResultRow => ({
    rank: null,
    file: s.name,
    status: 'SKIPPED',
    score: null,
    decisionSource: null,
    candidate: null,
    email: null,
    yearsExperience: null,
    flags: [],
    reason: s.reason,
    duplicateOf: null,
    applicationId: null,
    taskId: null,
  }));
  return [...scored, ...unscored, ...skippedRows];
}

/** Characters of the reason column in the table; the output file has it whole. */
const REASON_WIDTH = 70;
const FILE_WIDTH = 40;

/**
 * The shortlist as people read it: the `top` best-ranked files, then the files that got no score
 * (FAILED, CANCELLED, SKIPPED) with their reasons, at most `top` of those too.
 */
export function formatTable(rows: ResultRow[], top: number): string {
  const ranked = rows.filter((r) => r.rank !== null);
  const others = rows.filter((r) => r.rank === null);
  const parts: string[] = [];
  if (ranked.length) {
    parts.push(
      table(
        ['rank', 'file', 'score', 'decision', 'candidate', 'reason'],
        ranked
          .slice(0, top)
          .map((r) => [
            String(r.rank),
            clip(r.file, FILE_WIDTH),
            String(r.score),
            r.status + (r.decisionSource === 'HUMAN' ? '*' : ''),
            clip(r.candidate ?? '-', 24),
            clip(r.reason, REASON_WIDTH),
          ]),
        [true, false, true, false, false, false],
      ),
    );
    if (ranked.length > top) parts.push(`(${ranked.length - top} more ranked files not shown)`);
  } else parts.push('No file was scored.');
  if (others.length) {
    parts.push(
      '',
      table(
        ['file', 'status', 'reason'],
        others.slice(0, top).map((r) => [clip(r.file, FILE_WIDTH), r.status, clip(r.reason, REASON_WIDTH)]),
        [false, false, false],
      ),
    );
    if (others.length > top) parts.push(`(${others.length - top} more unscored files not shown)`);
  }
  return parts.join('\n');
}

const CSV_COLUMNS: { key: keyof ResultRow; header: string }[] = [
  { key: 'rank', header: 'rank' },
  { key: 'file', header: 'file' },
  { key: 'status', header: 'status' },
  { key: 'score', header: 'score' },
  { key: 'decisionSource', header: 'decision_source' },
  { key: 'candidate', header: 'candidate' },
  { key: 'email', header: 'email' },
  { key: 'yearsExperience', header: 'years_experience' },
  { key: 'flags', header: 'flags' },
  { key: 'reason', header: 'reason' },
  { key: 'duplicateOf', header: 'duplicate_of' },
  { key: 'applicationId', header: 'application_id' },
  { key: 'taskId', header: 'task_id' },
];

export function toCsv(rows: ResultRow[]): string {
  return stringify(
    rows.map((r) => CSV_COLUMNS.map(({ key }) => (Array.isArray(r[key]) ? r[key].join(' ') : r[key]))),
    { header: true, columns: CSV_COLUMNS.map((c) => c.header) },
  );
}

export interface RunSummary {
  jobPost: { id: string; title: string };
  taskIds: string[];
}

/** Writes every row to `file` as CSV or JSON (by its extension). */
export async function writeResults(file: string, rows: ResultRow[], summary: RunSummary): Promise<void> {
  const body =
    outputFormat(file) === 'csv' ? toCsv(rows) : `${JSON.stringify({ ...summary, results: rows }, null, 2)}\n`;
  await writeFile(file, body);
}
