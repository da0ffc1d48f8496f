/** What a benchmark section reports, and how the whole run is printed and saved. */

/** One line of the table: a figure, printed with the target that says what good is. */
export interface Row {
  section: string;
  measure: string;
  /** The figure as printed (units included). */
  result: string;
  /** The target as printed; empty when the figure is context, not a goal. */
  target: string;
  /** Whether the target was met; null when there is no target or nothing was measured. */
  ok: boolean | null;
}

export interface SectionReport {
  /** e.g. "1 throughput" */
  section: string;
  rows: Row[];
  /** Raw figures for the JSON file (numbers in ms, bytes, per second...). */
  figures: Record<string, unknown>;
  /** How it was measured: sizes, processes, settings. */
  notes: string[];
  /** Why the section could not run (then `rows` says so too). */
  error?: string;
  durationMs: number;
}

/** Collects a section's rows, figures and notes. */
export class SectionRecorder {
  readonly rows: Row[] = [];
  readonly figures: Record<string, unknown> = {};
  readonly notes: string[] = [];

  constructor(readonly section: string) {}

  /** A figure with no target (context: baselines, sizes, counts). */
  info(measure: string, result: string): void {
    this.rows.push({ section: this.section, measure, result, target: '', ok: null });
  }

  /** A figure against its target; `ok` null when the figure could not be measured. */
  check(measure: string, result: string, target: string, ok: boolean | null): void {
    this.rows.push({ section: this.section, measure, result, target, ok });
  }

  figure(key: string, value: unknown): void {
    this.figures[key] = value;
  }

  note(text: string): void {
    this.notes.push(text);
  }
}

export function verdict(ok: boolean | null): string {
  return ok === null ? '' : ok ? 'yes' : 'NO';
}

/** The table as console.table prints it: one row per figure. */
export function tableRows(reports: readonly SectionReport[]) {
  return reports.flatMap((r) =>
    r.rows.map((row) => ({
      section: row.section,
      measure: row.measure,
      result: row.result,
      target: row.target,
      met: verdict(row.ok),
    })),
  );
}
