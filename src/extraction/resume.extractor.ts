/**
 * Bytes in, text out: PDF (unpdf's pdf.js, with OCR for pages without a text layer), DOCX
 * (mammoth), UTF-8 text and Markdown, and JPEG, PNG and TIFF images (the same OCR, image.reader.ts).
 * Only text a person can see is returned as the resume's text; what they cannot see is returned
 * apart, as `hiddenText`, and flagged.
 *
 * Every way a file can fail ends as an {@link ExtractionError} with a failure kind the worker
 * stores as the application's reason; any other error is a bug or an outage, and is retried.
 * Run it through `createExtractionPool` in production: a reader process with time and memory limits.
 */
import { jsonResumeText } from './json-resume.js';
import { splitTextColumns } from './text-columns.js';
import { readDocx } from './docx.reader.js';
import { ExtractionError } from './extraction.error.js';
import type { ExtractedText, ExtractionFlag, ResumeMediaType } from './extraction.types.js';
import { readImage } from './image.reader.js';
import { countVisibleChars, normaliseText, splitTagCharacters } from './normalise-text.js';
import type { OcrEngine } from './pdf-ocr.js';
import { readPdf, type PdfOptions } from './pdf.reader.js';

export { ExtractionError };

export interface ExtractOptions {
  /**
   * Wall-clock limit for the whole extraction; default 20_000 (20 seconds). `Infinity` when
   * something else bounds the time (the pool's reader processes).
   */
  timeoutMs?: number;
  /** Fewer non-whitespace characters than this is LOW_TEXT (scanned or empty); default 80. */
  minTextChars?: number;
  /** More PDF (or TIFF) pages than this is TOO_LARGE; default 50. */
  maxPages?: number;
  /** At most this many PDF (or TIFF) pages are read by OCR (a scanned page takes 1-5 s); default 3. */
  maxOcrPages?: number;
  /** An OCR engine to reuse across files (the pool's readers keep one); by default, one per file. */
  ocrEngine?: OcrEngine;
  /**
   * More characters than this (visible and hidden text together, normalised) is TOO_LARGE;
   * default 200_000 (about 60 pages, what the local analyzer reads of a resume at most).
   */
  maxTextChars?: number;
}

export const DEFAULT_MAX_TEXT_CHARS = 200_000;

interface RawText {
  text: string;
  hiddenText: string;
  pages: number | null;
  ocr: boolean;
}

/**
 * Extracts and normalises the text of a resume whose type was already detected from its bytes
 * (see `detectMediaType`).
 *
 * @returns the visible text, the PDF page count (null for other formats), the hidden text, and
 *   flags: `HIDDEN_TEXT` when there is hidden text, `OCR` when some page (or the image) was read
 *   by OCR
 * @throws ExtractionError `ENCRYPTED` (password-protected PDF), `CORRUPT` (unreadable file),
 *   `TOO_LARGE` (too many pages, an image of too many pixels, a decompression bomb, more than
 *   `maxTextChars` characters of text), `TIMEOUT`, `LOW_TEXT` (fewer than
 *   `minTextChars` visible characters, even after OCR), or `UNSUPPORTED` (a media type this module
 *   does not know, or a TIFF compression it cannot decode)
 */
export async function extractText(
  bytes: Buffer,
  mediaType: ResumeMediaType,
  {
    timeoutMs = 20_000,
    minTextChars = 80,
    maxPages = 50,
    maxOcrPages = 3,
    ocrEngine,
    maxTextChars = DEFAULT_MAX_TEXT_CHARS,
  }: ExtractOptions = {},
): Promise<ExtractedText> {
  const raw = await withTimeout(readText(bytes, mediaType, { maxPages, maxOcrPages, ocrEngine }), timeoutMs);
  // Unicode tag characters render as nothing but spell out ASCII that a language model reads.
  const tagged = splitTagCharacters(raw.text);
  const taggedHidden = splitTagCharacters(raw.hiddenText);
  const text = normaliseText(tagged.visible);
  const hiddenText = normaliseText([taggedHidden.visible, taggedHidden.hidden, tagged.hidden].join('\n'));
  if (text.length + hiddenText.length > maxTextChars) {
    throw new ExtractionError(
      'TOO_LARGE',
      `the document has ${text.length + hiddenText.length} characters of text (at most ${maxTextChars})`,
    );
  }
  if (countVisibleChars(text) < minTextChars) {
    throw new ExtractionError('LOW_TEXT', 'the document has no readable text (scanned or empty?)');
  }
  const flags: ExtractionFlag[] = [];
  if (hiddenText) flags.push('HIDDEN_TEXT');
  if (raw.ocr) flags.push('OCR');
  return { text, pages: raw.pages, flags, hiddenText };
}

/**
 * Rejects with TIMEOUT when `work` is not done in time. The work itself cannot be cancelled; it
 * runs on and releases its resources in its own `finally`. pdf.js parses on this thread, so a
 * single long synchronous step delays the timer until it yields: the extraction pool's reader
 * processes, which are killed on time, are the real bound.
 */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  if (timeoutMs === Infinity) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ExtractionError('TIMEOUT', `text extraction took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  // Once the race is lost the work's own rejection has no listener: keep it from crashing the process.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readText(bytes: Buffer, mediaType: ResumeMediaType, pdfOptions: PdfOptions): Promise<RawText> {
  switch (mediaType) {
    case 'application/pdf':
      return readPdf(bytes, pdfOptions);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return { ...(await readDocx(bytes)), pages: null, ocr: false };
    case 'text/plain': {
      // Detection already required valid UTF-8; the decoder drops a leading BOM. A resume kept
      // in two columns side by side is read one column after the other, and one kept as JSON
      // Resume as the resume it describes.
      const decoded = new TextDecoder('utf-8').decode(bytes);
      return { text: jsonResumeText(decoded) ?? splitTextColumns(decoded), hiddenText: '', pages: null, ocr: false };
    }
    case 'text/markdown':
      return { text: new TextDecoder('utf-8').decode(bytes), hiddenText: '', pages: null, ocr: false };
    case 'image/jpeg':
    case 'image/png':
    case 'image/tiff': {
      const text = await readImage(bytes, mediaType, {
        maxPages: pdfOptions.maxPages,
        maxOcrPages: pdfOptions.maxOcrPages,
        engine: pdfOptions.ocrEngine,
      });
      return { text, hiddenText: '', pages: null, ocr: true };
    }
    default: {
      // The type comes from the database at run time: an unknown value is possible, not a bug here.
      const unknown: never = mediaType;
      throw new ExtractionError('UNSUPPORTED', `cannot extract text from ${String(unknown)}`);
    }
  }
}
