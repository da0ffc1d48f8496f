/**
 * Sift's entry points (`src/main/api.ts`, `src/main/worker.ts`) as their own OS processes, as
 * they run in production: their logs are read continuously (a pipe nobody reads would stall the
 * process), warnings and errors are counted, and their memory is read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** How long a process may take to start (compiling TypeScript through swc included). */
const START_TIMEOUT_MS = 60_000; // 1 minute
/** How long SIGTERM may take before SIGKILL: a worker finishes the jobs in flight first. */
const WORKER_STOP_MS = 30_000; // 30 seconds
/**
 * An API process has nothing to finish once the bench's clients are closed. It is given a few
 * seconds only: `npm run api` currently hangs on SIGTERM (see the bench's report), and the bench
 * must not wait 30 s for it in every section.
 */
const API_STOP_MS = 5_000; // 5 seconds
/** Log lines kept for the error message when a process dies. */
const TAIL_LINES = 40;
/**
 * What Sift processes inherit from the bench's environment. Nothing else: a setting left in the
 * shell (EMBEDDED_WORKER, WORKER_CONCURRENCY, a real OPENAI_API_KEY...) must not change what is
 * measured; every Sift setting a section uses is given explicitly, the rest are Sift's defaults.
 */
const INHERITED = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SIFT_SHARED_DIR'];

export interface SiftProcess {
  readonly name: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Warning and error log lines seen so far, counted by message. */
  readonly problems: Map<string, number>;
  /** Resolves with the first log record whose `msg` is `message`. */
  waitForLog(message: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** From now on, every log record whose `msg` is `message`, appended as they come. */
  collect(message: string): Record<string, unknown>[];
  /** SIGTERM (an orderly shutdown), SIGKILL after a grace period. */
  stop(): Promise<{ code: number | null; killed: boolean; ms: number }>;
  /** The last log lines, for error messages. */
  tail(): string;
}

/** Starts `src/main/<entry>.ts` with `env` over the bench's own environment. */
export function spawnSift(name: string, entry: 'api' | 'worker', env: Record<string, string>): SiftProcess {
  const graceMs = entry === 'api' ? API_STOP_MS : WORKER_STOP_MS;
  // The same flags as `npm run api` / `npm run worker`, on the Node that runs the bench (npm's).
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      // BENCH_CPU_PROF_DIR=dir: each process writes a CPU profile there when it exits.
      ...(process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : []),
      '--import',
      '@swc-node/register/esm-register',
      `src/main/${entry}.ts`,
    ],
    { cwd: ROOT, env: { ...inherited(), LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const tail: string[] = [];
  const problems = new Map<string, number>();
  const waiters: { message: string; resolve: (r: Record<string, unknown>) => void }[] = [];
  const collected = new Map<string, Record<string, unknown>[]>();
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    remember(line);
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    if (typeof record.level === 'number' && record.level >= 40) {
      const key = `${record.level >= 50 ? 'error' : 'warn'}: ${String(record.msg)}`;
      problems.set(key, (problems.get(key) ?? 0) + 1);
    }
    collected.get(String(record.msg))?.push(record);
    for (const w of waiters.filter((w) => w.message === record.msg)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(record);
    }
  });
  createInterface({ input: child.stderr! }).on('line', remember);
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;

  const handle: SiftProcess = {
    name,
    pid: child.pid!,
    child,
    problems,
    collect(message) {
      let records = collected.get(message);
      if (!records) collected.set(message, (records = []));
      return records;
    },
    waitForLog(message, timeoutMs = START_TIMEOUT_MS) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${name}: no "${message}" log within ${timeoutMs} ms\n${handle.tail()}`)),
          timeoutMs,
        );
        void exited.then(([code]) => {
          clearTimeout(timer);
          reject(new Error(`${name} exited (${code}) before logging "${message}"\n${handle.tail()}`));
        });
        waiters.push({
          message,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    async stop() {
      const t0 = performance.now();
      if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, killed: false, ms: 0 };
      child.kill('SIGTERM');
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, graceMs);
      const [code] = await exited;
      clearTimeout(timer);
      return { code, killed, ms: performance.now() - t0 };
    },
    tail: () => tail.join('\n'),
  };
  return handle;
}

function inherited(): Record<string, string> {
  return Object.fromEntries(INHERITED.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]!]])));
}

/** Starts an API process on a free port; resolves once it listens. */
export async function startApi(
  name: string,
  env: Record<string, string>,
): Promise<{ process: SiftProcess; url: string }> {
  const p = spawnSift(name, 'api', { HOST: '127.0.0.1', PORT: '0', ...env });
  try {
    const { port } = (await p.waitForLog('API listening')) as { port: number };
    return { process: p, url: `http://127.0.0.1:${port}/graphql` };
  } catch (error) {
    await p.stop();
    throw error;
  }
}

/** Starts a worker process; resolves once it consumes jobs. */
export async function startWorker(name: string, env: Record<string, string>): Promise<SiftProcess> {
  const p = spawnSift(name, 'worker', env);
  try {
    await p.waitForLog('worker started');
    return p;
  } catch (error) {
    await p.stop();
    throw error;
  }
}

export interface Memory {
  /** Resident set size now, bytes. */
  rss: number;
  /** Peak resident set size ("high water mark"), bytes. */
  hwm: number;
}

/** VmRSS and VmHWM of one process from /proc/<pid>/status; null when it is gone. */
export function readMemory(pid: number): Memory | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

/** The process and every descendant (its extraction readers). */
export function processTree(pid: number): number[] {
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${found[i]}/task`);
    } catch {
      continue; // it ended meanwhile
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${found[i]}/task/${task}/children`, 'utf8').trim();
        if (children) found.push(...children.split(/\s+/).map(Number));
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return found;
}

/** Summed RSS of a process tree, bytes. */
export function treeRss(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + (readMemory(p)?.rss ?? 0), 0);
}
