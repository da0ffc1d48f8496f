/** The worker process: consumes resume jobs. Run any number of them, on any machine. */
import 'reflect-metadata';
import { runProcess } from './process.js';

await runProcess('worker', async (container) => {
  const worker = container.startWorker();
  container.logger.info({ concurrency: container.config.worker.concurrency }, 'worker started');
  return () => worker.close();
});
