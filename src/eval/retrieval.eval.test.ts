import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/files.js';
import type { AnalysisResult, Analyzer } from '../analysis/analysis.types.js';
import { CATEGORY_POSTS } from './category-posts.data.js';
import { JUDGED_FIELDS_FILE, loadJudgedFields, type JudgedFields } from './judged-fields.js';
import { parseCsvRecords } from './csv.js';
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
