/**
 * A copy of untrusted text made for pattern matching, with a map back to the original: hidden and
 * look-alike characters, letters spaced out and leetspeak are the oldest tricks for slipping an
 * instruction past a filter while a model still reads it, so the patterns see what a model would
 * read, and every match still points at the characters to remove.
 */

/** A normalised copy of a text; `text[i]` came from `original.slice(from[i], to[i])`. */
export interface SearchText {
  text: string;
  from: number[];
  to: number[];
  /** `text` before leetspeak is read (the same length and map), where digits are still digits: for base64. */
  literal: string;
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
  ϲ: 'c', ϳ: 'j', ѵ: 'v', ԛ: 'q', ԝ: 'w',
  // Armenian letters drawn like Latin ones
  օ: 'o', հ: 'h', ո: 'n', ս: 'u', ց: 'g', ք: 'p', ա: 'w', Տ: 'S', Օ: 'O',
};

/** Combining diacritical marks (the general blocks; scripts' own vowel signs are left alone). */
// eslint-disable-next-line no-misleading-character-class -- ranges of lone combining marks, matched one at a time
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
/** Small capital letters, as the plain letters they are drawn like. */
// prettier-ignore
const SMALL_CAPITALS: Readonly<Record<string, string>> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

/** One code point as the patterns should see it: '' drops it. */
function fold(ch: string, cp: number): string {
  if (cp > 0x20 && cp < 0x7f) return ch; // printable ASCII, most of any resume: nothing to fold
  if (cp >= TAG_FIRST && cp <= TAG_LAST) {
    return cp >= TAG_ASCII_FIRST && cp <= TAG_ASCII_LAST ? String.fromCodePoint(cp - TAG_FIRST) : '';
  }
  if (INVISIBLE.some(([lo, hi]) => cp >= lo && cp <= hi)) return '';
  if (WHITESPACE.test(ch)) return ch === '\n' || ch === '\r' ? '\n' : ' ';
  if (cp < 0x80) return ch;
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u02BC') return "'";
  if (ch === '\u201C' || ch === '\u201D' || ch === '\u00AB' || ch === '\u00BB') return '"';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  // Combining marks drawn over or under every letter ("R̲e̲v̲i̲e̲w̲e̲r̲") and small capitals ("ʀᴇᴠɪᴇᴡᴇʀ")
  // leave the letters a model reads.
  if (COMBINING.test(ch)) return '';
  const small = SMALL_CAPITALS[ch];
  if (small) return small;
  // Fullwidth forms, ligatures and "mathematical" bold/italic letters become plain ones.
  return ch.normalize('NFKC');
}

/**
 * The fewest single letters or digits in a row, spaced out, that are read as one word or phrase
 * ("i g n o r e" has six). Fewer is too common in ordinary text (initials, grades, "A B C").
 */
const MIN_SPACED_LETTERS = 5;
/**
 * The longest evenly spaced run that is split into words by {@link segment}; a longer one is read
 * as one word. Bounds the work on hostile input (a megabyte of "a a a …").
 */
const MAX_SEGMENTED_LETTERS = 256;
/** The longest word {@link segment} looks up. */
const MAX_WORD_LETTERS = 24;
/**
 * Single letters or digits separated by spaces ("i g n o r e  a l l"; whitespace is folded to ' '
 * first), or by one hyphen, dot, underscore or asterisk each ("D-i-s-r-e-g-a-r-d t-h-e").
 */
const LETTER = /[\p{L}\p{N}]/u;
const SPACED_LETTERS =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:(?: +|[-.*·•]?_[-.*·•]?|[-._*·•])[\p{L}\p{N}](?![\p{L}\p{N}]))+/gu;
/**
 * A word that may be written in leetspeak: one with a digit, `@` or `$` in it (most words have
 * none, and are passed over). Tried from the start of a word only, which keeps a long word linear.
 */
const LEET_TOKEN = /(?<![\p{L}\p{N}@$])[\p{L}\p{N}@$]*[\d@$][\p{L}\p{N}@$]*/gu;
/** "1st", "22nd", "3rd", "10th": digits a resume means as digits. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** Digits and symbols as the letters they stand for in leetspeak; `1` is tried as both i and l. */
// prettier-ignore
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's',
};

/**
 * Normalises `original` for matching: invisible characters dropped, tag characters decoded,
 * whitespace runs collapsed (to a newline when the run holds one, else a space), quotes, dashes
 * and compatibility forms unified, and Cyrillic/Greek look-alikes folded to Latin inside words
 * that also hold Latin letters ("іgnоre" → "ignore", while Russian text stays Russian).
 *
 * Two more disguises are read the way a model reads them, using `lexicon` (the words the patterns
 * are made of; see `INJECTION_WORDS`):
 * - letters spaced out ("i g n o r e  a l l  p r e v i o u s") are joined into words: wider gaps
 *   separate words; evenly spaced letters are split where `lexicon` words fit (see
 *   {@link segment}), or joined into one word without a lexicon. Letter-spaced headings
 *   ("P R O F I L E") become plain words, which no pattern flags;
 * - leetspeak ("1gn0r3", "c4nd1d4t3"): a token mixing letters with digits, `@` or `$` is read
 *   as letters when that spells a `lexicon` word. Product names ("S3", "EC2", "GPT4", "K8s") and
 *   ordinals ("1st") spell none and are left alone; nothing is read without a lexicon.
 *
 * Linear in the length of `original`; deterministic.
 */
export function toSearchText(original: string, lexicon: ReadonlySet<string> = new Set()): SearchText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    const folded = fold(ch, cp);
    for (let k = 0; k < folded.length; k++) {
      chars.push(folded[k]!);
      from.push(i);
      to.push(end);
    }
    i = end;
  }
  joinSpacedLetters(chars, lexicon);
  joinHyphenSplits(chars, lexicon);
  const out: string[] = [];
  const outFrom: number[] = [];
  const outTo: number[] = [];
  chars.forEach((c, k) => {
    if (c === '') return; // a space inside a letter-spaced word
    const last = out.length - 1;
    if ((c === ' ' || c === '\n') && last >= 0 && (out[last] === ' ' || out[last] === '\n')) {
      if (c === '\n') out[last] = '\n';
      outTo[last] = to[k]!;
      return;
    }
    out.push(c);
    outFrom.push(from[k]!);
    outTo.push(to[k]!);
  });
  const literal = foldMixedScripts(out.join(''));
  return { text: readLeetspeak(literal, lexicon), from: outFrom, to: outTo, literal };
}

/**
 * Empties (sets to '') the spaces inside the words of each letter-spaced run of `chars` (one
 * UTF-16 unit per entry, whitespace already folded to ' ' and '\n'), keeping one space between
 * words. Where the gaps differ, the narrowest are inside words; where they are all alike, the
 * words are found by {@link segment}.
 */
function joinSpacedLetters(chars: string[], lexicon: ReadonlySet<string>): void {
  for (const m of chars.join('').matchAll(SPACED_LETTERS)) {
    const letters: number[] = [];
    for (let k = 0; k < m[0].length; k++) if (LETTER.test(m[0][k]!)) letters.push(m.index + k);
    if (letters.length < MIN_SPACED_LETTERS) continue;
    const gaps = letters.slice(1).map((at, k) => at - letters[k]! - 1);
    // Letters joined by a mark ("D-i-s-r-e-g-a-r-d t-h-e") make words that a plain space ends.
    // an underscore between marks ("S·H·O·R·T·_·M·E") ends a word, as a space does
    const underscored = letters.slice(1).map((at, k) => chars.slice(letters[k]! + 1, at).includes('_'));
    const marked = letters.slice(1).map((at, k) => chars[letters[k]! + 1] !== ' ' && !underscored[k]);
    const narrowest = gaps.reduce((a, b) => Math.min(a, b)); // no spread: a run can be a megabyte long
    const even = gaps.every((g) => g === narrowest);
    const word = letters.map((at) => chars[at]!.toLowerCase()).join('');
    const breaks = marked.some(Boolean)
      ? new Set(marked.flatMap((m, k) => (m ? [] : [k + 1])))
      : even
        ? segment(word, lexicon)
        : new Set(gaps.flatMap((g, k) => (g > narrowest ? [k + 1] : [])));
    gaps.forEach((g, k) => {
      if (underscored[k]) {
        for (let at = letters[k]! + 1; at < letters[k + 1]!; at++) chars[at] = at === letters[k]! + 1 ? ' ' : '';
        return;
      }
      if (breaks.has(k + 1)) return;
      for (let at = letters[k]! + 1; at < letters[k + 1]!; at++) chars[at] = '';
    });
  }
}

/** A letter, for {@link joinHyphenSplits}. */
const WORD_LETTER = /^\p{L}$/u;

/**
 * Empties the hyphen of a word cut in two by one ("CaNdI-DaTe", "InStRuC-TiOnS"), as a model reads
 * it, where the joined word is a `lexicon` word and one of its halves is not: a compound of two
 * words ("short-list", "self-starter") is left as it is. Each half has two letters or more and is
 * no part of a longer hyphenated chain. Linear: only the letters next to a hyphen are looked at.
 */
function joinHyphenSplits(chars: string[], lexicon: ReadonlySet<string>): void {
  if (lexicon.size === 0) return;
  const letter = (k: number) => k >= 0 && k < chars.length && WORD_LETTER.test(chars[k]!);
  for (let k = chars.indexOf('-'); k >= 0; k = chars.indexOf('-', k + 1)) {
    let a = k;
    while (a > 0 && letter(a - 1)) a--;
    // a word hyphenated at a line's end ("Ig-\nnore") joins across the break
    const next = chars[k + 1] === '\n' ? k + 2 : k + 1;
    let b = next;
    while (letter(b)) b++;
    // halves of two letters at least, and no chain ("state-of-the-art") or code ("A-12-B")
    if (k - a < 2 || b - next < 2 || /[-\p{N}]/u.test(`${chars[a - 1] ?? ''}${chars[b] ?? ''}`)) continue;
    const left = chars.slice(a, k).join('').toLowerCase();
    const right = chars.slice(next, b).join('').toLowerCase();
    if (!lexicon.has(left + right) || (lexicon.has(left) && lexicon.has(right))) continue;
    for (let at = k; at < next; at++) chars[at] = '';
  }
}

/**
 * Where to break evenly spaced letters into words: the split that leaves the fewest letters
 * outside `lexicon` words, then the fewest words (dynamic programming, `O(n · MAX_WORD_LETTERS²)`).
 * Letters outside any word stay glued together. Returns the indexes a word starts at (0
 * excluded); none for a run longer than {@link MAX_SEGMENTED_LETTERS} or an empty lexicon.
 */
export function segment(letters: string, lexicon: ReadonlySet<string>): Set<number> {
  const n = letters.length;
  if (n > MAX_SEGMENTED_LETTERS || lexicon.size === 0) return new Set();
  // cost[k] = [unknown letters, words] of the best split of letters[0, k); back[k] = where its last piece starts.
  const cost: [number, number][] = [[0, 0]];
  const back: number[] = [0];
  const known: boolean[] = [true];
  const better = (a: [number, number], b: [number, number] | undefined) =>
    !b || a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  for (let k = 0; k < n; k++) {
    const [unknown, count] = cost[k]!;
    const step: [number, number] = [unknown + 1, count + 1];
    if (better(step, cost[k + 1])) [cost[k + 1], back[k + 1], known[k + 1]] = [step, k, false];
    for (let len = 2; len <= Math.min(MAX_WORD_LETTERS, n - k); len++) {
      if (!lexicon.has(letters.slice(k, k + len))) continue;
      const word: [number, number] = [unknown, count + 1];
      if (better(word, cost[k + len])) [cost[k + len], back[k + len], known[k + len]] = [word, k, true];
    }
  }
  const breaks = new Set<number>();
  for (let k = n; k > 0; k = back[k]!) {
    const start = back[k]!;
    // Unknown letters next to each other form one word.
    if (start > 0 && (known[k] || known[start])) breaks.add(start);
  }
  return breaks;
}

/** Reads leetspeak tokens as letters where that spells a `lexicon` word (one for one, so offsets hold). */
function readLeetspeak(text: string, lexicon: ReadonlySet<string>): string {
  if (lexicon.size === 0) return text;
  return text.replace(LEET_TOKEN, (token) => {
    if (token.length < 3 || !/\p{L}/u.test(token) || ORDINAL.test(token)) return token;
    const lower = token.toLowerCase();
    for (const one of ['i', 'l']) {
      const word = lower.replace(/[\d@$]/g, (c) => (c === '1' ? one : (LEET[c] ?? c)));
      if (word.length === token.length && lexicon.has(word)) return word;
    }
    return token;
  });
}

/** Replaces look-alike letters, one for one, in words that mix Latin with Cyrillic or Greek. */
function foldMixedScripts(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    (/[A-Za-z]/.test(word) || mixedScripts(word)) &&
    /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u.test(word)
      ? word.replace(/./gu, (c) => CONFUSABLES[c] ?? c)
      : word,
  );
}

/** Whether a word mixes two of the scripts whose letters look Latin ("Τօ": Greek and Armenian): no language does. */
function mixedScripts(word: string): boolean {
  const scripts = [/\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u].filter((re) => re.test(word));
  return scripts.length > 1;
}

/** The `[start, end)` range of the original text behind `[start, end)` of the search text. */
export function originalSpan(st: SearchText, start: number, end: number): [number, number] {
  return [st.from[start]!, st.to[Math.max(start, end - 1)]!];
}
