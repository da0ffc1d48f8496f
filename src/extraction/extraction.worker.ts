/**
 * The worker-thread side of the extraction pool: receives a file, extracts it, posts the result
 * or the typed failure back. Started only by `createExtractionPool` (extraction.pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getResolvedPDFJS } from 'unpdf';
import { ExtractionError } from './extraction.error.js';
import type { ExtractedText, ExtractionFailure, ResumeMediaType } from './extraction.types.js';
import { createOcrEngine } from './pdf-ocr.js';
import { extractText, type ExtractOptions } from './resume.extractor.js';

/** What the pool sends: one file. */
export interface ExtractRequest {
  id: number;
  bytes: Uint8Array;
  mediaType: ResumeMediaType;
}

/** What the worker answers: `ready` once, then one message per request. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: ExtractedText }
  | { type: 'failed'; id: number; failure: ExtractionFailure; message: string }
  | { type: 'error'; id: number; name: string; message: string };

/** Passed as `workerData`: the extraction options, except the time limit (the pool's) and the OCR engine (the thread's). */
export type WorkerOptions = Omit<ExtractOptions, 'timeoutMs' | 'ocrEngine'>;

const port = parentPort;
if (!port) throw new Error('extraction.worker runs as a worker thread of createExtractionPool');
const options = workerData as WorkerOptions;
// One tesseract for the thread's life, started at the first scan: it ends with the thread.
const ocrEngine = createOcrEngine();
const post = (message: WorkerMessage) => port.postMessage(message);

port.on('message', async ({ id, bytes, mediaType }: ExtractRequest) => {
  try {
    // The pool terminates this thread on time: no timer of our own.
    const result = await extractText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), mediaType, {
      ...options,
      ocrEngine,
      timeoutMs: Infinity,
    });
    post({ type: 'done', id, result });
  } catch (error) {
    if (error instanceof ExtractionError) post({ type: 'failed', id, failure: error.failure, message: error.message });
    else
      post({
        type: 'error',
        id,
        name: (error as Error)?.name ?? 'Error',
        message: String((error as Error)?.message ?? error),
      });
  }
});

// Load pdf.js before saying ready, so that no job's time limit pays for it.
await getResolvedPDFJS();
post({ type: 'ready' });
