import { Migration } from '@mikro-orm/migrations';

export class Migration20261202210553 extends Migration {

  override name = 'Migration20261202210553';

  override up(): void | Promise<void> {
    // One row: the ID of the deployment this database belongs to, also kept in Redis under the
    // deployment's prefix; a process that finds another ID there refuses to start (src/deployment).
    this.addSql(`create table "deployment" ("id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "deployment" cascade;`);
  }

}
