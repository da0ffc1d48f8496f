import type { ProgressBus } from '../graphql/pubsub.js';
import { FINAL_TASK_STATES, type ProcessingTask } from './processing-task.entity.js';
import type { ProgressMessage } from './progress.js';
import { progressMessage } from './task-counters.js';

export interface TaskProgressOptions {
  bus: ProgressBus;
  taskId: string;
  /** Reads the task from PostgreSQL, the source of truth. */
  loadTask: () => Promise<ProcessingTask>;
  /** Reads it again for a resync (may be shared with other streams); `loadTask` by default. */
  reloadTask?: () => Promise<ProcessingTask>;
  /** With no event for this long, re-read the task: pub/sub may drop messages. */
  resyncMs?: number;
  /** Called as each message arrives, before the stream's consumer gets to it. */
  onArrival?: (message: ProgressMessage) => void;
}

/**
 * A task's progress as a subscriber sees it: a snapshot first, then one event per application
 * state change, then a last event in a final state, after which the stream ends.
 *
 * Subscribes before reading the snapshot, so no change falls between the two. Counters never
 * go backwards even when workers' messages arrive out of order, and a silent stream re-reads
 * the task now and then, so a lost message cannot leave a subscriber waiting forever.
 */
export function taskProgressStream(options: TaskProgressOptions): AsyncIterableIterator<ProgressMessage> {
  // An async generator's return() waits behind a pending next(), which, on a task where nothing
  // happens, never settles: a client that unsubscribed would stay subscribed until the task
  // ended. return() here first stops the wait, so the stream ends and unsubscribes at once.
  const stop = new AbortController();
  const events = progressEvents(options, stop.signal);
  return {
    next: () => events.next(),
    return: (value?: unknown) => {
      stop.abort();
      return events.return(value as undefined);
    },
    throw: (error?: unknown) => {
      stop.abort();
      return events.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

async function* progressEvents(options: TaskProgressOptions, stopped: AbortSignal): AsyncGenerator<ProgressMessage> {
  const { bus, taskId, loadTask, reloadTask = loadTask, resyncMs = 2_000, onArrival } = options;
  const inbox: ProgressMessage[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = await bus.listen(taskId, (message) => {
    inbox.push(message);
    onArrival?.(message);
    wake?.();
  });
  const onStop = () => wake?.();
  stopped.addEventListener('abort', onStop);
  try {
    let last = progressMessage(await loadTask(), null, 'snapshot');
    yield last;
    while (!FINAL_TASK_STATES.includes(last.state)) {
      if (stopped.aborted) return;
      if (inbox.length === 0) {
        const timedOut = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(true), resyncMs);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
        });
        wake = null;
        if (stopped.aborted) return;
        if (timedOut) {
          // The database may be briefly away: skip this resync, the next one will tell.
          const task = await reloadTask().catch(() => null);
          if (!task) continue;
          const fresh = progressMessage(task, null, 'resync');
          if (fresh.processed !== last.processed || fresh.state !== last.state) {
            last = monotonic(last, fresh);
            yield last;
          }
          continue;
        }
      }
      const next = inbox.shift()!;
      last = monotonic(last, next);
      yield last;
    }
  } finally {
    stopped.removeEventListener('abort', onStop);
    unsubscribe();
  }
}

/** Keeps the application part of `next` but never lets the counters or the state go back. */
function monotonic(last: ProgressMessage, next: ProgressMessage): ProgressMessage {
  if (next.processed >= last.processed || FINAL_TASK_STATES.includes(next.state)) return next;
  return {
    ...next,
    state: last.state,
    total: last.total,
    processed: last.processed,
    succeeded: last.succeeded,
    failed: last.failed,
    duplicates: last.duplicates,
  };
}
