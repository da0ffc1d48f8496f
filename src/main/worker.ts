/** The worker process: consumes resume jobs. Run any number of them, on any machine. */
import 'reflect-metadata';
import { runProcess } from './process.js';

const MIB = 1024 * 1024;

await runProcess('worker', async (container) => {
  const worker = container.startWorker();
  await worker.ready;
  const { concurrency, memoryLogIntervalMs } = container.config.worker;
  container.logger.info({ concurrency, webhookConcurrency: container.config.webhooks.concurrency }, 'worker started');
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
  return () => {
    clearInterval(memoryLog);
    return worker.close();
  };
});
