import { Migration } from '@mikro-orm/migrations';

export class Migration20261202213023 extends Migration {

  override name = 'Migration20261202213023';

  override up(): void | Promise<void> {
    this.addSql(`alter table "resume_file" add "reader_deaths" int not null default 0, add "reader_death" text null, add "reading_since" timestamptz null, add "reading_stalls" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "resume_file" drop column "reader_deaths", drop column "reader_death", drop column "reading_since", drop column "reading_stalls";`);
  }

}
