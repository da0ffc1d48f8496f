import type { EntityManager } from '@mikro-orm/postgresql';
import { localDrafter, type RubricDrafter } from '../analysis/rubric/drafter.js';
import { BadUserInputError, NotFoundError } from '../shared/errors.js';
import { keysetPage } from '../shared/keyset.js';
import type { Page } from '../graphql/connection.js';
import { isUuid } from '../shared/ids.js';
import { JobPost, JobPostStatus } from './job-post.entity.js';
import { DESCRIPTION_MAX_CHARS, type CreateJobPostInput, type UpdateJobPostInput } from './job-post.inputs.js';
import { analyzerRubric, authoredItems, rubricItemId } from './job-rubric.js';
import type { RubricItemInput } from './job-rubric.types.js';
import type { ExperienceRequirement } from '../analysis/analysis.types.js';
import { namesField } from '../analysis/rubric/experience-field.js';
import { pastedDescription } from '../analysis/rubric/job-text.js';

/** Fields whose change alters how resumes are judged (besides the rubric itself): they bump the revision. */
const JUDGING_FIELDS = ['title', 'description', 'location', 'blindScreening'] as const;

const clean = (list: string[] | undefined) => [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))];

/** The typed lists of a job post, which typed rubric items are stored in. */
interface TypedLists {
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  requirements: string[];
  minYearsExperience: number | null;
  experienceItems: ExperienceRequirement[];
  education: string[];
}

/**
 * Typed items added to typed lists: each kind to its list. An EXPERIENCE item whose text names
 * what the years are of ("5+ years of Kubernetes") is kept with its text, one per text (a later
 * one with the same text sets its years); one that names nothing ("5 years of experience") sets
 * the years of any work, `minYearsExperience`.
 */
function withItems(lists: TypedLists, items: RubricItemInput[]): TypedLists {
  const out: TypedLists = { ...lists };
  for (const item of items) {
    const text = item.text.trim();
    switch (item.kind) {
      case 'MUST_HAVE':
        out.mustHaveSkills = clean([...out.mustHaveSkills, text]);
        break;
      case 'NICE_TO_HAVE':
        out.niceToHaveSkills = clean([...out.niceToHaveSkills, text]);
        break;
      case 'REQUIREMENT':
        out.requirements = clean([...out.requirements, text]);
        break;
      case 'EDUCATION':
        out.education = clean([...out.education, text]);
        break;
      case 'EXPERIENCE': {
        const years = item.minYears ?? yearsInText(text);
        if (years === null) {
          throw new BadUserInputError('an EXPERIENCE rubric item needs minYears', { argument: 'minYears' });
        }
        if (!namesField(text)) {
          out.minYearsExperience = years;
        } else {
          const same = (e: ExperienceRequirement) => e.text.toLowerCase() === text.toLowerCase();
          out.experienceItems = [...out.experienceItems.filter((e) => !same(e)), { text, minYears: years }];
        }
        break;
      }
      default: {
        const never: never = item.kind;
        throw new BadUserInputError(`unknown rubric item kind ${String(never)}`);
      }
    }
  }
  return out;
}

/** "5+ years" in a typed EXPERIENCE item without `minYears`. */
function yearsInText(text: string): number | null {
  const m = /(\d{1,2}(?:\.\d)?)/.exec(text);
  return m ? Number(m[1]) : null;
}

const EMPTY_LISTS: TypedLists = {
  mustHaveSkills: [],
  niceToHaveSkills: [],
  requirements: [],
  minYearsExperience: null,
  experienceItems: [],
  education: [],
};

/** Job posts of one organization. Every method is scoped: foreign IDs are NOT_FOUND. */
export class JobPostsService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    /** Reads descriptions into rubric items (the local rules unless a model is configured). */
    private readonly drafter: RubricDrafter = localDrafter,
  ) {}

  async get(id: string): Promise<JobPost> {
    const post = isUuid(id) ? await this.em.findOne(JobPost, { id, organization: this.organizationId }) : null;
    if (!post) throw new NotFoundError('JobPost', id);
    return post;
  }

  async create(input: CreateJobPostInput): Promise<JobPost> {
    const title = input.title.trim();
    const description = keptDescription(input.description);
    const lists = withItems(
      {
        mustHaveSkills: clean(input.mustHaveSkills),
        niceToHaveSkills: clean(input.niceToHaveSkills),
        requirements: clean(input.requirements),
        minYearsExperience: input.minYearsExperience ?? null,
        experienceItems: [],
        education: clean(input.education),
      },
      input.rubricItems ?? [],
    );
    const derivedRubric = await this.drafter(title, description);
    const post = this.em.create(JobPost, {
      organization: this.organizationId,
      title,
      description,
      ...lists,
      derivedRubric,
      location: input.location?.trim() || null,
      ...(input.shortlistThreshold !== undefined && { shortlistThreshold: input.shortlistThreshold }),
      ...(input.rejectThreshold !== undefined && { rejectThreshold: input.rejectThreshold }),
      blindScreening: input.blindScreening ?? false,
    });
    checkThresholds(post);
    await this.em.flush();
    return post;
  }

  /**
   * Applies a change. The rubric is read again when the title or the description changes; typed
   * items can be replaced (`rubricItems` or the typed lists), added, or removed by ID (a derived
   * item removed stays out until `restoreDerivedItems`). Any change to how resumes are judged
   * (the merged rubric, the text, the location, blind screening) bumps the revision, so no cached
   * analysis of the old version is reused.
   */
  async update(id: string, input: UpdateJobPostInput): Promise<JobPost> {
    const post = await this.get(id);
    const before = {
      title: post.title,
      description: post.description,
      rubric: JSON.stringify(analyzerRubric(post)),
      fields: JUDGING_FIELDS.map((f) => post[f]),
    };

    if (input.title != null) post.title = input.title.trim();
    // (a post kept before descriptions were cleaned is not changed by the same text sent again)
    if (input.description != null) {
      const description = keptDescription(input.description);
      if (description !== pastedDescription(post.description)) post.description = description;
    }
    let lists: TypedLists = {
      mustHaveSkills: post.mustHaveSkills,
      niceToHaveSkills: post.niceToHaveSkills,
      requirements: post.requirements,
      minYearsExperience: post.minYearsExperience,
      experienceItems: post.experienceItems,
      education: post.education,
    };
    if (input.rubricItems != null) lists = withItems(EMPTY_LISTS, input.rubricItems);
    if (input.requirements != null) lists.requirements = clean(input.requirements);
    if (input.mustHaveSkills != null) lists.mustHaveSkills = clean(input.mustHaveSkills);
    if (input.niceToHaveSkills != null) lists.niceToHaveSkills = clean(input.niceToHaveSkills);
    if (input.minYearsExperience !== undefined) lists.minYearsExperience = input.minYearsExperience;
    if (input.education != null) lists.education = clean(input.education);
    if (input.addRubricItems != null) lists = withItems(lists, input.addRubricItems);
    if (input.restoreDerivedItems) post.dismissedRubricItems = [];
    if (input.removeRubricItems?.length) {
      const removed = this.remove(post, lists, input.removeRubricItems);
      lists = removed.lists;
      post.dismissedRubricItems = [...new Set([...post.dismissedRubricItems, ...removed.dismissed])];
    }
    Object.assign(post, lists);
    if (input.location !== undefined) post.location = input.location?.trim() || null;
    if (input.shortlistThreshold != null) post.shortlistThreshold = input.shortlistThreshold;
    if (input.rejectThreshold != null) post.rejectThreshold = input.rejectThreshold;
    if (input.blindScreening != null) post.blindScreening = input.blindScreening;
    checkThresholds(post);

    const textChanged = before.title !== post.title || before.description !== post.description;
    if (textChanged || post.derivedRubric === null) {
      post.derivedRubric = await this.drafter(post.title, post.description);
    }
    const judgedDifferently =
      JSON.stringify(analyzerRubric(post)) !== before.rubric ||
      JUDGING_FIELDS.some((f, i) => post[f] !== before.fields[i]);
    if (judgedDifferently) post.revision += 1;
    await this.em.flush();
    return post;
  }

  /**
   * Reads the description of a post that has never been read (one created before rubrics were
   * derived), so that no batch is judged without its derived items. A no-op otherwise.
   */
  async ensureDerived(post: JobPost): Promise<void> {
    if (post.derivedRubric !== null) return;
    const before = JSON.stringify(analyzerRubric(post));
    post.derivedRubric = await this.drafter(post.title, post.description);
    if (JSON.stringify(analyzerRubric(post)) !== before) post.revision += 1;
    await this.em.flush();
  }

  /** Removes items by ID: typed ones from the lists; derived ones are returned to be dismissed. */
  private remove(post: JobPost, lists: TypedLists, ids: string[]): { lists: TypedLists; dismissed: string[] } {
    const typed = new Map(authoredItems({ ...post, ...lists }).map((i) => [rubricItemId(i), i]));
    const derived = new Set((post.derivedRubric?.items ?? []).map(rubricItemId));
    const out: TypedLists = { ...lists };
    const dismissed: string[] = [];
    for (const id of ids) {
      const item = typed.get(id);
      if (item) {
        const drop = (list: string[]) => list.filter((s) => s !== item.text);
        if (item.kind === 'MUST_HAVE') out.mustHaveSkills = drop(out.mustHaveSkills);
        else if (item.kind === 'NICE_TO_HAVE') out.niceToHaveSkills = drop(out.niceToHaveSkills);
        else if (item.kind === 'REQUIREMENT') out.requirements = drop(out.requirements);
        else if (item.kind === 'EDUCATION') out.education = drop(out.education);
        else if (out.experienceItems.some((e) => e.text === item.text)) {
          out.experienceItems = out.experienceItems.filter((e) => e.text !== item.text);
        } else out.minYearsExperience = null;
      } else if (derived.has(id)) {
        dismissed.push(id);
      } else {
        throw new BadUserInputError(`no rubric item ${id} on this job post`, { argument: 'removeRubricItems' });
      }
    }
    return { lists: out, dismissed };
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

/**
 * A description as a job post keeps it (see `pastedDescription`): still within the length allowed
 * once ligatures are spelled out, and not empty once invisible marks are gone.
 */
function keptDescription(raw: string): string {
  const description = pastedDescription(raw);
  if (description.length === 0)
    throw new BadUserInputError('the description holds no visible text', { argument: 'description' });
  if (description.length > DESCRIPTION_MAX_CHARS)
    throw new BadUserInputError(
      `the description is over ${DESCRIPTION_MAX_CHARS.toLocaleString('en')} characters once its ligatures are spelled out`,
      { argument: 'description' },
    );
  return description;
}
