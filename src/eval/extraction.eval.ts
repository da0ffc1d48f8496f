/**
 * Extraction figures over every file the evaluation opened: how many, which failed and why, and
 * how long each took; plus the analyzer's time per call for comparison.
 */
import type { ExtractedDocument } from './documents.js';
import { percentile } from './metrics.js';

export interface TimingRow {
  /** A file format (pdf, docx, txt, md), "all files", or "analysis (local)". */
  label: string;
  count: number;
  /** Files whose text was extracted (for analysis rows: calls made). */
  succeeded: number;
  /** Failure reason → count. */
  failures: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  totalMs: number;
}

function row(label: string, durations: number[], failed: string[]): TimingRow {
  const failures: Record<string, number> = {};
  for (const f of failed) failures[f] = (failures[f] ?? 0) + 1;
  return {
    label,
    count: durations.length,
    succeeded: durations.length - failed.length,
    failures,
    p50Ms: percentile(durations, 50),
    p95Ms: percentile(durations, 95),
    maxMs: durations.length === 0 ? Number.NaN : Math.max(...durations),
    totalMs: durations.reduce((s, d) => s + d, 0),
  };
}

/** One row per format, then one for all files and one for the analyzer's calls. */
export function summariseTimings(
  documents: Iterable<ExtractedDocument>,
  analysisDurations: readonly number[],
  analyzerName: string,
): TimingRow[] {
  const docs = [...documents];
  const formats = [...new Set(docs.map((d) => d.format))].sort();
  const rowOf = (label: string, group: ExtractedDocument[]) =>
    row(
      label,
      group.map((d) => d.ms),
      group.flatMap((d) => (d.failure ? [d.failure] : [])),
    );
  return [
    ...formats.map((f) =>
      rowOf(
        f,
        docs.filter((d) => d.format === f),
      ),
    ),
    rowOf('all files', docs),
    row(`analysis (${analyzerName})`, [...analysisDurations], []),
  ];
}
