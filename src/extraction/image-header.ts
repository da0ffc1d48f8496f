/**
 * What an image says about itself before anything decodes it: its size in pixels (so that a
 * decompression bomb, a small file that declares a huge picture, is refused before its pixels are
 * allocated), and a TIFF's pages. Reads headers only, with every offset
 * checked and every walk bounded: a hostile header can make these functions return null or throw
 * an {@link ExtractionError}, never loop or allocate.
 */
import { ExtractionError } from './extraction.error.js';

export interface ImageSize {
  width: number;
  height: number;
}

/** One page (IFD) of a TIFF, as its header declares it. */
export interface TiffPage extends ImageSize {
  /** TIFF compression code (1 none, 4 CCITT G4, 5 LZW, 7 JPEG, 8 deflate...). */
  compression: number;
}

/** The width and height in a PNG's IHDR chunk (always the first chunk), or null if it has none. */
export function pngSize(bytes: Uint8Array): ImageSize | null {
  const view = viewOf(bytes);
  // 8-byte signature, then length (4) and type "IHDR" (4), then width and height.
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The frame size of a JPEG as stored (from the first start-of-frame marker), or null when no frame
 * header comes before the image data.
 */
export function jpegSize(bytes: Uint8Array): ImageSize | null {
  const view = viewOf(bytes);
  let offset = 2; // after SOI (FF D8)
  // Markers are walked by their lengths, so each step moves forward: the walk ends.
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // image data (or the end) before any frame header
    const length = view.getUint16(offset + 2);
    if (length < 2) return null;
    const segment = offset + 4;
    if (isStartOfFrame(marker)) {
      if (segment + 5 > bytes.length) return null;
      return { height: view.getUint16(segment + 1), width: view.getUint16(segment + 3) };
    }
    offset += 2 + length;
  }
  return null;
}

/** SOF0-SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * The pages of a TIFF: its chain of image file directories, walked with a visited set (a chain
 * that loops back is CORRUPT) and at most `maxPages + 1` steps (more pages is TOO_LARGE).
 *
 * @throws ExtractionError CORRUPT (not a readable TIFF, a looping chain, a page without a size)
 *   or TOO_LARGE (more than `maxPages` pages)
 */
export function tiffPages(bytes: Uint8Array, maxPages: number): TiffPage[] {
  const reader = tiffReader(bytes);
  if (!reader) throw new ExtractionError('CORRUPT', 'the TIFF header is damaged');
  const pages: TiffPage[] = [];
  const seen = new Set<number>();
  for (let offset = reader.u32(4); offset !== 0;) {
    if (seen.has(offset)) throw new ExtractionError('CORRUPT', 'the TIFF pages point back at each other');
    seen.add(offset);
    if (pages.length === maxPages) throw new ExtractionError('TOO_LARGE', `the TIFF has more than ${maxPages} pages`);
    const entries = reader.entries(offset);
    const width = entries?.get(256);
    const height = entries?.get(257);
    if (!entries || !width || !height) throw new ExtractionError('CORRUPT', `TIFF page ${pages.length + 1} is damaged`);
    pages.push({ width, height, compression: entries.get(259) ?? 1 });
    offset = reader.next(offset) ?? 0;
  }
  if (!pages.length) throw new ExtractionError('CORRUPT', 'the TIFF has no pages');
  return pages;
}

interface TiffReader {
  u32(offset: number): number;
  /** The first value of each SHORT or LONG tag of the IFD at `offset`; null when it does not fit. */
  entries(offset: number): Map<number, number> | null;
  /** The offset of the IFD after the one at `offset`; null when it does not fit. */
  next(offset: number): number | null;
}

/** Bounds-checked reads in a TIFF structure ("II*\0" little-endian or "MM\0*" big-endian). */
function tiffReader(bytes: Uint8Array): TiffReader | null {
  if (bytes.length < 8) return null;
  const order = ascii(bytes, 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const little = order === 'II';
  const view = viewOf(bytes);
  if (view.getUint16(2, little) !== 42) return null;
  const fits = (offset: number, size: number) => offset >= 0 && offset + size <= bytes.length;
  const count = (offset: number) => (fits(offset, 2) ? view.getUint16(offset, little) : null);
  return {
    u32: (offset) => (fits(offset, 4) ? view.getUint32(offset, little) : 0),
    entries(offset) {
      const n = count(offset);
      if (n === null || !fits(offset + 2, n * 12 + 4)) return null;
      const tags = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const entry = offset + 2 + i * 12;
        const type = view.getUint16(entry + 2, little);
        // SHORT (3) values sit left-justified in the 4-byte value field; LONG (4) fill it.
        if (type === 3) tags.set(view.getUint16(entry, little), view.getUint16(entry + 8, little));
        else if (type === 4) tags.set(view.getUint16(entry, little), view.getUint32(entry + 8, little));
      }
      return tags;
    },
    next(offset) {
      const n = count(offset);
      return n === null || !fits(offset + 2 + n * 12, 4) ? null : view.getUint32(offset + 2 + n * 12, little);
    },
  };
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}
