import { Migration } from '@mikro-orm/migrations';

export class Migration20261122224004 extends Migration {

  override name = 'Migration20261122224004';

  override up(): void | Promise<void> {
    this.addSql(`create type "job_post_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "task_state" as enum ('QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "application_status" as enum ('PENDING', 'PROCESSING', 'SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED');`);
    this.addSql(`create type "decision_source" as enum ('AI', 'HUMAN');`);
    this.addSql(`create table "organization" ("id" uuid not null, "name" text not null, "credits" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "job_post" ("id" uuid not null, "organization_id" uuid not null, "title" text not null, "description" text not null, "requirements" text[] not null, "must_have_skills" text[] not null, "nice_to_have_skills" text[] not null, "min_years_experience" double precision null, "location" text null, "status" "job_post_status" not null default 'OPEN', "shortlist_threshold" int not null default 70, "reject_threshold" int not null default 40, "blind_screening" boolean not null default false, "revision" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "job_post_organization_id_status_created_at_index" on "job_post" ("organization_id", "status", "created_at");`);

    this.addSql(`create table "api_key" ("id" uuid not null, "organization_id" uuid not null, "key_hash" text not null, "prefix" text not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "api_key_organization_id_index" on "api_key" ("organization_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(`create table "processing_task" ("id" uuid not null, "organization_id" uuid not null, "job_post_id" uuid not null, "state" "task_state" not null default 'QUEUED', "total" int not null, "processed" int not null default 0, "succeeded" int not null default 0, "failed" int not null default 0, "duplicates" int not null default 0, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "processing_task_state_created_at_index" on "processing_task" ("state", "created_at");`);
    this.addSql(`create index "processing_task_organization_id_job_post_id_created_at_index" on "processing_task" ("organization_id", "job_post_id", "created_at");`);
    this.addSql(`create index "processing_task_organization_id_created_at_index" on "processing_task" ("organization_id", "created_at");`);

    this.addSql(`create table "resume_file" ("id" uuid not null, "content" bytea not null, primary key ("id"));`);

    this.addSql(`create table "application" ("id" uuid not null, "organization_id" uuid not null, "job_post_id" uuid not null, "task_id" uuid not null, "status" "application_status" not null default 'PENDING', "score" int null, "candidate" jsonb null, "evaluation" jsonb null, "flags" text[] not null, "error" text null, "file_name" text not null, "mime_type" text not null, "size_bytes" int not null, "sha256" text not null, "file_id" uuid null, "usage" jsonb null, "decision_source" "decision_source" null, "email" text null, "text_hash" text null, "analyzer" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "processed_at" timestamptz null, "attempts" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "application_job_post_id_text_hash_index" on "application" ("job_post_id", "text_hash");`);
    this.addSql(`create index "application_task_id_status_index" on "application" ("task_id", "status");`);
    this.addSql(`create index "application_organization_id_created_at_index" on "application" ("organization_id", "created_at");`);
    this.addSql(`create index "application_organization_id_email_index" on "application" ("organization_id", "email");`);
    this.addSql(`create index "application_organization_id_status_created_at_index" on "application" ("organization_id", "status", "created_at");`);
    this.addSql(`create index "application_organization_id_job_post_id_score_index" on "application" ("organization_id", "job_post_id", "score");`);
    this.addSql(`create index "application_organization_id_job_post_id_status_created_at_index" on "application" ("organization_id", "job_post_id", "status", "created_at");`);

    this.addSql(`alter table "job_post" add constraint "job_post_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "processing_task" add constraint "processing_task_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "processing_task" add constraint "processing_task_job_post_id_foreign" foreign key ("job_post_id") references "job_post" ("id") on delete cascade;`);

    this.addSql(`alter table "application" add constraint "application_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "application" add constraint "application_job_post_id_foreign" foreign key ("job_post_id") references "job_post" ("id") on delete cascade;`);
    this.addSql(`alter table "application" add constraint "application_task_id_foreign" foreign key ("task_id") references "processing_task" ("id") on delete cascade;`);
    this.addSql(`alter table "application" add constraint "application_file_id_foreign" foreign key ("file_id") references "resume_file" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "job_post" drop constraint "job_post_organization_id_foreign";`);
    this.addSql(`alter table "api_key" drop constraint "api_key_organization_id_foreign";`);
    this.addSql(`alter table "processing_task" drop constraint "processing_task_organization_id_foreign";`);
    this.addSql(`alter table "application" drop constraint "application_organization_id_foreign";`);
    this.addSql(`alter table "processing_task" drop constraint "processing_task_job_post_id_foreign";`);
    this.addSql(`alter table "application" drop constraint "application_job_post_id_foreign";`);
    this.addSql(`alter table "application" drop constraint "application_task_id_foreign";`);
    this.addSql(`alter table "application" drop constraint "application_file_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "job_post" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "processing_task" cascade;`);
    this.addSql(`drop table if exists "resume_file" cascade;`);
    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop type "job_post_status";`);
    this.addSql(`drop type "task_state";`);
    this.addSql(`drop type "application_status";`);
    this.addSql(`drop type "decision_source";`);
  }

}
