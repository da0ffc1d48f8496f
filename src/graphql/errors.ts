import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { SiftError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

const HTTP_STATUS: Partial<Record<SiftError['code'], number>> = {
  UNAUTHENTICATED: 401,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};

/** A domain error as clients see it: message plus `extensions.code` and details. */
export function toGraphQLError(error: SiftError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, ...(status && { http: { status } }) },
  });
}

/**
 * The one error mapper: domain errors keep their code; validation errors are BAD_USER_INPUT;
 * anything unexpected is logged and shown as INTERNAL_SERVER_ERROR without internals.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof SiftError) {
      return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
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
    return formatted;
  };
}
