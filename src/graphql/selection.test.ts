import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from './selection.js';

describe('selects', () => {
  const schema = buildSchema(`
    type Page { totalCount: Int, items: [Int] }
    type Query { page: Page }
  `);
  async function seen(query: string): Promise<boolean> {
    let answer: boolean | undefined;
    await graphql({
      schema,
      source: query,
      rootValue: {
        page: (_: unknown, _ctx: unknown, info: Parameters<typeof selects>[0]) => {
          answer = selects(info, 'totalCount');
          return { totalCount: 1, items: [] };
        },
      },
    });
    return answer!;
  }

  it('finds a field selected directly, in an inline fragment or in a named one', async () => {
    expect(await seen('{ page { totalCount } }')).toBe(true);
    expect(await seen('{ page { ... on Page { totalCount } } }')).toBe(true);
    expect(await seen('{ page { ...F } } fragment F on Page { items ...G } fragment G on Page { totalCount }')).toBe(
      true,
    );
  });

  it('does not find a field that is not selected', async () => {
    expect(await seen('{ page { items } }')).toBe(false);
    expect(await seen('{ page { ...F } } fragment F on Page { items }')).toBe(false);
  });
});
