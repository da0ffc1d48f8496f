import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organizations/organization.entity.js';
import { WebhookEndpointStatus, WebhookEvent } from './webhook.types.js';

/** A URL of an organization's that receives the events it subscribed to, signed with its secret. */
@ObjectType({ description: 'A URL that receives the events it subscribed to, each delivery signed (Sift-Signature).' })
@Entity({ tableName: 'webhook_endpoint' })
@Index({ properties: ['organization', 'createdAt'] })
export class WebhookEndpoint {
  [OptionalProps]?: 'description' | 'status' | 'consecutiveFailures' | 'createdAt';

  @Field(() => ID, { description: 'The endpoint ID.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @Field({ description: 'Where deliveries are POSTed (http or https).' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events delivered to this endpoint.' })
  @Property({ type: 'text[]' })
  events!: WebhookEvent[];

  @Field(() => String, { nullable: true, description: 'A note for people: what this endpoint is for.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /**
   * The signing secret, kept as given out (HMAC needs the key itself, not a hash of it): whoever
   * reads this table can sign as Sift. The API shows it once, at creation. See README, Webhooks.
   */
  @Property({ type: 'text', lazy: true })
  secret!: string;

  @Field(() => WebhookEndpointStatus, { description: 'ACTIVE, or FAILING after deliveries that all failed.' })
  @Enum({ items: () => WebhookEndpointStatus, nativeEnumName: 'webhook_endpoint_status' })
  status: WebhookEndpointStatus = WebhookEndpointStatus.ACTIVE;

  @Field(() => Int, { description: 'Deliveries that ended FAILED since the last one delivered.' })
  @Property({ type: 'integer' })
  consecutiveFailures: number = 0;

  @Field({ description: 'When the endpoint was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
