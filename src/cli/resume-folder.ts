/**
 * The resumes in a folder: what `sift screen` sends, what it leaves out (and says so), and how
 * the files are cut into upload batches.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './exit-codes.js';
import type { UploadFile } from './api.js';

/** The extensions Sift reads (see src/extraction/media-type.ts): PDF, DOCX, text, Markdown, scans. */
export const RESUME_EXTENSIONS = ['pdf', 'docx', 'txt', 'md', 'markdown', 'jpg', 'jpeg', 'png', 'tif', 'tiff'];
const RESUME_FILE = new RegExp(`\\.(${RESUME_EXTENSIONS.join('|')})$`, 'i');

/** A request's body stays under this, whatever the batch size (servers cap a batch's bytes). */
const MAX_BATCH_BYTES = 100 * 1024 * 1024; // 100 MiB

export interface ResumeFile {
  /** Path relative to the folder: the name shown in tables and sent as the upload's filename. */
  name: string;
  absolute: string;
  sizeBytes: number;
}

export interface SkippedFile {
  name: string;
  reason: string;
}

export interface FolderScan {
  resumes: ResumeFile[];
  skipped: SkippedFile[];
}

/**
 * Every file under `dir` (recursively), sorted by name. Hidden files (`.DS_Store`) are ignored;
 * other files that are not resumes by their extension are skipped with a reason, and so is
 * `exclude` (the job post file, when it sits in the folder).
 */
export async function scanFolder(dir: string, exclude?: string): Promise<FolderScan> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`--dir ${dir}: not a folder`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const resumes: ResumeFile[] = [];
  const skipped: SkippedFile[] = [];
  const excluded = exclude ? path.resolve(exclude) : null;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, absolute);
    if (name.split(path.sep).some((part) => part.startsWith('.'))) continue;
    if (absolute === excluded) continue;
    if (!RESUME_FILE.test(entry.name)) {
      skipped.push({ name, reason: `not a resume file type (${RESUME_EXTENSIONS.map((e) => `.${e}`).join(' ')})` });
      continue;
    }
    resumes.push({ name, absolute, sizeBytes: (await stat(absolute)).size });
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return { resumes: resumes.sort(byName), skipped: skipped.sort(byName) };
}

/** Consecutive batches of at most `size` files and about MAX_BATCH_BYTES (a bigger file goes alone). */
export function batches(files: ResumeFile[], size: number): ResumeFile[][] {
  const out: ResumeFile[][] = [];
  let current: ResumeFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length && (current.length >= size || bytes + file.sizeBytes > MAX_BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.sizeBytes;
  }
  if (current.length) out.push(current);
  return out;
}

/** One batch's files as multipart uploads bound to `files.0`, `files.1`, ... */
export function toUploads(batch: ResumeFile[]): Promise<(UploadFile & { content: Buffer })[]> {
  return Promise.all(
    batch.map(async (file, i) => ({
      variable: `files.${i}`,
      filename: file.name,
      content: await readFile(file.absolute),
    })),
  );
}
