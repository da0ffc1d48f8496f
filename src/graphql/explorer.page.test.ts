import { describe, expect, it } from 'vitest';
import { EXPLORER_PAGE_SCRIPT, IS_SUBSCRIPTION } from './explorer.page.js';

const isSubscription = new Function(`${IS_SUBSCRIPTION}; return isSubscription;`)() as (params: {
  query: string;
  operationName?: string;
}) => boolean;

describe('explorer page script', () => {
  it('is valid JavaScript', () => {
    expect(() => new Function(EXPLORER_PAGE_SCRIPT)).not.toThrow();
  });

  it('sends subscriptions to graphql-ws, everything else over HTTP', () => {
    const cases: [string, string | undefined, boolean][] = [
      ['subscription { taskProgress(taskId: "1") { state } }', undefined, true],
      ['  subscription Follow($id: ID!) { taskProgress(taskId: $id) { state } }', undefined, true],
      ['{ viewer { name } }', undefined, false],
      ['query { viewer { name } }', undefined, false],
      ['mutation M { cancelTask(id: "1") { id } }', undefined, false],
      ['# subscription { x }\n{ viewer { name } }', undefined, false],
      ['{ a(s: "subscription { x }") { b } }', undefined, false],
      ['query A { viewer { id } }\nsubscription B { taskProgress(taskId: "1") { state } }', 'B', true],
      ['query A { viewer { id } }\nsubscription B { taskProgress(taskId: "1") { state } }', 'A', false],
      ['query A { viewer { id } }\nsubscription B { taskProgress(taskId: "1") { state } }', undefined, false],
      ['fragment F on Organization { id }\nsubscription { taskProgress(taskId: "1") { ...F } }', undefined, true],
      ['subscription ($f: Filter = { a: 1 }) { taskProgress(taskId: "1") { state } }', undefined, true],
      ['{ x }', 'Missing', false],
    ];
    for (const [query, operationName, expected] of cases) {
      expect(isSubscription({ query, operationName }), `${query} (${operationName})`).toBe(expected);
    }
  });
});
