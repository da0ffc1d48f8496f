/**
 * Maps what the `openai` SDK throws onto the analyzer error hierarchy, so the queue never needs
 * to know the SDK: rate limits keep the provider's Retry-After, network trouble is transient,
 * a bad key or an unknown model is permanent, an answer we cannot use is malformed output.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
  OpenAIError,
} from 'openai/core/error';
import { z } from 'zod';
import {
  AnalyzerError,
  MalformedOutputError,
  PermanentAnalyzerError,
  RateLimitedError,
  TransientAnalyzerError,
} from '../analysis.errors.js';

/** OpenAI's 429 for an account out of credit: waiting does not help, paying does. */
const QUOTA_EXHAUSTED_CODE = 'insufficient_quota';

/** Statuses that say "not now" rather than "never": request timeout and conflict, as the SDK also retries them. */
const RETRYABLE_4XX = new Set([408, 409]);

/**
 * How long the provider asked us to wait, in milliseconds: `retry-after-ms` (OpenAI's own, in
 * ms) first, then `Retry-After` in seconds or as an HTTP date. Null when absent or unreadable;
 * never negative.
 *
 * @param now the current time in ms since the epoch, to turn an HTTP date into a delay.
 */
export function parseRetryAfterMs(headers: Headers | undefined, now: number = Date.now()): number | null {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers?.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function fromStatus(error: APIError, status: number): AnalyzerError {
  const details = { status, cause: error };
  const message = `OpenAI API error: ${error.message}`;
  if (status === 429) {
    if (error.code === QUOTA_EXHAUSTED_CODE) return new PermanentAnalyzerError(message, details);
    return new RateLimitedError(message, { ...details, retryAfterMs: parseRetryAfterMs(error.headers) });
  }
  if (status >= 500 || RETRYABLE_4XX.has(status)) return new TransientAnalyzerError(message, details);
  return new PermanentAnalyzerError(message, details);
}

/**
 * The analyzer error for anything thrown while calling the API and parsing its answer, or
 * undefined for an error that is not about the provider at all (a bug: let it through as is).
 */
export function toAnalyzerError(error: unknown): AnalyzerError | undefined {
  if (error instanceof AnalyzerError) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new TransientAnalyzerError('OpenAI request timed out', { cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new TransientAnalyzerError(`OpenAI connection failed: ${error.message}`, { cause: error });
  }
  if (error instanceof APIError) {
    // No status: the request was aborted before any answer.
    if (typeof error.status !== 'number') return new TransientAnalyzerError(error.message, { cause: error });
    return fromStatus(error, error.status);
  }
  if (error instanceof LengthFinishReasonError || error instanceof ContentFilterFinishReasonError) {
    return new MalformedOutputError(`Unusable model output: ${error.message}`, { cause: error });
  }
  // The SDK's structured-output parser throws SyntaxError for invalid JSON and the schema's
  // ZodError for JSON of the wrong shape.
  if (error instanceof SyntaxError) {
    return new MalformedOutputError(`Model output is not JSON: ${error.message}`, { cause: error });
  }
  if (error instanceof z.ZodError) {
    return new MalformedOutputError(`Model output does not match the schema: ${z.prettifyError(error)}`, {
      cause: error,
    });
  }
  if (error instanceof OpenAIError) {
    return new PermanentAnalyzerError(`OpenAI SDK error: ${error.message}`, { cause: error });
  }
  return undefined;
}
