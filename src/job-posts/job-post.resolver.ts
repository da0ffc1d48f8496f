import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApplicationCounts } from '../applications/application.types.js';
import { ConnectionType } from '../graphql/connection.js';
import type { GraphQLContext } from '../graphql/context.js';
import { JobPost } from './job-post.entity.js';
import { CreateJobPostInput, JobPostsArgs, UpdateJobPostInput } from './job-post.inputs.js';
import { rubricItemsOf, rubricWarnings } from './job-rubric.js';
import { JobRubricView } from './job-rubric.types.js';

@ObjectType({ description: 'A page of job posts.' })
export class JobPostConnection extends ConnectionType('JobPost', JobPost) {}

@Resolver(() => JobPost)
export class JobPostResolver {
  @Query(() => JobPostConnection, { description: 'Your job posts, newest first, keyset-paginated.' })
  jobPosts(@Args() args: JobPostsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.jobPosts.list(args);
  }

  @Query(() => JobPost, { nullable: true, description: 'NOT_FOUND unless the job post is yours.' })
  jobPost(
    @Arg('id', () => ID, { description: 'The job post ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JobPost> {
    return ctx.jobPosts.get(id);
  }

  @Mutation(() => JobPost, { description: 'Creates an OPEN job post and derives its rubric from the description.' })
  createJobPost(
    @Arg('input', { description: 'The job post.' }) input: CreateJobPostInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JobPost> {
    return ctx.jobPosts.create(input);
  }

  @Mutation(() => JobPost, {
    description: 'Changes a job post; a change to its rubric bumps `revision`.',
  })
  updateJobPost(
    @Arg('id', () => ID, { description: 'The job post ID.' }) id: string,
    @Arg('input', { description: 'What changes.' }) input: UpdateJobPostInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JobPost> {
    return ctx.jobPosts.update(id, input);
  }

  @Mutation(() => JobPost, { description: 'A closed job post accepts no more resumes.' })
  closeJobPost(
    @Arg('id', () => ID, { description: 'The job post ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JobPost> {
    return ctx.jobPosts.close(id);
  }

  @FieldResolver(() => JobRubricView, {
    description:
      'The rubric candidates are judged against: items typed by a recruiter and items derived from the description, merged.',
  })
  rubric(@Root() post: JobPost): JobRubricView {
    return {
      items: rubricItemsOf(post),
      warnings: rubricWarnings(post),
      derivedBy: post.derivedRubric?.derivedBy ?? null,
    };
  }

  @FieldResolver(() => ApplicationCounts, { description: 'How many of its applications are in each status.' })
  async applicationCounts(@Root() post: JobPost, @Ctx() ctx: GraphQLContext): Promise<ApplicationCounts> {
    return (await ctx.applications.countsByJobPost([post.id])).get(post.id)!;
  }
}
