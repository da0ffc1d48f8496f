import { Migration } from '@mikro-orm/migrations';

export class Migration20261203004644 extends Migration {

  override name = 'Migration20261203004644';

  override up(): void | Promise<void> {
    this.addSql(`create type "webhook_endpoint_status" as enum ('ACTIVE', 'FAILING');`);
    this.addSql(`create type "webhook_event" as enum ('TASK_COMPLETED', 'TASK_CANCELLED', 'APPLICATION_DECIDED', 'APPLICATION_OVERRIDDEN');`);
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'DELIVERED', 'FAILED');`);
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "organization_id" uuid not null, "url" text not null, "events" text[] not null, "description" text null, "secret" text not null, "status" "webhook_endpoint_status" not null default 'ACTIVE', "consecutive_failures" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_organization_id_created_at_index" on "webhook_endpoint" ("organization_id", "created_at");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "organization_id" uuid not null, "endpoint_id" uuid not null, "event_id" uuid not null, "event" "webhook_event" not null, "body" text not null, "status" "webhook_delivery_status" not null default 'PENDING', "attempts" int not null default 0, "last_response_code" int null, "last_error" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "last_attempt_at" timestamptz null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_status_updated_at_index" on "webhook_delivery" ("status", "updated_at");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_id_index" on "webhook_delivery" ("endpoint_id", "created_at", "id");`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop type "webhook_endpoint_status";`);
    this.addSql(`drop type "webhook_event";`);
    this.addSql(`drop type "webhook_delivery_status";`);
  }

}
