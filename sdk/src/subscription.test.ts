import type { Client, FormattedExecutionResult, Sink } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { SiftApiError, subscribeWithSink, subscriptionIterator } from './index.js';

/** A graphql-ws client with one subscription whose sink the test drives. */
function fakeClient() {
  const state = { sink: null as Sink<FormattedExecutionResult<unknown>> | null, unsubscribed: 0 };
  const client = {
    subscribe(_payload: unknown, sink: Sink<FormattedExecutionResult<unknown>>) {
      state.sink = sink;
      return () => void state.unsubscribed++;
    },
  } as unknown as Client;
  return { client, state, sink: () => state.sink! };
}

describe('subscriptionIterator', () => {
  it('yields data in order, whether it arrived before or after next() was called', async () => {
    const { client, sink } = fakeClient();
    const results = subscriptionIterator<number>(client, { query: '{ x }' });
    sink().next({ data: 1 });
    sink().next({ data: 2 });
    expect(await results.next()).toEqual({ done: false, value: 1 });
    expect(await results.next()).toEqual({ done: false, value: 2 });
    const third = results.next();
    const fourth = results.next();
    sink().next({ data: 3 });
    sink().next({ data: 4 });
    sink().complete();
    // next() calls made before the data was there are answered in the order they were made
    expect(await third).toEqual({ done: false, value: 3 });
    expect(await fourth).toEqual({ done: false, value: 4 });
    expect(await results.next()).toEqual({ done: true, value: undefined });
  });

  it('ends with a SiftApiError after the data before it, and unsubscribes', async () => {
    const { client, state, sink } = fakeClient();
    const results = subscriptionIterator<number>(client, { query: '{ x }' });
    sink().next({ data: 1 });
    sink().next({ data: null, errors: [{ message: 'task not found', extensions: { code: 'NOT_FOUND' } }] });
    sink().next({ data: 2 }); // after the error: dropped
    expect(state.unsubscribed).toBe(1);
    expect(await results.next()).toEqual({ done: false, value: 1 });
    const error = await results.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiftApiError);
    expect((error as SiftApiError).code).toBe('NOT_FOUND');
    expect(await results.next()).toEqual({ done: true, value: undefined });
  });

  it('rejects with a SiftApiError when the server refuses the operation (an `error` message)', async () => {
    const { client, sink } = fakeClient();
    const results = subscriptionIterator<number>(client, { query: '{ x }' });
    const waiting = results.next();
    sink().error([{ message: 'too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } }]);
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiftApiError);
    expect((error as SiftApiError).code).toBe('RATE_LIMITED');
    expect((error as SiftApiError).errors[0]!.extensions!.retryAfterSeconds).toBe(12);
  });

  it('rejects a waiting next() with the transport error', async () => {
    const { client, sink } = fakeClient();
    const results = subscriptionIterator<number>(client, { query: '{ x }' });
    const waiting = results.next();
    const closed = { code: 1006, reason: 'gone' };
    sink().error(closed);
    await expect(waiting).rejects.toBe(closed);
  });

  it('return() unsubscribes, drops what is queued and ends the iteration', async () => {
    const { client, state, sink } = fakeClient();
    const results = subscriptionIterator<number>(client, { query: '{ x }' });
    const waiting = results.next();
    sink().next({ data: 1 });
    sink().next({ data: 2 });
    expect(await waiting).toEqual({ done: false, value: 1 });
    expect(await results.return!()).toEqual({ done: true, value: undefined });
    expect(state.unsubscribed).toBe(1);
    expect(await results.next()).toEqual({ done: true, value: undefined });
    await results.return!();
    expect(state.unsubscribed).toBe(1);
  });
});

describe('subscribeWithSink', () => {
  it('passes each data to next, then complete, and nothing after', () => {
    const { client, sink } = fakeClient();
    const seen: unknown[] = [];
    subscribeWithSink<number>(
      client,
      { query: '{ x }' },
      { next: (d) => seen.push(d), complete: () => seen.push('done') },
    );
    sink().next({ data: 1 });
    sink().next({ data: 2 });
    sink().complete();
    sink().next({ data: 3 });
    expect(seen).toEqual([1, 2, 'done']);
  });

  it('calls error once with a SiftApiError for a result with errors, and unsubscribes', () => {
    const { client, state, sink } = fakeClient();
    const errors: unknown[] = [];
    const seen: number[] = [];
    subscribeWithSink<number>(client, { query: '{ x }' }, { next: (d) => seen.push(d), error: (e) => errors.push(e) });
    sink().next({ data: 1 });
    sink().next({ data: null, errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] });
    sink().next({ data: 2 });
    sink().complete();
    expect(seen).toEqual([1]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SiftApiError);
    expect((errors[0] as SiftApiError).code).toBe('NOT_FOUND');
    expect(state.unsubscribed).toBe(1);
  });

  it('the returned function unsubscribes once and silences the sink', () => {
    const { client, state, sink } = fakeClient();
    const seen: number[] = [];
    const stop = subscribeWithSink<number>(client, { query: '{ x }' }, { next: (d) => seen.push(d) });
    sink().next({ data: 1 });
    stop();
    stop();
    sink().next({ data: 2 });
    expect(seen).toEqual([1]);
    expect(state.unsubscribed).toBe(1);
  });
});
