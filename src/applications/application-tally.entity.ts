import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ApplicationStatus } from './application.entity.js';

/**
 * How many applications there are per (organization, job post, task, status), kept by database
 * triggers on `application` (see the migration that made this table), so that `totalCount` and
 * job-post counts are a sum over a few rows instead of a count over millions.
 *
 * Triggers only ever insert: each statement that inserts, deletes or changes the status of
 * applications adds one row per group it touched, with the difference (+n or -n). Writers never
 * wait on each other for a counter. The reconciler folds each group's rows into one now and then
 * (`compactTally`). There are no foreign keys: the rows of a deleted organization or job post sum
 * to zero and are folded away.
 */
@Entity({ tableName: 'application_tally' })
@Index({ properties: ['organizationId', 'jobPostId', 'taskId', 'status'] })
export class ApplicationTally {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  jobPostId!: string;

  @Property({ type: 'uuid' })
  taskId!: string;

  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  status!: ApplicationStatus;

  /** A difference in the number of applications of this group (after folding, the number). */
  @Property({ type: 'bigint' })
  n!: string;
}
