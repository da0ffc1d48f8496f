import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { UploadFile } from '@sift/sdk';

/** The repository root and the shared fixtures beside it (`../shared`, or SIFT_SHARED_DIR). */
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(ROOT, '../shared');
export const SAMPLES = path.join(ROOT, 'test/fixtures/samples');
export const BAD = path.join(ROOT, 'test/fixtures/bad');

export function sharedPath(...parts: string[]): string {
  const p = path.join(SHARED, ...parts);
  if (!existsSync(p)) throw new Error(`Missing shared fixture ${p}: the tests need ../shared beside the repository`);
  return p;
}

/** A file from disk as an upload bound to `files.<index>`. */
export async function uploadOf(file: string, index: number, mimeType?: string): Promise<UploadFile> {
  return { variable: `files.${index}`, filename: path.basename(file), content: await readFile(file), mimeType };
}

export async function uploadsOf(files: string[]): Promise<UploadFile[]> {
  return Promise.all(files.map((f, i) => uploadOf(f, i)));
}

/** `files` variable for N uploads (the spec puts null where each file goes). */
export function nulls(n: number): null[] {
  return Array.from({ length: n }, () => null);
}
