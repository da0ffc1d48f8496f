import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Organization } from './organization.entity.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'The organization the API key belongs to.' })
  async viewer(@Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.em.findOneOrFail(Organization, { id: ctx.organizationId }, { refresh: true });
  }
}
