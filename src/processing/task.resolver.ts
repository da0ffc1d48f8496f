import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { Application } from '../applications/application.entity.js';
import { ApplicationConnection } from '../applications/application.resolver.js';
import { ApplicationsArgs } from '../applications/application.inputs.js';
import { Usage } from '../applications/application.types.js';
import { ConnectionType } from '../graphql/connection.js';
import { selects } from '../graphql/selection.js';
import { retrying } from '../shared/retry.js';
import { SharedReads } from '../shared/shared-reads.js';
import type { GraphQLContext } from '../graphql/context.js';
import { JobPost } from '../job-posts/job-post.entity.js';
import { FINAL_TASK_STATES, ProcessingTask, TaskState } from './processing-task.entity.js';
import { ProcessResumesArgs, TasksArgs } from './processing.inputs.js';
import type { ProgressMessage } from './progress.js';
import { TaskProgressEvent } from './task-progress.event.js';
import { taskProgressStream } from './task-progress.stream.js';

@ObjectType({ description: 'A page of tasks.' })
export class ProcessingTaskConnection extends ConnectionType('ProcessingTask', ProcessingTask) {}

/** How long a task read made to resync idle subscribers is shared by the others of this process. */
const SHARED_RESYNC_MS = 1_000;
/** How long one event's application read is shared by the subscribers of one API process. */
const SHARED_READ_MS = 5_000;

/** Idle streams re-read their task now and then: one read per task per API process, not per subscriber. */
const resyncs = new SharedReads<ProcessingTask>(SHARED_RESYNC_MS);

@Resolver(() => ProcessingTask)
export class TaskResolver {
  @Mutation(() => ProcessingTask, {
    description:
      'Checks and stores the batch, queues it, and answers at once with the task (QUEUED; COMPLETED when every file ' +
      'was refused). Files refused at intake count as processed and failed from the start (see strict).',
  })
  processResumes(@Args() args: ProcessResumesArgs, @Ctx() ctx: GraphQLContext): Promise<ProcessingTask> {
    return ctx.processing.submit(args.jobPostId, args.files ?? [], args.resumes ?? [], {
      strict: args.strict ?? false,
    });
  }

  @Mutation(() => ProcessingTask, {
    description:
      'Stops the task: applications not yet analysed end CANCELLED and are refunded; subscribers get a last CANCELLED event.',
  })
  cancelTask(
    @Arg('id', () => ID, { description: 'A task of yours.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProcessingTask> {
    return ctx.processing.cancel(id);
  }

  @Mutation(() => ProcessingTask, {
    description:
      "Runs the task's FAILED applications again, reserving their credits again. Files refused at intake (and erased " +
      'applications) have no stored file and stay FAILED with their reason.',
  })
  retryFailed(
    @Arg('taskId', () => ID, { description: 'A task of yours.' }) taskId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProcessingTask> {
    return ctx.processing.retryFailed(taskId);
  }

  @Query(() => ProcessingTask, { nullable: true, description: 'NOT_FOUND unless the task is yours.' })
  task(
    @Arg('id', () => ID, { description: 'The task ID (processResumes answers with it).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProcessingTask> {
    return ctx.processing.getTask(id);
  }

  @Query(() => ProcessingTaskConnection, { description: 'Your tasks, newest first, keyset-paginated.' })
  tasks(@Args() args: TasksArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.processing.listTasks(args);
  }

  @FieldResolver(() => JobPost, { description: 'The job post the resumes were screened against.' })
  jobPost(@Root() task: ProcessingTask, @Ctx() ctx: GraphQLContext): Promise<JobPost> {
    return ctx.loaders.jobPost.load(task.jobPost.id);
  }

  @FieldResolver(() => Usage, { description: "LLM tokens and cost summed over the task's applications." })
  usage(@Root() task: ProcessingTask, @Ctx() ctx: GraphQLContext): Promise<Usage> {
    return ctx.applications.usageOfTask(task.id);
  }

  @FieldResolver(() => ApplicationConnection, { description: "This task's applications; filter.taskId is implied." })
  applications(
    @Root() task: ProcessingTask,
    @Args() args: ApplicationsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.applications.list(
      { ...args, filter: { ...args.filter, taskId: task.id } },
      { withCount: selects(info, 'totalCount') },
    );
  }

  @Subscription(() => TaskProgressEvent, {
    description:
      'A snapshot of the task first, then an event per application state change, then a last event in a final state.',
    subscribe: async ({ args, context, info }: SubscribeResolverData<unknown, { taskId: string }, GraphQLContext>) => {
      const owned = await context.processing.getTask(args.taskId); // NOT_FOUND for foreign tasks
      const loadTask = () => retrying(() => context.em.fork().findOneOrFail(ProcessingTask, { id: owned.id }));
      // The event's application will be asked for: its read starts as the event arrives, not when
      // its turn comes behind the events before it.
      const prefetch = selects(info, 'application');
      return taskProgressStream({
        bus: context.container.bus,
        taskId: owned.id,
        loadTask,
        reloadTask: () => resyncs.get(owned.id, loadTask),
        onArrival: prefetch
          ? (m) => {
              // The bus hands every stream of this process the same message: the first starts the read.
              if (!m.applicationId || prefetched.has(m)) return;
              prefetched.add(m);
              void readApplication(context, m.applicationId, Date.parse(m.at), m.applicationStatus);
            }
          : undefined,
      });
    },
  })
  taskProgress(
    @Arg('taskId', () => ID, { description: 'A task of yours; NOT_FOUND otherwise.' }) _taskId: string,
    @Root() message: ProgressMessage,
  ): TaskProgressEvent {
    return {
      ...message,
      percent: message.total ? Math.round((1000 * message.processed) / message.total) / 10 : 100,
      at: new Date(message.at),
    };
  }
}

/**
 * One read per event per API process, shared by all its subscribers to the task (a thousand
 * subscribers would otherwise make a thousand identical queries). Keyed by organization too.
 */
const applicationReads = new SharedReads<Application | null>(SHARED_READ_MS);
/** Messages whose application read has been started on arrival. */
const prefetched = new WeakSet<ProgressMessage>();

function readApplication(
  ctx: GraphQLContext,
  applicationId: string,
  at: number,
  status: string | null | undefined,
): Promise<Application | null> {
  // A fresh unit of work: the subscription's context lives as long as it does. A database
  // hiccup must not end a subscriber's stream: retry, then leave this detail out.
  return applicationReads.get(`${ctx.organizationId}:${applicationId}:${at}:${status ?? ''}`, () =>
    retrying(() => ctx.em.fork().findOne(Application, { id: applicationId, organization: ctx.organizationId })).catch(
      (error: unknown) => {
        ctx.container.logger.warn({ err: error, applicationId }, 'could not read the application of a progress event');
        return null;
      },
    ),
  );
}

/**
 * A task's row changes, besides its counters, only when its state does (started, finished): one
 * read per task and state per API process serves every subscriber and every event; the counters
 * come from the event itself.
 */
const taskReads = new SharedReads<ProcessingTask>(SHARED_READ_MS);
/** The last row each subscription read, should the database be briefly away at a later event. */
const lastTaskRows = new WeakMap<GraphQLContext, ProcessingTask>();

async function readTask(ctx: GraphQLContext, taskId: string, state: TaskState): Promise<ProcessingTask> {
  try {
    const row = await taskReads.get(`${ctx.organizationId}:${taskId}:${state}`, () =>
      retrying(() => ctx.em.fork().findOneOrFail(ProcessingTask, { id: taskId, organization: ctx.organizationId })),
    );
    lastTaskRows.set(ctx, row);
    return row;
  } catch (error) {
    const last = lastTaskRows.get(ctx);
    if (last?.id === taskId) return last;
    throw error;
  }
}

/**
 * The task as the event saw it: the event's state and counters (which never go back) over the
 * row's other fields, so a client cache that stores the task by ID follows the stream exactly.
 * A fresh object each time: the row is shared by every subscriber of this process.
 */
export function taskAsOf(row: ProcessingTask, event: TaskProgressEvent): ProcessingTask {
  const { state, total, processed, succeeded, failed, duplicates } = event;
  return {
    id: row.id,
    organization: row.organization,
    jobPost: row.jobPost,
    createdAt: row.createdAt,
    // The row may be read a moment after the event, when the task has moved on.
    startedAt: state === TaskState.QUEUED ? null : row.startedAt,
    finishedAt: FINAL_TASK_STATES.includes(state) ? row.finishedAt : null,
    state,
    total,
    processed,
    succeeded,
    failed,
    duplicates,
  };
}

@Resolver(() => TaskProgressEvent)
export class TaskProgressEventResolver {
  @FieldResolver(() => ProcessingTask, {
    description:
      "The task as of this event (the event's state and counters): select it and a client cache keyed by " +
      'ProcessingTask id follows the stream without a refetch.',
  })
  async task(@Root() event: TaskProgressEvent, @Ctx() ctx: GraphQLContext): Promise<ProcessingTask> {
    return taskAsOf(await readTask(ctx, event.taskId, event.state), event);
  }

  @FieldResolver(() => Application, { nullable: true, description: 'The application that changed, as it is now.' })
  application(@Root() event: TaskProgressEvent, @Ctx() ctx: GraphQLContext): Promise<Application | null> {
    if (!event.applicationId) return Promise.resolve(null);
    return readApplication(ctx, event.applicationId, event.at.valueOf(), event.applicationStatus);
  }
}
