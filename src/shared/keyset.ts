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

function afterCondition<T>(field: string, dir: 'ASC' | 'DESC', nullable: boolean, value: SortValue, id: string) {
  const beyond = dir === 'ASC' ? '$gt' : '$lt';
  if (value === null) return { [field]: null, id: { [beyond]: id } };
  const branches: object[] = [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: id } }];
  if (nullable) branches.push({ [field]: null });
  return { $or: branches } as FilterQuery<T>;
}

export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
}

/** One page of `entity` matching `where`, sorted by `field` then `id`. */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  where: FilterQuery<T>,
  options: KeysetOptions<T>,
): Promise<Page<T>> {
  const { field, direction, nullable = false, isDate = false, first, after } = options;
  checkFirst(first);
  const order =
    direction === 'ASC'
      ? nullable
        ? QueryOrder.ASC_NULLS_LAST
        : QueryOrder.ASC
      : nullable
        ? QueryOrder.DESC_NULLS_LAST
        : QueryOrder.DESC;
  const conditions: FilterQuery<T>[] = [where];
  if (after) {
    const cursor = decodeCursor(after, isDate);
    conditions.push(afterCondition<T>(field, direction, nullable, cursor.value, cursor.id) as FilterQuery<T>);
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: conditions } as FilterQuery<T>, {
      orderBy: [{ [field]: order }, { id: direction === 'ASC' ? QueryOrder.ASC : QueryOrder.DESC }] as never,
      limit: first + 1,
    }),
    em.count(entity, where),
  ]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node[field] as SortValue, node.id) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
