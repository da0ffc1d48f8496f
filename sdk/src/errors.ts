import type { GraphQLFormattedError } from 'graphql';

/** The server answered with errors; `code` is the first error's `extensions.code`. */
export class SiftApiError extends Error {
  readonly code: string | undefined;
  readonly errors: readonly GraphQLFormattedError[];
  /** The HTTP status (200 for errors carried by a subscription). */
  readonly status: number;
  /** Whatever data came with the errors, `null` if none. */
  readonly data: unknown;

  constructor(errors: readonly GraphQLFormattedError[], status: number, data: unknown = null) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.name = 'SiftApiError';
    this.errors = errors;
    this.status = status;
    this.data = data;
    this.code = errors[0]?.extensions?.code as string | undefined;
  }
}

/** The payload of a graphql-ws `error` message: a list of GraphQL errors. */
export function isGraphQLErrors(value: unknown): value is GraphQLFormattedError[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string')
  );
}
