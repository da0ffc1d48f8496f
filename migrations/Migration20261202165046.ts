import { Migration } from '@mikro-orm/migrations';

export class Migration20261202165046 extends Migration {

  override name = 'Migration20261202165046';

  override up(): void | Promise<void> {
    // Existing job posts get empty lists; their rubric is derived the next time they are updated or
    // receive resumes (see JobPostsService.ensureDerived).
    this.addSql(`alter table "job_post" add "education" text[] not null default '{}', add "derived_rubric" jsonb null, add "dismissed_rubric_items" text[] not null default '{}';`);
    this.addSql(`alter table "job_post" alter column "education" drop default, alter column "dismissed_rubric_items" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "job_post" drop column "education", drop column "derived_rubric", drop column "dismissed_rubric_items";`);
  }

}
