import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocuments } from './documents.js';

describe('extractDocuments', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-eval-docs-'));
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  it('extracts each file once and keeps failures by typed reason instead of throwing', async () => {
    const ok = file(
      'resume.txt',
      'Dana Levi\ndana@example.com\n' + 'Built and ran payroll services for clinics. '.repeat(4),
    );
    const empty = file('empty.txt', '');
    const short = file('short.md', 'Dana Levi');
    const docs = await extractDocuments([ok, empty, short, ok]);
    expect(docs.size).toBe(3);
    expect(docs.get(ok)).toMatchObject({ format: 'txt', failure: null });
    expect(docs.get(ok)!.text).toContain('Dana Levi');
    expect(docs.get(empty)).toMatchObject({ format: 'txt', text: null, failure: 'EMPTY_FILE' });
    expect(docs.get(short)).toMatchObject({ format: 'md', text: null, failure: 'LOW_TEXT' });
    for (const d of docs.values()) expect(d.ms).toBeGreaterThanOrEqual(0);
  });
});
