import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** Years a date argument may name: PostgreSQL refuses year 0, and JavaScript goes to 275760. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function inRange(date: Date): Date {
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new GraphQLError(`DateTimeISO must be between the years ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  return date;
}

/**
 * type-graphql's `Date` scalar (graphql-scalars' DateTimeISO, same name and description) that
 * also refuses dates outside years 1-9999 as bad input, before any of them reaches a query.
 */
export const DateTimeISO = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  parseValue: (value: unknown) => inRange(GraphQLDateTimeISO.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
    inRange(GraphQLDateTimeISO.parseLiteral(ast, variables)),
});
