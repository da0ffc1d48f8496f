import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { QueryOrder } from '@mikro-orm/core';
import { BadUserInputError } from './errors.js';
import type { Page } from '../graphql/connection.js';

/**
 * Keyset (cursor) pagination: the page after a cursor is found by comparing (sort value, id)
 * with the cursor's, never by OFFSET, so a page deep in the list costs what the first one does,
 * and inserts between two requests neither skip nor repeat rows.
 */
export type SortValue = string | number | Date | null;

export interface KeysetOptions<T> {
  /** Property to sort by; `id` breaks ties. */
  field: keyof T & string;
  direction: 'ASC' | 'DESC';
  /** Whether the sort field can be NULL (NULLs always come last). */
  nullable?: boolean;
  /** Dates are encoded as ISO strings in cursors. */
  isDate?: boolean;
  first: number;
  after?: string | null;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(value: SortValue, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

function decodeCursor(cursor: string, isDate: boolean): { value: SortValue; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      const [raw, id] = parsed as [unknown, string];
      if (raw === null || typeof raw === 'number' || typeof raw === 'string') {
        const value = isDate && typeof raw === 'string' ? new Date(raw) : raw;
        if (!(value instanceof Date) || !Number.isNaN(value.getTime())) return { value, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('Invalid cursor: pass an endCursor or cursor from an earlier page', {
    argument: 'after',
  });
}

export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
}

/**
 * One page of `entity` matching `where`, sorted by `field` then `id` (NULLs last).
 *
 * The position after a cursor is `field <= value AND (field < value OR id < cursor id)`, which
 * PostgreSQL answers from an index on (..., field, id) by seeking straight to it; rows whose field
 * is NULL come after all the others and are read by a second query only when the first runs out.
 * `totalCount` is counted only if the client asks for it.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  where: FilterQuery<T>,
  options: KeysetOptions<T>,
): Promise<Page<T>> {
  const { field, direction, nullable = false, isDate = false, first, after } = options;
  checkFirst(first);
  const beyond = direction === 'ASC' ? '>' : '<';
  const byValue = { [field]: nullsLast(direction, nullable), id: direction } as never;
  const find = (condition: FilterQuery<T> | null, orderBy: never, limit: number) =>
    em.find(entity, (condition ? { $and: [where, condition] } : where) as FilterQuery<T>, { orderBy, limit });

  const want = first + 1;
  let rows: T[];
  const cursor = after ? decodeCursor(after, isDate) : null;
  if (!cursor) {
    rows = await find(null, byValue, want);
  } else if (cursor.value === null) {
    rows = await find({ [field]: null, id: { [beyond === '>' ? '$gt' : '$lt']: cursor.id } } as never, byValue, want);
  } else {
    // `field <= value` bounds the index scan (a row comparison on a DESC index would not);
    // the rest settles ties by id.
    const [upTo, past] = beyond === '>' ? (['$gte', '$gt'] as const) : (['$lte', '$lt'] as const);
    const seek = {
      [field]: { [upTo]: cursor.value },
      $or: [{ [field]: { [past]: cursor.value } }, { id: { [past]: cursor.id } }],
    };
    rows = await find(seek as never, byValue, want);
    if (nullable && rows.length < want) {
      // Ordered as the index is (NULLs are equal, so this is by id): a scan of the NULL end only.
      rows = rows.concat(await find({ [field]: null } as never, byValue, want - rows.length));
    }
  }
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node[field] as SortValue, node.id) }));
  let count: Promise<number> | null = null;
  return {
    edges,
    // A getter: read (and counted) only when `totalCount` is selected.
    get totalCount() {
      return (count ??= em.count(entity, where));
    },
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

function nullsLast(direction: 'ASC' | 'DESC', nullable: boolean): QueryOrder {
  if (!nullable) return direction === 'ASC' ? QueryOrder.ASC : QueryOrder.DESC;
  return direction === 'ASC' ? QueryOrder.ASC_NULLS_LAST : QueryOrder.DESC_NULLS_LAST;
}
