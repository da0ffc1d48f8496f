import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { BadUserInputError } from './errors.js';
import { isUuid } from './ids.js';
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
  /**
   * A property `where` restricts to a list of values (`status IN (...)`): each value is read from
   * its own index range (an index on (..., property, field, id)) and the ranges are merged.
   */
  splitBy?: { field: keyof T & string; values: readonly unknown[] };
  /** Counts what `where` matches when `totalCount` is asked for; `em.count` by default. */
  count?: () => Promise<number>;
  /** The count will be wanted: start it now, beside the page's query, not after it. */
  countNow?: boolean;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(value: SortValue, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

/**
 * The (value, id) a cursor holds, if it could have come from a row: an ID that is a UUID, and a
 * value the sort column can hold (`columnType` as MikroORM names it). Anything else, a forged
 * cursor, would make PostgreSQL raise: it is the client's error.
 */
function decodeCursor(cursor: string, isDate: boolean, columnType: string): { value: SortValue; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string' && isUuid(parsed[1])) {
      const [raw, id] = parsed as [unknown, string];
      if (raw === null || typeof raw === 'number' || typeof raw === 'string') {
        const value = isDate && typeof raw === 'string' ? new Date(raw) : raw;
        if (fitsColumn(value, columnType)) return { value, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('Invalid cursor: pass an endCursor or cursor from an earlier page', {
    argument: 'after',
  });
}

const INT4_MAX = 2 ** 31 - 1;

function fitsColumn(value: SortValue, columnType: string): boolean {
  if (value === null) return true;
  const type = columnType.toLowerCase();
  if (/timestamp|date/.test(type)) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) return false;
    const year = value.getUTCFullYear();
    return year >= 1 && year <= 9999;
  }
  if (/int|serial/.test(type)) {
    const max = /big/.test(type) ? Number.MAX_SAFE_INTEGER : INT4_MAX;
    return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= max;
  }
  if (/numeric|decimal|real|double|float/.test(type)) return typeof value === 'number' && Number.isFinite(value);
  if (type === 'uuid') return typeof value === 'string' && isUuid(value);
  return typeof value === 'string' && !value.includes('\0');
}

export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
}

/**
 * One page of `entity` matching `where`, sorted by `field` then `id` (NULLs last).
 *
 * The rows after a cursor (value v, id c) are read as index ranges that each start exactly at
 * their first row: `(field, id) beyond (v, c)`, a row comparison PostgreSQL seeks to in an index
 * on (..., field, id), and, for a nullable field, `field IS NULL`. With `splitBy` (a property the
 * filter lists values of, such as `status IN (...)`), those ranges are read once per value, by a
 * lateral join over the values, from an index on (..., property, field, id). Each range is limited
 * to the page size, and the page is the first rows of all of them. No range reads a row it then
 * throws away, so a page deep in the list costs what the first page costs (an `OR` would read
 * through a whole tie, and a filter the index lacks would read past every row it rejects).
 * `totalCount` is counted only if the client asks for it.
 *
 * `where` is compiled once by MikroORM into a subquery each range selects from (PostgreSQL
 * flattens it, so the ranges still seek in the index); the ranges are a few lines of SQL on top,
 * and the rows are mapped to entities by MikroORM.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  where: FilterQuery<T>,
  options: KeysetOptions<T>,
): Promise<Page<T>> {
  const { field, direction, nullable = false, isDate = false, first, after, splitBy, count, countNow } = options;
  checkFirst(first);
  // Written into the SQL below: only ever one of the two.
  if (direction !== 'ASC' && direction !== 'DESC') throw new Error(`invalid sort direction ${String(direction)}`);
  const meta = em.getMetadata(entity);
  const cursor = after ? decodeCursor(after, isDate, meta.properties[field].columnTypes[0] ?? '') : null;
  let counted: Promise<number> | null = null;
  const counting = () => (counted ??= count ? count() : em.count(entity, where));
  // Unhandled until read: a failure surfaces where `totalCount` is read, as it would lazily.
  if (countNow) counting().catch(() => undefined);
  const want = first + 1;
  const column = (property: string) => `"${meta.properties[property as keyof T & string].fieldNames[0]!}"`;
  const [value, id] = [column(field), column('id')];
  const past = direction === 'ASC' ? '>' : '<';

  // Ranges: [SQL condition on the subquery `b`, its parameters].
  const ranges: [string, unknown[]][] = [];
  if (!cursor) {
    // Descending, the index has NULLs last as the page does: one range from the start. Ascending,
    // it is read backwards (NULLs first), so the NULLs are a range of their own.
    if (nullable && direction === 'ASC') ranges.push([`b.${value} IS NOT NULL`, []], [`b.${value} IS NULL`, []]);
    else ranges.push(['TRUE', []]);
  } else if (cursor.value === null) {
    ranges.push([`b.${value} IS NULL AND b.${id} ${past} ?`, [cursor.id]]);
  } else {
    ranges.push([`(b.${value}, b.${id}) ${past} (?, ?)`, [cursor.value, cursor.id]]);
    if (nullable) ranges.push([`b.${value} IS NULL`, []]);
  }
  const base = em
    .createQueryBuilder(entity, 'e')
    .select('*')
    .where(where as never)
    .toQuery();
  // Every range is ordered as its index is. No ascending range mixes NULLs with values, so
  // `ASC NULLS FIRST` (the DESC NULLS LAST index read backwards) orders it as the page.
  const rangeOrder = `b.${value} ${direction}${nullable ? (direction === 'ASC' ? ' NULLS FIRST' : ' NULLS LAST') : ''}, b.${id} ${direction}`;
  const pageOrder = `p.${value} ${direction}${nullable ? ' NULLS LAST' : ''}, p.${id} ${direction}`;
  const range = ([condition, rangeParams]: [string, unknown[]], extra = 'TRUE') => ({
    sql: `(SELECT b.* FROM (${base.sql}) AS b WHERE ${extra} AND ${condition} ORDER BY ${rangeOrder} LIMIT ${want})`,
    params: [...base.params, ...rangeParams],
  });

  let sql: string;
  let params: unknown[];
  if (splitBy && splitBy.values.length > 1) {
    // One value of the split property at a time (a lateral join), each reading its ranges from
    // its own index range: one subquery for PostgreSQL to plan, however many values.
    const split = splitBy.field;
    const type = meta.properties[split].columnTypes[0]!;
    const branches = ranges.map((r) => range(r, `b.${column(split)} = s.v::"${type}"`));
    sql = `SELECT p.* FROM (SELECT value AS v FROM jsonb_array_elements_text(?::jsonb)) AS s
      CROSS JOIN LATERAL (${branches.map((b) => b.sql).join(' UNION ALL ')}) AS p
      ORDER BY ${pageOrder} LIMIT ${want}`;
    params = [JSON.stringify(splitBy.values), ...branches.flatMap((b) => b.params)];
  } else {
    const extra = splitBy?.values.length ? `b.${column(splitBy.field)} = ?` : 'TRUE';
    const extraParams = splitBy?.values.length ? [splitBy.values[0]] : [];
    const branches = ranges.map(([condition, rangeParams]) =>
      range([condition, [...extraParams, ...rangeParams]], extra),
    );
    sql =
      branches.length === 1
        ? branches[0]!.sql.slice(1, -1)
        : `SELECT p.* FROM (${branches.map((b) => b.sql).join(' UNION ALL ')}) AS p ORDER BY ${pageOrder} LIMIT ${want}`;
    params = branches.flatMap((b) => b.params);
  }
  const found = await em.getConnection().execute<Record<string, unknown>[]>(sql, params);
  const rows = found.map((row) => em.map(entity, row as never));

  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node[field] as SortValue, node.id) }));
  // Rows before the page: the cursor's row (if it still matches) and every row before it in the
  // page's order, NULLs last. With a value, the row comparison the other way, which leaves NULLs
  // out; at a NULL, every value and the NULLs up to the cursor's id.
  const before = direction === 'ASC' ? '<=' : '>=';
  const precedes = (c: { value: SortValue; id: string }): [string, unknown[]] =>
    c.value === null
      ? [`b.${value} IS NOT NULL OR b.${id} ${before} ?`, [c.id]]
      : [`(b.${value}, b.${id}) ${before} (?, ?)`, [c.value, c.id]];
  let previous: Promise<boolean> | null = null;
  const hasPrevious = () =>
    (previous ??= cursor
      ? (async () => {
          const [condition, conditionParams] = precedes(cursor);
          const [row] = await em
            .getConnection()
            .execute<{ found: boolean }[]>(
              `SELECT EXISTS (SELECT 1 FROM (${base.sql}) AS b WHERE ${condition}) AS found`,
              [...base.params, ...conditionParams],
            );
          return row?.found === true;
        })()
      : Promise.resolve(false));
  return {
    edges,
    // A getter: read (and counted, unless `countNow`) only when `totalCount` is selected.
    get totalCount() {
      return counting();
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      // A getter too: one indexed EXISTS, run only when `hasPreviousPage` is selected.
      get hasPreviousPage() {
        return hasPrevious();
      },
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
