import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ROOT } from './files.js';
import { builtEntry } from './server-build.js';

/**
 * Entry points run from their sources through swc-node, as `npm run demo` runs them. The others
 * (`src/main/*.ts`, `src/cli/sift.ts`) run from the build, as the image runs them (global setup
 * builds it); the CLI's terminal test runs `src/cli/sift.ts` from its source as well.
 */
const FROM_SOURCES = new Set(['src/demo/demo.ts']);

/** Runs one of Sift's entry points (`src/main/*.ts`, `src/cli/sift.ts`, the demo) as its own OS process. */
export function spawnSift(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  const node = FROM_SOURCES.has(entry)
    ? ['--import', '@swc-node/register/esm-register', entry]
    : ['--enable-source-maps', builtEntry(entry)];
  return spawn(process.execPath, [...node, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a command to its end; resolves with its exit code and output. */
export async function runSift(entry: string, args: string[], env: Record<string, string>) {
  const child = spawnSift(entry, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** Resolves when the process prints a log line matching `pattern` (pino JSON on stdout). */
export function waitForLog(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no log matching ${pattern} within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      // Whole lines only: a chunk can end inside a JSON line.
      const line = seen
        .split('\n')
        .slice(0, -1)
        .find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(line);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`process exited with ${code} before logging ${pattern}:\n${seen}`));
    });
  });
}

/** SIGTERM, then the exit code. */
export async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}
