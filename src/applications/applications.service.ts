import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { NotFoundError } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import { keysetPage } from '../shared/keyset.js';
import type { Page } from '../graphql/connection.js';
import { Application, ApplicationStatus } from './application.entity.js';
import {
  ApplicationOrderField,
  OrderDirection,
  type ApplicationFilter,
  type ApplicationOrder,
} from './application.inputs.js';
import type { ApplicationCounts, Usage } from './application.types.js';

const ORDER_FIELDS = {
  [ApplicationOrderField.CREATED_AT]: { field: 'createdAt', isDate: true, nullable: false },
  [ApplicationOrderField.UPDATED_AT]: { field: 'updatedAt', isDate: true, nullable: false },
  [ApplicationOrderField.SCORE]: { field: 'score', isDate: false, nullable: true },
} as const;

/** Applications of one organization. Every method is scoped: foreign IDs are NOT_FOUND. */
export class ApplicationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
  ) {}

  async get(id: string): Promise<Application> {
    const app = isUuid(id) ? await this.em.findOne(Application, { id, organization: this.organizationId }) : null;
    if (!app) throw new NotFoundError('Application', id);
    return app;
  }

  async list(args: {
    filter?: ApplicationFilter | null;
    orderBy?: ApplicationOrder | null;
    first: number;
    after?: string | null;
  }): Promise<Page<Application>> {
    const order = ORDER_FIELDS[args.orderBy?.field ?? ApplicationOrderField.CREATED_AT];
    return keysetPage(this.em, Application, this.where(args.filter ?? {}), {
      field: order.field,
      isDate: order.isDate,
      nullable: order.nullable,
      direction: args.orderBy?.direction ?? OrderDirection.DESC,
      first: args.first,
      after: args.after,
    });
  }

  /** Counts by status for each job post given (one query). */
  async countsByJobPost(jobPostIds: readonly string[]): Promise<Map<string, ApplicationCounts>> {
    const rows = await this.em.getConnection().execute<{ job_post_id: string; status: ApplicationStatus; n: string }[]>(
      `SELECT job_post_id, status, count(*) AS n FROM application
        WHERE organization_id = ? AND job_post_id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid)
        GROUP BY job_post_id, status`,
      [this.organizationId, JSON.stringify(jobPostIds)],
    );
    const result = new Map<string, ApplicationCounts>();
    for (const id of jobPostIds) result.set(id, emptyCounts());
    for (const row of rows) {
      const counts = result.get(row.job_post_id)!;
      const n = Number(row.n);
      counts.total += n;
      counts[row.status.toLowerCase() as Exclude<keyof ApplicationCounts, 'total'>] += n;
    }
    return result;
  }

  /** Tokens and cost summed over a task's applications. */
  async usageOfTask(taskId: string): Promise<Usage> {
    const [row] = await this.em.getConnection().execute<{ prompt: string; completion: string; cost: string }[]>(
      `SELECT coalesce(sum((usage->>'promptTokens')::bigint), 0) AS prompt,
              coalesce(sum((usage->>'completionTokens')::bigint), 0) AS completion,
              coalesce(sum((usage->>'costUsd')::numeric), 0) AS cost
         FROM application WHERE organization_id = ? AND task_id = ?`,
      [this.organizationId, taskId],
    );
    return { promptTokens: Number(row!.prompt), completionTokens: Number(row!.completion), costUsd: Number(row!.cost) };
  }

  private where(filter: ApplicationFilter): FilterQuery<Application> {
    const where: Record<string, unknown> = { organization: this.organizationId };
    // A malformed or foreign ID simply matches nothing (the organization scope still applies).
    if (filter.jobPostId != null) where.jobPost = isUuid(filter.jobPostId) ? filter.jobPostId : null;
    if (filter.taskId != null) where.task = isUuid(filter.taskId) ? filter.taskId : null;
    if (filter.status?.length) where.status = { $in: filter.status };
    if (filter.email != null) where.email = filter.email.trim().toLowerCase();
    if (filter.minScore != null) where.score = { $gte: filter.minScore };
    const created: Record<string, Date> = {};
    if (filter.createdAfter) created.$gt = filter.createdAfter;
    if (filter.createdBefore) created.$lt = filter.createdBefore;
    if (Object.keys(created).length) where.createdAt = created;
    return where as FilterQuery<Application>;
  }
}

function emptyCounts(): ApplicationCounts {
  return { total: 0, pending: 0, processing: 0, shortlisted: 0, review: 0, rejected: 0, failed: 0 };
}
