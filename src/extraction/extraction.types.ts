/** Content types Sift accepts, detected from bytes, never from the file name alone. */
export type ResumeMediaType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'text/plain'
  | 'text/markdown';

export const PDF = 'application/pdf' satisfies ResumeMediaType;
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' satisfies ResumeMediaType;
export const TEXT = 'text/plain' satisfies ResumeMediaType;
export const MARKDOWN = 'text/markdown' satisfies ResumeMediaType;

/** Why a file could not be turned into text; stored as the application's error reason. */
export type ExtractionFailure = 'ENCRYPTED' | 'CORRUPT' | 'UNSUPPORTED' | 'TIMEOUT' | 'TOO_LARGE' | 'LOW_TEXT';

export interface ExtractedText {
  text: string;
  pages: number | null;
  /** e.g. LOW_TEXT when the document opened but had (almost) no text. */
  flags: string[];
}
