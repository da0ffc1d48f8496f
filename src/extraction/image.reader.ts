/**
 * Image resumes (a scan or a photo of a page, as JPEG, PNG or TIFF) read by the same offline OCR
 * as scanned PDF pages (pdf-ocr.ts): each picture is drawn onto an @napi-rs/canvas, on white and
 * scaled like a rendered PDF page (small pictures blown up, large ones brought down to what OCR
 * needs), and handed to tesseract as PNG. JPEG and PNG are decoded by the canvas (Skia, which
 * also turns a JPEG upright by its EXIF orientation, as a phone held sideways stores it:
 * image.reader.test.ts checks it); TIFF, which Skia does not read, by `utif2` (pure JavaScript;
 * the compressions in {@link TIFF_COMPRESSIONS}).
 *
 * Nothing is decoded before its header has been checked: a picture over {@link MAX_IMAGE_PIXELS}
 * (a decompression bomb: a few KB that declare a gigapixel) is TOO_LARGE, and so is a TIFF whose
 * deflated strips inflate past the size of the picture they claim to hold.
 */
import { inflateSync } from 'node:zlib';
import UTIF, { type IFD } from 'utif2';
import { ExtractionError } from './extraction.error.js';
import type { ImageMediaType } from './extraction.types.js';
import { jpegSize, pngSize, tiffPages, type ImageSize } from './image-header.js';
import { createOcrEngine, MAX_RENDER_SCALE, OCR_LONG_SIDE_PX, type OcrEngine } from './pdf-ocr.js';

/** Largest picture decoded, in pixels: as for images inside PDFs (40 MP, a 600-dpi A4 scan is 35). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * TIFF compressions read (utif2 decodes them): none, CCITT RLE, G3 and G4 (fax and bilevel scans),
 * LZW, JPEG, deflate (two codes) and PackBits. Camera raw formats and old-style JPEG are not resumes.
 */
const TIFF_COMPRESSIONS: ReadonlySet<number> = new Set([1, 2, 3, 4, 5, 7, 8, 32773, 32946]);

export interface ImageOptions {
  /** More TIFF pages than this is TOO_LARGE. */
  maxPages: number;
  /** Most TIFF pages read by OCR; the others are left out. */
  maxOcrPages: number;
  /** A long-lived OCR engine; by default one is started for this image and stopped after it. */
  engine?: OcrEngine;
}

type Canvas = import('@napi-rs/canvas').Canvas;
type Drawable = import('@napi-rs/canvas').Image | Canvas;

/** A decoded picture, upright. */
interface Picture {
  source: Drawable;
  size: ImageSize;
}

/**
 * Reads the text of an image resume by OCR: one picture for JPEG and PNG, the first
 * `maxOcrPages` pages of a TIFF. Pictures that read as noise give no text (the caller's
 * minimum-text check then makes the resume LOW_TEXT).
 *
 * @throws ExtractionError CORRUPT (cannot be decoded), TOO_LARGE (too many pixels or pages, or a
 *   deflate bomb in a TIFF strip) or UNSUPPORTED (a TIFF compression not listed above)
 * @throws Error when the OCR engine cannot start (an installation problem, not a bad file)
 */
export async function readImage(bytes: Buffer, mediaType: ImageMediaType, options: ImageOptions): Promise<string> {
  const canvas = await import('@napi-rs/canvas');
  const pictures = await decode(canvas, bytes, mediaType, options);
  const ocr = options.engine ?? createOcrEngine();
  const texts: string[] = [];
  try {
    for (const picture of pictures) {
      const text = await ocr.read(await ocrPng(canvas, picture));
      if (text) texts.push(text);
    }
  } finally {
    if (!options.engine) await ocr.stop();
  }
  return texts.join('\n\n');
}

type CanvasModule = typeof import('@napi-rs/canvas');

async function decode(
  canvas: CanvasModule,
  bytes: Buffer,
  mediaType: ImageMediaType,
  { maxPages, maxOcrPages }: ImageOptions,
): Promise<Picture[]> {
  switch (mediaType) {
    case 'image/png':
    case 'image/jpeg': {
      checked(mediaType === 'image/png' ? pngSize(bytes) : jpegSize(bytes));
      const image = await load(canvas, bytes);
      return [{ source: image, size: { width: image.width, height: image.height } }];
    }
    case 'image/tiff':
      return decodeTiff(canvas, bytes, maxPages, maxOcrPages);
    default: {
      const unknown: never = mediaType;
      throw new ExtractionError('UNSUPPORTED', `cannot read ${String(unknown)} as an image`);
    }
  }
}

/** The header's size, once it is known to be a picture worth decoding. */
function checked(size: ImageSize | null): ImageSize {
  if (!size || size.width < 1 || size.height < 1) {
    throw new ExtractionError('CORRUPT', 'the image header is damaged (no size)');
  }
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new ExtractionError(
      'TOO_LARGE',
      `the image is ${size.width} x ${size.height} pixels (at most ${MAX_IMAGE_PIXELS} pixels are read)`,
    );
  }
  return size;
}

async function load(canvas: CanvasModule, bytes: Buffer): Promise<import('@napi-rs/canvas').Image> {
  try {
    return await canvas.loadImage(bytes);
  } catch (error) {
    throw new ExtractionError('CORRUPT', `the image cannot be decoded (${messageOf(error)})`);
  }
}

function decodeTiff(canvas: CanvasModule, bytes: Buffer, maxPages: number, maxOcrPages: number): Picture[] {
  // Our own bounded walk first: utif2 follows the chain of pages without a visited set.
  const pages = tiffPages(bytes, maxPages).slice(0, Math.max(1, maxOcrPages));
  for (const page of pages) {
    checked(page);
    if (!TIFF_COMPRESSIONS.has(page.compression)) {
      throw new ExtractionError('UNSUPPORTED', `TIFF compression ${page.compression} is not supported`);
    }
  }
  try {
    // No maker notes: a camera's private data is no resume's, and one more parser to trust.
    const ifds = (UTIF.decode as (data: Buffer, options: object) => IFD[])(bytes, { parseMN: false, debug: false });
    return pages.map((page, i) => {
      const ifd = ifds[i];
      if (!ifd || tag(ifd, 't256') !== page.width || tag(ifd, 't257') !== page.height) {
        throw new ExtractionError('CORRUPT', `TIFF page ${i + 1} is damaged`);
      }
      checkStrips(bytes, ifd, page);
      UTIF.decodeImage(bytes, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      if (rgba.length !== page.width * page.height * 4) {
        throw new ExtractionError('CORRUPT', `TIFF page ${i + 1} cannot be decoded`);
      }
      const full = canvas.createCanvas(page.width, page.height);
      const pixels = new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.length);
      full.getContext('2d').putImageData(new canvas.ImageData(pixels, page.width, page.height), 0, 0);
      return { source: full, size: page };
    });
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw new ExtractionError('CORRUPT', `the TIFF cannot be decoded (${messageOf(error)})`);
  }
}

/**
 * Inflates a deflated page's strips (or tiles) with a budget before utif2 does, unbounded: the
 * page's own pixels, twice over for padding. A JPEG strip may not declare a frame larger than
 * the page.
 */
function checkStrips(bytes: Buffer, ifd: IFD, page: { width: number; height: number; compression: number }) {
  const tiled = ifd.t322 != null;
  const offsets = numbers(tiled ? ifd.t324 : ifd.t273);
  const counts = numbers(tiled ? ifd.t325 : ifd.t279);
  if (page.compression === 7) {
    for (const [i, offset] of offsets.entries()) {
      const frame = jpegSize(bytes.subarray(offset, offset + (counts[i] ?? 0)));
      if (frame && frame.width * frame.height > page.width * page.height) {
        throw new ExtractionError('TOO_LARGE', 'a JPEG strip of the TIFF is larger than its page');
      }
    }
  }
  if (page.compression !== 8 && page.compression !== 32946) return;
  const bitsPerPixel = (numbers(ifd.t258)[0] ?? 1) * (numbers(ifd.t277)[0] ?? 1);
  let budget = 2 * page.height * Math.ceil((page.width * bitsPerPixel) / 8) + 1024 * 1024;
  for (const [i, offset] of offsets.entries()) {
    const strip = bytes.subarray(offset, offset + (counts[i] ?? 0));
    try {
      budget -= inflateSync(strip, { maxOutputLength: Math.max(1, budget) }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ExtractionError('TOO_LARGE', 'a deflated strip of the TIFF inflates past the size of its page');
      }
      throw new ExtractionError('CORRUPT', `a deflated strip of the TIFF is damaged (${messageOf(error)})`);
    }
  }
}

/** Draws a picture on white at OCR resolution and encodes it as PNG. */
async function ocrPng(canvas: CanvasModule, { source, size }: Picture): Promise<Buffer> {
  const scale = Math.min(MAX_RENDER_SCALE, OCR_LONG_SIDE_PX / Math.max(size.width, size.height));
  const target = canvas.createCanvas(
    Math.max(1, Math.round(size.width * scale)),
    Math.max(1, Math.round(size.height * scale)),
  );
  const ctx = target.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, target.width, target.height);
  ctx.drawImage(source, 0, 0, target.width, target.height);
  return target.encode('png');
}

function tag(ifd: IFD, name: string): number | undefined {
  return numbers(ifd[name])[0];
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
