/**
 * The `sift` command (`npm run sift -- ...`; `--help` on any command lists its options).
 *
 * Against any deployment, through the API with an organization's key (--url/--api-key or
 * SIFT_URL/SIFT_API_KEY):
 *   screen --dir DIR --job FILE|--job-id ID [--out results.csv|.json] [--batch-size N]
 *   task show|cancel|retry ID      job create --file FILE | job list
 * Operator commands on the deployment's database (DATABASE_URL), no API key:
 *   org create --name NAME --credits N   prints {"organizationId": ..., "apiKey": ...}
 *   org credits --id ID --add N          prints {"organizationId": ..., "credits": ...}
 *   org list                             key create --org ID (prints the key once)
 *   key list [--org ID]                  key revoke KEY_ID
 * Exit codes: see exit-codes.ts (0 done, 1 some files FAILED, 2 usage, 3 unreachable or key
 * refused, 4 task cancelled, 5 request refused, 70 internal error, 130 interrupted).
 */
import 'reflect-metadata';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { orgList, keyList, keyRevoke, printJson, withOrganizations } from './admin.commands.js';
import { jobCreate, jobList, taskCancel, taskRetry, taskShow } from './api.commands.js';
import { classify, ExitCode } from './exit-codes.js';
import { loadDotEnv } from '../config.js';
import { screen, type ScreenOptions } from './screen.command.js';

function integer(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}

/** Runs an action and exits with the code it returns (or the code its error maps to). */
function run<A extends unknown[]>(action: (...args: A) => Promise<ExitCode | void>) {
  return async (...args: A) => {
    process.exit((await action(...args)) ?? ExitCode.OK);
  };
}

const apiOptions = (command: Command) =>
  command
    .option('--url <url>', "the deployment's GraphQL endpoint (default: SIFT_URL, else http://localhost:4000/graphql)")
    .option('--api-key <key>', "an organization's API key (default: SIFT_API_KEY)");

const program = new Command('sift')
  .description('Sift: screen resumes against a deployment, and administer it')
  .showHelpAfterError()
  // Usage errors become exceptions, so that they exit with ExitCode.USAGE (commander would exit 1).
  .exitOverride();

// Against a deployment, through the API.
apiOptions(
  program
    .command('screen')
    .description('screen a folder of resumes against a job post; print the ranked shortlist')
    .requiredOption('--dir <folder>', 'folder of resumes (PDF, DOCX, TXT, MD, JPEG, PNG, TIFF), searched recursively')
    .option('--job <file>', 'a new job post: text or Markdown (title on the first line), or CreateJobPostInput JSON')
    .option('--job-id <id>', 'an existing job post')
    .option('--title <title>', 'with --job: the title (then the whole file is the description)')
    .option('--out <file>', "write every file's outcome here, as CSV (.csv) or JSON (.json)")
    .option('--batch-size <n>', 'files per upload (one task each)', integer(1), 50)
    .option('--top <n>', 'ranked rows to print', integer(1), 25)
    .option('--strict', 'refuse a whole batch with an unreadable file, instead of marking the file FAILED'),
).action(run((options: ScreenOptions) => screen(options)));

const task = program.command('task').description('processing tasks (one per upload batch)');
for (const [name, description, action] of [
  ['show', "a task's state and counts", taskShow],
  ['cancel', 'cancel a task: its files not yet analysed end CANCELLED, uncharged', taskCancel],
  ['retry', "queue a task's FAILED files again", taskRetry],
] as const) {
  apiOptions(task.command(name).description(description).argument('<id>', 'task ID'))
    .option('--json', 'print JSON')
    .action(run((id: string, options: { json?: boolean }) => action(id, options)));
}

const job = program.command('job').description('job posts');
apiOptions(
  job
    .command('create')
    .description('create a job post from a file (or --title and --description); prints its ID and rubric')
    .option('--file <file>', 'text or Markdown (title on the first line), or CreateJobPostInput JSON')
    .option('--title <title>', 'the title (with --file: the whole file is the description)')
    .option('--description <text>', 'the description')
    .option('--json', 'print JSON'),
).action(run(jobCreate));
apiOptions(
  job
    .command('list')
    .description('job posts, newest first')
    .addOption(new Option('--status <status>', 'only these').choices(['OPEN', 'CLOSED']))
    .option('--limit <n>', 'at most this many', integer(1), 50)
    .option('--json', 'print JSON'),
).action(run(jobList));

// Operator commands, on the database.
const org = program.command('org').description('organizations (tenants): operator commands on DATABASE_URL');

org
  .command('create')
  .description('create an organization and print its first API key as JSON')
  .requiredOption('--name <name>', 'organization name')
  .option('--credits <n>', 'starting credits (one per resume analysed)', integer(0), 0)
  .action(
    run((opts: { name: string; credits: number }) =>
      withOrganizations(async (service) => {
        const { organization, apiKey } = await service.create(opts.name, opts.credits);
        printJson({ organizationId: organization.id, apiKey });
      }),
    ),
  );

org
  .command('credits')
  .description('add (or with a negative number, remove) credits')
  .requiredOption('--id <organizationId>', 'organization ID')
  .requiredOption('--add <n>', 'credits to add', integer(Number.MIN_SAFE_INTEGER))
  .action(
    run((opts: { id: string; add: number }) =>
      withOrganizations(async (service) =>
        printJson({ organizationId: opts.id, credits: await service.addCredits(opts.id, opts.add) }),
      ),
    ),
  );

org.command('list').description('every organization').option('--json', 'print JSON').action(run(orgList));

const key = program.command('key').description('API keys: operator commands on DATABASE_URL');

key
  .command('create')
  .description('issue another API key for an organization (printed once, as JSON)')
  .requiredOption('--org <organizationId>', 'organization ID')
  .action(
    run((opts: { org: string }) =>
      withOrganizations(async (service) =>
        printJson({ organizationId: opts.org, apiKey: await service.createKey(opts.org) }),
      ),
    ),
  );

key
  .command('list')
  .description('API keys: ID, organization, prefix, created, revoked (never the key)')
  .option('--org <organizationId>', "only this organization's keys")
  .option('--json', 'print JSON')
  .action(run(keyList));

key
  .command('revoke')
  .description('revoke an API key: the API refuses it from then on')
  .argument('<keyId>', "the key's ID (from key list)")
  .option('--json', 'print JSON')
  .action(run(keyRevoke));

try {
  // As the API and the workers do: `.env` in the working directory, the real environment winning.
  loadDotEnv();
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed its message (and the help); --help and --version are not errors.
    process.exit(error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE);
  }
  const { exitCode, message } = classify(error);
  console.error(`sift: ${message}`);
  process.exit(exitCode);
}
