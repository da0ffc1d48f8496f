import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sharedSubscribe } from './shared-execution.js';

/** A topic that hands the same event object to every listener, as the Redis bus does. */
function topic() {
  const listeners = new Set<(event: object) => void>();
  return {
    publish: (event: object) => listeners.forEach((listen) => listen(event)),
    async *listen(): AsyncGenerator<object> {
      const inbox: object[] = [];
      let wake: (() => void) | null = null;
      const listener = (event: object) => {
        inbox.push(event);
        wake?.();
      };
      listeners.add(listener);
      try {
        for (;;) {
          if (!inbox.length) await new Promise<void>((resolve) => (wake = resolve));
          yield inbox.shift()!;
        }
      } finally {
        listeners.delete(listener);
      }
    },
    get size() {
      return listeners.size;
    },
  };
}

describe('sharedSubscribe', () => {
  const schema = buildSchema(`
    type Query { ok: Boolean }
    type Event { n: Int, label(prefix: String): String }
    type Subscription { events: Event }
  `);

  async function setup() {
    const bus = topic();
    let executions = 0;
    const subscribe = sharedSubscribe((context) => (context as { org: string }).org);
    const rootValue = { events: () => bus.listen() };
    const open = async (org: string, query: string, variableValues?: Record<string, unknown>) => {
      const stream = (await subscribe({
        schema,
        document: parse(query),
        rootValue,
        contextValue: { org },
        variableValues,
        // Counts executions: the event's resolver runs once per execution.
        fieldResolver: (source: Record<string, unknown>, args: { prefix?: string }, _ctx, info) => {
          if (info.fieldName === 'events') return source;
          if (info.parentType.name === 'Subscription') return source;
          if (info.fieldName === 'n') executions++;
          const value = source[info.fieldName];
          return info.fieldName === 'label' ? `${args.prefix ?? ''}${String(value)}` : value;
        },
      })) as AsyncGenerator<ExecutionResult>;
      return stream;
    };
    return { bus, open, executions: () => executions };
  }

  it('executes an event once for subscribers asking the same in the same scope', async () => {
    const { bus, open, executions } = await setup();
    const query = 'subscription { events { n label(prefix: "#") } }';
    const streams = await Promise.all([open('a', query), open('a', query), open('a', query)]);
    const next = streams.map((s) => s.next());
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    bus.publish({ n: 1, label: 'one' });
    const results = await Promise.all(next);
    expect(results.map((r) => r.value)).toEqual(Array(3).fill({ data: { events: { n: 1, label: '#one' } } }));
    expect(executions()).toBe(1);
    await Promise.all(streams.map((s) => s.return(undefined)));
    expect(bus.size).toBe(0);
  });

  it('executes separately for another scope, other variables or another selection', async () => {
    const { bus, open, executions } = await setup();
    const withVar = 'subscription ($p: String) { events { n label(prefix: $p) } }';
    const streams = await Promise.all([
      open('a', withVar, { p: '#' }),
      open('b', withVar, { p: '#' }),
      open('a', withVar, { p: '!' }),
      open('a', 'subscription { events { n } }'),
      open('a', withVar, { p: '#' }),
    ]);
    const next = streams.map((s) => s.next());
    await new Promise((resolve) => setImmediate(resolve));
    bus.publish({ n: 2, label: 'two' });
    const results = (await Promise.all(next)).map((r) => r.value as ExecutionResult);
    expect(results.map((r) => r.data)).toEqual([
      { events: { n: 2, label: '#two' } },
      { events: { n: 2, label: '#two' } },
      { events: { n: 2, label: '!two' } },
      { events: { n: 2 } },
      { events: { n: 2, label: '#two' } },
    ]);
    expect(executions()).toBe(4);
    // A new event is a new execution, even for the same subscribers.
    const again = streams.map((s) => s.next());
    await new Promise((resolve) => setImmediate(resolve));
    bus.publish({ n: 3, label: 'three' });
    await Promise.all(again);
    expect(executions()).toBe(8);
    await Promise.all(streams.map((s) => s.return(undefined)));
    expect(bus.size).toBe(0);
  });
});
