/**
 * The `sift` CLI as people run it: a real child process (the build of `src/cli/sift.ts`, and on
 * a terminal the source through the swc loader, as `npm run sift` runs it) against a real app on
 * a free port (API, worker, PostgreSQL, Redis). `sift screen` on a folder of real resumes plus an unreadable and a skipped file; the operator commands on the same
 * database; usage and connection errors and their exit codes.
 */
import { parse } from 'csv-parse/sync';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationsDocument, TasksDocument, ViewerDocument } from '@sift/sdk';
import { sharedPath } from '../support/files.js';
import { runSift } from '../support/processes.js';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { ROOT } from '../support/files.js';
import { eventually, startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const CLI = 'src/cli/sift.ts';
/** Per test: each CLI run starts a Node process, seconds each on a loaded machine. */
const SLOW = 240_000;
const RESUMES = [
  sharedPath('fixtures/resumes/open-resume/laverne-resume.pdf'),
  sharedPath('fixtures/resumes/open-resume/openresume-resume.pdf'),
  sharedPath('fixtures/resumes/pyresparser/OmkarResume.pdf'),
  sharedPath('fixtures/resumes/resume-matcher-2023-docx/Resumes/ADRYJA GHOSH.docx'),
  sharedPath('fixtures/resumes/resume-matcher-2023-docx/Resumes/Amruta B.pdf'),
];
const JOB_POST = `# Software Engineer

We are hiring a software engineer to build web applications.
Requirements: 2+ years of experience with JavaScript, React and Python; SQL databases; Git.
Nice to have: machine learning, AWS.
`;

interface CsvRow {
  rank: string;
  file: string;
  status: string;
  score: string;
  reason: string;
  application_id: string;
  task_id: string;
}

let app: TestApp;
let org: TestOrg;
let dir: string;
let env: Record<string, string>;
const sift = (args: string[], extra: Record<string, string> = {}) => runSift(CLI, args, { ...env, ...extra });

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  org = await app.createOrg(100, 'CLI Recruiting');
  dir = await mkdtemp(path.join(os.tmpdir(), 'sift-cli-'));
  await mkdir(path.join(dir, 'resumes/more'), { recursive: true });
  for (const [i, file] of RESUMES.entries()) {
    // One in a subfolder: the folder is read recursively and the file is known by its path.
    await copyFile(file, path.join(dir, i === 4 ? 'resumes/more' : 'resumes', path.basename(file)));
  }
  // Named as a PDF, but text: the server fails it with its reason (not charged).
  await writeFile(path.join(dir, 'resumes/scan.pdf'), 'this is not a PDF, only text pretending to be one');
  // Not a resume type: skipped by the CLI, never sent.
  await writeFile(path.join(dir, 'resumes/notes.json'), '{"todo": "call back"}');
  await writeFile(path.join(dir, 'job.md'), JOB_POST);
  env = { SIFT_URL: app.server.url, SIFT_API_KEY: org.apiKey, DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent' };
});

afterAll(async () => {
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sift screen', () => {
  let rows: CsvRow[];

  it(
    'screens a folder in batches, prints the ranked table, writes every file to the CSV, and exits 1 for a FAILED file',
    async () => {
      const out = path.join(dir, 'results.csv');
      const run = await sift([
        'screen',
        '--dir',
        path.join(dir, 'resumes'),
        '--job',
        path.join(dir, 'job.md'),
        '--out',
        out,
        '--batch-size',
        '4',
      ]);
      expect(run.code, run.stderr).toBe(1);

      // Not a terminal: plain progress lines and one line per batch, on stderr.
      expect(run.stderr).toContain('skipped notes.json: not a resume file type');
      expect(run.stderr).toMatch(/Screening 6 resumes for "Software Engineer" .* in 2 batches/);
      expect(run.stderr).toMatch(/batch 1\/2: 4 files sent, task [0-9a-f-]{36}/);
      expect(run.stderr).toMatch(/batch 2\/2: 2 files sent, task [0-9a-f-]{36}/);
      expect(run.stderr).toContain('progress: 6/6 resumes (100%), 5 scored, 1 failed');
      expect(run.stderr).not.toContain('\x1b['); // no terminal control codes in a log

      rows = parse(await readFile(out, 'utf8'), { columns: true }) as CsvRow[];
      const files = rows.map((r) => r.file).sort();
      expect(files).toEqual(
        [
          'ADRYJA GHOSH.docx',
          'OmkarResume.pdf',
          'laverne-resume.pdf',
          path.join('more', 'Amruta B.pdf'),
          'notes.json',
          'openresume-resume.pdf',
          'scan.pdf',
        ].sort(),
      );
      const scored = rows.filter((r) => r.rank !== '');
      expect(scored.map((r) => Number(r.rank))).toEqual([1, 2, 3, 4, 5]);
      const scores = scored.map((r) => Number(r.score));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scored.every((r) => ['SHORTLISTED', 'REVIEW', 'REJECTED'].includes(r.status))).toBe(true);
      expect(rows.find((r) => r.file === 'scan.pdf')).toMatchObject({ status: 'FAILED', rank: '', score: '' });
      expect(rows.find((r) => r.file === 'scan.pdf')!.reason).toMatch(/^TYPE_MISMATCH: /);
      expect(rows.find((r) => r.file === 'notes.json')).toMatchObject({ status: 'SKIPPED', application_id: '' });
      expect(new Set(rows.filter((r) => r.task_id).map((r) => r.task_id)).size).toBe(2);

      // The CSV says what the API says.
      const { applications } = await org.client.request(ApplicationsDocument, { first: 50 });
      expect(applications.totalCount).toBe(6);
      for (const { node } of applications.edges) {
        const row = rows.find((r) => r.application_id === node.id)!;
        expect(row, node.file.filename).toBeDefined();
        expect(row.status).toBe(node.status);
        expect(row.score).toBe(node.score === null ? '' : String(node.score));
      }

      // The table: a header, then the ranked rows in order, then the unscored with their reasons.
      const lines = run.stdout.split('\n');
      const header = lines.findIndex((l) => /^rank\s+file\s+score\s+decision\s+candidate\s+reason$/.test(l));
      expect(header, run.stdout).toBeGreaterThanOrEqual(0);
      for (const [i, row] of scored.entries()) {
        const line = lines[header + 2 + i]!;
        expect(line).toMatch(
          new RegExp(`^\\s*${row.rank}\\s+${escape(row.file.slice(0, 20))}.*\\s${row.score}\\s+${row.status}\\s`),
        );
      }
      expect(run.stdout).toMatch(/scan\.pdf\s+FAILED\s+TYPE_MISMATCH/);
      expect(run.stdout).toMatch(/notes\.json\s+SKIPPED/);
      expect(run.stdout).toContain('7 files: ');
      expect(run.stdout).toContain('1 failed, 1 skipped');
      expect((await org.client.request(ViewerDocument)).viewer.credits).toBe(95);
    },
    SLOW,
  );

  it(
    'screens against an existing job post (job create) into JSON, and exits 0 when every file is scored',
    async () => {
      const created = await sift([
        'job',
        'create',
        '--file',
        path.join(dir, 'job.md'),
        '--title',
        'Web Developer',
        '--json',
      ]);
      expect(created.code, created.stderr).toBe(0);
      const post = JSON.parse(created.stdout) as { id: string; title: string; description: string };
      expect(post.title).toBe('Web Developer');
      expect(post.description).toContain('# Software Engineer'); // with --title, the whole file is the description

      const good = path.join(dir, 'good');
      await mkdir(good);
      for (const file of RESUMES.slice(0, 3)) await copyFile(file, path.join(good, path.basename(file)));
      const out = path.join(dir, 'results.json');
      const run = await sift(['screen', '--dir', good, '--job-id', post.id, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(await readFile(out, 'utf8')) as {
        jobPost: { id: string };
        taskIds: string[];
        results: { rank: number; file: string; score: number; status: string }[];
      };
      expect(result.jobPost.id).toBe(post.id);
      expect(result.taskIds).toHaveLength(1);
      expect(result.results.map((r) => r.file).sort()).toEqual(
        RESUMES.slice(0, 3)
          .map((f) => path.basename(f))
          .sort(),
      );
      expect(result.results.map((r) => r.rank)).toEqual([1, 2, 3]);
      const scores = result.results.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));

      const list = await sift(['job', 'list']);
      expect(list.code, list.stderr).toBe(0);
      expect(list.stdout).toMatch(new RegExp(`${post.id}\\s+OPEN\\s+.*Web Developer`));
      expect(list.stdout).toMatch(/Software Engineer/);
    },
    SLOW,
  );

  it(
    'draws a progress bar on a terminal (a pseudo-terminal from util-linux script)',
    async () => {
      const tty = path.join(dir, 'tty');
      await mkdir(tty);
      await copyFile(RESUMES[0]!, path.join(tty, path.basename(RESUMES[0]!)));
      const command = [process.execPath, '--import', '@swc-node/register/esm-register', CLI, 'screen']
        .concat(['--dir', tty, '--job', path.join(dir, 'job.md')])
        .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
        .join(' ');
      const run = await runCommand('script', ['-q', '-e', '-c', command, '/dev/null'], env);
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/[█░]{40} 100% \| 1\/1 resumes \| 1 scored, 0 failed/);
      expect(run.stdout).not.toContain('progress: ');
      expect(run.stdout).toMatch(/^\s+1\s+laverne-resume\.pdf\s+\d+\s+(SHORTLISTED|REVIEW|REJECTED)\s/m);
    },
    SLOW,
  );

  it(
    'follows the tasks by reading them when the WebSocket is refused (a proxy that passes HTTP only)',
    async () => {
      const proxy = await httpOnlyProxy(app.server.url);
      try {
        const folder = path.join(dir, 'proxied');
        await mkdir(folder);
        for (const file of RESUMES.slice(1, 3)) await copyFile(file, path.join(folder, path.basename(file)));
        const run = await sift(['screen', '--dir', folder, '--job', path.join(dir, 'job.md')], { SIFT_URL: proxy.url });
        expect(run.code, run.stderr).toBe(0);
        expect(run.stderr).toMatch(/progress stream of task [0-9a-f-]{36} lost \(.*\); reading the task instead/);
        expect(run.stderr).toContain('progress: 2/2 resumes (100%), 2 scored, 0 failed');
        expect(run.stdout).toMatch(/^\s+2\s+\S+\.pdf\s+\d+\s+(SHORTLISTED|REVIEW|REJECTED)\s/m);
        expect(proxy.upgradesRefused()).toBeGreaterThan(0);
      } finally {
        await proxy.close();
      }
    },
    SLOW,
  );

  it(
    'shows a task, and retries its FAILED file',
    async () => {
      const taskId = rows.find((r) => r.file === 'scan.pdf')!.task_id;
      const shown = await sift(['task', 'show', taskId]);
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stdout).toMatch(new RegExp(`^task:\\s+${taskId}$`, 'm'));
      expect(shown.stdout).toMatch(/^state:\s+COMPLETED$/m);
      expect(shown.stdout).toMatch(/^files:\s+2$/m);
      expect(shown.stdout).toMatch(/^failed:\s+1$/m);

      const json = await sift(['task', 'show', taskId, '--json']);
      expect(JSON.parse(json.stdout)).toMatchObject({ id: taskId, state: 'COMPLETED', total: 2, failed: 1 });

      const retried = await sift(['task', 'retry', taskId, '--json']);
      expect(retried.code, retried.stderr).toBe(0);
      expect(JSON.parse(retried.stdout)).toMatchObject({ id: taskId });

      const missing = await sift(['task', 'show', '00000000-0000-4000-8000-000000000000']);
      expect(missing.code).toBe(5);
      expect(missing.stderr).toContain('NOT_FOUND');
    },
    SLOW,
  );
});

describe('sift key and org (operator commands)', () => {
  it(
    'lists keys without the secret, revokes one, and the API then refuses it',
    async () => {
      const other = await app.createOrg(5, 'Key Holder');
      const listed = await sift(['key', 'list', '--org', other.organizationId, '--json']);
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stdout).not.toContain(other.apiKey);
      const keys = JSON.parse(listed.stdout) as {
        id: string;
        organizationId: string;
        prefix: string;
        revokedAt: null;
      }[];
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatchObject({ organizationId: other.organizationId, revokedAt: null });
      expect(other.apiKey.startsWith(keys[0]!.prefix)).toBe(true);

      const table = await sift(['key', 'list']);
      expect(table.stdout).toMatch(new RegExp(`${keys[0]!.id}\\s+${other.organizationId} \\(Key Holder\\)`));
      expect(table.stdout).not.toContain(other.apiKey);

      const before = await sift(['task', 'show', '00000000-0000-4000-8000-000000000000'], {
        SIFT_API_KEY: other.apiKey,
      });
      expect(before.code, 'the key works before').toBe(5);

      const revoked = await sift(['key', 'revoke', keys[0]!.id]);
      expect(revoked.code, revoked.stderr).toBe(0);
      expect(revoked.stdout).toContain(`revoked ${keys[0]!.id}`);

      const refused = await sift(['task', 'show', '00000000-0000-4000-8000-000000000000'], {
        SIFT_API_KEY: other.apiKey,
      });
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain('UNAUTHENTICATED');
      const after = JSON.parse((await sift(['key', 'list', '--org', other.organizationId, '--json'])).stdout) as {
        revokedAt: string | null;
      }[];
      expect(after[0]!.revokedAt).not.toBeNull();

      const orgs = await sift(['org', 'list', '--json']);
      const found = (JSON.parse(orgs.stdout) as { id: string; name: string; activeKeys: number }[]).find(
        (o) => o.id === other.organizationId,
      );
      expect(found).toMatchObject({ name: 'Key Holder', activeKeys: 0 });
    },
    SLOW,
  );
});

describe('sift screen and task cancel', () => {
  it(
    'exits 4 when the task is cancelled (here with sift task cancel) while screen follows it',
    async () => {
      // No worker: the task waits QUEUED until it is cancelled, whatever the machine's speed.
      const idle = await startTestApp();
      try {
        const holder = await idle.createOrg(20, 'Cancel Org');
        const idleEnv = { ...env, SIFT_URL: idle.server.url, SIFT_API_KEY: holder.apiKey };
        const good = path.join(dir, 'cancel');
        await mkdir(good);
        for (const file of RESUMES.slice(0, 2)) await copyFile(file, path.join(good, path.basename(file)));
        const screening = runSift(CLI, ['screen', '--dir', good, '--job', path.join(dir, 'job.md')], idleEnv);
        const taskId = await eventually(async () => {
          const { tasks } = await holder.client.request(TasksDocument, { first: 1 });
          return tasks.edges[0]?.node.id;
        });
        const cancelled = await runSift(CLI, ['task', 'cancel', taskId], idleEnv);
        expect(cancelled.code, cancelled.stderr).toBe(0);
        expect(cancelled.stdout).toMatch(/^state:\s+CANCELLED$/m);

        const run = await screening;
        expect(run.code, run.stderr).toBe(4);
        expect(run.stderr).toContain(`task ${taskId} ended CANCELLED`);
        expect(run.stdout).toMatch(/laverne-resume\.pdf\s+CANCELLED/);
        expect((await holder.client.request(ViewerDocument)).viewer.credits, 'cancelled files are refunded').toBe(20);
      } finally {
        await idle.close();
      }
    },
    SLOW,
  );
});

describe('sift errors', () => {
  it(
    'exits 2 with a message on bad usage, before sending anything',
    async () => {
      const cases: [string[], RegExp][] = [
        [['screen', '--dir', dir], /give exactly one of --job FILE and --job-id ID/],
        [['screen', '--dir', path.join(dir, 'nowhere'), '--job', path.join(dir, 'job.md')], /not a folder/],
        [
          ['screen', '--dir', dir, '--job', path.join(dir, 'job.md'), '--out', 'results.txt'],
          /must end in \.csv or \.json/,
        ],
        [['screen', '--dir', dir, '--job-id', 'x', '--batch-size', '0'], /expected an integer >= 1/],
        [
          ['screen', '--dir', dir, '--job', path.join(dir, 'job.md'), '--out', path.join(dir, 'no/such/dir/r.csv')],
          /cannot write in/,
        ],
        [['key', 'revoke', 'not-an-id'], /must be a UUID/],
        [['frobnicate'], /unknown command 'frobnicate'/],
      ];
      const runs = await Promise.all(cases.map(([args]) => sift(args)));
      for (const [i, [args, message]] of cases.entries()) {
        expect(runs[i]!.code, args.join(' ')).toBe(2);
        expect(runs[i]!.stderr, args.join(' ')).toMatch(message);
      }
      const noKey = await sift(['task', 'show', 'x'], { SIFT_API_KEY: '' });
      expect(noKey.code).toBe(2);
      expect(noKey.stderr).toContain('an API key is needed');
      const { applications } = await org.client.request(ApplicationsDocument, { first: 1 });
      expect(applications.totalCount, 'nothing more was sent').toBe(12);
    },
    SLOW,
  );

  it(
    'exits 3 when the deployment cannot be reached',
    async () => {
      const port = await closedPort();
      const run = await sift([
        'screen',
        '--dir',
        dir,
        '--job',
        path.join(dir, 'job.md'),
        '--url',
        `http://127.0.0.1:${port}`,
      ]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`cannot reach http://127.0.0.1:${port}/graphql`);
    },
    SLOW,
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs any command from the repository root to its end: exit code and output. */
async function runCommand(command: string, args: string[], extra: Record<string, string>) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/**
 * A reverse proxy that forwards HTTP requests to `target` and refuses every WebSocket upgrade, as
 * some corporate proxies and load balancers do.
 */
async function httpOnlyProxy(target: string) {
  const upstream = new URL(target);
  let refused = 0;
  const server = createHttpServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          ([name, value]) => typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name),
        ),
      ) as Record<string, string>;
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(new URL(req.url ?? '/', upstream), { method: req.method, headers, body });
      const kept = [...answer.headers].filter(
        ([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name),
      );
      res.writeHead(answer.status, Object.fromEntries(kept));
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: Error) => {
      res.writeHead(502);
      res.end(error.message);
    });
  });
  server.on('upgrade', (_req, socket) => {
    refused++;
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    upgradesRefused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
