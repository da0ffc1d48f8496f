import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organizations/organization.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookDeliveryStatus, WebhookEvent } from './webhook.types.js';

/**
 * One event for one endpoint: the outbox row, written in the transaction of the change it
 * reports, then sent by a worker and retried until delivered or out of attempts.
 */
@ObjectType({ description: 'One event sent (or to be sent) to one endpoint, with its attempts.' })
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['endpoint', 'createdAt', 'id'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['status', 'updatedAt'] })
export class WebhookDelivery {
  [OptionalProps]?:
    | 'status'
    | 'attempts'
    | 'lastResponseCode'
    | 'lastError'
    | 'createdAt'
    | 'updatedAt'
    | 'lastAttemptAt'
    | 'nextAttemptAt'
    | 'deliveredAt';

  @Field(() => ID, { description: 'The delivery ID (one per event and endpoint).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;

  @Field(() => ID, {
    description: "The event ID: the body's `id`, the same on every retry; receivers deduplicate on it.",
  })
  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => WebhookEvent, { description: 'The event.' })
  @Enum({ items: () => WebhookEvent, nativeEnumName: 'webhook_event' })
  event!: WebhookEvent;

  @Field({ description: 'The JSON body, exactly as sent: { id, type, createdAt, data }.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'PENDING until delivered (2xx) or FAILED.' })
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt's answer; null if none came." })
  @Property({ type: 'integer', nullable: true })
  lastResponseCode: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed (a status, a timeout, a refused connection).',
  })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field({ description: 'When the event happened and the delivery was recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: 'When the delivery last changed.' })
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = new Date();

  @Field(() => Date, { nullable: true, description: 'When the endpoint answered 2xx.' })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;
}
