import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/files.js';
import type { AnalysisResult, Analyzer } from '../analysis/analysis.types.js';
import { CATEGORY_POSTS } from './category-posts.data.js';
import { JUDGED_FIELDS_FILE, loadJudgedFields, type JudgedFields } from './judged-fields.js';
import { parseCsvRecords } from './csv.js';
import { loadWholeLivecareer } from './datasets.js';
import { evaluateRetrieval, HEAD_CHARS, namesCategory, TOP_K } from './retrieval.eval.js';

/** Scores a resume by a table keyed by its text: the ranking is given, only the measure is under test. */
function tableAnalyzer(scores: Record<string, number>): Analyzer {
  return {
    name: 'table',
    model: 'table',
    analyze: async (text) => ({ evaluation: { score: scores[text] ?? 0 } }) as unknown as AnalysisResult,
  };
}

const job = CATEGORY_POSTS[0]!.job;

describe('evaluateRetrieval with judged fields', () => {
  // 12 resumes labelled A, 12 labelled B. Judged: a0-a5 are A; a6-a11 are really B (misfiled);
  // b0-b3 are A as a secondary field; the rest B.
  const resumes = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, category: 'A', file: `a${i}` })),
    ...Array.from({ length: 12 }, (_, i) => ({ id: `b${i}`, category: 'B', file: `b${i}` })),
  ];
  const judged = new Map<string, JudgedFields>(
    resumes.map((r) => {
      const n = Number(r.id.slice(1));
      if (r.category === 'A') return [r.id, n < 6 ? { primary: 'A', secondary: [] } : { primary: 'B', secondary: [] }];
      return [r.id, n < 4 ? { primary: 'B', secondary: ['A'] } : { primary: 'B', secondary: [] }];
    }),
  );
  // the post for A ranks the six real As first, then b0-b3, then everything else level
  const scores: Record<string, number> = Object.fromEntries(resumes.map((r) => [r.id, 0]));
  for (let i = 0; i < 6; i++) scores[`a${i}`] = 10;
  for (let i = 0; i < 4; i++) scores[`b${i}`] = 5;

  it('measures against the labels, the judgements, and what a ranker by judged trade reaches on the labels', async () => {
    const figures = await evaluateRetrieval(resumes, [{ category: 'A', job }], tableAnalyzer(scores), (f) => f, judged);
    const a = figures.categories[0]!;
    expect(TOP_K).toBe(10);
    // labels: 6 of the top 10 are labelled A
    expect(a.precisionAtK).toBeCloseTo(0.6, 12);
    // judgements: the same 10 are all judged A (6 primary + 4 secondary)
    expect(a.judged).toEqual({ relevant: 10, precisionAtK: 1, bestAtK: 1, labelCeilingAtK: 0.6 });
    expect(figures.judged).toMatchObject({ resumes: 24, primaryIsLabel: 18 / 24, labelAmongFields: 18 / 24 });
  });

  it('counts ties at the cut by expectation in the ceiling, and caps the best possible by the judged count', async () => {
    const figures = await evaluateRetrieval(resumes, [{ category: 'B', job }], tableAnalyzer({}), (f) => f, judged);
    const b = figures.categories[0]!;
    // the ceiling ranker puts the 18 judged mainly B (a6-a11, b0-b11) first: 10 places among
    // 18, of which 12 are labelled B → 10 × 12/18 / 10
    expect(b.judged!.labelCeilingAtK).toBeCloseTo(12 / 18, 12);
    expect(b.judged!.bestAtK).toBe(1);
    const fewJudged = await evaluateRetrieval(
      resumes,
      [{ category: 'A', job }],
      tableAnalyzer({}),
      (f) => f,
      new Map(resumes.map((r) => [r.id, { primary: r.id === 'a0' ? 'A' : 'B', secondary: [] }])),
    );
    expect(fewJudged.categories[0]!.judged!.bestAtK).toBeCloseTo(0.1, 12);
  });

  it('refuses a pool with a resume nobody judged', async () => {
    await expect(
      evaluateRetrieval(resumes, [{ category: 'A', job }], tableAnalyzer({}), (f) => f, new Map()),
    ).rejects.toThrow(/no judged field for resume\(s\) a0/);
  });
});

describe('the name check of the labels', () => {
  it('finds a category name as a site search would: its words in order, at word starts', () => {
    expect(namesCategory('AGRICULTURAL FIELD TECHNICIAN', 'AGRICULTURE')).toBe(false);
    expect(namesCategory('Agriculture Specialist', 'AGRICULTURE')).toBe(true);
    expect(namesCategory('Information  Technology Manager', 'INFORMATION-TECHNOLOGY')).toBe(true);
    expect(namesCategory('Business Development, Technology Information', 'INFORMATION-TECHNOLOGY')).toBe(false);
    expect(namesCategory('Senior HR Generalist', 'HR')).toBe(true);
    expect(namesCategory('40 hrs a week; chrome', 'HR')).toBe(false);
    expect(namesCategory('Designers and smart people', 'DESIGNER')).toBe(true);
    expect(namesCategory('Smart people', 'ARTS')).toBe(false);
  });

  it('ranks by the name alone, the head first, and measures how the labels follow the name', async () => {
    // 12 labelled A, 12 labelled B; a0-a5 say "Apiary" at the top, a6-a8 further down; b0-b1 say
    // it at the top (another category's resume naming A); nobody names B
    const resumes = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, category: 'APIARY', file: `a${i}` })),
      ...Array.from({ length: 12 }, (_, i) => ({ id: `b${i}`, category: 'BAKERY', file: `b${i}` })),
    ];
    const filler = 'x '.repeat(HEAD_CHARS);
    const text = (f: string) => {
      const n = Number(f.slice(1));
      if (f[0] === 'a') return n < 6 ? `Apiary keeper ${f}` : n < 9 ? `${filler} apiary ${f}` : f;
      return n < 2 ? `Apiary hand ${f}` : f;
    };
    const figures = await evaluateRetrieval(resumes, [{ category: 'APIARY', job }], tableAnalyzer({}), text);
    // the top 10: the 8 naming it at the top (6 labelled), then 2 of the 3 naming it further down (all labelled)
    expect(figures.categories[0]!.nameOnlyAtK).toBeCloseTo(0.8, 12);
    expect(figures.labelNames.ownInHead).toBeCloseTo(6 / 24, 12);
    expect(figures.labelNames.otherInHead).toBeCloseTo(2 / 24, 12);
    expect(figures.labelNames.ownAnywhere).toBeCloseTo(9 / 24, 12);
    expect(figures.labelNames.otherAnywhere).toBeCloseTo(2 / 24, 12);
  });
});

describe('the judged fields of the livecareer resumes', () => {
  it('judge every resume of labels.csv once, with fields named as the categories are', () => {
    const labels = parseCsvRecords(fs.readFileSync(sharedPath('datasets/livecareer/labels.csv'), 'utf8'));
    const judged = loadJudgedFields();
    const categories = new Set(labels.map((l) => l.category!));
    const keys = new Set([...categories, 'OTHER', 'UNKNOWN']);
    expect(new Set(judged.keys())).toEqual(new Set(labels.map((l) => l.id!)));
    expect(fs.readFileSync(JUDGED_FIELDS_FILE, 'utf8').trim().split('\n')).toHaveLength(labels.length + 1);
    for (const [id, f] of judged) {
      expect(keys.has(f.primary), `${id}: ${f.primary}`).toBe(true);
      for (const s of f.secondary) expect(categories.has(s) && s !== f.primary, `${id}: ${s}`).toBe(true);
      expect(f.secondary.length).toBeLessThanOrEqual(2);
    }
    expect(path.basename(JUDGED_FIELDS_FILE)).toBe('fields.csv');
  });
});

describe('P@10 over pools drawn from a larger one', () => {
  // 30 resumes per category, A and B; the post for A ranks a0-a9 first, then b0-b9, the rest level
  const resumes = ['A', 'B'].flatMap((c) =>
    Array.from({ length: 30 }, (_, i) => ({ id: `${c}${i}`, category: c, file: `${c}${i}` })),
  );
  const scores: Record<string, number> = {};
  for (let i = 0; i < 10; i++) {
    scores[`A${i}`] = 3;
    scores[`B${i}`] = 2;
  }

  it('draws as many per category as asked, uniformly, the same every run, and measures each pool', async () => {
    const run = (count: number, perCategory: number) =>
      evaluateRetrieval(resumes, [{ category: 'A', job }], tableAnalyzer(scores), (f) => f, undefined, {
        count,
        perCategory,
      });
    const figures = await run(4_000, 10);
    // the whole pool: a0-a9 are the ten best
    expect(figures.categories[0]!.precisionAtK).toBe(1);
    const s = figures.sampled!;
    expect(s).toMatchObject({ count: 4_000, perCategory: 10, resumes: 20 });
    // a pool holds k of a0-a9 (score 3) and m of b0-b9 (score 2), each drawn as 10 of 30
    // (hypergeometric); the other 20 - k - m tie at 0, and 10 - k of them are As
    const choose = (n: number, r: number): number => (r === 0 ? 1 : (choose(n - 1, r - 1) * n) / r);
    const draw = (k: number) => (choose(10, k) * choose(20, 10 - k)) / choose(30, 10);
    let expected = 0;
    for (let k = 0; k <= 10; k++) {
      for (let m = 0; m <= 10 - k; m++) {
        const rest = 20 - k - m;
        expected += draw(k) * draw(m) * ((k + ((10 - k - m) * (10 - k)) / rest) / 10);
      }
    }
    for (let k = 0; k <= 10; k++) for (let m = 11 - k; m <= 10; m++) expected += (draw(k) * draw(m) * k) / 10;
    expect(s.mean).toBeCloseTo(expected, 2);
    expect(s.min).toBeLessThan(s.max);
    expect((await run(4_000, 10)).sampled).toEqual(s);
    // drawing every resume gives the whole pool's figure each time
    expect((await run(3, 30)).sampled).toMatchObject({ resumes: 60, mean: 1, min: 1, max: 1 });
  });

  it('leaves the figure out unless asked', async () => {
    const figures = await evaluateRetrieval(resumes, [{ category: 'A', job }], tableAnalyzer(scores), (f) => f);
    expect(figures.sampled).toBeUndefined();
  });
});

describe('the whole livecareer dataset, when a copy is given', () => {
  it('lists data/<CATEGORY>/<id>.pdf but the ids it is told to leave out, and refuses a folder without any', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-whole-'));
    try {
      const first = parseCsvRecords(fs.readFileSync(sharedPath('datasets/livecareer/labels.csv'), 'utf8'))[0]!;
      for (const [category, file] of [
        ['CHEF', '111.pdf'],
        ['CHEF', '222.pdf'],
        ['CHEF', 'notes.txt'],
        ['HR', `${first.id}.pdf`],
      ]) {
        fs.mkdirSync(path.join(dir, 'data', category!), { recursive: true });
        fs.copyFileSync(sharedPath('datasets/livecareer', first.path!), path.join(dir, 'data', category!, file!));
      }
      expect(loadWholeLivecareer(dir, new Set([first.id!]))).toEqual([
        { id: '111', category: 'CHEF', file: path.join(dir, 'data/CHEF/111.pdf') },
        { id: '222', category: 'CHEF', file: path.join(dir, 'data/CHEF/222.pdf') },
      ]);
      expect(() => loadWholeLivecareer(dir, new Set(['111', '222', first.id!]))).toThrow(/Sbhawal\/resumeScraper/);
      expect(() => loadWholeLivecareer(path.join(dir, 'missing'), new Set())).toThrow(/holds no resume/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
