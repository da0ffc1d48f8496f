import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Which deployment this database belongs to: one row, written on the first start of any Sift
 * process, its ID also kept in Redis under the deployment's prefix. Two deployments that share a
 * Redis prefix by mistake find each other's ID there and refuse to start (see `claimDeployment`).
 */
@Entity({ tableName: 'deployment' })
export class Deployment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
