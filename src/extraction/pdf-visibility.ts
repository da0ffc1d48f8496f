/**
 * Which of a PDF page's text a person can see. pdf.js's text content gives each item's position
 * and size; the operator list (pdf-operators.ts) gives the ink of every glyph. The two are tied by
 * their characters: both come from the same glyphs in the same order, so the text content's
 * characters are found, in order, in the operator list's. Glyphs that pdf.js left out of its text
 * content (it drops glyphs outside the page) are hidden text too.
 *
 * Hidden: text under {@link MIN_FONT_PT} (or squeezed to nothing), outside the page box or the
 * clip, in an invisible render mode, transparent, or without contrast against what lies under it.
 * Invisible text over an image is the text layer of a scanned page: it reads as the image does, and
 * counts as visible.
 */
import { isLegible, WHITE } from './colour.js';
import type { PlacedText } from './pdf-layout.js';
import { contains, type Paint, type PaintedPage, type Rect, type Surface, type TextRun } from './pdf-operators.js';

/** The text content item fields this module reads (pdf.js `TextItem`). */
export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

export interface SeenPage {
  /** Each text content item's visible text (hidden characters removed, spaces kept), placed. */
  items: PlacedText[];
  /** Hidden text in page order: passages on one line joined by spaces, lines by line feeds. */
  hidden: string;
  /** Non-whitespace characters a reader sees. */
  visibleChars: number;
}

/** Smaller text (points, the lesser of glyph height and width scale) is not meant to be read. */
export const MIN_FONT_PT = 4;
/** Ink more transparent than this does not show. */
const MIN_ALPHA = 0.1;
/** How far ahead (characters) to look for an item's glyphs when pdf.js left some out. */
const MAX_LOOKAHEAD = 20_000;
const NOT_TEXT = /[\s\p{Cf}]/u;

type Label = 'seen' | 'hidden' | 'space';

/** A code point of an item's text, with its label and its glyph's place in the stream (-1: none). */
interface CodePoint {
  char: string;
  label: Label;
  at: number;
}

/** A stretch of hidden text and the glyph stream positions it spans, to put passages in drawing order. */
interface Passage {
  text: string;
  from: number;
  to: number;
  /** Ends a line of the text content. */
  eol: boolean;
  /** Glyphs pdf.js left out of its text content (off the page). */
  dropped: boolean;
}

/**
 * Splits a page's text content into visible and hidden text.
 *
 * @param items pdf.js text content items, in order
 * @param painted the page's operator list, read by `readPaintedPage`
 * @param view the page box (`page.view`)
 */
export function seeText(items: readonly TextItemLike[], painted: PaintedPage, view: Rect): SeenPage {
  const stream = flatten(painted.runs);
  const page: SeenPage = { items: [], hidden: '', visibleChars: 0 };
  const passages: Passage[] = [];
  let cursor = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const chars = comparableChars(item.str);
    const aligned = align(
      chars.map((c) => c.char),
      stream,
      cursor,
    );
    cursor = aligned.next;
    const geometry = geometryOf(item);
    const itemHidden = geometry.effectiveSize < MIN_FONT_PT || !contains(view, geometry.cx, geometry.cy);
    const runSeen = new Map<number, boolean>();
    const codePoints = Array.from(item.str, (char): CodePoint => ({ char, label: 'space', at: -1 }));
    chars.forEach(({ offset }, i) => {
      const at = aligned.positions[i]!;
      let hidden = itemHidden;
      if (!hidden && at >= 0) {
        const run = stream.run[at]!;
        if (!runSeen.has(run)) runSeen.set(run, inkShows(painted.runs[run]!, painted.paints, geometry.cx, geometry.cy));
        hidden = !runSeen.get(run);
      }
      codePoints[offset] = { char: codePoints[offset]!.char, label: hidden ? 'hidden' : 'seen', at };
    });
    const visible = codePoints.flatMap(({ char, label }) => (label === 'hidden' ? [] : [char])).join('');
    passages.push(...hiddenPassages(codePoints, cursor, item.hasEOL));
    page.visibleChars += visible.replace(/\s+/g, '').length;
    page.items.push({
      text: visible,
      hasEOL: item.hasEOL,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      width: item.width,
      size: geometry.size,
      upright: geometry.upright,
    });
  }
  passages.push(...droppedPassages(painted.runs, stream));
  page.hidden = joinPassages(passages, stream);
  return page;
}

interface Stream {
  char: string[];
  run: number[];
  index: number[];
  matched: Uint8Array;
}

function flatten(runs: readonly TextRun[]): Stream {
  const stream: Omit<Stream, 'matched'> = { char: [], run: [], index: [] };
  runs.forEach((run, r) =>
    run.chars.forEach((char, i) => {
      stream.char.push(char);
      stream.run.push(r);
      stream.index.push(i);
    }),
  );
  return { ...stream, matched: new Uint8Array(stream.char.length) };
}

/** The item's characters as the operator list has them, each with its code point index in `str`. */
function comparableChars(str: string): { char: string; offset: number }[] {
  const out: { char: string; offset: number }[] = [];
  Array.from(str).forEach((codePoint, offset) => {
    for (const char of codePoint.normalize('NFKC')) {
      if (!NOT_TEXT.test(char)) out.push({ char, offset });
    }
  });
  return out;
}

/**
 * Finds the item's characters in the glyph stream: at the cursor (the normal case), reversed
 * there (right-to-left text, which pdf.js reorders), as the same characters in another order
 * (mixed directions), or further on (pdf.js dropped glyphs in between). An item that cannot be
 * found gets no positions and leaves the cursor where it was.
 */
function align(chars: string[], stream: Stream, cursor: number): { positions: number[]; next: number } {
  const n = chars.length;
  const take = (start: number, order: (j: number) => number) => {
    const positions = chars.map((_, j) => start + order(j));
    for (const p of positions) stream.matched[p] = 1;
    return { positions, next: start + n };
  };
  if (n === 0) return { positions: [], next: cursor };
  const at = (start: number, order: (j: number) => number) =>
    start + n <= stream.char.length && chars.every((c, j) => stream.char[start + order(j)] === c);
  const forward = (j: number) => j;
  const backward = (j: number) => n - 1 - j;
  if (at(cursor, forward)) return take(cursor, forward);
  if (at(cursor, backward)) return take(cursor, backward);
  const shuffled = sameCharsAt(chars, stream, cursor);
  if (shuffled) return take(cursor, (j) => shuffled[j]!);
  const last = Math.min(stream.char.length - n, cursor + MAX_LOOKAHEAD);
  for (let start = cursor + 1; start <= last; start++) {
    if (at(start, forward)) return take(start, forward);
  }
  return { positions: chars.map(() => -1), next: cursor };
}

/** Offsets (from `start`) pairing each char with an equal one among the next `chars.length`, or null. */
function sameCharsAt(chars: string[], stream: Stream, start: number): number[] | null {
  if (start + chars.length > stream.char.length) return null;
  const free = new Map<string, number[]>();
  for (let j = chars.length - 1; j >= 0; j--) {
    const c = stream.char[start + j]!;
    const offsets = free.get(c);
    if (offsets) offsets.push(j);
    else free.set(c, [j]);
  }
  const offsets: number[] = [];
  for (const c of chars) {
    const j = free.get(c)?.pop();
    if (j === undefined) return null;
    offsets.push(j);
  }
  return offsets;
}

interface Geometry {
  /** A point inside the glyphs (page space): what is under the text is what is under this point. */
  cx: number;
  cy: number;
  size: number;
  effectiveSize: number;
  upright: boolean;
}

function geometryOf(item: TextItemLike): Geometry {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const across = Math.hypot(a, b);
  const up = Math.hypot(c, d);
  const [dx, dy] = across > 0 ? [a / across, b / across] : [1, 0];
  const [ux, uy] = up > 0 ? [c / up, d / up] : [0, 1];
  // Half-way along the text, a third of the font size above the baseline: inside the letters.
  const half = item.width / 2;
  const lift = up / 3;
  return {
    cx: e + dx * half + ux * lift,
    cy: f + dy * half + uy * lift,
    size: up,
    effectiveSize: Math.min(across, up),
    upright: a > 0 && d > 0 && Math.abs(b) < 1e-3 * a && Math.abs(c) < 1e-3 * d,
  };
}

/** Whether a run's ink shows at a point: inside the clip, drawn, and distinct from what is under it. */
function inkShows(run: TextRun, paints: readonly Paint[], x: number, y: number): boolean {
  if (run.clip && !contains(run.clip, x, y)) return false;
  const under = surfaceAt(paints, run.paintsBefore, x, y);
  const mode = run.renderMode & 3; // 4-7 are 0-3 plus clipping
  if (mode === 3) return under === 'image';
  const inks = [
    ...(mode === 0 || mode === 2 ? [{ ink: run.fill, alpha: run.fillAlpha }] : []),
    ...(mode === 1 || mode === 2 ? [{ ink: run.stroke, alpha: run.strokeAlpha }] : []),
  ];
  return inks.some(
    ({ ink, alpha }) =>
      alpha >= MIN_ALPHA && ink !== 'none' && (ink === 'unknown' || typeof under === 'string' || isLegible(ink, under)),
  );
}

/** The topmost shape or image painted before the text at a point; the page itself is white. */
function surfaceAt(paints: readonly Paint[], before: number, x: number, y: number): Surface {
  for (let i = before - 1; i >= 0; i--) {
    const { rect, surface } = paints[i]!;
    if (contains(rect, x, y)) return surface;
  }
  return WHITE;
}

/**
 * An item's hidden passages, with the spaces inside them. A passage with no glyph position (its
 * item was not found in the stream) is placed at `fallback`.
 */
function hiddenPassages(codePoints: CodePoint[], fallback: number, eol: boolean): Passage[] {
  const out: Passage[] = [];
  let passage: CodePoint[] = [];
  const flush = () => {
    const text = passage
      .map((p) => p.char)
      .join('')
      .trim();
    const placed = passage.filter((p) => p.at >= 0);
    const from = placed.reduce((min, p) => Math.min(min, p.at), placed.length ? Infinity : fallback);
    const to = placed.reduce((max, p) => Math.max(max, p.at), placed.length ? -Infinity : fallback);
    if (text) out.push({ text, from, to, eol: false, dropped: false });
    passage = [];
  };
  for (const point of codePoints) {
    if (point.label === 'hidden' || (point.label === 'space' && passage.length)) passage.push(point);
    else flush();
  }
  flush();
  if (out.length) out[out.length - 1]!.eol = eol;
  return out;
}

/**
 * Passages in glyph order, joined by a space or a line feed; glyphs that pdf.js dropped from the
 * middle of a run (a line running off the page) join the passage they continue directly.
 */
function joinPassages(passages: Passage[], stream: Stream): string {
  let text = '';
  let previous: Passage | undefined;
  for (const passage of passages.sort((a, b) => a.from - b.from)) {
    if (previous) {
      const continues =
        passage.dropped && passage.from === previous.to + 1 && stream.run[passage.from] === stream.run[previous.to];
      text += continues ? '' : previous.eol ? '\n' : ' ';
    }
    text += passage.text;
    previous = passage;
  }
  return text;
}

/** Glyphs that no text content item took: pdf.js drops glyphs outside the page. */
function droppedPassages(runs: readonly TextRun[], stream: Stream): Passage[] {
  const out: Passage[] = [];
  let from = -1;
  const flush = (to: number) => {
    if (from < 0) return;
    const run = runs[stream.run[from]!]!;
    const text = run.raw.slice(run.rawStart[stream.index[from]!], run.rawEnd[stream.index[to]!]).trim();
    if (text) out.push({ text, from, to, eol: false, dropped: true });
    from = -1;
  };
  for (let p = 0; p < stream.char.length; p++) {
    if (from >= 0 && stream.run[p] !== stream.run[from]) flush(p - 1);
    if (stream.matched[p]) flush(p - 1);
    else if (from < 0) from = p;
  }
  flush(stream.char.length - 1);
  return out;
}
