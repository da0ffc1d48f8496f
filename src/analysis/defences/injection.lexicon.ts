/**
 * The lexicon of the injection patterns: the words they are made of, which the search text uses to
 * read two disguises a model sees through, evenly spaced letters ("i g n o r e a l l") and
 * leetspeak ("1gn0r3"). See `search-text.ts`.
 */
import { CUE_SOURCES } from './injection.cues.js';
import { INJECTION_PATTERNS } from './injection.patterns.js';

/**
 * Short words an instruction is glued with, added to the words of the patterns themselves in
 * {@link INJECTION_WORDS}. Single letters are left out on purpose: they would split any unknown
 * word into pieces.
 */
// prettier-ignore
const FUNCTION_WORDS = ['to', 'of', 'me', 'my', 'is', 'be', 'it', 'in', 'on', 'as', 'no', 'do', 'at', 'by', 'an', 'or', 'we', 'us', 'so', 'up'];

/**
 * The words the patterns are made of, lower case (plus their singulars and {@link FUNCTION_WORDS}):
 * what `toSearchText` looks for when it splits evenly spaced letters into words and reads leetspeak
 * (see `search-text.ts`). Taken from the pattern sources so that a word added to a pattern is
 * read through both disguises at once; regex escapes are dropped first, and fragments shorter
 * than three letters are left out.
 */
export const INJECTION_WORDS: ReadonlySet<string> = (() => {
  const words = new Set(FUNCTION_WORDS);
  for (const source0 of [...INJECTION_PATTERNS.map((p) => p.pattern.source), ...CUE_SOURCES]) {
    const source = source0.replace(/\\(?:[pPu]\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, ' ');
    for (const [word] of source.toLowerCase().matchAll(/\p{Ll}{3,}/gu)) {
      words.add(word);
      // "instructions" → "instruction", but not "previous" → "previou".
      if (/[^aiosu]s$/.test(word)) words.add(word.slice(0, -1));
    }
  }
  return words;
})();
