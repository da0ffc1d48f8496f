/**
 * A job post's rubric as candidates are judged against it: the items a recruiter typed
 * (AUTHORED) and the items read from the description (DERIVED), merged. Typed items win: a
 * derived item that says the same (the same skill, must-have or nice-to-have; any years when
 * years were typed; the same requirement or degree) is left out, and so is one the recruiter
 * removed.
 * Pure functions of the job post's stored fields.
 */
import { createHash } from 'node:crypto';
import { normalizeSkill } from '../analysis/skills.vocabulary.js';
import type { ExperienceRequirement, JobRubric } from '../analysis/analysis.types.js';
import { NO_ITEMS_WARNING } from '../analysis/rubric/derive.js';
import { anyWorkText, namesField } from '../analysis/rubric/experience-field.js';
import {
  withoutExamples,
  type DerivedRubric,
  type RubricItem,
  type RubricItemKind,
} from '../analysis/rubric/rubric.types.js';

/** A rubric item with the ID clients remove it by. */
export interface IdentifiedRubricItem extends RubricItem {
  id: string;
}

/** What the merge reads of a job post. */
export interface RubricFields {
  title: string;
  description: string;
  requirements: string[];
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  minYearsExperience: number | null;
  /** Typed EXPERIENCE items that name a field, with their text. */
  experienceItems: ExperienceRequirement[];
  education: string[];
  derivedRubric: DerivedRubric | null;
  /** IDs of derived items the recruiter removed. */
  dismissedRubricItems: string[];
}

/**
 * Case, spacing and punctuation do not make two items different; skills meet through the
 * vocabulary; EXPERIENCE items of years of any work are one item whatever their words.
 */
function sameness(kind: RubricItemKind, raw: string): string {
  // (a kind asked with its examples is the kind: "instrument tracking system (e.g. SPM, Censis)")
  const text = withoutExamples(raw);
  const family = kind === 'NICE_TO_HAVE' ? 'MUST_HAVE' : kind;
  if (family === 'EXPERIENCE' && !namesField(text)) return family;
  const canonical = family === 'MUST_HAVE' ? (normalizeSkill(text) ?? text) : text;
  return `${family}:${canonical
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()}`;
}

/**
 * A stable ID: the same item of the same source always has the same one. A description gives one
 * EXPERIENCE item at most, whose ID does not depend on its words: a removed one stays removed
 * when a later reading words its field differently.
 */
export function rubricItemId(item: Pick<RubricItem, 'source' | 'kind' | 'text'>): string {
  const key = item.source === 'DERIVED' && item.kind === 'EXPERIENCE' ? 'EXPERIENCE' : sameness(item.kind, item.text);
  const digest = createHash('sha256').update(`${item.source}\u0000${key}\u0000${item.kind}`).digest('hex');
  return `${item.source === 'AUTHORED' ? 'a' : 'd'}_${digest.slice(0, 12)}`;
}

/** The typed items, in form order: must-haves, nice-to-haves, requirements, years (of any work, then in a field), degrees. */
export function authoredItems(f: RubricFields): RubricItem[] {
  const item = (kind: RubricItemKind, text: string, minYears: number | null = null): RubricItem => ({
    kind,
    text,
    source: 'AUTHORED',
    quote: null,
    minYears,
  });
  return [
    ...f.mustHaveSkills.map((s) => item('MUST_HAVE', s)),
    ...f.niceToHaveSkills.map((s) => item('NICE_TO_HAVE', s)),
    ...f.requirements.map((s) => item('REQUIREMENT', s)),
    ...(f.minYearsExperience === null
      ? []
      : [item('EXPERIENCE', anyWorkText(f.minYearsExperience), f.minYearsExperience)]),
    ...f.experienceItems.map((e) => item('EXPERIENCE', e.text, e.minYears)),
    ...f.education.map((s) => item('EDUCATION', s)),
  ];
}

/**
 * Every item of the rubric, typed first, then the derived ones no typed item overrides. Typed
 * years of any kind override every derived EXPERIENCE item: the recruiter has said which years
 * count.
 */
export function rubricItemsOf(f: RubricFields): IdentifiedRubricItem[] {
  const typed = authoredItems(f).map((i) => ({ ...i, id: rubricItemId(i) }));
  const taken = new Set(typed.map((i) => sameness(i.kind, i.text)));
  const typedYears = typed.some((i) => i.kind === 'EXPERIENCE');
  const dismissed = new Set(f.dismissedRubricItems);
  const derived: IdentifiedRubricItem[] = [];
  for (const i of f.derivedRubric?.items ?? []) {
    const id = rubricItemId(i);
    const same = sameness(i.kind, i.text);
    if (dismissed.has(id) || taken.has(same) || (typedYears && i.kind === 'EXPERIENCE')) continue;
    taken.add(same);
    derived.push({ ...i, id });
  }
  return [...typed, ...derived];
}

/** The rubric as analyzers see it: every item's text by kind, the EXPERIENCE items with their years. */
export function analyzerRubric(
  f: RubricFields & { location: string | null; shortlistThreshold: number; rejectThreshold: number },
): JobRubric {
  const items = rubricItemsOf(f);
  const texts = (kind: RubricItemKind) => items.filter((i) => i.kind === kind).map((i) => i.text);
  const experienceItems = items
    .filter((i) => i.kind === 'EXPERIENCE' && i.minYears !== null)
    .map((i) => ({ text: i.text, minYears: i.minYears! }));
  const years = experienceItems.length > 0 ? Math.max(...experienceItems.map((i) => i.minYears)) : null;
  return {
    title: f.title,
    description: f.description,
    requirements: texts('REQUIREMENT'),
    mustHaveSkills: texts('MUST_HAVE'),
    niceToHaveSkills: texts('NICE_TO_HAVE'),
    minYearsExperience: years,
    ...(experienceItems.length > 0 && { experienceItems }),
    education: texts('EDUCATION'),
    authoredItems: items.filter((i) => i.source === 'AUTHORED').length,
    // typed items come first in `items`, so the typed must-haves are the first ones
    authoredMustHaves: items.filter((i) => i.source === 'AUTHORED' && i.kind === 'MUST_HAVE').length,
    location: f.location,
    shortlistThreshold: f.shortlistThreshold,
    rejectThreshold: f.rejectThreshold,
  };
}

/** What a recruiter should know about the rubric: the derivation's own warnings. */
export function rubricWarnings(f: RubricFields): string[] {
  const items = rubricItemsOf(f);
  const warnings = [...(f.derivedRubric?.warnings ?? [])];
  if (items.length > 0) return warnings.filter((w) => w !== NO_ITEMS_WARNING);
  return warnings.length > 0
    ? warnings
    : ['The rubric has no items: candidates are ranked by their relevance to the job post alone.'];
}
