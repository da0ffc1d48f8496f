/**
 * Which families of occupations a title (or a post) names, through `occupations.data.ts`: a
 * family is named when all the words of one of its words or phrases are in the text.
 *
 * A title is read word for word, not stem for stem: stemming folds a role into an activity
 * ("developer" and "development", "art" and "arts"), and "Business Development Director" is no
 * software developer, nor "Arts Program Coordinator" a designer. A post's key terms, which are
 * stems, are read by their stems ({@link familyHits}).
 */
import { OCCUPATION_FAMILIES } from './occupations.data.js';
import { expandAcronyms, termOf, termsOf } from './terms.js';

/** Each family's words as terms ("general contractor" → ["gener", "contractor"]) and as words. */
const ENTRIES: { family: string; terms: string[]; words: string[] }[] = Object.entries(OCCUPATION_FAMILIES).flatMap(
  ([family, words]) =>
    words
      .map((w) => ({ family, terms: [...new Set(termsOf(w))], words: [...new Set(wordsOf(w))] }))
      .filter((e) => e.terms.length > 0),
);

/**
 * The words of a text as a title is read: trade acronyms spelled out (as `terms.ts` does), lower
 * case, no possessive, and only the words that stand for something (those with a term).
 */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of expandAcronyms(text).matchAll(/[A-Za-z0-9][A-Za-z0-9&+#.'-]*/g)) {
    const w = m[0].replace(/'s$|[.'-]+$/i, '');
    if (termOf(w) !== null) out.push(w.toLowerCase());
  }
  return out;
}

/** The families whose words `terms` (stems) holds, with how many of their words it holds. */
export function familyHits(terms: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of ENTRIES) {
    if (e.terms.every((t) => terms.has(t))) out.set(e.family, (out.get(e.family) ?? 0) + 1);
  }
  return out;
}

/** The families a title names, word for word. */
export function familiesOf(title: string): Set<string> {
  const words = new Set(wordsOf(title));
  const out = new Set<string>();
  for (const e of ENTRIES) if (e.words.length > 0 && e.words.every((w) => words.has(w))) out.add(e.family);
  return out;
}

/** The terms (stems) of the words of these families. */
export function familyTerms(families: Iterable<string>): Set<string> {
  const wanted = new Set(families);
  return new Set(ENTRIES.filter((e) => wanted.has(e.family)).flatMap((e) => e.terms));
}
