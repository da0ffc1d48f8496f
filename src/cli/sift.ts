/**
 * The `sift` command (`npm run sift -- ...`): administration that needs no API key.
 *   org create --name NAME --credits N   prints {"organizationId": ..., "apiKey": ...}
 *   org credits --id ID --add N          prints {"organizationId": ..., "credits": ...}
 *   key create --org ID                  prints {"organizationId": ..., "apiKey": ...}
 */
import 'reflect-metadata';
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { initOrm } from '../db/orm.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { SiftError } from '../shared/errors.js';

function integer(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}

async function withOrganizations<T>(fn: (service: OrganizationsService) => Promise<T>): Promise<void> {
  const orm = await initOrm(loadConfig().databaseUrl);
  try {
    const result = await fn(new OrganizationsService(orm.em));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await orm.close();
  }
}

const program = new Command('sift').description('Sift administration').showHelpAfterError();
const org = program.command('org').description('organizations (tenants)');

org
  .command('create')
  .description('create an organization and print its first API key as JSON')
  .requiredOption('--name <name>', 'organization name')
  .option('--credits <n>', 'starting credits (one per resume analysed)', integer(0), 0)
  .action((opts: { name: string; credits: number }) =>
    withOrganizations(async (service) => {
      const { organization, apiKey } = await service.create(opts.name, opts.credits);
      return { organizationId: organization.id, apiKey };
    }),
  );

org
  .command('credits')
  .description('add (or with a negative number, remove) credits')
  .requiredOption('--id <organizationId>', 'organization ID')
  .requiredOption('--add <n>', 'credits to add', integer(Number.MIN_SAFE_INTEGER))
  .action((opts: { id: string; add: number }) =>
    withOrganizations(async (service) => ({
      organizationId: opts.id,
      credits: await service.addCredits(opts.id, opts.add),
    })),
  );

program
  .command('key')
  .description('API keys')
  .command('create')
  .description('issue another API key for an organization')
  .requiredOption('--org <organizationId>', 'organization ID')
  .action((opts: { org: string }) =>
    withOrganizations(async (service) => ({ organizationId: opts.org, apiKey: await service.createKey(opts.org) })),
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError || error instanceof SiftError) {
    console.error(`sift: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}
