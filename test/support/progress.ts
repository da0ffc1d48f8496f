import { TaskProgressDocument, type SiftClient, type TaskProgressSubscription } from '@sift/sdk';

export type ProgressEvent = TaskProgressSubscription['taskProgress'];

/**
 * Collects a task's progress events until the server ends the stream (its final event).
 * `onEvent` sees each event as it arrives (a test can start the worker on the first one, so the
 * stream is open before any work is done).
 */
export async function collectProgress(
  client: SiftClient,
  taskId: string,
  timeoutMs = 60_000,
  onEvent?: (event: ProgressEvent, index: number) => void,
): Promise<ProgressEvent[]> {
  const events: ProgressEvent[] = [];
  const iterator = client.subscribe(TaskProgressDocument, { taskId });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void iterator.return?.();
      reject(new Error(`progress of ${taskId} did not finish within ${timeoutMs} ms; got ${events.length} events`));
    }, timeoutMs);
  });
  const consume = (async () => {
    for await (const { taskProgress } of iterator) {
      events.push(taskProgress);
      onEvent?.(taskProgress, events.length - 1);
    }
    return events;
  })();
  try {
    return await Promise.race([consume, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
