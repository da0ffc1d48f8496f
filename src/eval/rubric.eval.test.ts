import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_SETS, JOB_POSTS_DIR, labelledPosts, type LabelledPost } from './job-posts.js';
import { evaluateRubrics } from './rubric.eval.js';

const description = [
  'Requirements:',
  '- Experience operating reach trucks and order pickers',
  '- At least 2 years of warehouse experience',
  'Nice to have:',
  '- Experience with SAP EWM',
].join('\n');

const post = (items: LabelledPost['items']): LabelledPost => ({
  file: 'warehouse.txt',
  title: 'Warehouse Associate',
  description,
  trade: 'logistics',
  items,
});

describe('evaluateRubrics', () => {
  it('pairs derived items with labels one to one, a plural and its singular alike', () => {
    const figures = evaluateRubrics([
      post([
        { kind: 'MUST_HAVE', text: 'Reach truck', quote: 'reach trucks' },
        { kind: 'MUST_HAVE', text: 'Order picker', quote: 'order pickers' },
        { kind: 'EXPERIENCE', text: '2 years', quote: 'At least 2 years of warehouse experience', minYears: 2 },
        { kind: 'NICE_TO_HAVE', text: 'SAP EWM', quote: 'SAP EWM' },
        { kind: 'NICE_TO_HAVE', text: 'Forklift certification', quote: 'reach trucks' },
      ]),
    ]);
    expect(figures.strict.labelled).toBe(5);
    // the forklift label has no derived item: recall below 1, and no derived item counted twice
    expect(figures.strict.matched).toBeLessThan(5);
    expect(figures.strict.matched).toBeGreaterThanOrEqual(4);
    expect(figures.strict.matched).toBeLessThanOrEqual(figures.strict.derived);
    expect(figures.misses[0]!.missed).toContain('NICE_TO_HAVE Forklift certification');
    expect(figures.misses[0]!.missed).not.toContain('MUST_HAVE Reach truck');
  });

  it('counts a right item of the wrong kind only in the any-kind figure', () => {
    const figures = evaluateRubrics([post([{ kind: 'NICE_TO_HAVE', text: 'reach trucks', quote: 'reach trucks' }])]);
    expect(figures.strict.matched).toBe(0);
    expect(figures.anyKind.matched).toBe(1);
  });
});

describe('the labelled job posts', () => {
  it.each([
    ['descriptions', path.join(JOB_POSTS_DIR, 'descriptions')],
    ...HELD_OUT_SETS.map((set) => [path.basename(set.dir), set.dir]),
  ])('%s: one entry per file, every quote verbatim in its description', (_name, dir) => {
    const posts = labelledPosts(dir);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(posts.map((p) => path.basename(p.file)).sort()).toEqual(files.sort());
    for (const p of posts) {
      expect(p.items.filter((i) => i.kind === 'EXPERIENCE').length, p.file).toBeLessThanOrEqual(1);
      for (const i of p.items) {
        expect(p.description.includes(i.quote), `${p.file}: ${i.quote}`).toBe(true);
        expect(i.minYears !== undefined, `${p.file}: ${i.text}`).toBe(i.kind === 'EXPERIENCE');
      }
    }
  });
});
