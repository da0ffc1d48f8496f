import { Migration } from '@mikro-orm/migrations';

export class Migration20261203001133 extends Migration {

  override name = 'Migration20261203001133';

  override up(): void | Promise<void> {
    this.addSql(`create table "pending_object" ("key" text not null, "created_at" timestamptz not null default now(), primary key ("key"));`);
    this.addSql(`create index "pending_object_created_at_index" on "pending_object" ("created_at");`);

    this.addSql(`alter table "resume_file" add "storage" text not null default 'postgres', add "storage_key" text null;`);
    this.addSql(`alter table "resume_file" alter column "content" drop not null;`);
    this.addSql(`alter table "resume_file" add constraint "resume_file_storage_key_unique" unique ("storage_key");`);
    this.addSql(`alter table "resume_file" add constraint "resume_file_storage_check" check ("storage" in ('postgres', 's3'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "pending_object" cascade;`);

    this.addSql(`alter table "resume_file" drop constraint "resume_file_storage_key_unique";`);
    this.addSql(`alter table "resume_file" drop constraint "resume_file_storage_check";`);
    this.addSql(`alter table "resume_file" drop column "storage", drop column "storage_key";`);
    this.addSql(`alter table "resume_file" alter column "content" set not null;`);
  }

}
