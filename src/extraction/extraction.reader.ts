/**
 * A reader process of the extraction pool: receives files over IPC, extracts them one at a time,
 * and answers each with its text or its typed failure. Started only by `createExtractionPool`
 * (extraction.pool.ts), with a V8 heap limit, and killed by the pool at its memory and time
 * limits: whatever a file does to pdf.js, mammoth or tesseract happens in this process, and can
 * end only this process.
 */
import { getResolvedPDFJS } from 'unpdf';
import { ExtractionError } from './extraction.error.js';
import type { ExtractedText, ExtractionFailure, ResumeMediaType } from './extraction.types.js';
import { createOcrEngine } from './pdf-ocr.js';
import { extractText, type ExtractOptions } from './resume.extractor.js';

/** What the pool sends: one file. */
export interface ReadRequest {
  id: number;
  bytes: Uint8Array;
  mediaType: ResumeMediaType;
}

/**
 * What the reader answers: `ready` once, then one message per request, each with the reader's
 * resident memory after the file (bytes), for the pool to replace a reader that grew.
 */
export type ReaderMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; rss: number; result: ExtractedText }
  | { type: 'failed'; id: number; rss: number; failure: ExtractionFailure; message: string }
  | { type: 'error'; id: number; rss: number; name: string; message: string };

/**
 * The extraction options, passed as the process's one argument (JSON): all but the time limit
 * (the pool's) and the OCR engine (the reader's own).
 */
export type ReaderOptions = Omit<ExtractOptions, 'timeoutMs' | 'ocrEngine'>;

const send = process.send?.bind(process);
if (!send) throw new Error('extraction.reader runs as a child process of createExtractionPool');
const options = JSON.parse(process.argv[2] ?? '{}') as ReaderOptions;
// One tesseract for the reader's life, started at the first scan: it ends with the process.
const ocrEngine = createOcrEngine();
const post = (message: ReaderMessage) => send(message);

// The pool is gone (its process ended, however): so is the reason to live. No orphans.
process.on('disconnect', () => process.exit(0));

process.on('message', async ({ id, bytes, mediaType }: ReadRequest) => {
  try {
    // The pool kills this process on time: no timer of our own.
    const result = await extractText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), mediaType, {
      ...options,
      ocrEngine,
      timeoutMs: Infinity,
    });
    post({ type: 'done', id, rss: process.memoryUsage.rss(), result });
  } catch (error) {
    const rss = process.memoryUsage.rss();
    if (error instanceof ExtractionError) {
      post({ type: 'failed', id, rss, failure: error.failure, message: error.message });
    } else {
      const name = (error as Error)?.name ?? 'Error';
      post({ type: 'error', id, rss, name, message: String((error as Error)?.message ?? error) });
    }
  }
});

// Load pdf.js before saying ready, so that no file's time limit pays for it.
await getResolvedPDFJS();
post({ type: 'ready' });
