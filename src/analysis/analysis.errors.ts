/**
 * How an analyzer fails, in terms the queue can act on: retry soon, retry after a delay the
 * provider asked for, retry a few times, or give up and mark the resume FAILED.
 *
 * Every analyzer throws these (or lets a programming error through unchanged). Check them with
 * `instanceof`, or by `code` once an error has crossed a process boundary as plain data.
 */

/** Machine-readable kind of analyzer failure. */
export type AnalyzerErrorCode = 'RATE_LIMITED' | 'TRANSIENT' | 'MALFORMED_OUTPUT' | 'PERMANENT';

/** What every analyzer error can carry besides its message. */
export interface AnalyzerErrorDetails {
  /** HTTP status of the provider's answer, when there was one. */
  status?: number | null;
  /** The underlying error (an SDK error, a validation error). */
  cause?: unknown;
}

/** Base class: a failed analysis, with whether trying again can help. */
export class AnalyzerError extends Error {
  readonly code: AnalyzerErrorCode;
  /** Whether the same request may succeed later. */
  readonly retryable: boolean;
  /**
   * The most retries this kind of failure deserves, or null to leave the number to the queue's
   * own policy.
   */
  readonly maxRetries: number | null;
  /** HTTP status of the provider's answer, or null when there was none (timeout, network). */
  readonly status: number | null;

  constructor(
    message: string,
    init: { code: AnalyzerErrorCode; retryable: boolean; maxRetries?: number | null } & AnalyzerErrorDetails,
  ) {
    super(message, { cause: init.cause });
    this.name = new.target.name;
    this.code = init.code;
    this.retryable = init.retryable;
    this.maxRetries = init.maxRetries ?? null;
    this.status = init.status ?? null;
  }
}

/**
 * The provider said "too many requests" (HTTP 429). Retryable, after `retryAfterMs` when the
 * provider said how long to wait (`retry-after-ms` or `Retry-After` header), else after the
 * queue's own backoff.
 */
export class RateLimitedError extends AnalyzerError {
  /** Milliseconds the provider asked us to wait, or null when it did not say. */
  readonly retryAfterMs: number | null;

  constructor(message: string, { retryAfterMs, ...details }: { retryAfterMs: number | null } & AnalyzerErrorDetails) {
    super(message, { code: 'RATE_LIMITED', retryable: true, status: 429, ...details });
    this.retryAfterMs = retryAfterMs;
  }
}

/** A failure of the moment (HTTP 5xx, 408, timeout, connection refused or reset): retryable. */
export class TransientAnalyzerError extends AnalyzerError {
  constructor(message: string, details: AnalyzerErrorDetails = {}) {
    super(message, { code: 'TRANSIENT', retryable: true, ...details });
  }
}

/**
 * Retries a malformed answer deserves: models at temperature 0 tend to repeat themselves, so a
 * couple of tries separate a fluke from a prompt or schema the model cannot follow.
 */
export const MALFORMED_OUTPUT_MAX_RETRIES = 2;

/**
 * The model answered, but not with what was asked: invalid JSON, JSON that does not match the
 * schema, a truncated or filtered answer, or a refusal. Retryable at most
 * {@link MALFORMED_OUTPUT_MAX_RETRIES} times.
 */
export class MalformedOutputError extends AnalyzerError {
  constructor(message: string, details: AnalyzerErrorDetails = {}) {
    super(message, { code: 'MALFORMED_OUTPUT', retryable: true, maxRetries: MALFORMED_OUTPUT_MAX_RETRIES, ...details });
  }
}

/**
 * A failure that will happen again however often it is retried: bad credentials (401), no
 * permission (403), unknown model or endpoint (404), a request the provider rejects (400, 422),
 * an exhausted quota. Not retryable: the resume is FAILED with this message.
 */
export class PermanentAnalyzerError extends AnalyzerError {
  constructor(message: string, details: AnalyzerErrorDetails = {}) {
    super(message, { code: 'PERMANENT', retryable: false, ...details });
  }
}
