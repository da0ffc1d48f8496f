/**
 * Where the evaluation's data lives, and a clear account of what is missing from it.
 *
 * The data is not in the repository: it sits in a `shared` folder beside it (`../shared` from the
 * repository root), or wherever `SIFT_SHARED_DIR` or `--shared` points.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The repository root (this file is `src/eval/shared-dir.ts`). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The shared data folder and how it was chosen, for messages. */
export interface SharedDir {
  root: string;
  /** e.g. "SIFT_SHARED_DIR", "--shared", "../shared beside the repository". */
  chosenBy: string;
}

/** Picks the shared folder: the `--shared` option, else `SIFT_SHARED_DIR`, else `../shared` beside the repo. */
export function locateSharedDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): SharedDir {
  if (option) return { root: path.resolve(option), chosenBy: '--shared' };
  if (env.SIFT_SHARED_DIR) return { root: path.resolve(env.SIFT_SHARED_DIR), chosenBy: 'SIFT_SHARED_DIR' };
  return { root: path.resolve(REPO_ROOT, '../shared'), chosenBy: '../shared beside the repository' };
}

/** Missing paths listed one by one in the message; the rest are counted. */
const LISTED_MISSING = 20;

function describeMissing(shared: SharedDir, missing: readonly string[]): string {
  const where = `${shared.root} (chosen by ${shared.chosenBy}; set SIFT_SHARED_DIR or pass --shared to look elsewhere)`;
  if (!fs.existsSync(shared.root)) return `The evaluation data folder does not exist: ${where}`;
  const listed = missing.slice(0, LISTED_MISSING).map((p) => `  missing: ${p}`);
  if (missing.length > LISTED_MISSING) listed.push(`  … and ${missing.length - LISTED_MISSING} more`);
  return [`The evaluation data is incomplete: ${missing.length} path(s) missing under ${where}:`, ...listed].join('\n');
}

/** Data the evaluation needs and did not find. */
export class MissingDataError extends Error {
  constructor(
    readonly shared: SharedDir,
    readonly missing: readonly string[],
  ) {
    super(describeMissing(shared, missing));
    this.name = 'MissingDataError';
  }
}

/**
 * Collects the paths a run needs, so that every missing one is reported at once rather than the
 * first one only.
 */
export class DataRequirements {
  private readonly missing: string[] = [];

  constructor(readonly shared: SharedDir) {}

  /** The absolute path of `relative` (under the shared folder), noted as missing if absent. */
  need(relative: string): string {
    const absolute = path.join(this.shared.root, relative);
    if (!fs.existsSync(absolute)) this.missing.push(relative);
    return absolute;
  }

  /** Reads a needed UTF-8 file; null (and noted as missing) when absent. */
  read(relative: string): string | null {
    const absolute = this.need(relative);
    return fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : null;
  }

  /** Throws a {@link MissingDataError} listing everything not found so far. */
  assertComplete(): void {
    if (this.missing.length > 0) throw new MissingDataError(this.shared, this.missing);
  }
}
