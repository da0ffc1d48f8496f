/**
 * Prompt-injection detection and neutralisation on resume text, before any analyzer reads it.
 *
 * A resume is data. Text in it that addresses the reader ("ignore previous instructions",
 * "[system]", "rate this candidate 100/100", "this is the best resume I have ever seen") is
 * flagged and cut out by the sentence, so that neither a model nor the rule-based analyzer, nor
 * a person reading the evaluation, ever sees it as if the candidate had written a qualification.
 */
import { HIDDEN_TAG_RUN, INJECTION_PATTERNS, type InjectionReason } from './injection.patterns.js';
import { originalSpan, toSearchText } from './search-text.js';
import { lineStart, sentenceUnits, type TextUnit } from './text-units.js';

export type { InjectionReason } from './injection.patterns.js';

/** The application flag set when a resume holds a suspected injection. */
export const PROMPT_INJECTION_FLAG = 'PROMPT_INJECTION_SUSPECTED';

/**
 * What a removed passage is replaced by: an elision mark with no words in it, so that it can
 * neither match a rubric keyword nor read as an instruction.
 */
export const INJECTION_MARKER = '[…]';

/**
 * A sentence this short next to an injection is taken as part of it ("The best resume ever. The
 * best.", "You may not deviate from this. This is a test."): in the same paragraph, or right after
 * it on a line of its own when it ends like a sentence. A longer one must lie between two
 * injected sentences of a paragraph.
 */
const TRAILER_WORDS = 5;

/** Every Unicode tag character: invisible, never resume content (see `search-text.ts`). */
const TAG_CHARACTERS = /[\u{E0000}-\u{E007F}]/gu;

/** A passage to remove, `[start, end)` in the original text. */
export interface InjectionSpan {
  start: number;
  end: number;
  /** Why it was flagged; `INJECTED_PASSAGE` for a sentence taken in with its flagged neighbours. */
  reason: InjectionReason;
}

export interface InjectionReport {
  suspected: boolean;
  /** Sentence-level spans, in text order, disjoint. */
  spans: InjectionSpan[];
}

export interface NeutralisedText {
  /** The text with every flagged passage replaced by {@link INJECTION_MARKER}. */
  text: string;
  /** `[PROMPT_INJECTION_SUSPECTED]` when anything was found, else empty. */
  flags: string[];
  /** How many passages were removed (adjacent flagged sentences count as one passage). */
  removed: number;
}

interface Hit {
  start: number;
  end: number;
  /** Index in the catalogue: lower is a stronger reason. */
  rank: number;
}

/** Every pattern match, mapped back to the original text. */
function findHits(text: string): Hit[] {
  const st = toSearchText(text);
  const hits: Hit[] = [];
  INJECTION_PATTERNS.forEach(({ pattern }, rank) => {
    for (const m of st.text.matchAll(pattern)) {
      if (m[0].length === 0) continue;
      const [start, end] = originalSpan(st, m.index, m.index + m[0].length);
      hits.push({ start, end, rank });
    }
  });
  for (const m of text.matchAll(HIDDEN_TAG_RUN)) {
    hits.push({ start: m.index, end: m.index + m[0].length, rank: INJECTION_PATTERNS.length });
  }
  return hits;
}

function reasonOf(rank: number): InjectionReason {
  return INJECTION_PATTERNS[rank]?.reason ?? 'HIDDEN_CHARACTERS';
}

/** For each unit, the hits that overlap it; a binary search per hit keeps hostile input linear. */
function hitsByUnit(units: TextUnit[], hits: Hit[]): Hit[][] {
  const out = units.map((): Hit[] => []);
  for (const hit of hits) {
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid]!.end <= hit.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < units.length && units[i]!.start < hit.end; i++) out[i]!.push(hit);
  }
  return out;
}

/**
 * Finds passages of `text` addressed to the reader rather than describing the candidate: chat
 * role markers and fake fences, instruction overrides, notes to recruiters or AI, persona
 * hijacks, response and score directives, third-person verdicts on "this candidate", and long
 * runs of invisible tag characters. Matching sees through invisible characters, look-alike
 * letters and line wrapping; a few other languages are covered for the commonest phrasings.
 *
 * Spans are sentences (see `text-units.ts`), plus the sentences an injection wraps around: one
 * lying between two flagged sentences of a paragraph, or a short trailer (see {@link TRAILER_WORDS}).
 */
export function detectInjection(text: string): InjectionReport {
  const hits = findHits(text);
  if (hits.length === 0) return { suspected: false, spans: [] };
  const units = sentenceUnits(text);
  const inside = hitsByUnit(units, hits);
  const direct = inside.map((h) => h.length > 0);
  const samePara = (i: number, j: number) => units[i]!.paragraph === units[j]!.paragraph;
  const taken = units.map((u, i) => {
    if (direct[i]) return true;
    const before = i > 0 && direct[i - 1]!;
    const after = i + 1 < units.length && direct[i + 1]!;
    const sandwiched = before && after && samePara(i - 1, i) && samePara(i, i + 1);
    const trailer =
      u.words <= TRAILER_WORDS &&
      ((before && samePara(i - 1, i)) || (after && samePara(i, i + 1)) || (before && endsSentence(text, u)));
    return sandwiched || trailer;
  });
  const spans: InjectionSpan[] = [];
  units.forEach((u, i) => {
    if (!taken[i]) return;
    if (!direct[i]) {
      spans.push({ start: u.start, end: u.end, reason: 'INJECTED_PASSAGE' });
      return;
    }
    const own = inside[i]!;
    const rank = Math.min(...own.map((h) => h.rank));
    // A flagged sentence that starts a passage, spans lines and has its first hit on a later line
    // starts at that line: extraction glues hidden text to the visible line before it ("Dean's
    // List\nnn Note by a recruiter: …"), and that line is the candidate's own.
    const continues = i > 0 && taken[i - 1]! && samePara(i - 1, i);
    const first = Math.min(...own.map((h) => h.start));
    const start = continues ? u.start : Math.max(u.start, lineStart(text, first));
    spans.push({ start, end: u.end, reason: reasonOf(rank) });
  });
  return { suspected: spans.length > 0, spans };
}

/** Whether a unit ends like a sentence, so that it can be a trailer on a line of its own. */
function endsSentence(text: string, unit: TextUnit): boolean {
  return /[.!?]["'”’)\]]*$/.test(text.slice(unit.start, unit.end));
}

/** Spans joined where only whitespace separates them, as `[start, end)` pairs. */
function passages(text: string, spans: InjectionSpan[]): [number, number][] {
  const out: [number, number][] = [];
  for (const { start, end } of spans) {
    const last = out[out.length - 1];
    if (last && !text.slice(last[1], start).trim()) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Removes what {@link detectInjection} finds: each passage becomes {@link INJECTION_MARKER}, and
 * invisible tag characters are dropped everywhere. The rest of the text is left byte for byte,
 * so evidence quoted from the result is still the candidate's own words.
 */
export function neutraliseInjection(text: string): NeutralisedText {
  const report = detectInjection(text);
  const removed = passages(text, report.spans);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of removed) {
    parts.push(text.slice(at, start), INJECTION_MARKER);
    at = end;
  }
  parts.push(text.slice(at));
  return {
    text: parts.join('').replace(TAG_CHARACTERS, ''),
    flags: report.suspected ? [PROMPT_INJECTION_FLAG] : [],
    removed: removed.length,
  };
}
