import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { Organization } from '../organizations/organization.entity.js';
import { ApiKey } from '../organizations/api-key.entity.js';
import { JobPost } from '../job-posts/job-post.entity.js';
import { ProcessingTask } from '../processing/processing-task.entity.js';
import { Application } from '../applications/application.entity.js';
import { ResumeFile } from '../storage/resume-file.entity.js';
import { AnalysisCacheEntry } from '../processing/analysis-cache.entity.js';
import { DecisionOverride } from '../applications/decision-override.entity.js';
import { ApplicationTally } from '../applications/application-tally.entity.js';
import { Deployment } from '../deployment/deployment.entity.js';
import { PendingObject } from '../storage/pending-object.entity.js';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.js';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.js';
import './kysely-connection-fix.js';
import { migrationsList } from '../../migrations/index.js';

export const entities = [
  Organization,
  ApiKey,
  JobPost,
  ProcessingTask,
  Application,
  ResumeFile,
  AnalysisCacheEntry,
  DecisionOverride,
  ApplicationTally,
  Deployment,
  PendingObject,
  WebhookEndpoint,
  WebhookDelivery,
];

/** Where `npm run migration:create` writes, relative to the repository root. */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../migrations');

export function ormOptions(databaseUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { checkDuplicateTableNames: true },
    pool: { min: 0, max: 10 },
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      migrationsList,
      snapshot: true,
      snapshotName: '.snapshot-sift',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
    },
    debug: false,
    ...extra,
  });
}

export async function initOrm(databaseUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, extra));
}

export { MikroORM };
