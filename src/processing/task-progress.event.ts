import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ApplicationStatus } from '../applications/application.entity.js';
import { TaskState } from './processing-task.entity.js';

/** One message of the `taskProgress` subscription. `application` resolves the changed one. */
@ObjectType()
export class TaskProgressEvent {
  @Field(() => ID) taskId!: string;
  @Field(() => TaskState) state!: TaskState;
  @Field(() => Int) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Int) succeeded!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => Float, { description: 'processed / total, 0-100.' }) percent!: number;
  @Field(() => ID, { nullable: true }) applicationId!: string | null;
  @Field(() => ApplicationStatus, { nullable: true, description: 'The status the application moved to.' })
  applicationStatus!: ApplicationStatus | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() at!: Date;
}
