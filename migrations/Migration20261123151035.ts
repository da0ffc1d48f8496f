import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151035 extends Migration {

  override name = 'Migration20261123151035';

  override up(): void | Promise<void> {
    this.addSql(`create table "analysis_cache" ("key" text not null, "result" jsonb not null, "created_at" timestamptz not null, primary key ("key"));`);

    this.addSql(`alter type "application_status" add value if not exists 'CANCELLED' after 'FAILED';`);
    this.addSql(`alter table "application" add "duplicate_of_id" uuid null;`);
    this.addSql(`alter table "application" add constraint "application_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "application" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analysis_cache" cascade;`);

    this.addSql(`alter table "application" drop constraint "application_duplicate_of_id_foreign";`);

    this.addSql(`alter table "application" drop column "duplicate_of_id";`);
  }

}
