/**
 * What a PDF page paints, read from pdf.js's operator list. pdf.js's text content has positions but
 * no colours; the operator list has the colours, alpha, render mode and clip of every
 * text-showing operator, and the shapes and images drawn before it. `seeText` (pdf-visibility.ts)
 * ties the two together by their characters.
 *
 * The operator list is the one of the unpdf-bundled pdf.js (6.1): colours arrive as
 * `setFillRGBColor ['#rrggbb']` whatever the colour space (gray and CMYK are converted), patterns
 * as `setFillColorN`, and paths as `constructPath [paintOp, path, [minX, minY, maxX, maxY]]`.
 */
import { parseHexColour, type Rgb } from './colour.js';

/** pdf.js's operator numbers by name (`OPS` of the resolved pdf.js module). */
export type OperatorTable = Readonly<Record<string, number>>;

/** An axis-aligned box in page space (PDF user space of the page: points, y up). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How text is inked: a colour, `unknown` (a pattern or shading: assumed visible), or `none` (transparent). */
export type Ink = Rgb | 'unknown' | 'none';

/** What lies under a point: a solid colour, an image, or something without one colour (a shading). */
export type Surface = Rgb | 'image' | 'unknown';

/** One text-showing operator and the graphics state it draws in. */
export interface TextRun {
  /** The glyphs' text as drawn, with spaces: the source of hidden text that pdf.js left out. */
  raw: string;
  /** The non-whitespace characters, NFKC, comparable with pdf.js's text content. */
  chars: string[];
  /** Where each of `chars` starts and ends in `raw`. */
  rawStart: number[];
  rawEnd: number[];
  /** PDF text render mode 0-7: 3 and 7 draw nothing. */
  renderMode: number;
  fill: Ink;
  fillAlpha: number;
  stroke: Ink;
  strokeAlpha: number;
  /** The clip region's bounding box, or null when nothing is clipped. */
  clip: Rect | null;
  /** How many entries of {@link PaintedPage.paints} were painted before this text. */
  paintsBefore: number;
}

/** A filled shape or image, in painting order. */
export interface Paint {
  rect: Rect;
  surface: Surface;
}

export interface PaintedPage {
  runs: TextRun[];
  paints: Paint[];
  /** Area covered by images (square points, overlaps counted twice): a scan covers its page. */
  imageArea: number;
  /** Filled paths: text turned into outlines has one per glyph. */
  fills: number;
}

type Matrix = [number, number, number, number, number, number];

interface GraphicsState {
  ctm: Matrix;
  fill: Ink;
  stroke: Ink;
  fillAlpha: number;
  strokeAlpha: number;
  renderMode: number;
  clip: Rect | null;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const BLACK: Rgb = [0, 0, 0];
const UNIT_SQUARE: Rect = { x0: 0, y0: 0, x1: 1, y1: 1 };
const EVERYWHERE: Rect = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
/** Shapes thinner than this (points) cannot be the background of legible text: rules, glyph outlines. */
const MIN_BACKGROUND_SIDE_PT = 3;
/** Bounds the work per page: past this many backgrounds (charts, maps), later shapes are not tracked. */
const MAX_PAINTS = 20_000;
/** A TJ adjustment at least this wide (thousandths of an em) separates words. */
const WORD_GAP_THOUSANDTHS = 200;
/** Whitespace and format characters: pdf.js's text content has none of them from glyphs. */
const NOT_TEXT = /[\s\p{Cf}]/u;

/**
 * Walks an operator list, tracking the graphics state (transform, colours, alpha, render mode,
 * clip), and returns every text run with its state and every filled shape or image.
 */
export function readPaintedPage(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OperatorTable,
): PaintedPage {
  const fills = new Set(
    ['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map((n) => ops[n]),
  );
  const images = new Set(
    [
      'paintImageXObject',
      'paintInlineImageXObject',
      'paintImageXObjectRepeat',
      'paintImageMaskXObject',
      'paintImageMaskXObjectGroup',
      'paintImageMaskXObjectRepeat',
      'paintInlineImageXObjectGroup',
      'paintSolidColorImageMask',
    ].map((n) => ops[n]),
  );
  const page: PaintedPage = { runs: [], paints: [], imageArea: 0, fills: 0 };
  const stack: GraphicsState[] = [];
  let state: GraphicsState = {
    ctm: IDENTITY,
    fill: BLACK,
    stroke: BLACK,
    fillAlpha: 1,
    strokeAlpha: 1,
    renderMode: 0,
    clip: null,
  };
  let clipPending = false;
  const paint = (rect: Rect, surface: Surface) => {
    const big = rect.x1 - rect.x0 >= MIN_BACKGROUND_SIDE_PT && rect.y1 - rect.y0 >= MIN_BACKGROUND_SIDE_PT;
    if (big && page.paints.length < MAX_PAINTS) page.paints.push({ rect, surface });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case ops.save:
      case ops.beginGroup:
        stack.push(state);
        state = { ...state };
        break;
      case ops.restore:
      case ops.endGroup:
      case ops.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case ops.transform:
        state.ctm = multiply(toMatrix(args) ?? IDENTITY, state.ctm);
        break;
      case ops.paintFormXObjectBegin: {
        stack.push(state);
        state = { ...state };
        const matrix = toMatrix(args[0]);
        if (matrix) state.ctm = multiply(matrix, state.ctm);
        const bbox = toRect(args[1]);
        if (bbox) state.clip = intersect(state.clip, transformRect(bbox, state.ctm));
        break;
      }
      case ops.setFillRGBColor:
      case ops.setFillGray:
      case ops.setFillCMYKColor:
        state.fill = inkOf(args[0]);
        break;
      case ops.setStrokeRGBColor:
      case ops.setStrokeGray:
      case ops.setStrokeCMYKColor:
        state.stroke = inkOf(args[0]);
        break;
      case ops.setFillColor:
      case ops.setFillColorN:
        state.fill = 'unknown';
        break;
      case ops.setStrokeColor:
      case ops.setStrokeColorN:
        state.stroke = 'unknown';
        break;
      case ops.setFillTransparent:
        state.fill = 'none';
        break;
      case ops.setStrokeTransparent:
        state.stroke = 'none';
        break;
      case ops.setGState:
        applyGState(state, args[0]);
        break;
      case ops.setTextRenderingMode:
        state.renderMode = typeof args[0] === 'number' ? args[0] : 0;
        break;
      case ops.clip:
      case ops.eoClip:
        clipPending = true;
        break;
      case ops.constructPath: {
        const bounds = toRect(args[2]);
        const rect = bounds ? transformRect(bounds, state.ctm) : null;
        if (clipPending && rect) state.clip = intersect(state.clip, rect);
        clipPending = false;
        if (!fills.has(args[0] as number)) break;
        page.fills++;
        // A shape with holes (a frame, a ring) is not what lies under the text inside its box.
        if (rect && state.fill !== 'none' && subpaths(args[1]) === 1) {
          paint(rect, Array.isArray(state.fill) ? state.fill : 'unknown');
        }
        break;
      }
      case ops.rawFillPath:
        page.fills++;
        break;
      case ops.shadingFill:
        paint(state.clip ?? EVERYWHERE, 'unknown');
        break;
      case ops.showText:
      case ops.showSpacedText:
        page.runs.push(textRun(args[0], state, page.paints.length));
        break;
      default:
        if (images.has(fn)) {
          const rect = transformRect(UNIT_SQUARE, state.ctm);
          page.imageArea += (rect.x1 - rect.x0) * (rect.y1 - rect.y0);
          paint(rect, 'image');
        }
    }
  }
  return page;
}

function textRun(glyphs: unknown, state: GraphicsState, paintsBefore: number): TextRun {
  const run: TextRun = {
    raw: '',
    chars: [],
    rawStart: [],
    rawEnd: [],
    renderMode: state.renderMode,
    fill: state.fill,
    fillAlpha: state.fillAlpha,
    stroke: state.stroke,
    strokeAlpha: state.strokeAlpha,
    clip: state.clip,
    paintsBefore,
  };
  if (!Array.isArray(glyphs)) return run;
  for (const glyph of glyphs as unknown[]) {
    if (typeof glyph === 'number') {
      if (glyph <= -WORD_GAP_THOUSANDTHS && !run.raw.endsWith(' ')) run.raw += ' ';
      continue;
    }
    const unicode = (glyph as { unicode?: unknown } | null)?.unicode;
    if (typeof unicode !== 'string' || !unicode) continue;
    const start = run.raw.length;
    run.raw += unicode;
    for (const char of unicode.normalize('NFKC')) {
      if (NOT_TEXT.test(char)) continue;
      run.chars.push(char);
      run.rawStart.push(start);
      run.rawEnd.push(run.raw.length);
    }
  }
  return run;
}

/** Path operators in pdf.js's path data, each followed by its coordinates. */
const PATH_COORDINATES = [2, 2, 6, 4, 0]; // moveTo, lineTo, curveTo, quadraticCurveTo, closePath
const MOVE_TO = 0;

/** How many subpaths (moveTo operators) `constructPath`'s path data holds; 0 when unreadable. */
function subpaths(pathData: unknown): number {
  const data = Array.isArray(pathData) ? (pathData[0] as ArrayLike<number> | undefined) : undefined;
  if (!data || typeof data.length !== 'number') return 0;
  let count = 0;
  for (let i = 0; i < data.length;) {
    const op = data[i]!;
    const coordinates = PATH_COORDINATES[op];
    if (coordinates === undefined) return 0;
    if (op === MOVE_TO) count++;
    i += 1 + coordinates;
  }
  return count;
}

/** `setGState` arrives as `[[key, value], ...]`: only the constant alphas matter here. */
function applyGState(state: GraphicsState, entries: unknown): void {
  if (!Array.isArray(entries)) return;
  for (const entry of entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[1] !== 'number') continue;
    if (entry[0] === 'ca') state.fillAlpha = entry[1];
    if (entry[0] === 'CA') state.strokeAlpha = entry[1];
  }
}

function inkOf(value: unknown): Ink {
  return (typeof value === 'string' && parseHexColour(value)) || 'unknown';
}

function toNumbers(value: unknown, length: number): number[] | null {
  if (value === null || typeof value !== 'object') return null;
  const list = value as ArrayLike<unknown>;
  if (list.length !== length) return null;
  const numbers = Array.from(list);
  return numbers.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (numbers as number[]) : null;
}

function toMatrix(value: unknown): Matrix | null {
  return toNumbers(value, 6) as Matrix | null;
}

function toRect(value: unknown): Rect | null {
  const n = toNumbers(value, 4);
  return (
    n && {
      x0: Math.min(n[0]!, n[2]!),
      y0: Math.min(n[1]!, n[3]!),
      x1: Math.max(n[0]!, n[2]!),
      y1: Math.max(n[1]!, n[3]!),
    }
  );
}

/** `m` then `n`, as PDF concatenates a new transform onto the current one (`cm`). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function transformRect(r: Rect, m: Matrix): Rect {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [r.x0, r.y0],
    [r.x0, r.y1],
    [r.x1, r.y0],
    [r.x1, r.y1],
  ] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function intersect(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

/** Whether the point lies in the box (an empty box, from disjoint clips, contains nothing). */
export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
}
