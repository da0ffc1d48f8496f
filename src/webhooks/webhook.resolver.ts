import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.js';
import type { GraphQLContext } from '../graphql/context.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointPayload,
  WebhookDeliveriesArgs,
} from './webhook.inputs.js';
import { WebhooksService } from './webhooks.service.js';

@ObjectType({ description: "A page of an endpoint's deliveries, newest first." })
export class WebhookDeliveryConnection extends ConnectionType('WebhookDelivery', WebhookDelivery) {}

const service = (ctx: GraphQLContext) =>
  new WebhooksService(ctx.em, ctx.organizationId, { allowPrivate: ctx.container.config.webhooks.allowPrivate });

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      'Registers a URL to receive the events named, signed with a new secret that the answer shows this once. ' +
      'BAD_USER_INPUT (with extensions.reason) for a URL that cannot be delivered to.',
  })
  createWebhookEndpoint(
    @Arg('input', { description: 'The URL, the events and a description.' }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreateWebhookEndpointPayload> {
    return service(ctx).create(input);
  }

  @Query(() => [WebhookEndpoint], { description: "Your organization's webhook endpoints, oldest first." })
  webhookEndpoints(@Ctx() ctx: GraphQLContext): Promise<WebhookEndpoint[]> {
    return service(ctx).list();
  }

  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Deletes an endpoint and its deliveries: nothing more is sent to it. NOT_FOUND unless it is yours.',
  })
  async deleteWebhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint to delete.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteWebhookEndpointPayload> {
    return { deletedWebhookEndpointId: await service(ctx).delete(id) };
  }

  @Query(() => WebhookDeliveryConnection, {
    description: "An endpoint's deliveries, newest first, with their status, attempts and last response code.",
  })
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: GraphQLContext) {
    return service(ctx).deliveries(args);
  }
}
