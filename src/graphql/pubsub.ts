import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { PubSub } from 'type-graphql';
import type { Metrics } from '../ops/metrics.js';
import { progressTopic, type ProgressMessage, type ProgressPublisher } from '../processing/progress.js';

/**
 * Redis pub/sub shared by every API instance and worker: workers publish, API instances relay to
 * their subscribers. Two connections (a subscribed Redis connection can do nothing else).
 */
export interface ProgressBus extends ProgressPublisher {
  /** Resolves once Redis confirmed the subscription; returns the unsubscribe function. */
  listen(taskId: string, onMessage: (message: ProgressMessage) => void): Promise<() => void>;
  /** type-graphql's view of it (buildSchema requires one). */
  readonly typeGraphqlPubSub: PubSub;
  dispose(): Promise<void>;
}

/**
 * With `metrics`, each listener counts as a subscriber (`sift_progress_subscribers`) and each
 * message is timed once, from its change in the worker (`at`) to its arrival here (`sift_progress_fanout_seconds`).
 */
export function createProgressBus(redisUrl: string, prefix: string, metrics?: Metrics): ProgressBus {
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const pubsub = new RedisPubSub({ publisher, subscriber });
  const timed = new WeakSet<ProgressMessage>();
  let closed = false;

  return {
    async publish(message) {
      await pubsub.publish(progressTopic(prefix, message.taskId), message);
    },
    async listen(taskId, onMessage) {
      const handler = metrics
        ? (message: ProgressMessage) => {
            // One message reaches every listener of its task as the same parsed object: timed once.
            if (!timed.has(message)) {
              timed.add(message);
              const seconds = (Date.now() - Date.parse(message.at)) / 1_000;
              // Clocks of two machines may disagree: a negative figure says nothing.
              if (seconds >= 0) metrics.progressFanout.observe(seconds);
            }
            onMessage(message);
          }
        : onMessage;
      const id = await pubsub.subscribe(progressTopic(prefix, taskId), handler);
      metrics?.progressSubscribers.inc();
      let listening = true;
      return () => {
        if (listening) metrics?.progressSubscribers.dec();
        listening = false;
        // A stream may end after the bus is closed (shutdown): its channel is gone with the connection.
        if (closed) return;
        try {
          pubsub.unsubscribe(id);
        } catch {
          /* the connection is closing: nothing left to unsubscribe from */
        }
      };
    },
    typeGraphqlPubSub: {
      publish: (topic, payload) => void pubsub.publish(topic, payload),
      subscribe: (topic, id) => pubsub.asyncIterableIterator(id === undefined ? topic : `${topic}:${String(id)}`),
    },
    async dispose() {
      closed = true;
      await pubsub.close();
    },
  };
}
