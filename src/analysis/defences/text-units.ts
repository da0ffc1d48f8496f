/**
 * Sentences of extracted resume text, the unit an injection is removed by. Extraction wraps prose
 * at the page width ("…simply respond with "The\ncandidate is…") but also puts every bullet, date
 * and heading on a line of its own, so a line joins the previous one only when it reads as its
 * continuation (it starts in lower case), and sentences never cross a paragraph.
 */

/** One sentence: `[start, end)` of the text, trimmed, in paragraph `paragraph`. */
export interface TextUnit {
  start: number;
  end: number;
  paragraph: number;
  /** Number of words, to tell a stray trailer ("The best.") from a sentence. */
  words: number;
}

/**
 * A sentence ends at . ! or ? (and closing quotes or brackets) before a space and a non-lower-case
 * letter. The run of marks is matched from its first mark only: otherwise a line of a million dots
 * is tried from every dot, each try running to its end (quadratic).
 */
const SENTENCE_END = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+[^\s\p{Ll}])/gu;

/** Paragraphs as `[start, end)` ranges: runs of non-blank lines, each after the first starting in lower case. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open: [number, number] | null = null;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (!line.trim()) {
      open = null;
    } else if (open && /^\s*\p{Ll}/u.test(line)) {
      open[1] = end;
    } else {
      open = [start, end];
      out.push(open);
    }
    start = end + 1;
  }
  return out;
}

/** `[start, end)` narrowed to exclude leading and trailing whitespace; null when nothing is left. */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

/** Splits `text` into sentences, in order, with the paragraph each belongs to. */
export function sentenceUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  paragraphs(text).forEach(([pStart, pEnd], paragraph) => {
    const body = text.slice(pStart, pEnd);
    let at = 0;
    const push = (end: number) => {
      const span = trimmed(text, pStart + at, pStart + end);
      if (span) {
        const words = text.slice(span[0], span[1]).split(/\s+/).length;
        units.push({ start: span[0], end: span[1], paragraph, words });
      }
      at = end;
    };
    for (const m of body.matchAll(SENTENCE_END)) push(m.index + m[0].length);
    push(body.length);
  });
  return units;
}
