import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Node } from '../graphql/node.js';

/** The tenant: every API key, job post, task and application belongs to one. */
@ObjectType({ implements: Node, description: 'The tenant; every API key belongs to one.' })
@Entity({ tableName: 'organization' })
export class Organization {
  [OptionalProps]?: 'credits' | 'createdAt';

  @Field(() => ID, { description: 'A UUID, unique across every type (see `node`).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The name it was created with.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Remaining credits: one is spent per resume analysed.' })
  @Property({ type: 'integer', default: 0 })
  credits: number = 0;

  @Field({ description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
