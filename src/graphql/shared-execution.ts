import {
  createSourceEventStream,
  execute,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

/**
 * GraphQL's `subscribe`, except that one event is executed once per distinct subscription, not
 * once per subscriber.
 *
 * A source stream hands the same event object to every subscriber of a topic in this process
 * (graphql-redis-subscriptions parses a message once and passes that object to each listener).
 * Subscribers whose operation, variables and scope (`scopeOf` their context: the organization)
 * are the same would get the same result, so the first to execute it shares the result with the
 * rest: a thousand subscribers to one task cost one execution per event, and the events a stream
 * makes for one subscriber only (its snapshot) are executed as before. Results are kept in a
 * WeakMap keyed by the event, so they go when the event does.
 */
export function sharedSubscribe(scopeOf: (context: unknown) => string) {
  const results = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();
  const printed = new WeakMap<DocumentNode, string>();

  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    let text = printed.get(args.document);
    if (text === undefined) printed.set(args.document, (text = print(args.document)));
    const key = JSON.stringify([
      scopeOf(args.contextValue),
      args.operationName ?? null,
      args.variableValues ?? {},
      text,
    ]);

    const run = (payload: unknown): ExecutionResult | Promise<ExecutionResult> => {
      if (payload === null || typeof payload !== 'object') return execute({ ...args, rootValue: payload });
      let byKey = results.get(payload);
      if (!byKey) results.set(payload, (byKey = new Map()));
      let result = byKey.get(key);
      if (!result) byKey.set(key, (result = execute({ ...args, rootValue: payload })));
      return result;
    };
    return mapStream(source, run);
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/** `source` mapped through `map`, as graphql-js maps a source stream (it does not export its own). */
function mapStream<T, R>(source: AsyncIterable<T>, map: (value: T) => R | Promise<R>): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    try {
      await iterator.return?.();
    } catch {
      // the original error matters more than one from closing
    }
  };
  const mapped = async (result: IteratorResult<T>): Promise<IteratorResult<R>> => {
    if (result.done) return { done: true, value: undefined };
    try {
      return { done: false, value: await map(result.value) };
    } catch (error) {
      await close();
      throw error;
    }
  };
  const stream: AsyncGenerator<R> = {
    next: async () => mapped(await iterator.next()),
    return: async () => {
      await close();
      return { done: true, value: undefined };
    },
    throw: async (error: unknown) => {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}
