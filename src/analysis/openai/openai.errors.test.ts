import { APIConnectionError, APIConnectionTimeoutError, APIError, LengthFinishReasonError } from 'openai/core/error';
import { describe, expect, it } from 'vitest';
import {
  MalformedOutputError,
  PermanentAnalyzerError,
  RateLimitedError,
  TransientAnalyzerError,
} from '../analysis.errors.js';
import { parseRetryAfterMs, toAnalyzerError } from './openai.errors.js';

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
const apiError = (status: number, headers: Record<string, string> = {}, code?: string) =>
  APIError.generate(status, { error: { message: 'boom', code } }, undefined, new Headers(headers));

describe('parseRetryAfterMs', () => {
  it('reads retry-after-ms, then Retry-After in seconds or as an HTTP date', () => {
    expect(parseRetryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), NOW)).toBe(250);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '2' }), NOW)).toBe(2000);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '0.5' }), NOW)).toBe(500);
    const in30s = new Date(NOW + 30_000).toUTCString();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': in30s }), NOW)).toBe(30_000);
  });

  it('is null when absent or unreadable, and never negative', () => {
    expect(parseRetryAfterMs(new Headers(), NOW)).toBeNull();
    expect(parseRetryAfterMs(undefined, NOW)).toBeNull();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'soon' }), NOW)).toBeNull();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': new Date(NOW - 5_000).toUTCString() }), NOW)).toBe(0);
  });
});

describe('toAnalyzerError', () => {
  it.each([
    [400, PermanentAnalyzerError],
    [401, PermanentAnalyzerError],
    [403, PermanentAnalyzerError],
    [404, PermanentAnalyzerError],
    [408, TransientAnalyzerError],
    [422, PermanentAnalyzerError],
    [429, RateLimitedError],
    [500, TransientAnalyzerError],
    [503, TransientAnalyzerError],
  ])('maps HTTP %i', (status, type) => {
    const error = toAnalyzerError(apiError(status));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ status, retryable: type !== PermanentAnalyzerError });
  });

  it('treats an exhausted quota as permanent, not as a rate limit', () => {
    expect(toAnalyzerError(apiError(429, { 'retry-after': '1' }, 'insufficient_quota'))).toBeInstanceOf(
      PermanentAnalyzerError,
    );
  });

  it('maps timeouts and connection failures to transient, bad output to malformed', () => {
    expect(toAnalyzerError(new APIConnectionTimeoutError())).toBeInstanceOf(TransientAnalyzerError);
    expect(toAnalyzerError(new APIConnectionError({ message: 'ECONNRESET' }))).toBeInstanceOf(TransientAnalyzerError);
    expect(toAnalyzerError(new LengthFinishReasonError())).toBeInstanceOf(MalformedOutputError);
    expect(toAnalyzerError(new SyntaxError('Unexpected end of JSON input'))).toBeInstanceOf(MalformedOutputError);
  });

  it('lets errors that are not about the provider through', () => {
    expect(toAnalyzerError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
