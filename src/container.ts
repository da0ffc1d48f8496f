import type { MikroORM } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import type { Analyzer } from './analysis/analysis.types.js';
import { createAnalyzer } from './analysis/analyzer.factory.js';
import { createRubricDrafter, type RubricDrafter } from './analysis/rubric/drafter.js';
import { prepareForAnalysis } from './analysis/defences/defences.js';
import type { Config } from './config.js';
import { initOrm } from './db/orm.js';
import { assertDeployment, claimDeployment, DeploymentClashError } from './deployment/deployment.identity.js';
import { createProgressBus, type ProgressBus } from './graphql/pubsub.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { createRequestLimiter, type RequestLimiter } from './organizations/request.limiter.js';
import { Reconciler } from './processing/reconciler.js';
import { ResumeProcessor } from './processing/resume.processor.js';
import { createExtractionPool, type ReaderStats } from './extraction/extraction.pool.js';
import { createJobQueue, type JobQueue, type JobWorker } from './queue/job.queue.js';
import { JobName } from './queue/jobs.js';
import { createLogger, type Logger } from './shared/logger.js';
import { Periodic } from './shared/periodic.js';
import { ResumeFiles } from './storage/resume-files.js';
import { S3FileStore } from './storage/s3.file-store.js';
import { createMetrics, type Metrics } from './ops/metrics.js';
import { createReadiness, type Readiness } from './ops/readiness.js';
import { addDeploymentSnapshots } from './ops/snapshots.js';
import { createWebhookQueue, type WebhookQueue } from './queue/webhook.queue.js';
import { WebhookDeliverer } from './webhooks/webhook.deliverer.js';
import { WebhookReconciler } from './webhooks/webhook.reconciler.js';

/** Everything long-lived, wired explicitly. `dispose()` closes it in reverse order. */
/** A worker in this process: BullMQ consumer, extraction readers (child processes), reconciler. */
export interface SiftWorker extends JobWorker {
  /** Resolves once the extraction readers are up (rejects if they cannot start). */
  ready: Promise<void>;
  /** The process's memory and each extraction reader's resident memory, in bytes. */
  memory(): Promise<WorkerMemory>;
}

export interface WorkerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  readers: ReaderStats[];
}

export interface Container {
  config: Config;
  /** This deployment's ID (PostgreSQL's, checked against Redis's at start). */
  deploymentId: string;
  logger: Logger;
  orm: MikroORM;
  queue: JobQueue;
  /** Webhook deliveries: their own queue and workers, apart from screening. */
  webhooks: WebhookQueue;
  bus: ProgressBus;
  analyzer: Analyzer;
  /** Reads job descriptions into rubric items: the analyzer's model when it has one, else the rules. */
  rubricDrafter: RubricDrafter;
  organizations: OrganizationsService;
  /** API requests per organization and minute (ORG_MAX_REQUESTS_PER_MINUTE). */
  requestLimiter: RequestLimiter;
  /** Original files: PostgreSQL or object storage (FILE_STORAGE), read from wherever each was kept. */
  files: ResumeFiles;
  /** This process's Prometheus metrics (its own registry). */
  metrics: Metrics;
  /** PostgreSQL, Redis and migrations checked, for /readyz. */
  readiness: Readiness;
  /** Starts consuming jobs in this process. */
  startWorker(): SiftWorker;
  dispose(): Promise<void>;
}

export async function createContainer(config: Config, logger = createLogger(config.logLevel)): Promise<Container> {
  // Shared provider limits live in Redis; connected on first use (API-only processes never use it).
  const limitsRedis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  const metrics = createMetrics();
  const analyzer = createAnalyzer(config, limitsRedis, metrics);
  const orm = await initOrm(config.databaseUrl);
  const where = { databaseUrl: config.databaseUrl, redisUrl: config.redisUrl, prefix: config.redisPrefix };
  let deploymentId: string;
  try {
    // Before anything touches the queue: a process of another deployment must not take its jobs.
    deploymentId = await claimDeployment(orm, where);
  } catch (error) {
    limitsRedis.disconnect();
    await orm.close(true);
    throw error;
  }
  const queue = createJobQueue({
    redisUrl: config.redisUrl,
    prefix: config.redisPrefix,
    attempts: config.worker.attempts,
    logger,
    // About one worker process's slots handed out ahead of need (see JobQueueOptions.readyTarget).
    readyTarget: config.worker.concurrency,
    maxInFlightPerTenant: config.tenants.maxInFlight,
  });
  const bus = createProgressBus(config.redisUrl, config.redisPrefix, metrics);
  const readiness = createReadiness({ orm, redisUrl: config.redisUrl });
  addDeploymentSnapshots(metrics, { queue, orm, logger });
  const webhooks = createWebhookQueue({ redisUrl: config.redisUrl, prefix: config.redisPrefix, logger });
  const organizations = new OrganizationsService(orm.em);
  const requestLimiter = createRequestLimiter({
    redisUrl: config.redisUrl,
    prefix: config.redisPrefix,
    perMinute: config.tenants.maxRequestsPerMinute,
    logger,
  });
  const objects = config.files.s3 ? new S3FileStore(config.files.s3) : null;
  const files = new ResumeFiles({ storage: config.files.storage, objects, logger });
  const workers = new Set<SiftWorker>();

  return {
    config,
    deploymentId,
    logger,
    orm,
    queue,
    webhooks,
    bus,
    analyzer,
    rubricDrafter: createRubricDrafter(analyzer, logger),
    organizations,
    requestLimiter,
    files,
    metrics,
    readiness,
    startWorker() {
      // Extraction runs in a pool of reader processes with heap, memory and time limits: a hostile
      // file can end its reader, never this process.
      const extraction = createExtractionPool({
        size: config.worker.extractionConcurrency,
        timeoutMs: config.worker.extractionTimeoutMs,
        maxMemoryMb: config.worker.extractionMaxMemoryMb,
        maxRssMb: config.worker.extractionMaxRssMb,
        recycleAfter: config.worker.extractionRecycleAfter,
        maxTextChars: config.worker.extractionMaxTextChars,
      });
      // The readers start now, not with the first files (they load pdf.js: about a second).
      const ready = extraction.warm();
      ready.catch((error: unknown) => logger.error({ err: error }, 'extraction readers failed to start'));
      const processor = new ResumeProcessor({
        orm,
        analyzer,
        progress: bus,
        logger,
        extractor: extraction,
        prepare: prepareForAnalysis,
        files,
        metrics,
        webhooks,
      });
      const jobs = queue.startWorker(
        {
          [JobName.AnalyzeResume]: {
            run: (data, ctx) => processor.run(data, ctx),
            exhausted: (data, error) => processor.exhausted(data, error),
          },
        },
        {
          concurrency: config.worker.concurrency,
          lockMs: config.worker.lockMs,
          stalledCheckMs: config.worker.stalledCheckMs,
          observe: ({ name, outcome, seconds }) => {
            metrics.jobDuration.observe({ job: name, outcome }, seconds);
            if (outcome === 'retry' || outcome === 'rate_limited' || outcome === 'deferred') {
              metrics.jobRetries.inc({ job: name, reason: outcome === 'retry' ? 'error' : outcome });
            }
          },
        },
      );
      const reconciler = new Reconciler({
        orm,
        queue,
        progress: bus,
        logger,
        intervalMs: config.worker.reconcileIntervalMs,
        staleAfterMs: config.worker.reconcileStaleMs,
        failLost: (item, reason) => processor.exhausted(item.data, new Error(reason)),
        webhooks,
      });
      reconciler.start();
      // Objects uploaded for batches that never committed (see ResumeFiles), deleted past their grace.
      const orphanSweep = new Periodic(
        config.worker.reconcileIntervalMs,
        () => files.sweepOrphans(orm.em.fork(), config.files.orphanGraceMs),
        (error) => logger.warn({ err: error }, 'orphan object sweep failed'),
      );
      orphanSweep.start();
      // Deliveries: their own queue and concurrency, so a slow receiver never holds a screening slot.
      const deliverer = new WebhookDeliverer({ orm, logger, policy: config.webhooks });
      const deliveries = webhooks.startWorker((id) => deliverer.run(id), { concurrency: config.webhooks.concurrency });
      const webhookReconciler = new WebhookReconciler({
        orm,
        queue: webhooks,
        logger,
        intervalMs: config.worker.reconcileIntervalMs,
        staleAfterMs: config.worker.reconcileStaleMs,
        retentionDays: config.webhooks.retentionDays,
      });
      webhookReconciler.start();
      // A Redis flushed under a running deployment gets its ID back (so a clashing deployment
      // started later is refused), and a clash that arose meanwhile is reported.
      const deploymentCheck = new Periodic(
        config.worker.reconcileIntervalMs,
        () => assertDeployment(limitsRedis, deploymentId, where),
        (error) => {
          if (error instanceof DeploymentClashError) logger.error(error.message);
          else logger.warn({ err: error }, 'deployment ID not checked');
        },
      );
      deploymentCheck.start();
      const worker: SiftWorker = {
        ready,
        async memory() {
          const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
          return { rss, heapUsed, heapTotal, external, arrayBuffers, readers: await extraction.stats() };
        },
        async close() {
          workers.delete(worker);
          await Promise.all([deploymentCheck.stop(), orphanSweep.stop()]);
          await reconciler.stop();
          await webhookReconciler.stop();
          // Both finish what they hold, side by side: the shutdown grace is not spent twice.
          await Promise.all([jobs.close(), deliveries.close()]);
          await extraction.close();
        },
      };
      workers.add(worker);
      return worker;
    },
    async dispose() {
      await Promise.all([...workers].map((w) => w.close()));
      await queue.dispose();
      await webhooks.dispose();
      await bus.dispose();
      await requestLimiter.dispose();
      readiness.dispose();
      limitsRedis.disconnect();
      objects?.dispose();
      await orm.close(true);
    },
  };
}
