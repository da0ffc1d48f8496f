import { buildSchema, type PubSub } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import path from 'node:path';
import { ApplicationResolver, EvaluationResolver } from '../applications/application.resolver.js';
import { JobPostResolver } from '../job-posts/job-post.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';
import { TaskProgressEventResolver, TaskResolver } from '../processing/task.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { WebhookResolver } from '../webhooks/webhook.resolver.js';
import { DateTimeISO } from './scalars.js';

export const resolvers = [
  OrganizationResolver,
  JobPostResolver,
  ApplicationResolver,
  EvaluationResolver,
  TaskResolver,
  TaskProgressEventResolver,
  NodeResolver,
  WebhookResolver,
] as const;

/** The committed copy of the schema; a test fails when it is stale. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema/schema.graphql');

/** The root types' descriptions: type-graphql has no option for them. */
const ROOT_DESCRIPTIONS = {
  Query: 'Reads, all scoped to the organization of the API key.',
  Mutation: 'Changes, all scoped to the organization of the API key.',
  Subscription: 'Live streams over graphql-ws, scoped to the organization of the API key.',
};

export async function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    validate: { forbidUnknownValues: false },
  });
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  return schema;
}

/** The schema as SDL, sorted, so the file changes only when the API does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  const header = '# Generated from the code by `npm run schema:emit`. Do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(schema)) + '\n';
}
