import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organizations/organization.entity.js';
import type { ExperienceRequirement, JobRubric } from '../analysis/analysis.types.js';
import type { DerivedRubric } from '../analysis/rubric/rubric.types.js';
import { analyzerRubric } from './job-rubric.js';
import { Node } from '../graphql/node.js';

export enum JobPostStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(JobPostStatus, {
  name: 'JobPostStatus',
  description: 'Whether a job post takes resumes.',
  valuesConfig: {
    OPEN: { description: 'Takes resumes.' },
    CLOSED: { description: 'Closed by closeJobPost: processResumes refuses it; its applications stay.' },
  },
});

export const DEFAULT_SHORTLIST_THRESHOLD = 70;
export const DEFAULT_REJECT_THRESHOLD = 40;

/** A job post: the rubric every application to it is judged against. */
@ObjectType({ implements: Node, description: 'A job post: what every application to it is judged against.' })
@Entity({ tableName: 'job_post' })
@Index({ properties: ['organization', 'status', 'createdAt'] })
export class JobPost {
  [OptionalProps]?:
    | 'status'
    | 'revision'
    | 'createdAt'
    | 'updatedAt'
    | 'blindScreening'
    | 'shortlistThreshold'
    | 'rejectThreshold'
    | 'requirements'
    | 'mustHaveSkills'
    | 'niceToHaveSkills'
    | 'minYearsExperience'
    | 'experienceItems'
    | 'education'
    | 'derivedRubric'
    | 'dismissedRubricItems'
    | 'location';

  @Field(() => ID, { description: 'A UUID, unique across every type (see `node`).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @Field({ description: 'The job title, e.g. "Senior Backend Engineer".' })
  @Property({ type: 'text' })
  title!: string;

  @Field({
    description:
      'The job description as pasted, with what no reader sees taken out (soft hyphens, zero-width marks) and ligatures spelled out: the rubric is derived from it, and its items quote it.',
  })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: 'Other demands the recruiter typed (REQUIREMENT items).' })
  @Property({ type: 'text[]' })
  requirements: string[] = [];

  @Field(() => [String], {
    description: 'Skills the recruiter typed as required (MUST_HAVE items): missing most of them rejects.',
  })
  @Property({ type: 'text[]' })
  mustHaveSkills: string[] = [];

  @Field(() => [String], { description: 'Skills the recruiter typed as a plus (NICE_TO_HAVE items).' })
  @Property({ type: 'text[]' })
  niceToHaveSkills: string[] = [];

  @Field(() => Float, {
    nullable: true,
    description:
      'Years of any work the recruiter typed as required. Typed EXPERIENCE items that name a field ("5 years of Kubernetes") are rubric items of their own (see `rubric`).',
  })
  @Property({ type: 'double', nullable: true })
  minYearsExperience: number | null = null;

  /**
   * EXPERIENCE items the recruiter typed that name what the years are of ("At least 3 years of
   * HVAC service"), with their text as typed; years of any work are `minYearsExperience`.
   */
  @Property({ type: 'jsonb' })
  experienceItems: ExperienceRequirement[] = [];

  @Field(() => [String], { description: 'Degrees the recruiter typed as required (EDUCATION items).' })
  @Property({ type: 'text[]' })
  education: string[] = [];

  /** The rubric read from the description (by rules, or drafted by a model), with its warnings. */
  @Property({ type: 'jsonb', nullable: true })
  derivedRubric: DerivedRubric | null = null;

  /** IDs of derived rubric items the recruiter removed: they stay out until restored. */
  @Property({ type: 'text[]' })
  dismissedRubricItems: string[] = [];

  @Field(() => String, { nullable: true, description: 'Where the job is.' })
  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  @Field(() => JobPostStatus, { description: 'OPEN until closed.' })
  @Enum({ items: () => JobPostStatus, nativeEnumName: 'job_post_status' })
  status: JobPostStatus = JobPostStatus.OPEN;

  @Field(() => Int, { description: 'Score at or above which a candidate is SHORTLISTED.' })
  @Property({ type: 'integer' })
  shortlistThreshold: number = DEFAULT_SHORTLIST_THRESHOLD;

  @Field(() => Int, { description: 'Score below which a candidate is REJECTED.' })
  @Property({ type: 'integer' })
  rejectThreshold: number = DEFAULT_REJECT_THRESHOLD;

  @Field({ description: 'Redact identity (name, contacts, photo, age, gender words) before analysis.' })
  @Property({ type: 'boolean' })
  blindScreening: boolean = false;

  /** Bumped whenever the rubric changes: part of the analysis cache key. */
  @Field(() => Int, {
    description: 'Starts at 1 and grows whenever the rubric changes; results are cached per revision.',
  })
  @Property({ type: 'integer' })
  revision: number = 1;

  @Field({ description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: 'When it last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The rubric as analyzers see it: typed and derived items merged (see `job-rubric.ts`). */
  toRubric(): JobRubric {
    return analyzerRubric(this);
  }
}
