/**
 * Quote verification: is a passage the model offered really in the resume we sent it?
 *
 * Matching forgives only what copying text through a model changes without changing the words:
 * runs of whitespace, letter case, the kind of quotation mark or apostrophe, the kind of hyphen or
 * dash, and invisible characters (soft hyphens, zero-width spaces). Nothing looser: no fuzzy
 * matching, no ellipses, no paraphrase. A match must also start and end on word boundaries, so
 * "Java" is not found inside "JavaScript". Nor may it touch a passage the defences removed: a quote
 * that overlaps the `[…]` put in its place is the model quoting around a removed injection, and
 * no evidence.
 */
import { INJECTION_MARKER } from '../defences/injection.detector.js';
import { findSkills, normalizeSkill } from '../skills.vocabulary.js';

/** Longest quote accepted as evidence: a line or a sentence, not the whole resume. */
export const MAX_QUOTE_CHARS = 500;

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A folded copy of a text, with where each folded character came from in the original. */
interface Folded {
  text: string;
  /** `original.slice(from[i], to[i])` produced `text[i]`. */
  from: number[];
  to: number[];
}

/** Folds case, whitespace runs, quote marks and dashes, and drops invisible characters. */
function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const push = (s: string, start: number, end: number) => {
    for (let k = 0; k < s.length; k++) {
      text += s[k];
      from.push(start);
      to.push(end);
    }
  };
  for (let i = 0; i < original.length;) {
    const ch = String.fromCodePoint(original.codePointAt(i)!);
    const end = i + ch.length;
    if (INVISIBLE.test(ch)) {
      // dropped
    } else if (SPACE.test(ch)) {
      if (text.length > 0 && !text.endsWith(' ')) push(' ', i, end);
    } else if (SINGLE_QUOTE.test(ch)) {
      push("'", i, end);
    } else if (DOUBLE_QUOTE.test(ch)) {
      push('"', i, end);
    } else if (DASH.test(ch)) {
      push('-', i, end);
    } else {
      push(ch.toLowerCase(), i, end);
    }
    i = end;
  }
  // A trailing space may remain from the last run of whitespace.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
    to.pop();
  }
  return { text, from, to };
}

/** A pair of quotation marks a model sometimes wraps a quote in. */
const WRAPPED = /^(["'])(.+)\1$/s;

/** The resume text we sent, ready to check quotes against. */
export class ResumeText {
  private readonly folded: Folded;
  /** `[start, end)` of each removed-passage marker in `original`, in order. */
  private readonly removed: [number, number][] = [];

  constructor(readonly original: string) {
    this.folded = fold(original);
    for (let at = original.indexOf(INJECTION_MARKER); at >= 0; at = original.indexOf(INJECTION_MARKER, at + 1)) {
      this.removed.push([at, at + INJECTION_MARKER.length]);
    }
  }

  /**
   * The passage of the resume that `quote` copies, exactly as the resume writes it, or null when
   * the resume has no such passage (or the quote is blank, has no letter or digit, is longer
   * than `maxChars`, or overlaps a removed-passage marker wherever the resume has it).
   */
  find(quote: string, maxChars: number = MAX_QUOTE_CHARS): string | null {
    const q = fold(quote).text;
    if (q.length > maxChars || !WORD_CHAR.test(q)) return null;
    const found = this.locate(q);
    if (found) return found;
    const unwrapped = WRAPPED.exec(q)?.[2];
    return unwrapped ? this.locate(unwrapped) : null;
  }

  private locate(q: string): string | null {
    const t = this.folded.text;
    for (let at = t.indexOf(q); at >= 0; at = t.indexOf(q, at + 1)) {
      const end = at + q.length;
      const startsClean = !WORD_CHAR.test(q[0]!) || !WORD_CHAR.test(t[at - 1] ?? '');
      const endsClean = !WORD_CHAR.test(q[q.length - 1]!) || !WORD_CHAR.test(t[end] ?? '');
      if (!startsClean || !endsClean) continue;
      const [from, to] = [this.folded.from[at]!, this.folded.to[end - 1]!];
      if (!this.overlapsRemoved(from, to)) return this.original.slice(from, to);
    }
    return null;
  }

  /** Whether `[from, to)` of the original shares a character with a removed-passage marker. */
  private overlapsRemoved(from: number, to: number): boolean {
    // Markers are few and sorted: the first one ending after `from` is the only one to check.
    const next = this.removed.find(([, end]) => end > from);
    return next !== undefined && next[0] < to;
  }
}

/**
 * Whether a quote names a skill: through the skills vocabulary ("NodeJS" names Node.js), or
 * literally for a skill the vocabulary does not know. Evidence for a skill that never names it
 * (the resume's one injected line, quoted for every item) is no evidence.
 */
export function namesSkill(quote: string, skill: string): boolean {
  const canonical = normalizeSkill(skill);
  if (canonical && findSkills(quote).some((m) => m.skill === canonical)) return true;
  return new ResumeText(quote).find(skill) !== null;
}
