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

/**
 * How a reader process ended while it read a file: killed at its resident-memory limit
 * (`MEMORY`), out of V8 heap (`HEAP`), killed at its time limit (`TIME`), or dead of anything
 * else (`CRASH`: a native crash, a signal from outside, the machine's OOM killer).
 */
export type ReaderDeath = 'MEMORY' | 'HEAP' | 'TIME' | 'CRASH';

/**
 * The reader process died while it read the file: `failure` is what that says about the file
 * (TOO_LARGE, TIMEOUT, or CORRUPT for a crash), `death` how the reader died. A death at one of the
 * pool's own limits is the file's doing and will happen again; a `CRASH` may not have been.
 */
export class ReaderDeathError extends ExtractionError {
  constructor(
    failure: ExtractionFailure,
    message: string,
    readonly death: ReaderDeath,
  ) {
    super(failure, message);
    this.name = 'ReaderDeathError';
  }

  /** Killed at a limit the pool set (memory, heap, time): the same file would do it again. */
  get atLimit(): boolean {
    return this.death !== 'CRASH';
  }
}
