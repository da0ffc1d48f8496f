import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity.js';
import { Application, ApplicationStatus } from './application.entity.js';
import { Node } from '../graphql/node.js';

/** A person's decision over the AI's: who (which API key), when, why, and from what to what. */
@ObjectType({
  implements: Node,
  description: "A person's decision over the AI's: who, when, why, and from what to what.",
})
@Entity({ tableName: 'decision_override' })
@Index({ properties: ['application', 'createdAt'] })
export class DecisionOverride {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'A UUID, unique across every type (see `node`).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne(() => Application, { ref: true, deleteRule: 'cascade' })
  application!: Ref<Application>;

  @Field(() => ApplicationStatus, { description: 'The status before the decision.' })
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  fromStatus!: ApplicationStatus;

  @Field(() => ApplicationStatus, { description: 'The status the person decided.' })
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  toStatus!: ApplicationStatus;

  @Field({ description: 'Why, in the words of the person who decided.' })
  @Property({ type: 'text' })
  note!: string;

  @Field({ description: 'The API key that made the change (its first characters).' })
  @Property({ type: 'text' })
  by!: string;

  @Property({ type: 'uuid' })
  apiKeyId!: string;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
