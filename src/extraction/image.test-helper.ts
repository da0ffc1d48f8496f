/**
 * Image resumes made for tests: a page of text rendered with @napi-rs/canvas and saved as PNG,
 * JPEG (with an EXIF orientation if asked) or TIFF (written here: grey, one strip per page,
 * uncompressed or deflated), plus TIFFs built to be hostile. Not for production use.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { deflateSync } from 'node:zlib';

/** A white A4 page at `dpi` with the lines in dark grey. */
export function pageCanvas(lines: string[], { dpi = 150 } = {}): Canvas {
  const scale = dpi / 72;
  const canvas = createCanvas(Math.round(595 * scale), Math.round(842 * scale));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111111';
  lines.forEach((line, i) => {
    context.font = `${i === 0 ? 'bold ' : ''}${Math.round((i === 0 ? 22 : 13) * scale)}px sans-serif`;
    context.fillText(line, Math.round(48 * scale), Math.round((70 + i * 24) * scale));
  });
  return canvas;
}

/** The page as PNG. */
export function pagePng(lines: string[]): Promise<Buffer> {
  return pageCanvas(lines).encode('png');
}

/**
 * The page as JPEG. With an EXIF `orientation` of 6 the pixels are stored turned a quarter to the
 * left, as a phone held sideways stores them, and the EXIF tag says to turn them back.
 */
export async function pageJpeg(lines: string[], { orientation }: { orientation?: 6 } = {}): Promise<Buffer> {
  const page = pageCanvas(lines);
  if (!orientation) return page.encode('jpeg', 90);
  const stored = createCanvas(page.height, page.width);
  const context = stored.getContext('2d');
  context.translate(0, page.width);
  context.rotate(-Math.PI / 2);
  context.drawImage(page, 0, 0);
  return withExifOrientation(await stored.encode('jpeg', 90), orientation);
}

/** Inserts an APP1 EXIF segment holding only the orientation tag right after SOI. */
function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // first IFD
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // count
  tiff.writeUInt16BE(orientation, 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

/** One page of a TIFF: grey pixels (0 black, 255 white), row by row. */
export interface GreyPage {
  width: number;
  height: number;
  grey: Uint8Array;
}

/** A canvas's pixels as grey. */
export function greyOf(canvas: Canvas): GreyPage {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const grey = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0; i < grey.length; i++) grey[i] = Math.round((data[i * 4]! + data[i * 4 + 1]! + data[i * 4 + 2]!) / 3);
  return { width: canvas.width, height: canvas.height, grey };
}

export interface TiffOptions {
  /** 1 (none) or 8 (deflate); default 1. */
  compression?: 1 | 8;
  /** Strip data to write instead of the page's own (a bomb: more data than the page holds). */
  strip?: (page: GreyPage) => Buffer;
  /** The last page points back at the first (a loop that a naive reader follows for ever). */
  loop?: boolean;
}

/** A little-endian TIFF, one 8-bit grey strip per page. */
export function tiffOf(pages: GreyPage[], { compression = 1, strip, loop = false }: TiffOptions = {}): Buffer {
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  chunks.push(header);
  const ifdOffsets: number[] = [];
  const ifdPatches: { buffer: Buffer; at: number }[] = [];
  for (const page of pages) {
    const raw = Buffer.from(page.grey.buffer, page.grey.byteOffset, page.grey.byteLength);
    const data = strip ? strip(page) : compression === 8 ? deflateSync(raw) : raw;
    const dataOffset = offset;
    chunks.push(data);
    offset += data.length + (data.length % 2); // IFDs start on a word boundary
    if (data.length % 2) chunks.push(Buffer.alloc(1));
    const tags: [number, number, number][] = [
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, 8],
      [259, 3, compression],
      [262, 3, 1], // BlackIsZero
      [273, 4, dataOffset],
      [277, 3, 1],
      [278, 4, page.height],
      [279, 4, data.length],
    ];
    const ifd = Buffer.alloc(2 + tags.length * 12 + 4);
    ifd.writeUInt16LE(tags.length, 0);
    tags.forEach(([tag, type, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifdOffsets.push(offset);
    ifdPatches.push({ buffer: ifd, at: 2 + tags.length * 12 });
    chunks.push(ifd);
    offset += ifd.length;
  }
  header.writeUInt32LE(ifdOffsets[0]!, 4);
  ifdPatches.forEach(({ buffer, at }, i) => {
    const next = i + 1 < ifdOffsets.length ? ifdOffsets[i + 1]! : loop ? ifdOffsets[0]! : 0;
    buffer.writeUInt32LE(next, at);
  });
  return Buffer.concat(chunks);
}
