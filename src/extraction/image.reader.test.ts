/**
 * Image resumes read by OCR: real PNG, JPEG and TIFF files rendered here from a resume's text,
 * then hostile headers that must be refused before anything is decoded. Few OCR runs: each takes
 * about a second.
 */
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractionPool } from './extraction.pool.js';
import { ExtractionError } from './extraction.error.js';
import { JPEG, PNG, TIFF, type ResumeMediaType } from './extraction.types.js';
import { greyOf, pageCanvas, pageJpeg, pagePng, tiffOf, type GreyPage } from './image.test-helper.js';
import { createOcrEngine } from './pdf-ocr.js';
import { OCR_RESUME } from './pdf.test-helper.js';
import { extractText } from './resume.extractor.js';

const RESUME = OCR_RESUME;
const PHRASES = ['Jane Roe', 'jane.roe@example.com', 'TypeScript', 'PostgreSQL', 'Kubernetes', 'TU Munich'];

async function failure(work: Promise<unknown>): Promise<ExtractionError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

describe('extractText on image resumes', () => {
  // One tesseract for the file, as a pool thread keeps one.
  const ocrEngine = createOcrEngine();
  afterAll(() => ocrEngine.stop());

  it('reads a PNG scan by OCR, offline, and flags it', async () => {
    const { text, flags, pages, hiddenText } = await extractText(await pagePng(RESUME), PNG, { ocrEngine });
    for (const phrase of PHRASES) expect(text).toContain(phrase);
    expect(flags).toEqual(['OCR']);
    expect(pages).toBeNull();
    expect(hiddenText).toBe('');
  });

  it('reads a JPEG photo taken sideways upright, by its EXIF orientation', async () => {
    const jpeg = await pageJpeg(RESUME, { orientation: 6 });
    const { text } = await extractText(jpeg, JPEG, { ocrEngine });
    for (const phrase of PHRASES) expect(text).toContain(phrase);
  });

  it('reads every page of a deflated multi-page TIFF, up to maxOcrPages', async () => {
    const tiff = tiffOf(
      [greyOf(pageCanvas(RESUME)), greyOf(pageCanvas(['Page two', 'Docker and Terraform on AWS since 2019']))],
      { compression: 8 },
    );
    const both = await extractText(tiff, TIFF, { ocrEngine });
    for (const phrase of [...PHRASES, 'Terraform']) expect(both.text).toContain(phrase);
    const first = await extractText(tiff, TIFF, { ocrEngine, maxOcrPages: 1 });
    expect(first.text).toContain('Jane Roe');
    expect(first.text).not.toContain('Terraform');
  });

  it('fails a picture with nothing to read with LOW_TEXT', async () => {
    const blank = pageCanvas([]).encodeSync('png');
    expect((await failure(extractText(blank, PNG, { ocrEngine }))).failure).toBe('LOW_TEXT');
  });
});

describe('extractText on hostile images: refused from the header, nothing decoded', () => {
  it('refuses a PNG or JPEG that declares more pixels than it may hold (a decompression bomb)', async () => {
    const png = await failure(extractText(pngDeclaring(100_000, 100_000), PNG));
    expect(png.failure).toBe('TOO_LARGE');
    expect(png.message).toMatch(/100000 x 100000 pixels/);
    const jpeg = await failure(extractText(jpegDeclaring(65_535, 65_535), JPEG));
    expect(jpeg.failure).toBe('TOO_LARGE');
  });

  it('refuses a TIFF over the page limit, or with pages that are too large', async () => {
    const small = greyOf(pageCanvas(['x'], { dpi: 10 }));
    const pages = await failure(extractText(tiffOf([small, small, small]), TIFF, { maxPages: 2 }));
    expect(pages.failure).toBe('TOO_LARGE');
    expect(pages.message).toMatch(/more than 2 pages/);
    const huge: GreyPage = { width: 10_000, height: 10_000, grey: new Uint8Array(0) };
    expect((await failure(extractText(tiffOf([huge]), TIFF))).failure).toBe('TOO_LARGE');
  });

  it('refuses a deflated TIFF strip that inflates past its page (a flate bomb)', async () => {
    const small = greyOf(pageCanvas(['x'], { dpi: 10 }));
    // 64 MB of zeros, deflated to about 64 KB, declared as a page of a few hundred bytes.
    const bomb = tiffOf([small], { compression: 8, strip: () => deflateZeros(64 * 1024 * 1024) });
    const error = await failure(extractText(bomb, TIFF));
    expect(error.failure).toBe('TOO_LARGE');
    expect(error.message).toMatch(/inflates past the size of its page/);
  });

  it('fails a TIFF whose pages point back at each other as CORRUPT, without looping', async () => {
    const small = greyOf(pageCanvas(['x'], { dpi: 10 }));
    const error = await failure(extractText(tiffOf([small, small], { loop: true }), TIFF));
    expect(error.failure).toBe('CORRUPT');
    expect(error.message).toMatch(/point back/);
  });

  it('fails truncated and garbled images as CORRUPT', async () => {
    const png = await pagePng(['Jane Roe']);
    for (const [bytes, type] of [
      [png.subarray(0, 20), PNG],
      [Buffer.concat([png.subarray(0, 40), Buffer.alloc(200, 7)]), PNG],
      [Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]), JPEG],
      [Buffer.from('II*\0\x08\0\0\0', 'latin1'), TIFF],
    ] as [Buffer, ResumeMediaType][]) {
      expect((await failure(extractText(bytes, type))).failure).toBe('CORRUPT');
    }
  });

  it('fails a TIFF compression it does not read as UNSUPPORTED', async () => {
    const small = greyOf(pageCanvas(['x'], { dpi: 10 }));
    const tiff = tiffOf([small]);
    // The compression entry (tag 259, SHORT) of the one page, which comes after its pixels: 6, old-style JPEG.
    const at = tiff.lastIndexOf(Buffer.from([0x03, 0x01, 0x03, 0x00]));
    tiff.writeUInt16LE(6, at + 8);
    expect((await failure(extractText(tiff, TIFF))).failure).toBe('UNSUPPORTED');
  });
});

describe('image resumes in the extraction pool', () => {
  it('are read by OCR in a worker thread, as scanned PDFs are', async () => {
    const pool = createExtractionPool({ size: 1 });
    try {
      const { text, flags } = await pool.extract(await pagePng(RESUME), PNG);
      for (const phrase of PHRASES) expect(text).toContain(phrase);
      expect(flags).toEqual(['OCR']);
      const bomb = await failure(pool.extract(pngDeclaring(100_000, 100_000), PNG));
      expect(bomb.failure).toBe('TOO_LARGE');
    } finally {
      await pool.close();
    }
  });
});

/** A PNG signature and an IHDR chunk declaring the size (CRC right), then nothing decodable. */
function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  const body = Buffer.concat([Buffer.from('IHDR'), ihdr]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), length, body, crc]);
}

/** SOI, then a baseline frame header declaring the size, then the start of the image data. */
function jpegDeclaring(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), sof, Buffer.from([0xff, 0xda, 0, 2])]);
}

function deflateZeros(bytes: number): Buffer {
  return deflateSync(Buffer.alloc(bytes));
}
