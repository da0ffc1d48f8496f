import type { Client, FormattedExecutionResult, SubscribePayload } from 'graphql-ws';
import { isGraphQLErrors, SiftApiError } from './errors.js';

/** Callbacks for one subscription; each `next` gets the data of one result. */
export interface SubscriptionSink<R> {
  next(data: R): void;
  /** A SiftApiError (the server refused the operation or a result had errors), or the transport's error. */
  error?(error: unknown): void;
  complete?(): void;
}

/**
 * One subscription with callbacks. A result with errors, or an `error` message, calls `error` once
 * with a SiftApiError and unsubscribes; nothing is called after `error` or `complete`. Returns the
 * function that unsubscribes.
 */
export function subscribeWithSink<R>(client: Client, payload: SubscribePayload, sink: SubscriptionSink<R>): () => void {
  let ended = false;
  const end = (callback: () => void) => {
    if (ended) return;
    ended = true;
    callback();
  };
  const unsubscribe = client.subscribe<R>(payload, {
    next(result: FormattedExecutionResult<R>) {
      if (ended) return;
      if (result.errors?.length) {
        const error = new SiftApiError(result.errors, 200, result.data ?? null);
        unsubscribe();
        return end(() => sink.error?.(error));
      }
      sink.next(result.data as R);
    },
    // An `error` message (the server refused the operation: RATE_LIMITED, UNAUTHENTICATED, a
    // validation error) carries GraphQL errors: a SiftApiError with their code, as over HTTP.
    error: (error) => end(() => sink.error?.(isGraphQLErrors(error) ? new SiftApiError(error, 200) : error)),
    complete: () => end(() => sink.complete?.()),
  });
  return () => {
    if (ended) return;
    ended = true;
    unsubscribe();
  };
}

/**
 * One subscription's data as an async iterator: a queue that graphql-ws's sink feeds, and a
 * pending `next()` resolved directly. (graphql-ws's `iterate` wrapped in a generator costs two
 * async generators per event: a process following many tasks spent most of its time there.)
 * A result with errors, or an `error` message, ends the iterator with a SiftApiError, after the data
 * before it; a closed socket ends it with graphql-ws's error; `return()` unsubscribes.
 */
export function subscriptionIterator<R>(client: Client, payload: SubscribePayload): AsyncIterableIterator<R> {
  const queue: R[] = [];
  const waiters: { resolve(result: IteratorResult<R>): void; reject(error: unknown): void }[] = [];
  let ended = false;
  let failure: { error: unknown } | null = null;

  const settle = () => {
    while (waiters.length) {
      if (queue.length) waiters.shift()!.resolve({ done: false, value: queue.shift()! });
      else if (failure) {
        waiters.shift()!.reject(failure.error);
        failure = null;
      } else if (ended) waiters.shift()!.resolve({ done: true, value: undefined });
      else return;
    }
  };
  const end = (error?: { error: unknown }) => {
    if (ended) return;
    ended = true;
    failure = error ?? null;
    settle();
  };
  const unsubscribe = subscribeWithSink<R>(client, payload, {
    next(data) {
      if (ended) return;
      queue.push(data);
      settle();
    },
    error: (error) => end({ error }),
    complete: () => end(),
  });

  const iterator: AsyncIterableIterator<R> = {
    next() {
      return new Promise((resolve, reject) => {
        waiters.push({ resolve, reject });
        settle();
      });
    },
    async return() {
      if (!ended) unsubscribe();
      ended = true;
      queue.length = 0;
      failure = null;
      settle();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
