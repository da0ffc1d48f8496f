/**
 * Operator commands: they act on the deployment's database directly (DATABASE_URL) and need no
 * API key: whoever can run them can reach the database.
 */
import { loadConfig } from '../config.js';
import { initOrm } from '../db/orm.js';
import { OrganizationsService, type ApiKeySummary } from '../organizations/organizations.service.js';
import { ExitCode } from './exit-codes.js';
import { clip, table } from './table.js';

export async function withOrganizations(fn: (service: OrganizationsService) => Promise<void>): Promise<ExitCode> {
  const orm = await initOrm(loadConfig().databaseUrl);
  try {
    await fn(new OrganizationsService(orm.em));
    return ExitCode.OK;
  } finally {
    await orm.close();
  }
}

export const printJson = (value: unknown) => console.log(JSON.stringify(value));

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 19).replace('T', ' ') : '-');

export function orgList(options: { json?: boolean }): Promise<ExitCode> {
  return withOrganizations(async (service) => {
    const orgs = await service.list();
    if (options.json) return printJson(orgs);
    console.log(
      table(
        ['id', 'name', 'credits', 'active keys', 'created'],
        orgs.map((o) => [o.id, clip(o.name, 40), String(o.credits), String(o.activeKeys), when(o.createdAt)]),
        [false, false, true, true, false],
      ),
    );
  });
}

function keyRows(keys: ApiKeySummary[]): string {
  return table(
    ['id', 'organization', 'prefix', 'created', 'revoked'],
    keys.map((k) => [
      k.id,
      `${k.organizationId} (${clip(k.organizationName, 30)})`,
      `${k.prefix}…`,
      when(k.createdAt),
      when(k.revokedAt),
    ]),
  );
}

export function keyList(options: { org?: string; json?: boolean }): Promise<ExitCode> {
  return withOrganizations(async (service) => {
    const keys = await service.listKeys(options.org);
    if (options.json) return printJson(keys);
    console.log(keyRows(keys));
  });
}

export function keyRevoke(keyId: string, options: { json?: boolean }): Promise<ExitCode> {
  return withOrganizations(async (service) => {
    const key = await service.revokeKey(keyId);
    if (options.json) return printJson(key);
    console.log(`revoked ${key.id} (${key.prefix}…) of ${key.organizationId} at ${key.revokedAt!.toISOString()}`);
  });
}
