import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * Relay's `PageInfo`. Pages go forward only (`first`/`after`): `hasPreviousPage` says whether rows
 * come before the page, the `after` cursor's own row included (false on the first page); the
 * spec lets forward pagination answer false, this answers exactly, with one indexed query run
 * only when the field is selected.
 */
@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether rows follow this page: pass endCursor as `after` to read them.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether rows come before this page: false on the first page (no `after`), else whether any row matching ' +
      'the same filter sorts at or before the `after` cursor now. Paging is forward only (`first`/`after`).',
  })
  hasPreviousPage!: boolean | Promise<boolean>;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null on an empty page." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** May be a promise, from a getter that counts only when the field is selected. */
  totalCount: number | Promise<number>;
}

/** A Relay connection type for `TNode`: `edges { cursor node }`, `pageInfo`, `totalCount`. */
export function ConnectionType<TNode extends object>(name: string, TNodeClass: ClassType<TNode>) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque keyset cursor: pass it as `after`.' })
    cursor!: string;

    @Field(() => TNodeClass, { description: 'The item.' })
    node!: TNode;
  }

  @ObjectType() // abstract: only its subclasses reach the schema
  abstract class Connection {
    @Field(() => [EdgeType], { description: 'The page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes match, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}
