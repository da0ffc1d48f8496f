/**
 * A job post from a file: `CreateJobPostInput` as JSON (`.json`), or a post pasted from a job
 * board as text or Markdown: its first line the title (a Markdown heading's `#` dropped), the rest
 * the description. With an explicit title, the whole file is the description.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from './exit-codes.js';

export interface JobPostFileInput {
  title: string;
  description: string;
  [field: string]: unknown;
}

/** Parses a job post file's content; throws a UsageError naming the file when it has no title or description. */
export function parseJobPost(content: string, file: string, title?: string): JobPostFileInput {
  if (file.toLowerCase().endsWith('.json')) {
    let input: unknown;
    try {
      input = JSON.parse(content);
    } catch (error) {
      throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new UsageError(`${file}: expected a JSON object with "title" and "description"`);
    }
    const post = { ...(input as Record<string, unknown>) };
    if (title) post.title = title;
    if (typeof post.title !== 'string' || typeof post.description !== 'string') {
      throw new UsageError(`${file}: "title" and "description" must be strings`);
    }
    return post as JobPostFileInput;
  }
  const text = content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  let post: JobPostFileInput;
  if (title !== undefined) post = { title: title.trim(), description: text };
  else {
    const [first = '', ...rest] = text.split('\n');
    post = { title: first.replace(/^#+\s*/, '').trim(), description: rest.join('\n').trim() };
  }
  if (!post.title) throw new UsageError(`${file}: the job post needs a title (its first line, or --title)`);
  if (!post.description) throw new UsageError(`${file}: the job post has no description (the lines after its title)`);
  return post;
}

export async function readJobPostFile(file: string, title?: string): Promise<JobPostFileInput> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the job post file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return parseJobPost(content, file, title);
}
