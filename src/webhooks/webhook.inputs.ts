import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEvent } from './webhook.types.js';

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field({
    description:
      'Where to POST deliveries: an http or https URL without credentials. Private, loopback and reserved addresses ' +
      'are refused unless the deployment sets WEBHOOK_ALLOW_PRIVATE=true.',
  })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events to deliver (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(WebhookEvent).length * 2)
  events!: WebhookEvent[];

  @Field(() => String, {
    nullable: true,
    description: 'A note for people: what this endpoint is for (500 characters at most).',
  })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;
}

@ObjectType({ description: 'The endpoint created, and its signing secret.' })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field({
    description:
      'The secret that signs every delivery (Sift-Signature), shown this once: keep it where your receiver reads it. ' +
      'To change it, create a new endpoint and delete this one.',
  })
  secret!: string;
}

@ObjectType({ description: 'What deleteWebhookEndpoint removed.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: 'The ID of the endpoint deleted, with its deliveries.' })
  deletedWebhookEndpointId!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID, { description: 'The endpoint whose deliveries to list (NOT_FOUND unless it is yours).' })
  endpointId!: string;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before; newest deliveries first.' })
  after?: string | null;
}
