import { Migration } from '@mikro-orm/migrations';

export class Migration20261123171615 extends Migration {

  override name = 'Migration20261123171615';

  override up(): void | Promise<void> {
    this.addSql(`create table "application_tally" ("id" bigserial primary key, "organization_id" uuid not null, "job_post_id" uuid not null, "task_id" uuid not null, "status" "application_status" not null, "n" bigint not null);`);
    this.addSql(`create index "application_tally_organization_id_job_post_id_task_48f3b_index" on "application_tally" ("organization_id", "job_post_id", "task_id", "status");`);

    // The tally: triggers add, per statement, the difference each group of applications saw.
    // ENABLE ALWAYS: kept even in sessions that replicate or bulk-load with triggers off.
    this.addSql(`create function "application_tally_inserted"() returns trigger language plpgsql as $$
      begin
        insert into "application_tally" ("organization_id", "job_post_id", "task_id", "status", "n")
        select "organization_id", "job_post_id", "task_id", "status", count(*) from "new_rows" group by 1, 2, 3, 4;
        return null;
      end $$;`);
    this.addSql(`create function "application_tally_deleted"() returns trigger language plpgsql as $$
      begin
        insert into "application_tally" ("organization_id", "job_post_id", "task_id", "status", "n")
        select "organization_id", "job_post_id", "task_id", "status", -count(*) from "old_rows" group by 1, 2, 3, 4;
        return null;
      end $$;`);
    this.addSql(`create function "application_tally_moved"() returns trigger language plpgsql as $$
      begin
        insert into "application_tally" ("organization_id", "job_post_id", "task_id", "status", "n")
        values (old."organization_id", old."job_post_id", old."task_id", old."status", -1),
               (new."organization_id", new."job_post_id", new."task_id", new."status", 1);
        return null;
      end $$;`);
    this.addSql(`create trigger "application_tally_insert" after insert on "application"
      referencing new table as "new_rows" for each statement execute function "application_tally_inserted"();`);
    this.addSql(`create trigger "application_tally_delete" after delete on "application"
      referencing old table as "old_rows" for each statement execute function "application_tally_deleted"();`);
    this.addSql(`create trigger "application_tally_update" after update of "status", "organization_id", "job_post_id", "task_id" on "application"
      for each row when (old."status" is distinct from new."status" or old."organization_id" is distinct from new."organization_id"
        or old."job_post_id" is distinct from new."job_post_id" or old."task_id" is distinct from new."task_id")
      execute function "application_tally_moved"();`);
    this.addSql(`alter table "application" enable always trigger "application_tally_insert";`);
    this.addSql(`alter table "application" enable always trigger "application_tally_delete";`);
    this.addSql(`alter table "application" enable always trigger "application_tally_update";`);
    this.addSql(`insert into "application_tally" ("organization_id", "job_post_id", "task_id", "status", "n")
      select "organization_id", "job_post_id", "task_id", "status", count(*) from "application" group by 1, 2, 3, 4;`);

    this.addSql(`drop index "application_organization_id_job_post_id_status_created_at_index";`);
    this.addSql(`drop index "application_organization_id_status_created_at_index";`);
    this.addSql(`create index "application_analysis_key_index" on "application" ("analysis_key");`);
    this.addSql(`create index "application_organization_id_updated_at_id_index" on "application" ("organization_id", "updated_at", "id");`);
    this.addSql(`create index "application_organization_id_status_created_at_id_index" on "application" ("organization_id", "status", "created_at", "id");`);
    this.addSql(`create index "application_org_job_post_status_score_id_index" on "application" ("organization_id", "job_post_id", "status", "score" desc nulls last, "id" desc);`);
    this.addSql(`create index "application_organization_id_job_post_id_status_cre_50c4c_index" on "application" ("organization_id", "job_post_id", "status", "created_at", "id");`);
    this.addSql(`create index "application_organization_id_job_post_id_created_at_id_index" on "application" ("organization_id", "job_post_id", "created_at", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger "application_tally_insert" on "application";`);
    this.addSql(`drop trigger "application_tally_delete" on "application";`);
    this.addSql(`drop trigger "application_tally_update" on "application";`);
    this.addSql(`drop function "application_tally_inserted"();`);
    this.addSql(`drop function "application_tally_deleted"();`);
    this.addSql(`drop function "application_tally_moved"();`);
    this.addSql(`drop table if exists "application_tally" cascade;`);

    this.addSql(`drop index "application_analysis_key_index";`);
    this.addSql(`drop index "application_organization_id_updated_at_id_index";`);
    this.addSql(`drop index "application_organization_id_status_created_at_id_index";`);
    this.addSql(`drop index "application_org_job_post_status_score_id_index";`);
    this.addSql(`drop index "application_organization_id_job_post_id_status_cre_50c4c_index";`);
    this.addSql(`drop index "application_organization_id_job_post_id_created_at_id_index";`);
    this.addSql(`create index "application_organization_id_job_post_id_status_created_at_index" on "application" ("organization_id", "job_post_id", "status", "created_at");`);
    this.addSql(`create index "application_organization_id_status_created_at_index" on "application" ("organization_id", "status", "created_at");`);
  }

}
