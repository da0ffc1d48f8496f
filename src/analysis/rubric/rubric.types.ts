/**
 * A job post's rubric as items: what Sift judges candidates against, each item with where it
 * came from. Plain data, stored as JSON on the job post and given to analyzers.
 */

/** What an item asks: a skill that gates, one that helps, another demand, years, or a degree. */
export type RubricItemKind = 'MUST_HAVE' | 'NICE_TO_HAVE' | 'REQUIREMENT' | 'EXPERIENCE' | 'EDUCATION';

/** Typed by a recruiter, or derived from the description (by rules, or drafted by a model). */
export type RubricItemSource = 'DERIVED' | 'AUTHORED';

export const RUBRIC_ITEM_KINDS: readonly RubricItemKind[] = [
  'MUST_HAVE',
  'NICE_TO_HAVE',
  'REQUIREMENT',
  'EXPERIENCE',
  'EDUCATION',
];

export interface RubricItem {
  kind: RubricItemKind;
  /** The item in a few words: "PostgreSQL", "Valid CDL Class A", "At least 5 years of experience". */
  text: string;
  source: RubricItemSource;
  /** The passage of the description a derived item was read from, verbatim; null when authored. */
  quote: string | null;
  /** Years asked for (EXPERIENCE items); null otherwise. */
  minYears: number | null;
}

/** How an EDUCATION or EXPERIENCE item's text says it is wished for, not required. */
export const PREFERRED_MARK = ' (preferred)';

/** The mark of a wished-for item at the end of its text, in the words labels and recruiters use. */
export const PREFERRED_TAG = /\s*\((?:preferred|desired|desirable|optional|bonus|a\s+plus|nice\s+to\s+have)\)\s*$/i;

/**
 * Whether an item's text marks it as wished for ("Bachelor's degree (preferred)", "At least 5
 * years of audit experience (preferred)"): derived items are marked so, and a recruiter may type
 * the mark. Scoring weighs such an item half (see `scoring.ts`).
 */
export function isPreferred(text: string): boolean {
  return PREFERRED_TAG.test(text);
}

/** The result of reading a description: the items, and what a recruiter should know about them. */
/**
 * Examples a derived item names after the kind asked ("instrument tracking system (e.g. SPM,
 * Censis)"), any of which holds it (see `derive.ts`); the item is the kind.
 */
export const EXAMPLES_TAIL = /\s*\(e\.g\.\s+[^()]*\)\s*$/;

/** An item's text without the examples it names: the kind it asks. */
export function withoutExamples(text: string): string {
  return text.replace(EXAMPLES_TAIL, '');
}

export interface DerivedRubric {
  items: RubricItem[];
  warnings: string[];
  /** Who read the description: `local` (the rules), or `openai:<model>` when a model drafted it. */
  derivedBy?: string;
}
