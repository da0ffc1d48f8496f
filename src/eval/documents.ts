/**
 * Resume files through the real extraction entry point (`detectMediaType` + `extractText`), each
 * once, timed, with failures kept by reason instead of thrown: the evaluation measures extraction
 * as well as using it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { detectMediaType } from '../extraction/media-type.js';
import { ExtractionError, extractText } from '../extraction/resume.extractor.js';
import { SiftError } from '../shared/errors.js';

/** One file after extraction: its text, or why there is none. */
export interface ExtractedDocument {
  file: string;
  /** Lower-case extension: pdf, docx, txt, md. */
  format: string;
  text: string | null;
  /** e.g. CORRUPT, LOW_TEXT, UNSUPPORTED_MEDIA_TYPE; null when the text was extracted. */
  failure: string | null;
  /** Wall-clock time of detection plus extraction. */
  ms: number;
}

/**
 * A typed reason for a failed file; `ERROR` for anything that is not a domain error (a bug).
 * An extraction error is also recognised by name, as errors rebuilt after crossing a worker
 * thread are no longer instances of the class.
 */
function failureReason(error: unknown): string {
  if (error instanceof ExtractionError) return error.failure;
  const { name, failure } = (error ?? {}) as { name?: unknown; failure?: unknown };
  if (name === 'ExtractionError' && typeof failure === 'string') return failure;
  if (error instanceof SiftError) return typeof error.details.reason === 'string' ? error.details.reason : error.code;
  return 'ERROR';
}

async function extractOne(file: string): Promise<ExtractedDocument> {
  const format = path.extname(file).slice(1).toLowerCase();
  const bytes = await readFile(file);
  const started = performance.now();
  try {
    const mediaType = await detectMediaType(bytes, path.basename(file));
    // Only `text` is read: the extractor's result may gain fields (pages, flags, OCR notes).
    const { text } = await extractText(bytes, mediaType);
    return { file, format, text, failure: null, ms: performance.now() - started };
  } catch (error) {
    return { file, format, text: null, failure: failureReason(error), ms: performance.now() - started };
  }
}

/**
 * Extracts every file once, one at a time so that each timing is the file's own and not shared
 * with its neighbours. Returns the documents by absolute path.
 */
export async function extractDocuments(files: Iterable<string>): Promise<Map<string, ExtractedDocument>> {
  const out = new Map<string, ExtractedDocument>();
  for (const file of new Set(files)) out.set(file, await extractOne(file));
  return out;
}

/** The text of a document, or null when it is unknown or failed extraction. */
export function textOf(documents: ReadonlyMap<string, ExtractedDocument>, file: string): string | null {
  return documents.get(file)?.text ?? null;
}
