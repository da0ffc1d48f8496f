/**
 * The evaluation's figures as aligned plain-text tables, for a terminal or a pull request.
 */
import type { AgreementFigures } from './agreement.eval.js';
import type { TimingRow } from './extraction.eval.js';
import type { FieldFigures, Rate } from './fields.eval.js';
import type { RetrievalFigures } from './retrieval.eval.js';

type Align = 'left' | 'right';

/** Columns padded to their widest cell; numbers are right-aligned by the caller's choice. */
export function formatTable(headers: string[], rows: string[][], align: Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const percent = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const signed = (x: number) => (Number.isNaN(x) ? 'n/a' : `${x >= 0 ? '+' : ''}${x.toFixed(3)}`);
const ms = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(1));

/** "9/10 90.0%", or "-" when nothing was labelled. */
export function formatRate(r: Rate): string {
  return r.total === 0 ? '-' : `${r.hits}/${r.total} ${percent(r.hits / r.total)}`;
}

function section(title: string, body: string, notes: string[] = []): string {
  return [`## ${title}`, '', body, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** Field accuracy, one row per source. */
export function fieldsReport(rows: readonly FieldFigures[]): string {
  const right: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const body = formatTable(
    ['source', 'files', 'name', 'email', 'phone', 'location', 'skills P', 'skills R', 'vocab cover'],
    rows.map((f) => [
      f.source,
      String(f.files),
      formatRate(f.name),
      formatRate(f.email),
      formatRate(f.phone),
      formatRate(f.location),
      formatRate(f.skills.precision),
      formatRate(f.skills.recall),
      formatRate(f.skills.vocabularyCoverage),
    ]),
    right,
  );
  return section('Field accuracy (local profile vs labels)', body, [
    'Exact match, case- and spacing-insensitive; phones by digits. Skills normalised through the vocabulary:',
    'R = labelled skills the vocabulary knows that were found; P = found skills that are labelled, over files',
    'with a full non-empty label list (mentions outside the list count as wrong: a lower bound);',
    'vocab cover = labelled skills the vocabulary knows at all (the ceiling on R).',
    'anonymised-* rows: name = share of resumes where no name was returned, which is the right answer.',
  ]);
}

/** Agreement with the two annotators, per vacancy and per CV. */
export function agreementReport(a: AgreementFigures): string {
  const pairs = Object.keys(a.meanOverVacancies);
  const headers = ['vacancy', ...pairs.map((p) => `ρ ${p}`), ...pairs.map((p) => `τ ${p}`)];
  const align: Align[] = ['left', ...headers.slice(1).map((): Align => 'right')];
  const rows = a.vacancies.map((v) => [
    `V${v.vacancy} ${v.title.slice(0, 40)}`,
    ...pairs.map((p) => signed(v.correlations[p]!.spearman)),
    ...pairs.map((p) => signed(v.correlations[p]!.kendall)),
  ]);
  rows.push([
    'mean over vacancies',
    ...pairs.map((p) => signed(a.meanOverVacancies[p]!.spearman)),
    ...pairs.map((p) => signed(a.meanOverVacancies[p]!.kendall)),
  ]);
  const byPair = new Map(a.perCv.map((c) => [c.pair, c]));
  rows.push([
    'per CV (5 vacancies ranked), mean',
    ...pairs.map((p) => signed(byPair.get(p)!.meanSpearman)),
    ...pairs.map((p) => signed(byPair.get(p)!.meanKendall)),
  ]);
  const first = a.vacancies[0];
  rows.push([
    'CVs compared',
    ...pairs.map((p) => String(first?.correlations[p]?.n ?? 0)),
    ...pairs.map((p) => String(first?.correlations[p]?.n ?? 0)),
  ]);
  const undefinedPerCv = a.perCv.filter((c) => c.undefinedCount > 0).map((c) => `${c.pair} ${c.undefinedCount}`);
  return section(
    'Agreement with people (jd-resume-ranking, CVs 1-30, 5 vacancies)',
    formatTable(headers, rows, align),
    [
      'Per vacancy: CVs ranked by the local score vs by the place each annotator gave that vacancy for the CV.',
      "Per CV: the 5 vacancies ranked by the local scores vs each annotator's order (the annotators' own task).",
      "A1~A2 is the annotators' agreement with each other: the most a ranking can be expected to reach.",
      ...(undefinedPerCv.length
        ? [`Per-CV correlations undefined (a constant ranking), left out: ${undefinedPerCv.join(', ')}.`]
        : []),
      ...a.excluded.map((e) => `Excluded ranking: ${e}.`),
      ...(a.unreadableCvs.length ? [`Unreadable CVs, left out: ${a.unreadableCvs.join(', ')}.`] : []),
    ],
  );
}

/** Precision at k per category. */
export function retrievalReport(r: RetrievalFigures): string {
  const rows = r.categories.map((c) => [
    c.category,
    c.title,
    c.precisionAtK.toFixed(2),
    String(c.tiedAtCut),
    c.meanScoreInCategory.toFixed(1),
    c.meanScoreOthers.toFixed(1),
  ]);
  rows.push(['mean', '', r.meanPrecisionAtK.toFixed(2), '', '', '']);
  rows.push(['random order', '', r.randomBaseline.toFixed(2), '', '', '']);
  const body = formatTable(
    ['category', 'job post', `P@${r.k}`, 'tied at cut', 'mean score (cat)', 'mean score (others)'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
  return section(`Category retrieval (livecareer, ${r.resumes} resumes)`, body, [
    `P@${r.k}: share of the ${r.k} best-scored resumes that belong to the post's category; resumes tied at`,
    'the cut count by expectation (ties are not broken by file order).',
  ]);
}

/** Extraction and analysis timings. */
export function timingReport(rows: readonly TimingRow[]): string {
  const body = formatTable(
    ['files', 'count', 'ok', 'failures', 'p50 ms', 'p95 ms', 'max ms', 'total s'],
    rows.map((t) => [
      t.label,
      String(t.count),
      String(t.succeeded),
      Object.entries(t.failures)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-',
      ms(t.p50Ms),
      ms(t.p95Ms),
      ms(t.maxMs),
      (t.totalMs / 1000).toFixed(1),
    ]),
    ['left', 'right', 'right', 'left', 'right', 'right', 'right', 'right'],
  );
  return section('Extraction (detectMediaType + extractText) and analysis time', body, [
    'One file at a time; times per file (or per analyze call) on this machine.',
  ]);
}
