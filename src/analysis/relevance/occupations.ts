/**
 * Which families of occupations a title (or a post) names, through `occupations.data.ts`: a
 * family is named when all the terms of one of its words or phrases are in the text.
 */
import { OCCUPATION_FAMILIES } from './occupations.data.js';
import { termsOf } from './terms.js';

/** Each family's words as terms ("general contractor" → ["gener", "contractor"]). */
const ENTRIES: { family: string; terms: string[] }[] = Object.entries(OCCUPATION_FAMILIES).flatMap(([family, words]) =>
  words.map((w) => ({ family, terms: [...new Set(termsOf(w))] })).filter((e) => e.terms.length > 0),
);

/** The families whose words `terms` holds, with how many of their words it holds. */
export function familyHits(terms: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of ENTRIES) {
    if (e.terms.every((t) => terms.has(t))) out.set(e.family, (out.get(e.family) ?? 0) + 1);
  }
  return out;
}

/** The families a title names. */
export function familiesOf(title: string): Set<string> {
  return new Set(familyHits(new Set(termsOf(title))).keys());
}
