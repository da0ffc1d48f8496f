import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationsService } from '../applications/applications.service.js';
import type { Container } from '../container.js';
import { JobPostsService } from '../job-posts/job-posts.service.js';
import type { Caller } from '../organizations/organizations.service.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Logger } from '../shared/logger.js';
import { ProcessingService } from '../processing/processing.service.js';

/** What every resolver gets: the caller's organization and services scoped to it. */
export interface GraphQLContext {
  caller: Caller;
  organizationId: string;
  em: EntityManager;
  container: Container;
  jobPosts: JobPostsService;
  applications: ApplicationsService;
  processing: ProcessingService;
  loaders: Loaders;
  /** The HTTP request's ID (X-Request-Id); null over WebSocket. */
  requestId: string | null;
  /** The logger for this request: its lines carry the request ID (`reqId`). */
  logger: Logger;
}

export function createContext(
  container: Container,
  caller: Caller,
  request: { requestId?: string; logger?: Logger } = {},
): GraphQLContext {
  // One unit of work per request (or per subscription operation).
  const em = container.orm.em.fork();
  const { organizationId } = caller;
  const logger = request.logger ?? container.logger;
  return {
    caller,
    organizationId,
    em,
    container,
    jobPosts: new JobPostsService(em, organizationId, container.rubricDrafter),
    applications: new ApplicationsService(em, organizationId, {
      webhooks: container.webhooks,
      logger: container.logger,
    }),
    processing: new ProcessingService({
      em,
      organizationId,
      queue: container.queue,
      progress: container.bus,
      limits: container.config.limits,
      logger,
      drafter: container.rubricDrafter,
      files: container.files,
      webhooks: container.webhooks,
    }),
    loaders: createLoaders(em, organizationId),
    requestId: request.requestId ?? null,
    logger,
  };
}

/** The bearer token of an `Authorization` header value, if any. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}
