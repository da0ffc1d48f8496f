/** The worker process: consumes resume jobs. Run any number of them, on any machine. */
import 'reflect-metadata';
import { startHealthServer } from '../ops/health.server.js';
import { runProcess } from './process.js';

const MIB = 1024 * 1024;

await runProcess('worker', async (container) => {
  const worker = container.startWorker();
  await worker.ready;
  const { concurrency, memoryLogIntervalMs } = container.config.worker;
  // /healthz, /readyz and /metrics for orchestrators and Prometheus (WORKER_HEALTH_PORT; unset: none).
  const { workerHealthPort, host } = container.config;
  const health =
    workerHealthPort === null ? null : await startHealthServer({ ...container, port: workerHealthPort, host });
  container.logger.info(
    { concurrency, webhookConcurrency: container.config.webhooks.concurrency, healthPort: health?.port ?? null },
    'worker started',
  );
  // A line a minute: what the process holds, and each extraction reader's resident memory (MiB).
  const memoryLog = memoryLogIntervalMs
    ? setInterval(() => {
        void worker.memory().then(
          (m) =>
            container.logger.info(
              {
                rssMiB: Math.round(m.rss / MIB),
                heapUsedMiB: Math.round(m.heapUsed / MIB),
                externalMiB: Math.round(m.external / MIB),
                readers: m.readers.map((r) => ({ pid: r.pid, files: r.files, rssMiB: Math.round(r.rss / MIB) })),
              },
              'worker memory',
            ),
          () => undefined,
        );
      }, memoryLogIntervalMs).unref()
    : undefined;
  return async () => {
    clearInterval(memoryLog);
    await worker.close();
    await health?.close();
  };
});
