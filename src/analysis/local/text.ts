/**
 * Text normalisation for parsing, with a map back to the original so that evidence can always be
 * quoted verbatim from what the candidate sent (PDF/DOCX text is full of soft hyphens, NBSPs,
 * icon glyphs and ligatures that would otherwise defeat every regex).
 */

import { detectHeading } from './sections.js';

/** A normalised copy of a text plus, for each of its characters, where it came from. */
export interface NormalizedText {
  original: string;
  text: string;
  /** `from[i]`..`to[i]` is the slice of `original` that produced `text[i]`. */
  from: number[];
  to: number[];
}

const DROP = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const HYPHEN = /[\u2010\u2011\u2212]/;
/** Private-use glyphs are icon fonts (phone, envelope, LinkedIn logos): they separate fields. */
const ICON = /[\uE000-\uF8FF]/;
const EXPAND = /[\uFB00-\uFB06\uFF01-\uFF5E]/;

/**
 * Mojibake: UTF-8 bytes that were read as Windows-1252 on the way to the PDF ("â€¢" for "•",
 * "Â·" for "·", "Ã©" for "é"). Each such character stands for one byte; this maps the characters
 * Windows-1252 gives to bytes 0x80-0x9F back to their bytes (the others are the byte itself).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The byte a character stands for when UTF-8 was read as Windows-1252, or null. */
function cp1252Byte(ch: string | undefined): number | null {
  if (ch === undefined) return null;
  const high = CP1252_BYTE.get(ch);
  if (high !== undefined) return high;
  const cp = ch.charCodeAt(0);
  return ch.length === 1 && cp >= 0xa0 && cp <= 0xff ? cp : null;
}

/**
 * A UTF-8 sequence read as Windows-1252 at `i`: the character it was and how many characters it
 * took; or, where the sequence lost its last bytes on the way (bytes Windows-1252 has no character
 * for: "ï¼" was a full-width dash), a space standing for what was lost. Null when `text` holds
 * no such sequence at `i`, which is the case for every correctly written accented letter: a lead
 * character followed by the right number of continuation characters is never a word.
 */
function mojibakeAt(text: string, i: number): { ch: string; length: number } | null {
  const lead = cp1252Byte(text[i]);
  if (lead === null || lead < 0xc2 || lead > 0xf4) return null;
  const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  const bytes = [lead];
  for (let k = 1; k <= need; k++) {
    const b = cp1252Byte(text[i + k]);
    if (b === null || b < 0x80 || b > 0xbf) break;
    bytes.push(b);
  }
  if (bytes.length === need + 1) {
    try {
      return { ch: UTF8.decode(new Uint8Array(bytes)), length: bytes.length };
    } catch {
      return null;
    }
  }
  // A sequence that lost its last byte on the way (bytes Windows-1252 has no character for), seen
  // before a space or the end: "Â" where a no-break space was ("ofÂ 24/7", only right after a word
  // or a mark: a real "Â" begins a word), "ï¼" where a full-width dash was, "â€" where a quote was.
  const next = text[i + bytes.length];
  const ends = next === undefined || /[\s!-/:-@[-`{-~]/.test(next);
  if (!ends) return null;
  if (lead === 0xc2 && bytes.length === 1 && i > 0 && /[\p{L}\p{N}\p{P}]/u.test(text[i - 1]!))
    return { ch: ' ', length: 1 };
  // "ï¼" lost the last byte of a full-width sign; between words it was the dash ("－", EF BC 8D)
  // of "10/2014 ï¼ Current", so a date range stays one
  if (need === 2 && bytes.length === 2) return { ch: lead === 0xef && bytes[1] === 0xbc ? '-' : ' ', length: 2 };
  return null;
}

/**
 * How much of a resume is read: ~60 pages of text. Real resumes are far shorter; the cap bounds
 * time and memory on hostile input (the index map costs two numbers per character).
 */
export const MAX_RESUME_CHARS = 200_000;

/**
 * Normalises whitespace, hyphens, quotes, ligatures and icon glyphs, keeping an index map.
 * Only the first {@link MAX_RESUME_CHARS} characters are kept; a prefix of the text is still the
 * text, so quotes from it remain verbatim.
 */
export function normalizeText(full: string): NormalizedText {
  const original = full.length > MAX_RESUME_CHARS ? full.slice(0, MAX_RESUME_CHARS) : full;
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const push = (s: string, start: number, end: number) => {
    for (const ch of s) {
      text += ch;
      for (let k = 0; k < ch.length; k++) {
        from.push(start);
        to.push(end);
      }
    }
  };
  /** One character of the original (or what a mojibake sequence stood for), normalised. */
  const emit = (ch: string, start: number, end: number) => {
    if (ch === '\r') {
      if (original[end] !== '\n') push('\n', start, end);
    } else if (DROP.test(ch)) {
      // dropped: soft hyphens and zero-width characters carry no text
    } else if (SPACE.test(ch) || ICON.test(ch)) {
      push(' ', start, end);
    } else if (HYPHEN.test(ch)) {
      // "555-\u00AD\u20105555" (Word's soft hyphen + hyphen) must read as one hyphen
      if (!text.endsWith('-')) push('-', start, end);
    } else if (ch === '\u2018' || ch === '\u2019' || ch === '\u02BC') {
      push("'", start, end);
    } else if (ch === '\u201C' || ch === '\u201D') {
      push('"', start, end);
    } else if (EXPAND.test(ch)) {
      push(ch.normalize('NFKC'), start, end);
    } else {
      push(ch, start, end);
    }
  };
  const breaks = flattenedBreaks(original);
  let i = 0;
  while (i < original.length) {
    if (breaks.has(i)) {
      push('\n', i, i + FLAT_SEPARATOR.length);
      i += FLAT_SEPARATOR.length;
      continue;
    }
    const fixed = original.charCodeAt(i) >= 0xc2 ? mojibakeAt(original, i) : null;
    if (fixed) {
      emit(fixed.ch, i, i + fixed.length);
      i += fixed.length;
      continue;
    }
    const ch = String.fromCodePoint(original.codePointAt(i)!);
    emit(ch, i, i + ch.length);
    i += ch.length;
  }
  return { original, text: writtenInLowercase(text) ? capitalised(text) : text, from, to };
}

/** So few capitals in this many letters: a resume typed all in lowercase ("marcus delgado", "work"). */
const LOWERCASE_MIN_LETTERS = 200;
const LOWERCASE_MAX_CAPITALS = 0.005;

/**
 * Whether a text is written all in lowercase, as some resumes typed on a phone are. Only letters
 * that have a case count: a resume in Chinese or Arabic with a few words of English in capitals
 * ("负责 AWS 上的 react 前端") is not one.
 */
function writtenInLowercase(text: string): boolean {
  // (counted a character at a time, ASCII by its code: this runs on every text read; one outside
  // the first plane by both its halves, "𝐒")
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if (c > 127) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      i += ch.length - 1;
      if (CAPITAL.test(ch)) {
        letters++;
        capitals++;
      } else if (SMALL_LETTER.test(ch)) letters++;
    }
  }
  return letters >= LOWERCASE_MIN_LETTERS && capitals <= letters * LOWERCASE_MAX_CAPITALS;
}
/** (a title-case letter, "ǅ", is a letter but no capital) */
const CAPITAL = /\p{Lu}/u;
const SMALL_LETTER = /[\p{Ll}\p{Lt}]/u;

/**
 * A resume typed all in lowercase, read with each word of its short lines capitalised, so that its
 * name, its job titles and its headings read as they would written the usual way ("marcus delgado"
 * is a name, "journeyman finisher — southern wall & ceiling" a title and an employer). Its prose
 * stays as it is (a sentence in title case would read as a title), addresses and links keep their
 * case, and every character keeps its place, so quotes stay verbatim.
 */
function capitalised(text: string): string {
  return text.replace(/[^\n]+/g, (line) =>
    line.split(/\s+/).length > SHORT_LINE_WORDS || /[.!?]\s+\p{L}/u.test(line) ? line : capitalisedWords(line),
  );
}

/** A line of this many words or fewer, with no sentence ending inside it, is no prose. */
const SHORT_LINE_WORDS = 16;

/**
 * The small words a title leaves in lowercase after its first word: "Lead Backend Engineer at
 * Tailspin Toys", "2018 to 2021", "Bachelor of Science in Nursing".
 */
const SMALL_WORD = /^(?:a|an|the|and|or|nor|but|at|by|for|from|in|into|of|on|to|with|as|per|via|vs\.?)[,;:]?$/;

function capitalisedWords(text: string): string {
  const first = text.search(/\S/);
  return text.replace(/\S+/g, (chunk, at: number) =>
    /[@/]|\p{L}\.\p{L}/u.test(chunk) || (at > first && SMALL_WORD.test(chunk))
      ? chunk
      : chunk.replace(/(^|[^\p{L}\p{N}'])(\p{Ll})/gu, (all, before: string, letter: string) => {
          const upper = letter.toUpperCase();
          return upper.length === 1 ? before + upper : all;
        }),
  );
}

/** What parts the fields of a resume flattened onto one line: "… | EXPERIENCE: Parts Counter Associate, …". */
const FLAT_SEPARATOR = ' | ';
/** A line this long, parted this often, is a whole resume or a whole section on one line. */
const FLAT_LINE_CHARS = 300;
const FLAT_MIN_PARTS = 5;
/** A section's label in capitals opening a part: "EXPERIENCE:", "EDUCATION:", "OTHER:". */
const FLAT_LABEL = /^[A-Z][A-Z &/]{2,30}:/;
/** A label in title case opening a part, a section's heading only if it names one: "Experience:", "Work History:". */
const FLAT_TITLE_LABEL = /^([A-Z][A-Za-z &/]{2,30}):/;

/** Whether a part of a flattened line opens with a section's label: "EXPERIENCE: …", "Education: …". */
function opensWithLabel(part: string): boolean {
  const p = part.trimStart();
  if (FLAT_LABEL.test(p)) return true;
  const label = FLAT_TITLE_LABEL.exec(p);
  return label !== null && detectHeading(label[1]!)?.contentOffset === label[1]!.length;
}

/**
 * Where a resume flattened onto one line (a form's export, a profile copied from a web page:
 * "Name | City | phone | SUMMARY: … | EXPERIENCE: Parts Counter Associate, …, 03/2023 – Present -
 * … | Cashier, …, 2019 – 2021 | EDUCATION: …") has its separators, each to be read as a line
 * break: offsets of FLAT_SEPARATOR in the original. Only on a long line parted often, two of whose
 * parts open with a section's label (in capitals, or a heading's words in title case), so that a
 * line of contacts or of skills parted by bars stays one line.
 */
function flattenedBreaks(original: string): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (const line of original.split('\n')) {
    if (line.length >= FLAT_LINE_CHARS) {
      const parts = line.split(FLAT_SEPARATOR);
      if (parts.length >= FLAT_MIN_PARTS && parts.filter(opensWithLabel).length >= 2) {
        let at = start;
        for (const part of parts.slice(0, -1)) {
          at += part.length;
          out.add(at);
          at += FLAT_SEPARATOR.length;
        }
      }
    }
    start += line.length + 1;
  }
  return out;
}

/**
 * The original text behind normalised `[start, end)`, whitespace-trimmed and at most `max`
 * characters: always a substring of the original, which is what makes it a quote.
 */
export function quote(nt: NormalizedText, start: number, end: number, max = 200): string {
  if (end <= start || start >= nt.text.length) return '';
  const s = nt.from[start]!;
  const e = nt.to[Math.min(end, nt.text.length) - 1]!;
  let q = nt.original.slice(s, e).trim();
  if (q.length > max) {
    const cut = q.slice(0, max);
    const space = cut.lastIndexOf(' ');
    q = (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
  }
  return q;
}

/**
 * A quote of at most `max` characters around normalised `[start, end)` (a match), taken from the
 * sentence or line that contains it: the unit a reader needs to judge the evidence.
 */
export function quoteAround(nt: NormalizedText, start: number, end: number, max = 200): string {
  const t = nt.text;
  let ls = t.lastIndexOf('\n', start - 1) + 1;
  let le = t.indexOf('\n', end);
  if (le < 0) le = t.length;
  if (le - ls > max) {
    // Narrow a long paragraph to the sentence holding the match.
    const before = t.slice(ls, start);
    const sb = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('• '));
    if (sb >= 0) ls += sb + 2;
    const after = t.slice(end, le).search(/[.;•](?:\s|$)/);
    if (after >= 0) le = end + after + 1;
  }
  if (le - ls > max) {
    // Still too long: a window centred on the match, cut at spaces.
    const room = Math.max(0, max - (end - start));
    let ws = Math.max(ls, start - Math.floor(room / 2));
    let we = Math.min(le, ws + max);
    ws = Math.max(ls, we - max);
    if (ws > ls) ws = snapForward(t, ws, start);
    if (we < le) we = snapBack(t, we, end);
    return quote(nt, ws, we, max);
  }
  return quote(nt, ls, le, max);
}

function snapForward(t: string, i: number, limit: number): number {
  const sp = t.indexOf(' ', i);
  return sp >= 0 && sp < limit ? sp + 1 : i;
}

function snapBack(t: string, i: number, limit: number): number {
  const sp = t.lastIndexOf(' ', i);
  return sp > limit ? sp : i;
}

/**
 * `text` with every occurrence of `phrase` (case-insensitive, any spacing) blanked out, same
 * length so offsets still hold. Used to keep the candidate's own name out of skill and keyword
 * matching: "Julia Swift" is a person, not two programming languages.
 */
export function maskPhrase(text: string, phrase: string | null): string {
  const words = (phrase ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return text;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(String.raw`\s+`), 'gi');
  return text.replace(re, (m) => m.replace(/\S/g, ' '));
}

/** `text` with the given sorted, disjoint spans blanked out (same length), in one linear pass. */
/** Sorted, disjoint spans covering the same characters as `spans`. */
export function mergeSpans(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function blankSpans(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    parts.push(text.slice(at, s), ' '.repeat(e - s));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
