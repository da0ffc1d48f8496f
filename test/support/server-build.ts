/**
 * The processes the tests start (API, worker, `sift`) run the build, `dist/`, as the image does
 * (`node dist/src/main/api.js`): so the tests check what ships, data files included, and each
 * process starts in a third of the CPU time that compiling the sources on the fly costs. Before the
 * tests, `npm run build` runs again when a source changed since the last build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtSince } from './sdk-build.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Written after a build that succeeded: its time is the build's. */
const STAMP = path.join(ROOT, 'dist/.built');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

export function ensureServerBuilt(): void {
  const sources = [
    ...files(path.join(ROOT, 'src')),
    ...files(path.join(ROOT, 'migrations')),
    ...['tsconfig.json', 'tsconfig.build.json', 'scripts/copy-assets.mjs'].map((f) => path.join(ROOT, f)),
  ];
  if (builtSince(STAMP, sources)) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** The built module of a source entry point: `src/main/api.ts` is `dist/src/main/api.js`. */
export function builtEntry(entry: string): string {
  return path.join('dist', entry.replace(/\.ts$/, '.js'));
}
