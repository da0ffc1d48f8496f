/**
 * Matched over weakened: a resume that meets a job post beside a weakened copy of itself (the
 * post's skills removed, its years shortened), both scored against the post. A ranking worth
 * having puts the original first, every time; a tie is not a right answer.
 *
 * How a copy is weakened, by rules that know nothing of how Sift scores:
 * - skills: every skill the vocabulary finds in the post's title and description is cut from the
 *   resume wherever the resume names it ("Python, Go and SQL" → ", Go and"), and so is a suite that
 *   holds one ("Microsoft Office" where the post asks for Excel);
 * - years: every date range is cut to its last year ("2012 – 2019" → "2018 – 2019", "Jan 2015 –
 *   Present" → "Jan <now − 1> – Present"), and a stated "N years of experience" becomes a third
 *   of N (at least 1).
 * A resume with nothing to cut (none of the post's skills, no dates) makes no pair: it is
 * counted apart.
 */
import type { Analyzer, JobRubric } from '../analysis/analysis.types.js';
import { findDateRanges } from '../analysis/local/dates.js';
import { findSkills, suiteHolds } from '../analysis/skills.vocabulary.js';

/** A resume and the job post it meets. */
export interface PairCase {
  source: string;
  label: string;
  text: string;
  job: JobRubric;
}

export interface Weakened {
  text: string;
  skillsRemoved: number;
  rangesShortened: number;
}

/** The weakened copy of `text` for `job` (see the module's rules). */
export function weaken(text: string, job: Pick<JobRubric, 'title' | 'description'>, now: Date): Weakened {
  const wanted = new Set(findSkills(`${job.title}\n${job.description}`).map((m) => m.skill));
  let out = '';
  let at = 0;
  let skillsRemoved = 0;
  for (const m of findSkills(text)) {
    if (!wanted.has(m.skill) && ![...wanted].some((w) => suiteHolds(m.skill, w))) continue;
    out += text.slice(at, m.index);
    at = m.index + m.match.length;
    skillsRemoved++;
  }
  out += text.slice(at);

  let rangesShortened = 0;
  const nowYear = now.getUTCFullYear();
  let shortened = '';
  at = 0;
  for (const r of findDateRanges(out)) {
    const endYear = r.end?.year ?? nowYear;
    const startYear = Math.max(r.start.year, endYear - 1);
    if (startYear === r.start.year) continue;
    const range = out.slice(r.index, r.index + r.length);
    shortened += out.slice(at, r.index) + range.replace(String(r.start.year), String(startYear));
    at = r.index + r.length;
    rangesShortened++;
  }
  shortened += out.slice(at);
  const stated = shortened.replace(
    /\b(\d{1,2})(\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience)/gi,
    (_, n: string, rest: string) => `${Math.max(1, Math.floor(Number(n) / 3))}${rest}`,
  );
  return { text: stated, skillsRemoved, rangesShortened };
}

export interface PairwiseGroup {
  source: string;
  pairs: number;
  right: number;
  ties: number;
  wrong: number;
  /** Share of pairs with the original scored strictly higher. */
  share: number;
  /** Cases with nothing to cut. */
  unweakenable: number;
  /** Mean score of the originals and of their weakened copies. */
  meanOriginal: number;
  meanWeakened: number;
}

export interface PairwiseFigures {
  groups: PairwiseGroup[];
  all: PairwiseGroup;
  /** A few wrong or tied pairs, for reading. */
  examples: { source: string; label: string; original: number; weakened: number }[];
}

function group(source: string, rows: { original: number; weakened: number }[], unweakenable: number): PairwiseGroup {
  const right = rows.filter((r) => r.original > r.weakened).length;
  const ties = rows.filter((r) => r.original === r.weakened).length;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
  return {
    source,
    pairs: rows.length,
    right,
    ties,
    wrong: rows.length - right - ties,
    share: rows.length ? right / rows.length : Number.NaN,
    unweakenable,
    meanOriginal: mean(rows.map((r) => r.original)),
    meanWeakened: mean(rows.map((r) => r.weakened)),
  };
}

/** Scores every case and its weakened copy. */
export async function evaluatePairwise(
  cases: readonly PairCase[],
  analyzer: Analyzer,
  now: Date,
): Promise<PairwiseFigures> {
  const bySource = new Map<string, { rows: { original: number; weakened: number }[]; unweakenable: number }>();
  const examples: PairwiseFigures['examples'] = [];
  for (const c of cases) {
    const slot = bySource.get(c.source) ?? { rows: [], unweakenable: 0 };
    bySource.set(c.source, slot);
    const weak = weaken(c.text, c.job, now);
    if (weak.skillsRemoved === 0 && weak.rangesShortened === 0) {
      slot.unweakenable++;
      continue;
    }
    const original = (await analyzer.analyze(c.text, c.job)).evaluation.score;
    const weakened = (await analyzer.analyze(weak.text, c.job)).evaluation.score;
    slot.rows.push({ original, weakened });
    if (original <= weakened && examples.length < 12)
      examples.push({ source: c.source, label: c.label, original, weakened });
  }
  const groups = [...bySource].map(([source, s]) => group(source, s.rows, s.unweakenable));
  const all = group(
    'all',
    [...bySource.values()].flatMap((s) => s.rows),
    [...bySource.values()].reduce((n, s) => n + s.unweakenable, 0),
  );
  return { groups, all, examples };
}
