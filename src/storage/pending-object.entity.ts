import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An object uploaded (or about to be) for a batch that has not committed yet. Written and committed
 * before the upload; the batch's transaction deletes it as it commits the files that reference
 * the object. One still here after `S3_ORPHAN_GRACE_MS` belongs to a batch that never committed
 * (refused, failed, or its process died between upload and commit): the sweep deletes the object,
 * then the row.
 */
@Entity({ tableName: 'pending_object' })
export class PendingObject {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', index: true })
  createdAt: Date = new Date();
}
