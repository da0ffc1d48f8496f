/**
 * A copy of untrusted text made for pattern matching, with a map back to the original: hidden and
 * look-alike characters are the oldest tricks for slipping an instruction past a filter, so the
 * patterns see what a model would read, and every match still points at the characters to remove.
 */

/** A normalised copy of a text; `text[i]` came from `original.slice(from[i], to[i])`. */
export interface SearchText {
  text: string;
  from: number[];
  to: number[];
}

/** Code points that render as nothing: soft hyphen, zero-width, bidi controls, variation selectors, BOM. */
const INVISIBLE: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];
const WHITESPACE = /\s/;
/** Unicode "tag" characters: invisible, yet read by models as the ASCII they shadow (U+E0041 = "A"). */
const TAG_FIRST = 0xe0000;
const TAG_LAST = 0xe007f;
const TAG_ASCII_FIRST = 0xe0020;
const TAG_ASCII_LAST = 0xe007e;

/** Cyrillic and Greek letters drawn like Latin ones; folded only inside words that mix scripts. */
// prettier-ignore
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', ι: 'i', ν: 'v', κ: 'k', ρ: 'p', τ: 't', υ: 'u', α: 'a',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

/** One code point as the patterns should see it: '' drops it. */
function fold(ch: string, cp: number): string {
  if (cp >= TAG_FIRST && cp <= TAG_LAST) {
    return cp >= TAG_ASCII_FIRST && cp <= TAG_ASCII_LAST ? String.fromCodePoint(cp - TAG_FIRST) : '';
  }
  if (INVISIBLE.some(([lo, hi]) => cp >= lo && cp <= hi)) return '';
  if (WHITESPACE.test(ch)) return ch === '\n' || ch === '\r' ? '\n' : ' ';
  if (cp < 0x80) return ch;
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u02BC') return "'";
  if (ch === '\u201C' || ch === '\u201D' || ch === '\u00AB' || ch === '\u00BB') return '"';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  // Fullwidth forms, ligatures and "mathematical" bold/italic letters become plain ones.
  return ch.normalize('NFKC');
}

/**
 * Normalises `original` for matching: invisible characters dropped, tag characters decoded,
 * whitespace runs collapsed (to a newline when the run holds one, else a space), quotes, dashes
 * and compatibility forms unified, and Cyrillic/Greek look-alikes folded to Latin inside words
 * that also hold Latin letters ("іgnоre" → "ignore", while Russian text stays Russian).
 */
export function toSearchText(original: string): SearchText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    const out = fold(ch, cp);
    const last = chars.length - 1;
    if ((out === ' ' || out === '\n') && last >= 0 && (chars[last] === ' ' || chars[last] === '\n')) {
      if (out === '\n') chars[last] = '\n';
      to[last] = end;
    } else {
      for (const unit of out.split('')) {
        chars.push(unit);
        from.push(i);
        to.push(end);
      }
    }
    i = end;
  }
  return { text: foldMixedScripts(chars.join('')), from, to };
}

/** Replaces look-alike letters, one for one, in words that mix Latin with Cyrillic or Greek. */
function foldMixedScripts(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    /[A-Za-z]/.test(word) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word)
      ? word.replace(/./gu, (c) => CONFUSABLES[c] ?? c)
      : word,
  );
}

/** The `[start, end)` range of the original text behind `[start, end)` of the search text. */
export function originalSpan(st: SearchText, start: number, end: number): [number, number] {
  return [st.from[start]!, st.to[Math.max(start, end - 1)]!];
}
