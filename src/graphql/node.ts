import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's object identification. The IDs are the rows' UUIDs, unchanged: random, so unique
 * across every type, and a client can refetch any object it holds by `node(id:)`. The type of a
 * returned object is told by its class (type-graphql's default `instanceof` check).
 */
@InterfaceType({ description: 'An object with an ID, refetchable by `node(id:)` (Relay object identification).' })
export abstract class Node {
  @Field(() => ID, { description: 'A UUID, unique across every type; pass it to `node(id:)` to refetch the object.' })
  id!: string;
}
