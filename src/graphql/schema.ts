import { buildSchema, type PubSub } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import path from 'node:path';
import { ApplicationResolver, EvaluationResolver } from '../applications/application.resolver.js';
import { JobPostResolver } from '../job-posts/job-post.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';
import { TaskProgressEventResolver, TaskResolver } from '../processing/task.resolver.js';
import { WebhookResolver } from '../webhooks/webhook.resolver.js';
import { DateTimeISO } from './scalars.js';

export const resolvers = [
  OrganizationResolver,
  JobPostResolver,
  ApplicationResolver,
  EvaluationResolver,
  TaskResolver,
  TaskProgressEventResolver,
  WebhookResolver,
] as const;

/** The committed copy of the schema; a test fails when it is stale. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema/schema.graphql');

export function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    validate: { forbidUnknownValues: false },
  });
}

/** The schema as SDL, sorted, so the file changes only when the API does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  const header = '# Generated from the code by `npm run schema:emit`. Do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(schema)) + '\n';
}
