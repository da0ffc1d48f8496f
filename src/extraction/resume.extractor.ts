/**
 * Bytes in, text out: PDF (unpdf's pdf.js build), DOCX (mammoth), UTF-8 text and Markdown.
 * Every way a file can fail ends as an {@link ExtractionError} with a failure kind the worker
 * stores as the application's reason; any other error is a bug or an outage, and is retried.
 */
import mammoth from 'mammoth';
import { extractText as extractPdfText, getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { ExtractedText, ExtractionFailure, ResumeMediaType } from './extraction.types.js';
import { countVisibleChars, normaliseText } from './normalise-text.js';

/** A file that cannot become text. Permanent: retrying the same bytes gives the same answer. */
export class ExtractionError extends Error {
  constructor(
    readonly failure: ExtractionFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}

export interface ExtractOptions {
  /** Wall-clock limit for the whole extraction; default 20_000 (20 seconds). */
  timeoutMs?: number;
  /** Fewer non-whitespace characters than this is LOW_TEXT (scanned or empty); default 80. */
  minTextChars?: number;
}

interface RawText {
  text: string;
  pages: number | null;
}

/**
 * Extracts and normalises the text of a resume whose type was already detected from its bytes
 * (see `detectMediaType`).
 *
 * @returns the normalised text, the PDF page count (null for other formats), and no flags
 * @throws ExtractionError `ENCRYPTED` (password-protected PDF), `CORRUPT` (unreadable file),
 *   `TIMEOUT`, `LOW_TEXT` (fewer than `minTextChars` visible characters), or `UNSUPPORTED`
 *   (a media type this module does not know)
 */
export async function extractText(
  bytes: Buffer,
  mediaType: ResumeMediaType,
  { timeoutMs = 20_000, minTextChars = 80 }: ExtractOptions = {},
): Promise<ExtractedText> {
  const raw = await withTimeout(readText(bytes, mediaType), timeoutMs);
  const text = normaliseText(raw.text);
  if (countVisibleChars(text) < minTextChars) {
    throw new ExtractionError('LOW_TEXT', 'the document has no readable text (scanned or empty?)');
  }
  return { text, pages: raw.pages, flags: [] };
}

/**
 * Rejects with TIMEOUT when `work` is not done in time. The work itself cannot be cancelled; it
 * runs on and releases its resources in its own `finally`. pdf.js parses on this thread, so a
 * single long synchronous step delays the timer until it yields: the worker's job timeout and
 * stall detection stay the last line of defence.
 */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
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

async function readText(bytes: Buffer, mediaType: ResumeMediaType): Promise<RawText> {
  switch (mediaType) {
    case 'application/pdf':
      return readPdf(bytes);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return readDocx(bytes);
    case 'text/plain':
    case 'text/markdown':
      // Detection already required valid UTF-8; the decoder drops a leading BOM.
      return { text: new TextDecoder('utf-8').decode(bytes), pages: null };
    default: {
      // The type comes from the database at run time: an unknown value is possible, not a bug here.
      const unknown: never = mediaType;
      throw new ExtractionError('UNSUPPORTED', `cannot extract text from ${String(unknown)}`);
    }
  }
}

async function readPdf(bytes: Buffer): Promise<RawText> {
  // Outside the try: a pdf.js that fails to load is an outage, not a corrupt file.
  await getResolvedPDFJS();
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js takes ownership of (and may detach) the array it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text, totalPages } = await extractPdfText(pdf, { mergePages: true });
    return { text, pages: totalPages };
  } catch (error) {
    throw pdfFailure(error);
  } finally {
    // In this pdf.js the proxy has no destroy(): its loading task frees the document and worker.
    await pdf?.loadingTask.destroy().catch(() => undefined);
  }
}

/** pdf.js rebuilds its errors after its message port and unpdf does not re-export the classes: match on `name`. */
function pdfFailure(error: unknown): ExtractionError {
  const name = (error as { name?: unknown })?.name;
  const message = (error as { message?: unknown })?.message;
  const detail = typeof message === 'string' && message ? message : String(error);
  if (name === 'PasswordException') {
    return new ExtractionError('ENCRYPTED', 'the PDF is encrypted (password protected)');
  }
  if (name === 'InvalidPDFException') {
    return new ExtractionError('CORRUPT', `the file is not a valid PDF (${detail})`);
  }
  const kind = typeof name === 'string' && name !== 'Error' ? `${name}: ` : '';
  return new ExtractionError('CORRUPT', `the PDF is damaged and cannot be read (${kind}${detail})`);
}

async function readDocx(bytes: Buffer): Promise<RawText> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return { text: value, pages: null };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ExtractionError('CORRUPT', `the DOCX file is damaged and cannot be read (${detail})`);
  }
}
