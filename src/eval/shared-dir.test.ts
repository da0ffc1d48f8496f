import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataRequirements, locateSharedDir, MissingDataError, REPO_ROOT } from './shared-dir.js';

function catchError(fn: () => void): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('locateSharedDir', () => {
  it('prefers --shared, then SIFT_SHARED_DIR, then ../shared beside the repository', () => {
    expect(locateSharedDir('/data/x', { SIFT_SHARED_DIR: '/env' })).toEqual({ root: '/data/x', chosenBy: '--shared' });
    expect(locateSharedDir(undefined, { SIFT_SHARED_DIR: '/env' })).toEqual({
      root: '/env',
      chosenBy: 'SIFT_SHARED_DIR',
    });
    expect(locateSharedDir(undefined, {}).root).toBe(path.resolve(REPO_ROOT, '../shared'));
  });
});

describe('DataRequirements', () => {
  it('reports every missing path at once, relative to the shared folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-eval-'));
    fs.writeFileSync(path.join(root, 'present.csv'), 'id\n1\n');
    const req = new DataRequirements({ root, chosenBy: '--shared' });
    expect(req.read('present.csv')).toBe('id\n1\n');
    expect(req.read('absent.json')).toBeNull();
    req.need('datasets/CV');
    const error = catchError(() => req.assertComplete());
    expect(error).toBeInstanceOf(MissingDataError);
    expect((error as MissingDataError).missing).toEqual(['absent.json', 'datasets/CV']);
    expect(error.message).toContain('missing: datasets/CV');
    expect(error.message).toContain(root);
    fs.rmSync(root, { recursive: true });
  });

  it('says so when the shared folder itself does not exist', () => {
    const req = new DataRequirements({ root: '/no/such/sift/shared', chosenBy: 'SIFT_SHARED_DIR' });
    req.need('fixtures/resumes');
    expect(() => req.assertComplete()).toThrow(
      /folder does not exist: \/no\/such\/sift\/shared \(chosen by SIFT_SHARED_DIR/,
    );
  });
});
