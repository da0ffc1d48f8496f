import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '../applications/application.entity.js';
import { DecisionOverride } from '../applications/decision-override.entity.js';
import { JobPost } from '../job-posts/job-post.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ProcessingTask } from '../processing/processing-task.entity.js';
import { isUuid } from '../shared/ids.js';
import type { GraphQLContext } from './context.js';
import { Node } from './node.js';

/** The tables `node(id:)` looks in besides the caller's organization: each has an organization. */
const NODE_ENTITIES = [JobPost, Application, ProcessingTask, DecisionOverride] as const;
type NodeEntity = (typeof NODE_ENTITIES)[number];

/**
 * The object of the caller's organization with this ID, or null: an ID of another organization,
 * an unknown ID or one that is not a UUID all read as nothing there. The IDs carry no type, so one
 * query asks every table for the ID within the organization (a primary-key probe each), and the
 * table that has it is read.
 */
export async function findNode(em: EntityManager, organizationId: string, id: string): Promise<Node | null> {
  if (!isUuid(id)) return null;
  if (id.toLowerCase() === organizationId.toLowerCase()) return em.findOne(Organization, { id: organizationId });
  const probes = NODE_ENTITIES.map((entity, index) => {
    const meta = em.getMetadata(entity as typeof JobPost);
    const [idColumn, orgColumn] = [meta.properties.id.fieldNames[0], meta.properties.organization.fieldNames[0]];
    return `SELECT ${index} AS kind FROM "${meta.tableName}" WHERE "${idColumn}" = ? AND "${orgColumn}" = ?`;
  });
  const [hit] = await em.getConnection().execute<{ kind: number }[]>(
    `${probes.join(' UNION ALL ')} LIMIT 1`,
    NODE_ENTITIES.flatMap(() => [id, organizationId]),
  );
  if (!hit) return null;
  const entity: NodeEntity = NODE_ENTITIES[hit.kind]!;
  return (await em.findOne(entity as never, { id, organization: organizationId } as never)) as Node | null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object of your organization by its ID (Organization, JobPost, Application, ProcessingTask, DecisionOverride); null for an ID that is not yours or unknown.',
  })
  node(
    @Arg('id', () => ID, { description: 'The `id` of an object read earlier.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Node | null> {
    return findNode(ctx.em, ctx.organizationId, id);
  }
}
