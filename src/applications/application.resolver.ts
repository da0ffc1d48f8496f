import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { selects } from '../graphql/selection.js';
import { ConnectionType } from '../graphql/connection.js';
import type { GraphQLContext } from '../graphql/context.js';
import { JobPost } from '../job-posts/job-post.entity.js';
import { ProcessingTask } from '../processing/processing-task.entity.js';
import { Application, ApplicationStatus } from './application.entity.js';
import { DecisionOverride } from './decision-override.entity.js';
import { eraseApplication } from './erasure.js';
import { ApplicationsArgs } from './application.inputs.js';
import { DeleteApplicationPayload, Evaluation, FileInfo, ScoreComponent } from './application.types.js';

@ObjectType({ description: 'A page of applications.' })
export class ApplicationConnection extends ConnectionType('Application', Application) {}

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => ApplicationConnection, { description: 'Filtered, sorted, keyset-paginated.' })
  applications(@Args() args: ApplicationsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return ctx.applications.list(args, { withCount: selects(info, 'totalCount') });
  }

  @Query(() => Application, { nullable: true, description: 'NOT_FOUND unless the application is yours.' })
  application(
    @Arg('id', () => ID, { description: 'The application ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Application> {
    return ctx.applications.get(id);
  }

  @Mutation(() => Application, {
    description: "A person's decision over the AI's; recorded with who (the API key), when and why.",
  })
  overrideDecision(
    @Arg('applicationId', () => ID, { description: 'A final application of yours.' }) applicationId: string,
    @Arg('status', () => ApplicationStatus, { description: 'SHORTLISTED, REVIEW or REJECTED.' })
    status: ApplicationStatus,
    @Arg('note', { description: 'Why: kept with the decision.' }) note: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Application> {
    return ctx.applications.overrideDecision(applicationId, status, note, ctx.caller);
  }

  @Mutation(() => DeleteApplicationPayload, {
    description:
      "Erases the candidate's data and original file; the application stays, anonymous, for the counts. " +
      'Returned an ID! before 2026-12 (see the changelog).',
  })
  async deleteApplication(
    @Arg('id', () => ID, { description: 'A final application of yours.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteApplicationPayload> {
    const { queue, bus, logger, files } = ctx.container;
    const erasure = await eraseApplication(
      { em: ctx.em, organizationId: ctx.organizationId, queue, progress: bus, logger, files },
      id,
    );
    return { deletedApplicationId: erasure.applicationId };
  }

  @FieldResolver(() => [DecisionOverride], { description: 'Decisions people made over the AI, oldest first.' })
  overrides(@Root() app: Application, @Ctx() ctx: GraphQLContext): Promise<DecisionOverride[]> {
    return ctx.applications.overridesOf(app.id);
  }

  // A page of applications shares a job post and a task or a few: one query for the page.
  @FieldResolver(() => JobPost, { description: 'The job post it was submitted to.' })
  jobPost(@Root() app: Application, @Ctx() ctx: GraphQLContext): Promise<JobPost> {
    return ctx.loaders.jobPost.load(app.jobPost.id);
  }

  @FieldResolver(() => ProcessingTask, { description: 'The processResumes call it came in.' })
  task(@Root() app: Application, @Ctx() ctx: GraphQLContext): Promise<ProcessingTask> {
    return ctx.loaders.task.load(app.task.id);
  }

  @FieldResolver(() => FileInfo, { description: 'The file the resume came in.' })
  file(@Root() app: Application): FileInfo {
    return { filename: app.fileName, mimeType: app.mimeType, sizeBytes: app.sizeBytes, sha256: app.sha256 };
  }

  @FieldResolver(() => Application, {
    nullable: true,
    description: 'The earlier application of this job post with the same resume text (flag DUPLICATE).',
  })
  async duplicateOf(@Root() app: Application, @Ctx() ctx: GraphQLContext): Promise<Application | null> {
    if (!app.duplicateOf) return null;
    return ctx.em.findOne(Application, { id: app.duplicateOf.id, organization: ctx.organizationId });
  }
}

/** Evaluations stored before scores had components read as having none. */
@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => [ScoreComponent])
  components(@Root() evaluation: Evaluation): ScoreComponent[] {
    return evaluation.components ?? [];
  }
}
