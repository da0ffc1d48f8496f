/**
 * A decoder with an output budget for a PDF's Flate streams, run before pdf.js sees the file.
 *
 * pdf.js inflates a stream whole, into memory, before it parses it: a content stream of 525 KB
 * that inflates to 360 MB of operators (a "flate bomb") takes its reader past any heap limit in
 * seconds. Here every stream whose filters are all FlateDecode is inflated by zlib with
 * `maxOutputLength`, so a bomb is found after inflating at most the budget, and refused as
 * TOO_LARGE before pdf.js allocates anything for it. An image stream may inflate to its samples
 * (width x height x 4 components at its bits per component) when that is more than the budget:
 * a 40-megapixel scan is a legitimate 117 MB.
 *
 * This is the cheap first line, for the commonest bomb; the reader process's memory and time
 * limits (extraction.pool.ts) contain everything else (other filters, parser bugs, loops).
 */
import { constants, inflateSync } from 'node:zlib';
import { ExtractionError } from './extraction.error.js';

export interface StreamBudget {
  /** Most bytes one stream may inflate to. */
  maxStreamBytes: number;
  /** Most bytes all the file's Flate streams may inflate to together. */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/**
 * 64 MiB a stream (the largest legitimate streams in resumes, embedded CJK fonts, are about
 * 20 MB), 256 MiB in all.
 */
export const DEFAULT_STREAM_BUDGET: StreamBudget = { maxStreamBytes: 64 * MiB, maxTotalBytes: 256 * MiB };

/** `stream` followed by its end of line, as the PDF syntax requires (pdf.js also accepts a lone CR). */
const STREAM_KEYWORD = /stream(?:\r\n|\n|\r)/g;
/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 64 * 1024;
const FILTER = /\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+)/;
const IMAGE = /\/Subtype\s*\/Image\b/;
const WIDTH = /\/(?:Width|W)\s+(\d+)/;
const HEIGHT = /\/(?:Height|H)\s+(\d+)/;
const BITS = /\/(?:BitsPerComponent|BPC)\s+(\d+)/;
const FLATE_NAMES = new Set(['FlateDecode', 'Fl']);

/**
 * Inflates the file's Flate streams within the budget, keeping nothing.
 *
 * @throws ExtractionError TOO_LARGE when a stream, or all of them, inflate past the budget
 */
export function assertStreamsWithinBudget(bytes: Buffer, budget: StreamBudget = DEFAULT_STREAM_BUDGET): void {
  // latin1 maps each byte to one character: offsets in the string are offsets in the file.
  const text = bytes.toString('latin1');
  let total = 0;
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    if (text.startsWith('end', match.index - 3)) continue;
    const dictionary = dictionaryBefore(text, match.index);
    const passes = flatePasses(dictionary);
    if (passes === 0) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const maxBytes = Math.max(budget.maxStreamBytes, imageSamples(dictionary));
    const size = inflatedSize(bytes.subarray(start, end < 0 ? bytes.length : end), passes, maxBytes);
    if (size === null) {
      throw new ExtractionError(
        'TOO_LARGE',
        `a stream of the PDF at byte ${start} inflates to more than ${maxBytes} bytes (a decompression bomb)`,
      );
    }
    total += size;
    if (total > budget.maxTotalBytes) {
      throw new ExtractionError(
        'TOO_LARGE',
        `the PDF's streams inflate to more than ${budget.maxTotalBytes} bytes together (a decompression bomb)`,
      );
    }
  }
}

/** The stream's dictionary: from the `obj` keyword before it (or the window's start) to `stream`. */
function dictionaryBefore(text: string, at: number): string {
  const from = Math.max(0, at - DICTIONARY_WINDOW);
  const obj = text.lastIndexOf('obj', at);
  return text.slice(Math.max(from, obj), at);
}

/** How many Flate passes decode the stream: 0 when it has no filter, or one other than Flate. */
function flatePasses(dictionary: string): number {
  const filter = FILTER.exec(dictionary)?.[1];
  if (!filter) return 0;
  const names = filter.match(/\/[^\s/<>[\]()]+/g)?.map((name) => name.slice(1)) ?? [];
  return names.length > 0 && names.every((name) => FLATE_NAMES.has(name)) ? names.length : 0;
}

/** Most bytes an image's samples can take (4 components at most), or 0 when it is no image. */
function imageSamples(dictionary: string): number {
  if (!IMAGE.test(dictionary)) return 0;
  const width = Number(WIDTH.exec(dictionary)?.[1] ?? 0);
  const height = Number(HEIGHT.exec(dictionary)?.[1] ?? 0);
  const bits = Math.min(16, Number(BITS.exec(dictionary)?.[1] ?? 8));
  return Math.ceil((width * height * 4 * bits) / 8);
}

/**
 * The stream's size after `passes` inflations, or null when a pass goes past `maxBytes`. Data
 * that zlib cannot inflate (damaged, encrypted) is pdf.js's to judge: its size counts as zero.
 */
function inflatedSize(data: Buffer, passes: number, maxBytes: number): number | null {
  let current = data;
  for (let pass = 0; pass < passes; pass++) {
    try {
      // A sync flush returns what a truncated stream holds instead of throwing.
      current = inflateSync(current, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
      return 0;
    }
  }
  return current.length;
}
