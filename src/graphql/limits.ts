import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import { GraphQLError, separateOperations, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

/** Rejects queries nested deeper than `maxDepth` (a validation rule: nothing executes). */
export function depthRule(maxDepth: number): ValidationRule {
  return depthLimit(maxDepth) as ValidationRule;
}

/**
 * The estimated cost of an operation: each field costs 1, and a list field with a `first`
 * argument (default 20) multiplies its children by it.
 */
export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const query = operationName ? (separateOperations(document)[operationName] ?? document) : document;
  return getComplexity({
    schema,
    query,
    variables,
    estimators: [
      fieldExtensionsEstimator(),
      ({ args, childComplexity }) => {
        const first = typeof args.first === 'number' ? args.first : null;
        return first !== null ? 1 + first * childComplexity : undefined;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** Rejects operations whose estimated cost is over `maxComplexity` (nothing executes). */
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = queryComplexity(schema, document, request.variables ?? {}, request.operationName);
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query is too complex: ${complexity}; the maximum is ${maxComplexity}. Ask for fewer fields or smaller pages.`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'QUERY_TOO_COMPLEX',
                  complexity,
                  maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
