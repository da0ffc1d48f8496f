/** Content types Sift accepts, detected from bytes, never from the file name alone. */
export type ResumeMediaType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'text/plain'
  | 'text/markdown'
  | 'image/jpeg'
  | 'image/png'
  | 'image/tiff';

export const PDF = 'application/pdf' satisfies ResumeMediaType;
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' satisfies ResumeMediaType;
export const TEXT = 'text/plain' satisfies ResumeMediaType;
export const MARKDOWN = 'text/markdown' satisfies ResumeMediaType;
export const JPEG = 'image/jpeg' satisfies ResumeMediaType;
export const PNG = 'image/png' satisfies ResumeMediaType;
export const TIFF = 'image/tiff' satisfies ResumeMediaType;

/** Resumes that are pictures (a scan, a photo of a page): read by OCR. */
export type ImageMediaType = typeof JPEG | typeof PNG | typeof TIFF;

/** Why a file could not be turned into text; stored as the application's error reason. */
export type ExtractionFailure = 'ENCRYPTED' | 'CORRUPT' | 'UNSUPPORTED' | 'TIMEOUT' | 'TOO_LARGE' | 'LOW_TEXT';

/**
 * Facts about how the text was obtained:
 * - `HIDDEN_TEXT`: the file holds text a reader cannot see (white on white, tiny, off the page,
 *   invisible render mode, hidden Word runs, Unicode tag characters). It is left out of `text` and
 *   returned in `hiddenText`, so that it can be checked for prompt injection.
 * - `OCR`: some page had no text layer (or the resume is an image) and was read by optical
 *   character recognition.
 */
export type ExtractionFlag = 'HIDDEN_TEXT' | 'OCR';

export interface ExtractedText {
  /** What a person reading the document sees, normalised (see `normaliseText`). */
  text: string;
  /** PDF page count; null for other formats (images included). */
  pages: number | null;
  flags: ExtractionFlag[];
  /** The text a person cannot see, normalised; empty when there is none. Never analysed as resume text. */
  hiddenText: string;
}
