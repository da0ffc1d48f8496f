import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organizations/organization.entity.js';
import { JobPost } from '../job-posts/job-post.entity.js';
import { ProcessingTask } from '../processing/processing-task.entity.js';
import { ResumeFile } from '../storage/resume-file.entity.js';
import type { CandidateProfile, Evaluation, Usage } from '../analysis/analysis.types.js';
import { Candidate, Evaluation as EvaluationType, Usage as UsageType } from './application.types.js';
import { TALLY_TRIGGERS } from './tally-triggers.js';
import { Node } from '../graphql/node.js';

export enum ApplicationStatus {
  PENDING = 'PENDING',
  PROCESSING = 'PROCESSING',
  SHORTLISTED = 'SHORTLISTED',
  REVIEW = 'REVIEW',
  REJECTED = 'REJECTED',
  FAILED = 'FAILED',
  /** Its task was cancelled before it was analysed; refunded. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application is: PENDING and PROCESSING on the way, the others final.',
  valuesConfig: {
    PENDING: { description: 'Stored and queued, not yet started.' },
    PROCESSING: { description: 'A worker is reading and analysing it.' },
    SHORTLISTED: { description: 'Scored at or above the job post shortlistThreshold (or shortlisted by a person).' },
    REVIEW: { description: 'Scored between the thresholds: a person should look.' },
    REJECTED: {
      description: 'Scored below the rejectThreshold, or missing most must-have skills (or rejected by a person).',
    },
    FAILED: { description: 'Could not be processed: `error` says why; not charged; retryFailed runs it again.' },
    CANCELLED: { description: 'Its task was cancelled before it was analysed; refunded.' },
  },
});

export enum DecisionSource {
  AI = 'AI',
  HUMAN = 'HUMAN',
}
registerEnumType(DecisionSource, {
  name: 'DecisionSource',
  description: 'Who made the current decision on an application.',
  valuesConfig: {
    AI: { description: 'The analyzer, from the score.' },
    HUMAN: { description: 'A person, through overrideDecision.' },
  },
});

export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.REVIEW,
  ApplicationStatus.REJECTED,
  ApplicationStatus.FAILED,
  ApplicationStatus.CANCELLED,
];
export const SCORED_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.REVIEW,
  ApplicationStatus.REJECTED,
];

/** One resume submitted to one job post, and everything Sift learnt from it. */
@ObjectType({
  implements: Node,
  description: 'One resume submitted to one job post, and everything Sift learnt from it.',
})
@Entity({ tableName: 'application', triggers: TALLY_TRIGGERS })
// Every list is ordered by (field, id) and paged by seeking in one of these: (organization, job
// post, [status,] field, id) for a job post's list, (organization, [status,] field, id) otherwise.
@Index({ properties: ['organization', 'jobPost', 'createdAt', 'id'] })
@Index({ properties: ['organization', 'jobPost', 'status', 'createdAt', 'id'] })
@Index({
  name: 'application_org_job_post_score_id_index',
  expression:
    'create index "application_org_job_post_score_id_index" on "application" ("organization_id", "job_post_id", "score" desc nulls last, "id" desc)',
})
@Index({
  name: 'application_org_job_post_status_score_id_index',
  expression:
    'create index "application_org_job_post_status_score_id_index" on "application" ("organization_id", "job_post_id", "status", "score" desc nulls last, "id" desc)',
})
@Index({ properties: ['organization', 'createdAt', 'id'] })
@Index({ properties: ['organization', 'status', 'createdAt', 'id'] })
@Index({ properties: ['organization', 'updatedAt', 'id'] })
@Index({ properties: ['organization', 'email'] })
@Index({ properties: ['task', 'status'] })
@Index({ properties: ['jobPost', 'textHash'] })
@Index({ properties: ['analysisKey'] })
export class Application {
  [OptionalProps]?:
    | 'status'
    | 'score'
    | 'candidate'
    | 'evaluation'
    | 'flags'
    | 'error'
    | 'usage'
    | 'decisionSource'
    | 'email'
    | 'textHash'
    | 'analyzer'
    | 'createdAt'
    | 'updatedAt'
    | 'processedAt'
    | 'attempts'
    | 'duplicateOf'
    | 'analysisKey'
    | 'erasedAt';

  @Field(() => ID, { description: 'A UUID, unique across every type (see `node`).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne(() => JobPost, { ref: true, deleteRule: 'cascade' })
  jobPost!: Ref<JobPost>;

  @ManyToOne(() => ProcessingTask, { ref: true, deleteRule: 'cascade' })
  task!: Ref<ProcessingTask>;

  @Field(() => ApplicationStatus, { description: 'Where it is, and the decision once final.' })
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  status: ApplicationStatus = ApplicationStatus.PENDING;

  @Field(() => Int, { nullable: true, description: '0-100, from the job post rubric.' })
  @Property({ type: 'integer', nullable: true })
  score: number | null = null;

  // Plain fields, read by GraphQL's default resolver (a page of 100 applications resolves them
  // 100 times each).
  @Field(() => Candidate, { nullable: true, description: 'Null until analysed.' })
  @Property({ type: 'json', nullable: true })
  candidate: CandidateProfile | null = null;

  @Field(() => EvaluationType, { nullable: true, description: 'Null until analysed.' })
  @Property({ type: 'json', nullable: true })
  evaluation: Evaluation | null = null;

  @Field(() => [String], {
    description: 'What to know about the resume, e.g. PROMPT_INJECTION_SUSPECTED, LOW_TEXT, DUPLICATE.',
  })
  @Property({ type: 'text[]' })
  flags: string[] = [];

  @Field(() => String, { nullable: true, description: 'Why processing failed (status FAILED).' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  mimeType!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'text' })
  sha256!: string;

  /** Null once the candidate's data was erased. */
  @ManyToOne(() => ResumeFile, { ref: true, nullable: true, deleteRule: 'set null' })
  file!: Ref<ResumeFile> | null;

  @Field(() => UsageType, { nullable: true, description: 'What analysing it cost; null until analysed.' })
  @Property({ type: 'json', nullable: true })
  usage: Usage | null = null;

  @Field(() => DecisionSource, { nullable: true, description: 'Who decided; null until a final decision.' })
  @Enum({ items: () => DecisionSource, nativeEnumName: 'decision_source', nullable: true })
  decisionSource: DecisionSource | null = null;

  /** The candidate's email, lowercased, for the `email` filter. */
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** SHA-256 of the normalised text: duplicate detection and the analysis cache key. */
  @Property({ type: 'text', nullable: true })
  textHash: string | null = null;

  @Property({ type: 'text', nullable: true })
  analyzer: string | null = null;

  @Field({ description: 'When it was submitted.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: 'When it last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it reached a final status; null before.' })
  @Property({ type: 'timestamptz', nullable: true })
  processedAt: Date | null = null;

  @Field(() => Int, { description: 'How many times a worker started on this application.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  /** The application of the same job post with the same normalised text, analysed first (flag DUPLICATE). */
  @ManyToOne(() => Application, { ref: true, nullable: true, deleteRule: 'set null' })
  duplicateOf: Ref<Application> | null = null;

  /** The analysis cache entry this result came from or went to (erased with the candidate). */
  @Property({ type: 'text', nullable: true })
  analysisKey: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When the candidate's data and file were erased (deleteApplication); the row stays for the counts.",
  })
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null = null;
}
