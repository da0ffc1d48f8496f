import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organizations/organization.entity.js';
import { JobPost } from '../job-posts/job-post.entity.js';
import { Node } from '../graphql/node.js';

export enum TaskState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskState, {
  name: 'TaskState',
  description: 'Where a task is. COMPLETED with failed > 0 is how a partly failed batch looks.',
  valuesConfig: {
    QUEUED: { description: 'Stored and queued; no application started yet.' },
    RUNNING: { description: 'Applications are being processed.' },
    COMPLETED: { description: 'Every application reached a final status (final; retryFailed runs it again).' },
    CANCELLED: { description: 'Stopped by cancelTask (final).' },
  },
});

export const FINAL_TASK_STATES: readonly TaskState[] = [TaskState.COMPLETED, TaskState.CANCELLED];

/** One processResumes call: a batch of applications processed in the background. */
@ObjectType({
  implements: Node,
  description: 'One processResumes call: a batch of applications processed in the background.',
})
@Entity({ tableName: 'processing_task' })
@Index({ properties: ['organization', 'createdAt'] })
@Index({ properties: ['organization', 'jobPost', 'createdAt'] })
@Index({ properties: ['state', 'createdAt'] })
export class ProcessingTask {
  [OptionalProps]?:
    'state' | 'processed' | 'succeeded' | 'failed' | 'duplicates' | 'createdAt' | 'startedAt' | 'finishedAt';

  @Field(() => ID, { description: 'A UUID, unique across every type (see `node`).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne(() => JobPost, { ref: true, deleteRule: 'cascade' })
  jobPost!: Ref<JobPost>;

  @Field(() => TaskState, { description: 'QUEUED, RUNNING, then COMPLETED or CANCELLED.' })
  @Enum({ items: () => TaskState, nativeEnumName: 'task_state' })
  state: TaskState = TaskState.QUEUED;

  @Field(() => Int, { description: 'Applications in the batch, refused files included.' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => Int, { description: 'Applications in a final state.' })
  @Property({ type: 'integer' })
  processed: number = 0;

  @Field(() => Int, { description: 'Applications scored: SHORTLISTED, REVIEW or REJECTED.' })
  @Property({ type: 'integer' })
  succeeded: number = 0;

  @Field(() => Int, { description: 'Applications that ended FAILED (refunded).' })
  @Property({ type: 'integer' })
  failed: number = 0;

  @Field(() => Int, {
    description: 'Applications whose resume text an earlier application of the job post had (flag DUPLICATE).',
  })
  @Property({ type: 'integer' })
  duplicates: number = 0;

  @Field({ description: 'When processResumes stored it.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the first application started; null while QUEUED.' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it reached COMPLETED or CANCELLED; null before.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
