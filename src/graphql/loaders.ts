import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JobPost } from '../job-posts/job-post.entity.js';
import { ProcessingTask } from '../processing/processing-task.entity.js';
import { NotFoundError } from '../shared/errors.js';

/**
 * Per-request batch loaders: the job posts (or tasks) a page of applications points at are read
 * in one query for the page, not one per application. Scoped to the caller's organization.
 */
export interface Loaders {
  jobPost: DataLoader<string, JobPost>;
  task: DataLoader<string, ProcessingTask>;
}

export function createLoaders(em: EntityManager, organizationId: string): Loaders {
  const byId = <T extends JobPost | ProcessingTask>(entity: new () => T, name: string) =>
    new DataLoader<string, T>(async (ids) => {
      const where = { id: { $in: [...ids] }, organization: organizationId };
      const found = (await em.find(entity as never, where as never)) as T[];
      const byKey = new Map(found.map((e) => [e.id, e]));
      return ids.map((id) => byKey.get(id) ?? new NotFoundError(name, id));
    });
  return { jobPost: byId(JobPost, 'JobPost'), task: byId(ProcessingTask, 'ProcessingTask') };
}
