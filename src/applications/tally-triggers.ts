import type { TriggerDef } from '@mikro-orm/core';

/**
 * The triggers that keep `application_tally` (see ApplicationTally): declared on the entity so
 * the schema diff knows them, created by the migration that made the table. Inserts and deletes
 * are counted per statement (a batch of 250 rows is one tally row per group); a status change
 * per row, only when the status (or the row's group) really changed. ENABLE ALWAYS: kept even in
 * sessions that replicate or bulk-load with triggers off (session_replication_role = replica).
 */
const COLUMNS = '"organization_id", "job_post_id", "task_id", "status"';

function trigger(name: string, fn: string, body: string, definition: string): TriggerDef {
  return {
    name,
    timing: 'after',
    events: [],
    expression: [
      `create or replace function "${fn}"() returns trigger language plpgsql as $$ begin ${body} return null; end $$;`,
      `create trigger "${name}" ${definition} execute function "${fn}"();`,
      `alter table "application" enable always trigger "${name}";`,
    ].join('\n'),
  };
}

export const TALLY_TRIGGERS: TriggerDef[] = [
  trigger(
    'application_tally_insert',
    'application_tally_inserted',
    `insert into "application_tally" (${COLUMNS}, "n") select ${COLUMNS}, count(*) from "new_rows" group by 1, 2, 3, 4;`,
    'after insert on "application" referencing new table as "new_rows" for each statement',
  ),
  trigger(
    'application_tally_delete',
    'application_tally_deleted',
    `insert into "application_tally" (${COLUMNS}, "n") select ${COLUMNS}, -count(*) from "old_rows" group by 1, 2, 3, 4;`,
    'after delete on "application" referencing old table as "old_rows" for each statement',
  ),
  trigger(
    'application_tally_update',
    'application_tally_moved',
    `insert into "application_tally" (${COLUMNS}, "n") values (old."organization_id", old."job_post_id", old."task_id", old."status", -1), (new."organization_id", new."job_post_id", new."task_id", new."status", 1);`,
    `after update of "status", "organization_id", "job_post_id", "task_id" on "application" for each row
      when (old."status" is distinct from new."status" or old."organization_id" is distinct from new."organization_id"
        or old."job_post_id" is distinct from new."job_post_id" or old."task_id" is distinct from new."task_id")`,
  ),
];
