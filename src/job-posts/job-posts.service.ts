import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../shared/errors.js';
import { keysetPage } from '../shared/keyset.js';
import type { Page } from '../graphql/connection.js';
import { isUuid } from '../shared/ids.js';
import { JobPost, JobPostStatus } from './job-post.entity.js';
import type { CreateJobPostInput, UpdateJobPostInput } from './job-post.inputs.js';

/** Fields whose change alters how resumes are judged: they bump the revision. */
const RUBRIC_FIELDS = [
  'title',
  'description',
  'requirements',
  'mustHaveSkills',
  'niceToHaveSkills',
  'minYearsExperience',
  'location',
  'blindScreening',
] as const;

const clean = (list: string[] | undefined) => [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))];

/** Job posts of one organization. Every method is scoped: foreign IDs are NOT_FOUND. */
export class JobPostsService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
  ) {}

  async get(id: string): Promise<JobPost> {
    const post = isUuid(id) ? await this.em.findOne(JobPost, { id, organization: this.organizationId }) : null;
    if (!post) throw new NotFoundError('JobPost', id);
    return post;
  }

  async create(input: CreateJobPostInput): Promise<JobPost> {
    const post = this.em.create(JobPost, {
      organization: this.organizationId,
      title: input.title.trim(),
      description: input.description.trim(),
      requirements: clean(input.requirements),
      mustHaveSkills: clean(input.mustHaveSkills),
      niceToHaveSkills: clean(input.niceToHaveSkills),
      minYearsExperience: input.minYearsExperience ?? null,
      location: input.location?.trim() || null,
      ...(input.shortlistThreshold !== undefined && { shortlistThreshold: input.shortlistThreshold }),
      ...(input.rejectThreshold !== undefined && { rejectThreshold: input.rejectThreshold }),
      blindScreening: input.blindScreening ?? false,
    });
    checkThresholds(post);
    await this.em.flush();
    return post;
  }

  async update(id: string, input: UpdateJobPostInput): Promise<JobPost> {
    const post = await this.get(id);
    const patch: Partial<JobPost> = {};
    if (input.title != null) patch.title = input.title.trim();
    if (input.description != null) patch.description = input.description.trim();
    if (input.requirements != null) patch.requirements = clean(input.requirements);
    if (input.mustHaveSkills != null) patch.mustHaveSkills = clean(input.mustHaveSkills);
    if (input.niceToHaveSkills != null) patch.niceToHaveSkills = clean(input.niceToHaveSkills);
    if (input.minYearsExperience !== undefined) patch.minYearsExperience = input.minYearsExperience;
    if (input.location !== undefined) patch.location = input.location?.trim() || null;
    if (input.shortlistThreshold != null) patch.shortlistThreshold = input.shortlistThreshold;
    if (input.rejectThreshold != null) patch.rejectThreshold = input.rejectThreshold;
    if (input.blindScreening != null) patch.blindScreening = input.blindScreening;

    const rubricChanged = RUBRIC_FIELDS.some((f) => f in patch && JSON.stringify(patch[f]) !== JSON.stringify(post[f]));
    Object.assign(post, patch);
    checkThresholds(post);
    if (rubricChanged) post.revision += 1;
    await this.em.flush();
    return post;
  }

  async close(id: string): Promise<JobPost> {
    const post = await this.get(id);
    post.status = JobPostStatus.CLOSED;
    await this.em.flush();
    return post;
  }

  list(args: { first: number; after?: string | null; status?: JobPostStatus | null }): Promise<Page<JobPost>> {
    return keysetPage(
      this.em,
      JobPost,
      { organization: this.organizationId, ...(args.status && { status: args.status }) },
      { field: 'createdAt', direction: 'DESC', isDate: true, first: args.first, after: args.after },
    );
  }
}

function checkThresholds(post: JobPost): void {
  if (post.rejectThreshold >= post.shortlistThreshold) {
    throw new BadUserInputError(
      `rejectThreshold (${post.rejectThreshold}) must be below shortlistThreshold (${post.shortlistThreshold})`,
      { argument: 'rejectThreshold' },
    );
  }
}
