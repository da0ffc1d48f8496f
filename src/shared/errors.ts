/**
 * Domain errors. Each carries the `extensions.code` clients see; the GraphQL layer maps them
 * (see graphql/errors.ts). Checked with `instanceof` or by `code`.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INSUFFICIENT_CREDITS'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'STORAGE_UNAVAILABLE';

export class SiftError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra fields for `extensions` (e.g. `filename`, `limit`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends SiftError {
  constructor(message = 'A valid API key is required: send "Authorization: Bearer <key>"') {
    super('UNAUTHENTICATED', message);
  }
}

export class NotFoundError extends SiftError {
  constructor(kind: string, id: string) {
    super('NOT_FOUND', `${kind} ${id} not found`, { kind, id });
  }
}

export class BadUserInputError extends SiftError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class InsufficientCreditsError extends SiftError {
  constructor(required: number, available: number) {
    super('INSUFFICIENT_CREDITS', `This batch needs ${required} credits; the organization has ${available}`, {
      required,
      available,
    });
  }
}

export class PayloadTooLargeError extends SiftError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('PAYLOAD_TOO_LARGE', message, details);
  }
}

export class UnsupportedMediaTypeError extends SiftError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('UNSUPPORTED_MEDIA_TYPE', message, details);
  }
}

/** An organization went over one of its limits (requests per minute); it may try again after `retryAfterSeconds`. */
export class RateLimitedError extends SiftError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    details: Record<string, unknown> = {},
  ) {
    super('RATE_LIMITED', message, { retryAfterSeconds, ...details });
  }
}

/**
 * Object storage (FILE_STORAGE=s3) did not answer: nothing was stored or erased, and the same
 * request may be sent again (`retryable`). The server's fault, not the request's.
 */
export class StorageUnavailableError extends SiftError {
  constructor(action: string, cause: unknown) {
    super('STORAGE_UNAVAILABLE', `Object storage is unavailable; ${action}. Try again.`, { retryable: true });
    this.cause = cause;
  }
}
