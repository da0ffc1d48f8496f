import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import { SiftError } from '../shared/errors.js';
import type { Metrics } from './metrics.js';

/** What an operation is counted as before (or without) resolving it: a parse or validation failure. */
const UNRESOLVED = { operation: 'unknown', type: 'unknown' };

/**
 * Counts every GraphQL operation over HTTP (`sift_graphql_operations_total`), its errors by code
 * and its duration, by operation name and type. An operation gets its name as a label only once
 * it resolved against the schema; names are bounded (see `Metrics.operationLabel`).
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let labels = UNRESOLVED;
      return {
        async didResolveOperation({ operation, operationName }) {
          labels = { operation: metrics.operationLabel(operationName), type: operation?.operation ?? 'unknown' };
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) metrics.operationErrors.inc({ ...labels, code: errorCode(error) });
        },
        async willSendResponse() {
          metrics.operations.inc({ ...labels, transport: 'http' });
          metrics.operationDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

/** An error's code as a label: a domain error's, graphql's or Apollo's; never free text. */
export function errorCode(error: GraphQLError): string {
  const original = unwrapResolverError(error);
  const code = original instanceof SiftError ? original.code : error.extensions?.code;
  if (typeof code !== 'string') return 'INTERNAL_SERVER_ERROR';
  return /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'OTHER';
}
