import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getComplexity,
  simpleEstimator,
  fieldExtensionsEstimator,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  separateOperations,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The limits every operation is held to, over HTTP and WebSocket alike. */
export interface QueryLimits {
  maxQueryDepth: number;
  maxQueryComplexity: number;
  maxQueryAliases: number;
}

/**
 * What an aliased field costs on top of its own cost: each alias is resolved again (at the root,
 * a database round trip of its own), so `a0: viewer { id } ... a4899: viewer { id }` is priced
 * by its aliases, not as 4,900 cheap fields.
 */
export const ALIAS_COST = 10;

/** The validation rules of the limits (nothing executes when one fails). */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [depthRule(limits.maxQueryDepth), aliasRule(limits.maxQueryAliases)];
}

/**
 * Rejects operations nested deeper than `maxDepth` levels below their root fields (`{ a { b } }`
 * is 1 deep; fragments add no level). graphql-armor's rule visits each fragment once, so a
 * fragment cycle is left for the spec's NoFragmentCyclesRule to report: graphql-depth-limit
 * followed the cycle until the stack overflowed.
 */
export function depthRule(maxDepth: number): ValidationRule {
  // graphql-armor counts the root field as level 1.
  return maxDepthRule({
    n: maxDepth + 1,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1]) - 1;
        report(context, `Query is too deep: depth ${found}; the maximum depth is ${maxDepth}`, {
          reason: 'QUERY_TOO_DEEP',
          depth: found,
          maxDepth,
        });
      },
    ],
  }) as ValidationRule;
}

/** Rejects operations with more than `maxAliases` aliased fields (in their fragments too). */
export function aliasRule(maxAliases: number): ValidationRule {
  return maxAliasesRule({
    n: maxAliases,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1]);
        report(context, `Too many aliases: ${found}; the maximum is ${maxAliases}`, {
          reason: 'TOO_MANY_ALIASES',
          aliases: found,
          maxAliases,
        });
      },
    ],
  }) as ValidationRule;
}

function report(context: ValidationContext | null, message: string, extensions: Record<string, unknown>): void {
  context?.reportError(new GraphQLError(message, { extensions }));
}

const estimators: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  ({ args, childComplexity }) => {
    const first = typeof args.first === 'number' ? args.first : null;
    return first !== null ? 1 + first * childComplexity : undefined;
  },
  simpleEstimator({ defaultComplexity: 1 }),
];

/** The first estimate of the chain, plus {@link ALIAS_COST} for an aliased field. */
function estimate(args: ComplexityEstimatorArgs): number {
  for (const estimator of estimators) {
    const cost = estimator(args);
    if (typeof cost === 'number' && !Number.isNaN(cost)) return cost + (args.node.alias ? ALIAS_COST : 0);
  }
  return 1;
}

/**
 * The estimated cost of an operation: each field costs 1, a list field with a `first` argument
 * (default 20) multiplies its children by it, and an aliased field costs {@link ALIAS_COST} more.
 */
export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const query = operationName ? (separateOperations(document)[operationName] ?? document) : document;
  return getComplexity({ schema, query, variables, estimators: [estimate] });
}

/** A refused request: `BAD_USER_INPUT` with a `reason`, HTTP 400. */
function badRequest(message: string, extensions: Record<string, unknown> = {}, error?: GraphQLError): GraphQLError {
  return new GraphQLError(message, {
    nodes: error?.nodes,
    extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } },
  });
}

/**
 * The checks that need the request's variables, run once the operation is known and before it
 * executes: variables of the declared types, no NUL character in any string (PostgreSQL cannot
 * store one), and a cost within `maxComplexity`.
 *
 * @throws GraphQLError with `extensions.code` BAD_USER_INPUT (and `reason`).
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { variables?: Record<string, unknown> | null; operationName?: string | null },
  maxComplexity: number,
): void {
  const operation = getOperationAST(document, request.operationName);
  if (!operation) return; // left to execution's "unknown operation" error
  const variables = request.variables ?? {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) {
    const [error] = coerced.errors;
    throw badRequest(error!.message, { reason: 'INVALID_VARIABLES' }, error);
  }
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\0')) throw nulError();
    },
  });
  if (containsNul(coerced.coerced)) throw nulError();

  let complexity: number;
  try {
    complexity = queryComplexity(schema, document, variables, request.operationName);
  } catch (error) {
    // graphql-query-complexity gives up past 10,000 fields (fragments spread many times).
    if (!(error instanceof GraphQLError)) throw error;
    complexity = Infinity;
  }
  if (complexity > maxComplexity) {
    const cost = Number.isFinite(complexity) ? String(complexity) : 'over 10,000 fields once its fragments are spread';
    throw badRequest(
      `Query is too complex: ${cost}; the maximum is ${maxComplexity}. Ask for fewer fields or smaller pages.`,
      { reason: 'QUERY_TOO_COMPLEX', complexity: Number.isFinite(complexity) ? complexity : null, maxComplexity },
    );
  }
}

function nulError(): GraphQLError {
  return badRequest('String values must not contain the NUL character (U+0000)', { reason: 'NUL_CHARACTER' });
}

/** Whether a string anywhere in `value` (plain objects and arrays; not uploads) holds a NUL. */
function containsNul(value: unknown): boolean {
  // Iterative: a deeply nested value must not overflow the stack.
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\0')) return true;
    } else if (Array.isArray(item)) {
      for (const element of item) stack.push(element);
    } else if (item !== null && typeof item === 'object' && isPlainObject(item)) {
      for (const key in item) stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return false;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The HTTP side of {@link checkOperation}: an Apollo plugin; nothing executes when it throws. */
export function operationChecksPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkOperation(schema, document, request, maxComplexity);
        },
      };
    },
  };
}
