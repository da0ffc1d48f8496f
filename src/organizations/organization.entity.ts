import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';

/** The tenant: every API key, job post, task and application belongs to one. */
@ObjectType({ description: 'The tenant; every API key belongs to one.' })
@Entity({ tableName: 'organization' })
export class Organization {
  [OptionalProps]?: 'credits' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Remaining credits: one is spent per resume analysed.' })
  @Property({ type: 'integer', default: 0 })
  credits: number = 0;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
