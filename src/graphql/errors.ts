import { HeaderMap } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { RateLimitedError, SiftError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

const HTTP_STATUS: Partial<Record<SiftError['code'], number>> = {
  UNAUTHENTICATED: 401,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};

/**
 * A domain error as clients see it: message plus `extensions.code` and details. `extensions.http`
 * tells Apollo the HTTP status (and a Retry-After header); it never reaches the client's body.
 */
export function toGraphQLError(error: SiftError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  const headers = error instanceof RateLimitedError ? retryAfterHeader(error) : undefined;
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...error.details,
      ...(status && { http: { status, ...(headers && { headers }) } }),
    },
  });
}

/** `Retry-After` (seconds) for an answer that refuses a request for now. */
export function retryAfterHeader(error: RateLimitedError): HeaderMap {
  return new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]);
}

/**
 * The one error mapper: domain errors keep their code; validation errors are BAD_USER_INPUT;
 * anything unexpected is logged and shown as INTERNAL_SERVER_ERROR without internals. Whatever
 * the error, it echoes little of the request: long values are cut (see {@link bounded}).
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof SiftError) {
      return bounded({
        ...formatted,
        message: original.message,
        extensions: { code: original.code, ...original.details },
      });
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      logger.error({ err: original }, 'unexpected error in a GraphQL operation');
      return {
        message: 'Internal server error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return bounded(formatted);
  };
}

/** Longest message, and longest string in `extensions`, that an error carries back. */
const MAX_MESSAGE_CHARS = 1_000;
const MAX_VALUE_CHARS = 200;
/** A quoted value in a message is cut past this (graphql-js quotes the values it refuses). */
const MAX_QUOTED_CHARS = 60;
const QUOTED = /"((?:[^"\\]|\\.)*)("|$)/g;

/**
 * An error as small as what it says: graphql-js and class-validator quote the values they refuse
 * (`Variable "$input" got invalid value { title: "..." }`, a validation error's `target` and
 * `value`), so a 10 MB variable made a 30 MB error. Messages and strings are cut, class-validator
 * errors keep only their property and constraints, and `extensions.http` (a transport hint) goes.
 */
export function bounded(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { http: _http, validationErrors, ...extensions } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: shortenMessage(formatted.message),
    ...(formatted.extensions && {
      extensions: {
        ...(bound(extensions) as Record<string, unknown>),
        ...(validationErrors !== undefined && { validationErrors: constraintsOf(validationErrors) }),
      },
    }),
  };
}

function shortenMessage(message: string): string {
  const head = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
  return head.replace(QUOTED, (quoted, inside: string, end: string) =>
    inside.length > MAX_QUOTED_CHARS ? `"${inside.slice(0, MAX_QUOTED_CHARS)}…${end}` : quoted,
  );
}

/** `value` with long strings cut, long lists shortened and deep objects left out. */
function bound(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= 4) return '…';
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => bound(v, depth + 1));
  const entries = Object.entries(value).slice(0, 20);
  return Object.fromEntries(entries.map(([k, v]) => [k, bound(v, depth + 1)]));
}

/** class-validator's errors (type-graphql's `validationErrors`) without the values they refused. */
function constraintsOf(errors: unknown, depth = 0): unknown {
  if (!Array.isArray(errors) || depth > 4) return undefined;
  return errors.slice(0, 20).map((e: { property?: unknown; constraints?: unknown; children?: unknown }) => ({
    property: bound(e.property),
    constraints: bound(e.constraints),
    ...(Array.isArray(e.children) && e.children.length > 0 && { children: constraintsOf(e.children, depth + 1) }),
  }));
}
