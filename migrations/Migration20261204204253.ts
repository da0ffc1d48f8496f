import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204253 extends Migration {

  override name = 'Migration20261204204253';

  override up(): void | Promise<void> {
    // existing posts have no typed experience items; the default fills them, then goes
    this.addSql(`alter table "job_post" add "experience_items" jsonb not null default '[]';`);
    this.addSql(`alter table "job_post" alter column "experience_items" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "job_post" drop column "experience_items";`);
  }

}
