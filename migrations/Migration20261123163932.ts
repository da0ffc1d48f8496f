import { Migration } from '@mikro-orm/migrations';

export class Migration20261123163932 extends Migration {

  override name = 'Migration20261123163932';

  override up(): void | Promise<void> {
    this.addSql(`create table "analysis_cache" ("key" text not null, "result" jsonb not null, "created_at" timestamptz not null, primary key ("key"));`);

    this.addSql(`create table "decision_override" ("id" uuid not null, "organization_id" uuid not null, "application_id" uuid not null, "from_status" "application_status" not null, "to_status" "application_status" not null, "note" text not null, "by" text not null, "api_key_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "decision_override_application_id_created_at_index" on "decision_override" ("application_id", "created_at");`);

    this.addSql(`alter type "application_status" add value if not exists 'CANCELLED' after 'FAILED';`);
    this.addSql(`drop index "application_organization_id_created_at_index";`);
    this.addSql(`drop index "application_organization_id_job_post_id_score_index";`);
    this.addSql(`alter table "application" add "duplicate_of_id" uuid null, add "analysis_key" text null, add "erased_at" timestamptz null;`);
    this.addSql(`alter table "application" add constraint "application_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "application" ("id") on delete set null;`);
    this.addSql(`create index "application_organization_id_created_at_id_index" on "application" ("organization_id", "created_at", "id");`);
    this.addSql(`create index "application_org_job_post_score_id_index" on "application" ("organization_id", "job_post_id", "score" desc nulls last, "id" desc);`);

    this.addSql(`alter table "decision_override" add constraint "decision_override_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "decision_override" add constraint "decision_override_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analysis_cache" cascade;`);
    this.addSql(`drop table if exists "decision_override" cascade;`);

    this.addSql(`alter table "application" drop constraint "application_duplicate_of_id_foreign";`);

    this.addSql(`drop index "application_organization_id_created_at_id_index";`);
    this.addSql(`drop index "application_org_job_post_score_id_index";`);
    this.addSql(`alter table "application" drop column "duplicate_of_id", drop column "analysis_key", drop column "erased_at";`);
    this.addSql(`create index "application_organization_id_created_at_index" on "application" ("organization_id", "created_at");`);
    this.addSql(`create index "application_organization_id_job_post_id_score_index" on "application" ("organization_id", "job_post_id", "score");`);
  }

}
