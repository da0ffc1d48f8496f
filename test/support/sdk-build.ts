/**
 * The app imports `@sift/sdk` from its build (sdk/dist), as partners do. `npm install` builds it (the
 * root's `prepare`); before the tests, it is built again when a source changed since, so a test
 * never runs an old SDK.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SDK = path.resolve(import.meta.dirname, '../../sdk');

/** Whether `built` exists and is newer than every one of `sources`. */
export function builtSince(built: string, sources: readonly string[]): boolean {
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  return existsSync(built) && statSync(built).mtimeMs >= newest;
}

export function ensureSdkBuilt(): void {
  const built = path.join(SDK, 'dist/index.js');
  const sources = [
    ...readdirSync(path.join(SDK, 'src'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => path.join(SDK, 'src', f)),
    path.join(SDK, 'tsconfig.json'),
    path.join(SDK, 'tsconfig.build.json'),
  ];
  if (builtSince(built, sources)) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(SDK, 'tsconfig.build.json')], { stdio: 'inherit' });
}
