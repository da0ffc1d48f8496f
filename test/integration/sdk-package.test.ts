/**
 * The SDK as a partner gets it: `npm pack` of sdk/, `npm install` of the tarball into a fresh
 * project in a temporary directory, then a plain Node ESM script there (no TypeScript loader) runs a
 * typed query, uploads a real resume and follows the task over graphql-ws against a real app; a
 * TypeScript file there type-checks against the shipped declarations; and the built entry imports
 * nothing a browser lacks.
 *
 * npm installs the SDK's dependencies from its cache first (`--prefer-offline`: our own install
 * put them there), and from the registry for whatever the cache lacks.
 */
import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { servePage } from '../support/browser-page.js';
import { ROOT, sharedPath } from '../support/files.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const run = promisify(execFile);
const RESUME = sharedPath('fixtures/resumes/open-resume/openresume-resume.pdf');
const EXPECTED_NAME = (
  JSON.parse(await readFile(sharedPath('fixtures/resumes/open-resume/expected.json'), 'utf8')) as Record<
    string,
    { name: string }
  >
)['openresume-resume.pdf']!.name;

/** The environment of a fresh shell: nothing of the npm script or vitest run that started us. */
function partnerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_(local_prefix|prefix|global_prefix|workspaces?)$)/i.test(key))
      delete env[key];
  }
  delete env.INIT_CWD;
  delete env.NODE_OPTIONS; // no loader: the script runs on what the tarball holds
  return env;
}

const npm = (args: string[], cwd: string) =>
  run('npm', [...args, '--no-audit', '--no-fund'], { cwd, env: partnerEnv(), maxBuffer: 16 << 20 });

/** What a partner writes, in plain JavaScript. */
const PARTNER_SCRIPT = `
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  createSiftClient,
  SiftApiError,
  TaskDocument,
  TaskProgressDocument,
  ViewerDocument,
} from '@sift/sdk';

const [url, apiKey, resume] = process.argv.slice(2);
const sift = createSiftClient({ url, apiKey });

const { viewer } = await sift.request(ViewerDocument);
const { createJobPost: job } = await sift.request(CreateJobPostDocument, {
  input: { title: 'Software engineer', description: 'Web products in TypeScript', mustHaveSkills: ['TypeScript'] },
});
const task = await sift.processResumes(job.id, [
  { filename: basename(resume), content: await readFile(resume), mimeType: 'application/pdf' },
]);
const events = [];
for await (const { taskProgress } of sift.subscribe(TaskProgressDocument, { taskId: task.id })) {
  events.push(taskProgress);
}
const { applications } = await sift.request(ApplicationsDocument, { filter: { taskId: task.id } });
let refused = null;
try {
  await sift.request(TaskDocument, { id: '999999999' });
} catch (error) {
  refused = { isSiftApiError: error instanceof SiftApiError, code: error.code };
}
await sift.close();
console.log(JSON.stringify({ viewer, task, events, applications: applications.edges.map((e) => e.node), refused }));
`;

/** What a partner writes in TypeScript; the @ts-expect-error lines fail to compile if the types are loose. */
const PARTNER_TS = `
import {
  createSiftClient,
  JobPostsDocument,
  SiftApiError,
  TaskDocument,
  TaskProgressDocument,
  ViewerDocument,
  type TaskFieldsFragment,
} from '@sift/sdk';

const sift = createSiftClient({ url: 'http://localhost:4000/graphql', apiKey: 'sift_key', fetch: globalThis.fetch });
const { viewer } = await sift.request(ViewerDocument);
const credits: number = viewer.credits;
const { jobPosts } = await sift.request(JobPostsDocument); // its variables are all optional
const total: number = jobPosts.totalCount;
const file = new File(['Ada Lovelace'], 'ada.txt', { type: 'text/plain' });
const task: TaskFieldsFragment = await sift.processResumes('1', [{ filename: file.name, content: file }]);
for await (const { taskProgress } of sift.subscribe(TaskProgressDocument, { taskId: task.id })) {
  const percent: number = taskProgress.percent;
  console.log(percent, credits, total);
}
const stop: () => void = sift.subscribe(TaskProgressDocument, { taskId: task.id }, { next: (data) => data.taskProgress.state });
stop();
const error = new SiftApiError([{ message: 'x' }], 400);
const code: string | undefined = error.code;
console.log(code);
// @ts-expect-error viewer has no field "nope"
console.log(viewer.nope);
// @ts-expect-error the task query needs its id
await sift.request(TaskDocument);
// @ts-expect-error a variable the query does not take
await sift.request(TaskDocument, { id: task.id, first: 1 });
// @ts-expect-error taskId is an ID, not a boolean
sift.subscribe(TaskProgressDocument, { taskId: true });
`;

/** A partner's page: the installed package through an import map, no bundler; it posts what it saw. */
const PARTNER_PAGE = (apiKey: string) => `<!doctype html>
<meta charset="utf-8" />
<title>Partner page</title>
<script type="importmap">
  {
    "imports": {
      "@sift/sdk": "/node_modules/@sift/sdk/dist/index.js",
      "graphql": "/node_modules/graphql/index.mjs",
      "graphql-ws": "/node_modules/graphql-ws/dist/client.js"
    }
  }
</script>
<script type="module">
  const report = (result) => fetch('/report', { method: 'POST', body: JSON.stringify(result) });
  try {
    const { ApplicationsDocument, CreateJobPostDocument, createSiftClient, TaskProgressDocument, ViewerDocument } =
      await import('@sift/sdk');
    const sift = createSiftClient({ url: location.origin + '/graphql', apiKey: ${JSON.stringify(apiKey)} });
    const { viewer } = await sift.request(ViewerDocument);
    const { createJobPost: job } = await sift.request(CreateJobPostDocument, {
      input: { title: 'Software engineer', description: 'Web products in TypeScript' },
    });
    const blob = await (await fetch('/resume.pdf')).blob();
    const file = new File([blob], 'openresume-resume.pdf', { type: 'application/pdf' });
    const task = await sift.processResumes(job.id, [{ filename: file.name, content: file }]);
    const states = [];
    await new Promise((complete, error) =>
      sift.subscribe(TaskProgressDocument, { taskId: task.id }, {
        next: ({ taskProgress }) => states.push(taskProgress.state),
        error,
        complete,
      }),
    );
    const { applications } = await sift.request(ApplicationsDocument, { filter: { taskId: task.id } });
    await sift.close();
    await report({
      userAgent: navigator.userAgent,
      hasNodeProcess: typeof globalThis.process !== 'undefined',
      viewer,
      states,
      applications: applications.edges.map((e) => ({ status: e.node.status, name: e.node.candidate?.name, file: e.node.file })),
    });
  } catch (error) {
    await report({ error: String(error?.stack ?? error) });
  }
</script>
`;

describe('the SDK as a partner installs it (npm pack, npm install, plain Node)', () => {
  let tmp: string;
  let project: string;
  let packed: { filename: string; size: number; files: { path: string }[] };
  let app: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'sift-sdk-partner-'));
    const [packing, started] = await Promise.all([
      // --ignore-scripts: not `prepack`'s rebuild, which empties sdk/dist while other test files import
      // it; the tests' global setup has just brought the build up to date.
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], path.join(ROOT, 'sdk')),
      startTestApp({ worker: true, env: { ANALYZER: 'local' } }),
    ]);
    app = started;
    org = await app.createOrg(100, 'Partner Org');
    [packed] = JSON.parse(packing.stdout) as [typeof packed];

    project = path.join(tmp, 'partner-app');
    await mkdir(project);
    await writeFile(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'partner-app', private: true, type: 'module' }),
    );
    await npm(['install', '--prefer-offline', '--no-package-lock', path.join(tmp, packed.filename)], project);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('packs only the build, its declarations and the README: a small tarball with no install scripts', async () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/generated.d.ts');
    expect(files).toContain('README.md');
    expect(files.filter((f) => !f.startsWith('dist/') && f !== 'README.md' && f !== 'package.json')).toEqual([]);
    expect(files.filter((f) => f.endsWith('.test.js') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
    expect(packed.size).toBeLessThan(64 * 1024);

    const installed = JSON.parse(await readFile(path.join(project, 'node_modules/@sift/sdk/package.json'), 'utf8')) as {
      type: string;
      scripts?: Record<string, string>;
      exports: Record<string, unknown>;
    };
    expect(installed.type).toBe('module');
    expect(installed.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    // npm warns a partner about any of these (and would run `prepare` from a git install)
    expect(Object.keys(installed.scripts ?? {}).filter((s) => /^(pre|post)?install$|^prepare$/.test(s))).toEqual([]);
  });

  it('a plain Node ESM script runs a typed query, uploads a real resume and follows the task to the end', async () => {
    await writeFile(path.join(project, 'screen.mjs'), PARTNER_SCRIPT);
    const { stdout } = await run(process.execPath, ['screen.mjs', app.server.url, org.apiKey, RESUME], {
      cwd: project,
      env: partnerEnv(),
      timeout: 120_000,
    });
    const out = JSON.parse(stdout) as {
      viewer: { name: string; credits: number };
      task: { id: string; total: number; state: string };
      events: { taskId: string; state: string; processed: number; total: number; message: string | null }[];
      applications: {
        status: string;
        file: { filename: string; mimeType: string };
        candidate: { name: string | null } | null;
      }[];
      refused: { isSiftApiError: boolean; code: string } | null;
    };
    expect(out.viewer).toMatchObject({ name: 'Partner Org', credits: 100 });
    expect(out.task).toMatchObject({ total: 1, state: 'QUEUED' });
    expect(out.events.length).toBeGreaterThan(0);
    expect(out.events.every((e) => e.taskId === out.task.id)).toBe(true);
    expect(out.events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 1, total: 1 });
    expect(out.applications).toHaveLength(1);
    expect(out.applications[0]!.file).toMatchObject({ filename: 'openresume-resume.pdf', mimeType: 'application/pdf' });
    expect(['SHORTLISTED', 'REVIEW', 'REJECTED']).toContain(out.applications[0]!.status);
    expect(out.applications[0]!.candidate?.name).toBe(EXPECTED_NAME);
    expect(out.refused).toEqual({ isSiftApiError: true, code: 'NOT_FOUND' });
  });

  it('a TypeScript consumer type-checks against the shipped declarations, for a browser and for Node', async () => {
    await writeFile(path.join(project, 'consumer.ts'), PARTNER_TS);
    const base = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true };
    const settings = {
      // a browser project: the DOM library, no Node types
      browser: { ...base, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: false },
      // a Node project: Node's types (ours), no DOM library
      node: { ...base, lib: ['ES2023'], types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')] },
    };
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    for (const [name, compilerOptions] of Object.entries(settings)) {
      const config = path.join(project, `tsconfig.${name}.json`);
      await writeFile(config, JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
      const result = await run(process.execPath, [tsc, '-p', config], { cwd: project }).catch(
        (e: { stdout: string; code: number }) => e,
      );
      expect(result.stdout, name).toBe('');
    }
  });

  it('the built entry imports nothing a browser lacks: no node: modules, no ws', async () => {
    const dist = path.join(project, 'node_modules/@sift/sdk/dist');
    const specifiers = new Set<string>();
    for (const file of (await readdir(dist)).filter((f) => f.endsWith('.js'))) {
      for (const s of importsOf(await readFile(path.join(dist, file), 'utf8'))) specifiers.add(s);
    }
    const external = [...specifiers].filter((s) => !s.startsWith('./'));
    expect(external.sort()).toEqual(['graphql', 'graphql-ws']);

    // graphql-ws's browser build, which bundlers pick, is the client alone
    const graphqlWs = path.join(project, 'node_modules/graphql-ws');
    const { exports } = JSON.parse(await readFile(path.join(graphqlWs, 'package.json'), 'utf8')) as {
      exports: { '.': { browser: string } };
    };
    const browserEntry = await readFile(path.join(graphqlWs, exports['.'].browser), 'utf8');
    const nodeOnly = (s: string) => s.startsWith('node:') || builtinModules.includes(s) || s === 'ws';
    expect(importsOf(browserEntry).filter(nodeOnly)).toEqual([]);
  });

  // Chromium comes from the OS (Debian's `chromium`, which .ci/run installs): missing, the test fails, never skips.
  it('runs in a real browser: a page in headless Chromium imports the installed package and screens a resume', async () => {
    const browserOrg = await app.createOrg(20, 'Browser Org');
    const page = await servePage(app.server.url, PARTNER_PAGE(browserOrg.apiKey), project, { 'resume.pdf': RESUME });
    const browser = await launchChromium(); // throws, never skips, when Chromium is missing
    const said: string[] = [];
    try {
      const tab = await browser.context.newPage();
      tab.on('console', (message) => said.push(message.text()));
      tab.on('pageerror', (error) => said.push(String(error)));
      await tab.goto(page.url);
      const reported = await within(page.report, 120_000, 'the page did not report').catch((e: Error) => {
        throw new Error(`${e.message}; the page said:\n${said.join('\n')}`);
      });
      const out = JSON.parse(reported) as {
        error?: string;
        userAgent: string;
        hasNodeProcess: boolean;
        viewer: { name: string };
        states: string[];
        applications: { status: string; name: string | null; file: { filename: string; mimeType: string } }[];
      };
      expect(out.error).toBeUndefined();
      expect(out.userAgent).toContain('HeadlessChrome');
      expect(out.hasNodeProcess).toBe(false);
      expect(out.viewer.name).toBe('Browser Org');
      expect(out.states.at(-1)).toBe('COMPLETED');
      expect(out.applications).toHaveLength(1);
      expect(out.applications[0]!.file).toMatchObject({
        filename: 'openresume-resume.pdf',
        mimeType: 'application/pdf',
      });
      expect(out.applications[0]!.name).toBe(EXPECTED_NAME);
    } finally {
      await browser.close();
      await page.close();
    }
  }, 180_000);
});

/** Rejects when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The module specifiers a built module imports, re-exports or requires, read by TypeScript's scanner. */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}
