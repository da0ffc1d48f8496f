/**
 * The evaluation's figures as aligned plain-text tables, for a terminal or a pull request.
 */
import type { AgreementFigures } from './agreement.eval.js';
import type { TimingRow } from './extraction.eval.js';
import type { FieldFigures, Rate } from './fields.eval.js';
import { HEAD_CHARS, type RetrievalFigures } from './retrieval.eval.js';
import type { PairwiseFigures } from './pairwise.eval.js';
import type { GradedSetFigures } from './graded.eval.js';
import type { PrecisionRecall, RubricFigures } from './rubric.eval.js';
import { mean } from './metrics.js';

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
  const right: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const body = formatTable(
    ['source', 'files', 'name', 'email', 'phone', 'location', 'skills P', 'skills R', 'vocab cover', '+ESCO'],
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
      formatRate(f.skills.taxonomyCoverage),
    ]),
    right,
  );
  return section('Field accuracy (local profile vs labels)', body, [
    'Exact match, case- and spacing-insensitive; phones by digits. Skills normalised through the vocabulary:',
    'R = labelled skills the vocabulary knows that were found; P = found skills that are labelled, over files',
    'with a full non-empty label list (mentions outside the list count as wrong: a lower bound);',
    'vocab cover = labelled skills the vocabulary knows at all (the ceiling on R); +ESCO = those the vocabulary',
    'or the ESCO taxonomy behind it knows (a resume may then meet a rubric item by another ESCO name of it).',
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
      ...a.perCvComparisons.map(
        (c) =>
          `Per CV on the ${c.cvs} CVs all three ranked: local~${c.annotator} ${signed(c.analyzerMean)} vs ` +
          `${c.annotator}~${c.other} ${signed(c.annotatorsMean)}, difference ${signed(c.difference.mean)} ` +
          `(${Math.round(c.difference.level * 100)}% bootstrap interval ${signed(c.difference.low)} to ${signed(c.difference.high)}).`,
      ),
      ...(undefinedPerCv.length
        ? [`Per-CV correlations undefined (a constant ranking), left out: ${undefinedPerCv.join(', ')}.`]
        : []),
      ...a.excluded.map((e) => `Excluded ranking: ${e}.`),
      ...(a.unreadableCvs.length ? [`Unreadable CVs, left out: ${a.unreadableCvs.join(', ')}.`] : []),
    ],
  );
}

/** Precision at k per category. */
export function retrievalReport(r: RetrievalFigures, posts = 'typed job posts: title, description, rubric'): string {
  const judged = r.judged;
  const judgedCells = (c: RetrievalFigures['categories'][number]) =>
    judged
      ? [
          String(c.judged!.relevant),
          c.judged!.precisionAtK.toFixed(2),
          c.judged!.bestAtK.toFixed(2),
          c.judged!.labelCeilingAtK.toFixed(2),
        ]
      : [];
  const rows = r.categories.map((c) => [
    c.category,
    c.title,
    c.precisionAtK.toFixed(2),
    String(c.tiedAtCut),
    c.meanScoreInCategory.toFixed(1),
    c.meanScoreOthers.toFixed(1),
    ...judgedCells(c),
    c.nameOnlyAtK.toFixed(2),
  ]);
  const blanks = judged ? ['', '', '', ''] : [];
  const meanRow = (label: string, cats: RetrievalFigures['categories']) => [
    label,
    '',
    mean(cats.map((c) => c.precisionAtK)).toFixed(2),
    '',
    '',
    '',
    ...(judged
      ? [
          '',
          mean(cats.map((c) => c.judged!.precisionAtK)).toFixed(2),
          mean(cats.map((c) => c.judged!.bestAtK)).toFixed(2),
          mean(cats.map((c) => c.judged!.labelCeilingAtK)).toFixed(2),
        ]
      : []),
    mean(cats.map((c) => c.nameOnlyAtK)).toFixed(2),
  ];
  rows.push(meanRow('mean', r.categories));
  for (const sub of r.subsets ?? []) {
    rows.push(
      meanRow(
        `mean, ${sub.label}`,
        r.categories.filter((c) => sub.categories.includes(c.category)),
      ),
    );
  }
  rows.push(['random order', '', r.randomBaseline.toFixed(2), '', '', '', ...blanks, '']);
  if (r.sampled) {
    const s = r.sampled;
    rows.push([
      `mean of ${s.count} pools of ${s.resumes}`,
      `${s.perCategory} per category, drawn`,
      s.mean.toFixed(2),
      `${s.min.toFixed(2)} to ${s.max.toFixed(2)}`,
      '',
      '',
      ...blanks,
      '',
    ]);
  }
  const body = formatTable(
    [
      'category',
      'job post',
      `P@${r.k}`,
      'tied at cut',
      'mean score (cat)',
      'mean score (others)',
      ...(judged ? ['judged in cat', `P@${r.k} judged`, 'best possible', 'label ceiling'] : []),
      'name only',
    ],
    rows,
    [
      'left',
      'left',
      'right',
      'right',
      'right',
      'right',
      ...(judged ? (['right', 'right', 'right', 'right'] as Align[]) : []),
      'right',
    ],
  );
  return section(`Category retrieval (livecareer, ${r.resumes} resumes; ${posts})`, body, [
    `P@${r.k}: share of the ${r.k} best-scored resumes that belong to the post's category; resumes tied at`,
    'the cut count by expectation (ties are not broken by file order).',
    ...(r.sampled
      ? [
          `mean of ${r.sampled.count} pools: P@${r.k} over pools drawn from this one with ${r.sampled.perCategory} resumes per category, as in ../shared`,
          '(seeded, the same every run); the range over the pools stands in the next column.',
        ]
      : []),
    ...(judged
      ? [
          `P@${r.k} judged: the same against each resume's occupational field judged by hand (test/fixtures/livecareer-fields);`,
          `best possible: what P@${r.k} judged can be (below 1 where fewer than ${r.k} resumes are judged in the category);`,
          `label ceiling: P@${r.k} against the labels of a ranker that knows those judgements (what ranking by trade can reach).`,
          `Judged main field = label for ${(judged.primaryIsLabel * 100).toFixed(0)}% of the ${judged.resumes} resumes; label among the judged fields for ${(judged.labelAmongFields * 100).toFixed(0)}%.`,
        ]
      : []),
    `name only: P@${r.k} against the labels of a ranker that reads nothing but the category's name (in the first`,
    `${HEAD_CHARS} characters first, then anywhere). The labels follow the name: ${percent(r.labelNames.ownInHead)} of resumes name their`,
    `own category in their first ${HEAD_CHARS} characters, ${percent(r.labelNames.otherInHead)} another one; anywhere in the text ${percent(r.labelNames.ownAnywhere)} and ${percent(r.labelNames.otherAnywhere)}.`,
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

/** Matched over weakened pairs, per source. */
export function pairwiseReport(p: PairwiseFigures): string {
  const rows = [...p.groups, p.all].map((g) => [
    g.source,
    String(g.pairs),
    String(g.right),
    String(g.ties),
    String(g.wrong),
    g.pairs ? g.share.toFixed(3) : 'n/a',
    String(g.unweakenable),
    Number.isNaN(g.meanOriginal) ? 'n/a' : `${g.meanOriginal.toFixed(1)} / ${g.meanWeakened.toFixed(1)}`,
  ]);
  const body = formatTable(
    ['source', 'pairs', 'right', 'ties', 'wrong', 'share right', 'nothing to cut', 'mean score (orig / weak)'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  return section('Matched over weakened (job posts given as descriptions)', body, [
    "Each resume against its post (livecareer: its category's description; jd-ranking: the vacancy an annotator",
    "ranked first), beside a copy with the post's skills cut and every date range cut to its last year.",
    'Right: the original scores strictly higher; a tie is not right.',
    ...p.examples.map(
      (e) => `Not right: ${e.source} ${e.label.split('/').slice(-2).join('/')}: ${e.original} vs ${e.weakened}.`,
    ),
  ]);
}

/** Applicants to one post, graded: the pairs ordered right, per set and per kind of pair. */
export function gradedReport(sets: readonly GradedSetFigures[]): string {
  const kinds = [...new Set(sets.flatMap((s) => Object.keys(s.byPair)))];
  const rows = sets.map((s) => [
    s.which.split(' (')[0]!,
    String(s.posts),
    String(s.pairs),
    String(s.right),
    String(s.ties),
    s.pairs ? (s.right / s.pairs).toFixed(3) : 'n/a',
    ...kinds.map((k) => (s.byPair[k] ? `${s.byPair[k].right}/${s.byPair[k].pairs}` : '-')),
  ]);
  const body = formatTable(['set', 'posts', 'pairs', 'right', 'ties', 'share right', ...kinds], rows, [
    'left',
    ...Array<Align>(5 + kinds.length).fill('right'),
  ]);
  return section('Graded applicants (job posts given as descriptions)', body, [
    'Per post, five resumes written to a grade: A a strong fit, B meets every demand and no wish, C of the trade',
    'but missing a demand, D an adjacent trade, E another trade; the pairs any recruiter would order so.',
    'Right: the better applicant scores strictly higher; a tie is not right.',
    // (a set never tuned on is read by its totals: naming its wrong pairs would show what to tune)
    ...sets.map((s) =>
      NEVER_TUNED.test(s.which)
        ? `${s.which}: its pairs not named, a set never tuned on being read by its totals.`
        : `${s.which}${s.wrong.length ? `: not right ${s.wrong.join('; ')}` : ''}.`,
    ),
  ]);
}

/** How a set kept from tuning says so (see GRADED_SETS). */
const NEVER_TUNED = /\bnever tuned on\b/;

const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(2));

/** Rubric derivation against hand labels. */
export function rubricReport(r: RubricFigures, which = 'hand-labelled job descriptions'): string {
  const row = (label: string, f: PrecisionRecall) => [
    label,
    String(f.derived),
    String(f.labelled),
    String(f.matched),
    pct(f.precision),
    pct(f.recall),
  ];
  const rows = [
    row('all items (same kind)', r.strict),
    row('all items (any kind)', r.anyKind),
    ...Object.entries(r.byKind).map(([k, f]) => row(k, f)),
  ];
  const body = formatTable(['items', 'derived', 'labelled', 'matched', 'precision', 'recall'], rows, [
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]);
  const empty = r.emptyPosts.map(
    (e) => `${e.file.split('/').pop()}: ${e.derived} derived${e.warned ? ', warned' : ''}`,
  );
  return section(`Rubric derivation (${r.posts} ${which}; ${r.trades.join(', ')})`, body, [
    'Derived by the local rules from title and description alone, compared item by item with hand labels.',
    ...(empty.length ? [`Posts labelled with no items: ${empty.join('; ')}.`] : []),
  ]);
}
