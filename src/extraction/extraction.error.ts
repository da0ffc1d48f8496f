import type { ExtractionFailure } from './extraction.types.js';

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
