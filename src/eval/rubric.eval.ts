/**
 * Rubric derivation against hand labels: for job descriptions labelled item by item (see
 * `test/fixtures/job-posts/README.md`), the precision and recall of the items Sift derives.
 *
 * A derived item matches a labelled one (one to one, greedily in label order) when:
 * - skills (MUST_HAVE, NICE_TO_HAVE): the same skill, through the vocabulary or as the same
 *   words (case, punctuation and a leading verb or qualifier aside), or one's words contained in
 *   the other's ("AWS" in "AWS Lambda" is not enough: all the shorter one's words must be there);
 * - REQUIREMENT and EDUCATION: their quotes overlap in the description and share a content word;
 * - EXPERIENCE: the same number of years.
 * Strict figures also need the same kind; "any kind" figures count an item found under another
 * kind (a must-have derived as a nice-to-have) as found.
 */
import type { RubricItem, RubricItemKind } from '../analysis/rubric/rubric.types.js';
import { RUBRIC_ITEM_KINDS, withoutExamples } from '../analysis/rubric/rubric.types.js';
import { deriveRubric } from '../analysis/rubric/derive.js';
import { normalizeSkill } from '../analysis/skills.vocabulary.js';
import type { LabelledItem, LabelledPost } from './job-posts.js';

export interface PrecisionRecall {
  derived: number;
  labelled: number;
  /** Derived items matched to a label. */
  matched: number;
  precision: number;
  recall: number;
}

export interface RubricFigures {
  posts: number;
  trades: string[];
  strict: PrecisionRecall;
  anyKind: PrecisionRecall;
  byKind: Record<RubricItemKind, PrecisionRecall>;
  /** Posts whose labels have no item, and whether Sift derived none for them (and warned). */
  emptyPosts: { file: string; derived: number; warned: boolean }[];
  perPost: { file: string; trade: string; derived: number; labelled: number; matched: number }[];
  /** Derived items no label matched, and labels nothing matched, for reading. */
  misses: { file: string; extra: string[]; missed: string[] }[];
}

const SKILL_KINDS = new Set<RubricItemKind>(['MUST_HAVE', 'NICE_TO_HAVE']);

/** A label's or an item's words, lower case, a plural read as its singular ("Reach trucks", "Reach truck"). */
function words(s: string): string[] {
  return (s.toLowerCase().match(/[a-z0-9+#]+(?:\.[a-z0-9]+)*/g) ?? [])
    .filter(
      (w) =>
        !/^(?:and|or|the|of|in|a|an|with|to|for|experience|skills?|knowledge|proficiency|strong|solid|working)$/.test(
          w,
        ),
    )
    .map((w) => (w.length > 3 && /[^su]s$/.test(w) ? w.slice(0, -1) : w));
}

function sameSkill(rawA: string, b: string): boolean {
  // (a kind asked with its examples is the kind: "ticketing system (e.g. ServiceNow, Zendesk)")
  const a = withoutExamples(rawA);
  const ca = normalizeSkill(a);
  const cb = normalizeSkill(b);
  if (ca && cb) return ca === cb;
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.every((w) => long.has(w));
}

function span(description: string, quote: string | null): [number, number] | null {
  if (!quote) return null;
  const at = description.indexOf(quote);
  return at < 0 ? null : [at, at + quote.length];
}

function overlaps(a: [number, number] | null, b: [number, number] | null): boolean {
  return a !== null && b !== null && a[0] < b[1] && b[0] < a[1];
}

function matches(post: LabelledPost, d: RubricItem, l: LabelledItem, strict: boolean): boolean {
  if (strict && d.kind !== l.kind) return false;
  const dSkill = SKILL_KINDS.has(d.kind);
  const lSkill = SKILL_KINDS.has(l.kind);
  if (dSkill && lSkill) return sameSkill(d.text, l.text);
  if (d.kind === 'EXPERIENCE' || l.kind === 'EXPERIENCE') {
    return d.kind === l.kind && d.minYears === (l.minYears ?? null);
  }
  if (dSkill !== lSkill && strict) return false;
  const shared = words(d.text).some((w) => w.length > 2 && words(l.text).includes(w));
  return overlaps(span(post.description, d.quote), span(post.description, l.quote)) && shared;
}

function pr(derived: number, labelled: number, matched: number): PrecisionRecall {
  return {
    derived,
    labelled,
    matched,
    precision: derived === 0 ? Number.NaN : matched / derived,
    recall: labelled === 0 ? Number.NaN : matched / labelled,
  };
}

/** Pairs derived with labelled items one to one: each label takes the first derived item that matches it. */
function pairUp(post: LabelledPost, derived: RubricItem[], strict: boolean): { pairs: [number, number][] } {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  post.items.forEach((l, li) => {
    const di = derived.findIndex((d, i) => !used.has(i) && matches(post, d, l, strict));
    if (di >= 0) {
      used.add(di);
      pairs.push([di, li]);
    }
  });
  return { pairs };
}

/** Derives every labelled post's rubric and compares it with the labels. */
export function evaluateRubrics(posts: readonly LabelledPost[]): RubricFigures {
  const totals = { strict: [0, 0, 0], anyKind: [0, 0, 0] };
  const byKind = Object.fromEntries(RUBRIC_ITEM_KINDS.map((k) => [k, [0, 0, 0]])) as Record<RubricItemKind, number[]>;
  const perPost: RubricFigures['perPost'] = [];
  const misses: RubricFigures['misses'] = [];
  const emptyPosts: RubricFigures['emptyPosts'] = [];
  for (const post of posts) {
    const { items, warnings } = deriveRubric(post.title, post.description);
    if (post.items.length === 0)
      emptyPosts.push({ file: post.file, derived: items.length, warned: warnings.length > 0 });
    const strict = pairUp(post, items, true).pairs;
    const anyKind = pairUp(post, items, false).pairs;
    totals.strict = [
      totals.strict[0]! + items.length,
      totals.strict[1]! + post.items.length,
      totals.strict[2]! + strict.length,
    ];
    totals.anyKind = [
      totals.anyKind[0]! + items.length,
      totals.anyKind[1]! + post.items.length,
      totals.anyKind[2]! + anyKind.length,
    ];
    for (const k of RUBRIC_ITEM_KINDS) {
      const row = byKind[k]!;
      row[0]! += items.filter((i) => i.kind === k).length;
      row[1]! += post.items.filter((i) => i.kind === k).length;
      row[2]! += strict.filter(([di]) => items[di]!.kind === k).length;
    }
    perPost.push({
      file: post.file.split('/').pop()!,
      trade: post.trade,
      derived: items.length,
      labelled: post.items.length,
      matched: strict.length,
    });
    const matchedD = new Set(strict.map(([d]) => d));
    const matchedL = new Set(strict.map(([, l]) => l));
    misses.push({
      file: post.file.split('/').pop()!,
      extra: items.filter((_, i) => !matchedD.has(i)).map((i) => `${i.kind} ${i.text}`),
      missed: post.items.filter((_, i) => !matchedL.has(i)).map((i) => `${i.kind} ${i.text}`),
    });
  }
  return {
    posts: posts.length,
    trades: [...new Set(posts.map((p) => p.trade))].sort(),
    strict: pr(totals.strict[0]!, totals.strict[1]!, totals.strict[2]!),
    anyKind: pr(totals.anyKind[0]!, totals.anyKind[1]!, totals.anyKind[2]!),
    byKind: Object.fromEntries(
      RUBRIC_ITEM_KINDS.map((k) => [k, pr(byKind[k]![0]!, byKind[k]![1]!, byKind[k]![2]!)]),
    ) as Record<RubricItemKind, PrecisionRecall>,
    emptyPosts,
    perPost,
    misses,
  };
}
