import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
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
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque keyset cursor: pass it as `after`.' })
    cursor!: string;

    @Field(() => TNodeClass)
    node!: TNode;
  }

  @ObjectType() // abstract: only its subclasses reach the schema
  abstract class Connection {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes match, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}
