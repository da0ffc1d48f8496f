import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Caller } from '../organizations/organizations.service.js';
import { BadUserInputError, NotFoundError } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import { keysetPage } from '../shared/keyset.js';
import type { Page } from '../graphql/connection.js';
import {
  Application,
  ApplicationStatus,
  DecisionSource,
  FINAL_APPLICATION_STATUSES,
  SCORED_STATUSES,
} from './application.entity.js';
import { DecisionOverride } from './decision-override.entity.js';
import {
  ApplicationOrderField,
  OrderDirection,
  type ApplicationFilter,
  type ApplicationOrder,
} from './application.inputs.js';
import type { ApplicationCounts, Usage } from './application.types.js';
import type { Logger } from '../shared/logger.js';
import { queueDeliveries, type DeliveryQueue } from '../webhooks/webhook.outbox.js';
import { recordOverriddenEvent } from '../webhooks/webhook.payloads.js';

const ORDER_FIELDS = {
  [ApplicationOrderField.CREATED_AT]: { field: 'createdAt', isDate: true, nullable: false },
  [ApplicationOrderField.UPDATED_AT]: { field: 'updatedAt', isDate: true, nullable: false },
  [ApplicationOrderField.SCORE]: { field: 'score', isDate: false, nullable: true },
} as const;

/** The longest note a decision override may carry. */
const MAX_NOTE_CHARS = 2_000;

/** Applications of one organization. Every method is scoped: foreign IDs are NOT_FOUND. */
export class ApplicationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    /** Where webhook deliveries (application.overridden) are queued after the commit. */
    private readonly events?: { webhooks: DeliveryQueue; logger: Logger },
  ) {}

  async get(id: string): Promise<Application> {
    const app = isUuid(id) ? await this.em.findOne(Application, { id, organization: this.organizationId }) : null;
    if (!app) throw new NotFoundError('Application', id);
    return app;
  }

  /** A page; `withCount`: `totalCount` will be read, so it is counted beside the page's query. */
  async list(
    args: {
      filter?: ApplicationFilter | null;
      orderBy?: ApplicationOrder | null;
      first: number;
      after?: string | null;
    },
    { withCount = false }: { withCount?: boolean } = {},
  ): Promise<Page<Application>> {
    const filter = args.filter ?? {};
    const order = ORDER_FIELDS[args.orderBy?.field ?? ApplicationOrderField.CREATED_AT];
    return keysetPage(this.em, Application, this.where(filter), {
      field: order.field,
      isDate: order.isDate,
      nullable: order.nullable,
      direction: args.orderBy?.direction ?? OrderDirection.DESC,
      first: args.first,
      after: args.after,
      // The indexes have the status before the sort field: one range per status asked for.
      splitBy: filter.status?.length ? { field: 'status', values: [...new Set(filter.status)] } : undefined,
      count: this.tallied(filter) ?? undefined,
      countNow: withCount,
    });
  }

  /**
   * `totalCount` from the tally when the filter is one the tally groups by (job post, task,
   * status): a sum over a few rows rather than a count over every matching application.
   */
  private tallied(filter: ApplicationFilter): (() => Promise<number>) | null {
    const { jobPostId, taskId, status, email, minScore, createdAfter, createdBefore } = filter;
    if (email != null || minScore != null || createdAfter || createdBefore) return null;
    return async () => {
      if ((jobPostId != null && !isUuid(jobPostId)) || (taskId != null && !isUuid(taskId))) return 0;
      const [row] = await this.em.getConnection().execute<{ n: string | null }[]>(
        `SELECT sum(n) AS n FROM application_tally
          WHERE organization_id = ? AND (?::uuid IS NULL OR job_post_id = ?) AND (?::uuid IS NULL OR task_id = ?)
            AND (?::jsonb IS NULL OR status::text IN (SELECT jsonb_array_elements_text(?::jsonb)))`,
        [
          this.organizationId,
          jobPostId ?? null,
          jobPostId ?? null,
          taskId ?? null,
          taskId ?? null,
          status?.length ? JSON.stringify(status) : null,
          status?.length ? JSON.stringify(status) : null,
        ],
      );
      return Number(row?.n ?? 0);
    };
  }

  /** Counts by status for each job post given (one query, over the tally). */
  async countsByJobPost(jobPostIds: readonly string[]): Promise<Map<string, ApplicationCounts>> {
    const rows = await this.em.getConnection().execute<{ job_post_id: string; status: ApplicationStatus; n: string }[]>(
      `SELECT job_post_id, status, sum(n) AS n FROM application_tally
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

  /**
   * A person's decision replaces the AI's: the status changes, `decisionSource` becomes HUMAN, and
   * an override record keeps who (the API key), when, why, and the status before.
   */
  async overrideDecision(id: string, status: ApplicationStatus, note: string, caller: Caller): Promise<Application> {
    if (!SCORED_STATUSES.includes(status)) {
      throw new BadUserInputError(`A decision is one of ${SCORED_STATUSES.join(', ')}`, { reason: 'INVALID_DECISION' });
    }
    const why = note.trim();
    if (!why || why.length > MAX_NOTE_CHARS) {
      throw new BadUserInputError(`The note must say why, in 1 to ${MAX_NOTE_CHARS} characters`, {
        reason: 'INVALID_NOTE',
      });
    }
    const app = await this.get(id);
    if (!FINAL_APPLICATION_STATUSES.includes(app.status) || app.status === ApplicationStatus.CANCELLED) {
      throw new BadUserInputError(`Application ${app.id} is ${app.status}: there is no decision to override yet`, {
        reason: 'NOT_DECIDED',
      });
    }
    const deliveries = await this.em.transactional(async (tx) => {
      const override = tx.create(DecisionOverride, {
        organization: this.organizationId,
        application: app.id,
        fromStatus: app.status,
        toStatus: status,
        note: why,
        by: caller.apiKeyPrefix,
        apiKeyId: caller.apiKeyId,
      });
      await tx.nativeUpdate(Application, { id: app.id }, { status, decisionSource: DecisionSource.HUMAN });
      return recordOverriddenEvent(tx, this.organizationId, app.id, {
        id: override.id,
        fromStatus: override.fromStatus,
        toStatus: override.toStatus,
        by: override.by,
        createdAt: override.createdAt.toISOString(),
      });
    });
    if (this.events) await queueDeliveries(this.events.webhooks, this.events.logger, deliveries);
    await this.em.refresh(app);
    return app;
  }

  /** Overrides of an application's decision, oldest first. */
  overridesOf(applicationId: string): Promise<DecisionOverride[]> {
    return this.em.find(
      DecisionOverride,
      { application: applicationId, organization: this.organizationId },
      { orderBy: { createdAt: 'ASC', id: 'ASC' } },
    );
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
  return { total: 0, pending: 0, processing: 0, shortlisted: 0, review: 0, rejected: 0, failed: 0, cancelled: 0 };
}
