import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ApplicationStatus } from '../applications/application.entity.js';
import { TaskState } from './processing-task.entity.js';

/**
 * One message of the `taskProgress` subscription. `application` resolves the changed one, `task`
 * the task as of the event.
 */
@ObjectType({
  description: "One message of taskProgress: the task's counters after a change, and what changed.",
})
export class TaskProgressEvent {
  @Field(() => ID, { description: 'The task (its `task` field gives the whole object).' }) taskId!: string;
  @Field(() => TaskState, { description: "The task's state after the change." }) state!: TaskState;
  @Field(() => Int, { description: 'Applications in the batch.' }) total!: number;
  @Field(() => Int, { description: 'Applications in a final status; never goes back within a stream.' })
  processed!: number;
  @Field(() => Int, { description: 'Applications scored.' }) succeeded!: number;
  @Field(() => Int, { description: 'Applications that ended FAILED.' }) failed!: number;
  @Field(() => Int, { description: 'Applications found to be duplicates.' }) duplicates!: number;
  @Field(() => Float, { description: 'Processed / total, 0-100.' }) percent!: number;
  @Field(() => ID, { nullable: true, description: 'The application that changed; null for task-level events.' })
  applicationId!: string | null;
  @Field(() => ApplicationStatus, { nullable: true, description: 'The status the application moved to.' })
  applicationStatus!: ApplicationStatus | null;
  @Field(() => String, {
    nullable: true,
    description: 'A note on task-level events ("snapshot", "resync", a cancellation or retry summary); null otherwise.',
  })
  message!: string | null;
  @Field({ description: 'When the change happened.' }) at!: Date;
}
