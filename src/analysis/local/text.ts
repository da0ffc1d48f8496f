/**
 * Text normalisation for parsing, with a map back to the original so that evidence can always be
 * quoted verbatim from what the candidate sent (PDF/DOCX text is full of soft hyphens, NBSPs,
 * icon glyphs and ligatures that would otherwise defeat every regex).
 */

/** A normalised copy of a text plus, for each of its characters, where it came from. */
export interface NormalizedText {
  original: string;
  text: string;
  /** `from[i]`..`to[i]` is the slice of `original` that produced `text[i]`. */
  from: number[];
  to: number[];
}

/** One line of the normalised text. */
export interface TextLine {
  text: string;
  /** Offset of the line's first character in the normalised text. */
  start: number;
}

const DROP = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const HYPHEN = /[\u2010\u2011\u2212]/;
/** Private-use glyphs are icon fonts (phone, envelope, LinkedIn logos): they separate fields. */
const ICON = /[\uE000-\uF8FF]/;
const EXPAND = /[\uFB00-\uFB06\uFF01-\uFF5E]/;

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
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    if (ch === '\r') {
      if (original[end] !== '\n') push('\n', i, end);
    } else if (DROP.test(ch)) {
      // dropped: soft hyphens and zero-width characters carry no text
    } else if (SPACE.test(ch) || ICON.test(ch)) {
      push(' ', i, end);
    } else if (HYPHEN.test(ch)) {
      // "555-\u00AD\u20105555" (Word's soft hyphen + hyphen) must read as one hyphen
      if (!text.endsWith('-')) push('-', i, end);
    } else if (ch === '\u2018' || ch === '\u2019' || ch === '\u02BC') {
      push("'", i, end);
    } else if (ch === '\u201C' || ch === '\u201D') {
      push('"', i, end);
    } else if (EXPAND.test(ch)) {
      push(ch.normalize('NFKC'), i, end);
    } else {
      push(ch, i, end);
    }
    i = end;
  }
  return { original, text, from, to };
}

/** Splits the normalised text into lines, remembering where each starts. */
export function toLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
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
