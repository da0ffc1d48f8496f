/**
 * Reading order of a PDF page. pdf.js gives text in content-stream order, which is the reading
 * order for most files, including most multi-column ones (their producers draw one column, then
 * the next). Some producers draw line by line across the page, interleaving the columns. For
 * those pages the columns are found from the items' positions and read one after another, each
 * top to bottom; every other page keeps the stream order unchanged.
 *
 * A column boundary is a vertical strip of white space (a gutter) that almost no item crosses,
 * with enough text on both sides. Items that cross it (a name heading, a full-width section) cut
 * the page into bands; a band is read column by column only when both sides hold several lines,
 * so that a single-column page with right-aligned dates is still read line by line. Two columns
 * at most: a side that splits again, or whose lines have cell-wide gaps, makes a table, which
 * keeps the stream (row) order.
 */

/** A piece of visible text with its place on the page (page space, points, y up). */
export interface PlacedText {
  text: string;
  hasEOL: boolean;
  /** Baseline start. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** Horizontal, left to right: only such text is placed in columns. */
  upright: boolean;
}

/** Fewer upright items than this on a page is too little to tell columns from lines. */
const MIN_ITEMS_FOR_COLUMNS = 12;
/** More than this is no resume page (a data table, a map): it keeps the stream order, cheaply. */
const MAX_ITEMS_FOR_COLUMNS = 5_000;
/** Narrowest white strip (points) taken for a gutter: wider than a word space, narrower than real gutters. */
const MIN_GUTTER_PT = 9;
/** Resolution of the horizontal coverage profile, in points. */
const BIN_PT = 1;
/** Share of items that may cross a gutter (headings and full-width lines). */
const MAX_CROSSING_SHARE = 0.1;
/** A gutter is not at the very edge of the text: each side is at least this share of the width. */
const MIN_SIDE_WIDTH_SHARE = 0.12;
/** Each column holds at least this share of the region's characters: not a bullet or date rail. */
const MIN_COLUMN_CHAR_SHARE = 0.15;
/** ... and at least this many lines. */
const MIN_COLUMN_LINES = 5;
/** Inside a column, two lines beside two others already make a grid: a table, not a page of columns. */
const MIN_NESTED_COLUMN_LINES = 2;
/** A band between crossing items is read by columns only when both sides hold this many lines. */
const MIN_BAND_LINES = 3;
/**
 * Stream order is kept unless it switches between the columns on at least this share of the
 * lines: text drawn line by line across the page switches on every line; a table drawn cell by
 * cell switches once per cell, and a page drawn column by column once per band.
 */
const MIN_SWITCH_SHARE = 0.5;
/** A gap this wide (in font sizes) inside a line separates table cells, not words. */
const CELL_GAP_SIZES = 2;
/** A side where this share of the lines has cell gaps is part of a table. */
const MAX_CELL_LINE_SHARE = 0.2;
/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE_SHARE = 0.5;
/** A gap wider than this share of the font size between two items is a space. */
const SPACE_GAP_SHARE = 0.2;

/** The page's text, in content-stream order or, for interleaved columns, column by column. */
export function pageText(items: readonly PlacedText[]): string {
  const placed = items.filter((item) => item.upright && item.text.trim() !== '');
  const countable = placed.length >= MIN_ITEMS_FOR_COLUMNS && placed.length <= MAX_ITEMS_FOR_COLUMNS;
  const columns = countable ? findColumns(placed) : null;
  if (!columns || !interleaved(placed, columns)) return streamText(items);
  // Rotated text (a vertical sidebar label) has no place in the columns: it follows them.
  const inColumns = new Set(placed);
  const others = items.filter((item) => !inColumns.has(item) && item.text.trim() !== '');
  const text = columns.bands.flatMap((band) =>
    band.columnar ? [...lines(band.left), ...lines(band.right)] : lines([...band.left, ...band.right]),
  );
  return [...text, ...others.map((item) => item.text.trim())].join('\n');
}

/** pdf.js order, as unpdf's `extractText` joins it. */
function streamText(items: readonly PlacedText[]): string {
  return items.map((item) => item.text + (item.hasEOL ? '\n' : '')).join('');
}

interface Gutter {
  x0: number;
  x1: number;
}

interface Band {
  /** Items of a band that is not read by columns, or the left column's. */
  left: PlacedText[];
  right: PlacedText[];
  columnar: boolean;
}

interface Columns {
  gutter: Gutter;
  bands: Band[];
}

/**
 * The widest well-supported gutter and the bands it makes; null for a single column, and for a
 * table (a side splits into columns again, or has cell gaps): the stream order already reads
 * a table's rows right.
 */
function findColumns(items: PlacedText[], nested = false): Columns | null {
  for (const gutter of gutterCandidates(items)) {
    const left = items.filter((item) => right(item) <= gutter.x1 && item.x < gutter.x0);
    const rightSide = items.filter((item) => item.x >= gutter.x0 && right(item) > gutter.x1);
    const minLines = nested ? MIN_NESTED_COLUMN_LINES : MIN_COLUMN_LINES;
    if (!isColumn(left, items, minLines) || !isColumn(rightSide, items, minLines)) continue;
    if (!sideBySide(left, rightSide)) continue;
    if (nested) return { gutter, bands: [] };
    const grid = [left, rightSide].some((side) => findColumns(side, true) || looksTabular(side));
    return grid ? null : { gutter, bands: bands(items, gutter) };
  }
  return null;
}

/** Low-coverage vertical strips, widest first. */
function gutterCandidates(items: PlacedText[]): Gutter[] {
  const x0 = items.reduce((min, item) => Math.min(min, item.x), Infinity);
  const x1 = items.reduce((max, item) => Math.max(max, right(item)), -Infinity);
  const width = x1 - x0;
  if (!(width > 0) || width / BIN_PT > 10_000) return [];
  const coverage = new Int32Array(Math.ceil(width / BIN_PT));
  for (const item of items) {
    const from = Math.max(0, Math.floor((item.x - x0) / BIN_PT));
    const to = Math.min(coverage.length - 1, Math.ceil((right(item) - x0) / BIN_PT) - 1);
    for (let bin = from; bin <= to; bin++) coverage[bin]!++;
  }
  const maxCrossing = Math.floor(items.length * MAX_CROSSING_SHARE);
  const first = Math.ceil((width * MIN_SIDE_WIDTH_SHARE) / BIN_PT);
  const last = Math.floor((width * (1 - MIN_SIDE_WIDTH_SHARE)) / BIN_PT);
  const gutters: Gutter[] = [];
  let start = -1;
  for (let bin = first; bin <= last + 1; bin++) {
    const open = bin <= last && coverage[bin]! <= maxCrossing;
    if (open && start < 0) start = bin;
    if (!open && start >= 0) {
      if ((bin - start) * BIN_PT >= MIN_GUTTER_PT) gutters.push({ x0: x0 + start * BIN_PT, x1: x0 + bin * BIN_PT });
      start = -1;
    }
  }
  return gutters.sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0));
}

/** Whether many lines have cell-wide gaps: columns of a table rather than of text. */
function looksTabular(side: PlacedText[]): boolean {
  const sideLines = groupLines(side);
  const gapped = sideLines.filter((line) =>
    line.some((item, i) => i > 0 && item.x - right(line[i - 1]!) > CELL_GAP_SIZES * item.size),
  );
  return gapped.length > MAX_CELL_LINE_SHARE * sideLines.length;
}

function isColumn(side: PlacedText[], all: PlacedText[], minLines: number): boolean {
  return chars(side) >= MIN_COLUMN_CHAR_SHARE * chars(all) && lineCount(side) >= minLines;
}

/** Columns stand next to each other: their vertical extents overlap by at least half the shorter one. */
function sideBySide(a: PlacedText[], b: PlacedText[]): boolean {
  const [aTop, aBottom] = extent(a);
  const [bTop, bBottom] = extent(b);
  const overlap = Math.min(aTop, bTop) - Math.max(aBottom, bBottom);
  return overlap >= 0.5 * Math.min(aTop - aBottom, bTop - bBottom);
}

/** Lines top to bottom; a line with an item crossing the gutter ends a band and is a band of its own. */
function bands(items: PlacedText[], gutter: Gutter): Band[] {
  const out: Band[] = [];
  let band: Band = { left: [], right: [], columnar: false };
  const close = () => {
    if (band.left.length || band.right.length) {
      band.columnar = lineCount(band.left) >= MIN_BAND_LINES && lineCount(band.right) >= MIN_BAND_LINES;
      out.push(band);
    }
    band = { left: [], right: [], columnar: false };
  };
  for (const line of groupLines(items)) {
    if (line.some((item) => item.x < gutter.x0 && right(item) > gutter.x1)) {
      close();
      out.push({ left: line, right: [], columnar: false });
      continue;
    }
    for (const item of line)
      (item.x + item.width / 2 < (gutter.x0 + gutter.x1) / 2 ? band.left : band.right).push(item);
  }
  close();
  return out;
}

/** Whether pdf.js's order jumps between the columns more than a column-by-column reading would. */
function interleaved(items: readonly PlacedText[], { bands }: Columns): boolean {
  const columnar = bands.filter((band) => band.columnar);
  const sides = new Map<PlacedText, 'left' | 'right'>();
  for (const band of columnar) {
    for (const item of band.left) sides.set(item, 'left');
    for (const item of band.right) sides.set(item, 'right');
  }
  let switches = 0;
  let previous: 'left' | 'right' | undefined;
  for (const item of items) {
    const side = sides.get(item);
    if (!side) continue;
    if (previous && side !== previous) switches++;
    previous = side;
  }
  // Each line of the shorter column can start two switches: there and back.
  const pairs = columnar.reduce((n, band) => n + Math.min(lineCount(band.left), lineCount(band.right)), 0);
  return columnar.length > 0 && switches >= MIN_SWITCH_SHARE * 2 * pairs;
}

/** Text lines of a region, top to bottom, each left to right. */
function lines(items: PlacedText[]): string[] {
  return groupLines(items)
    .map((line) => joinLine(line).trim())
    .filter(Boolean);
}

function groupLines(items: PlacedText[]): PlacedText[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PlacedText[][] = [];
  let line: PlacedText[] = [];
  let baseline = Number.NaN;
  for (const item of sorted) {
    const tolerance = SAME_LINE_SHARE * Math.max(item.size, 1);
    if (line.length && Math.abs(item.y - baseline) > tolerance) {
      out.push(line);
      line = [];
    }
    if (!line.length) baseline = item.y;
    line.push(item);
  }
  if (line.length) out.push(line);
  return out.map((l) => l.sort((a, b) => a.x - b.x));
}

function joinLine(line: PlacedText[]): string {
  let text = '';
  let end = Number.NaN;
  for (const item of line) {
    const gap = item.x - end;
    const spaced = /\s$/.test(text) || /^\s/.test(item.text) || !text;
    text += !spaced && gap > SPACE_GAP_SHARE * item.size ? ` ${item.text}` : item.text;
    end = right(item);
  }
  return text;
}

function lineCount(items: PlacedText[]): number {
  return groupLines(items).length;
}

function chars(items: PlacedText[]): number {
  return items.reduce((sum, item) => sum + item.text.replace(/\s+/g, '').length, 0);
}

function extent(items: PlacedText[]): [top: number, bottom: number] {
  const top = items.reduce((max, item) => Math.max(max, item.y + item.size), -Infinity);
  return [top, items.reduce((min, item) => Math.min(min, item.y), Infinity)];
}

function right(item: PlacedText): number {
  return item.x + item.width;
}
