import { describe, expect, it } from 'vitest';
import { parseAnnotations, preferenceByVacancy } from './annotations.js';
import { parseCsvRecords } from './csv.js';

describe('parseAnnotations', () => {
  const text = [
    'Ground truth, ranked from the best (place 1) to the worst (place 5).',
    'ANNOTATOR_1_RANKINGS=[[2,1,4,3,5],[1,5,2,1,4], #1-2',
    '       [3,2,1,4,5]] #3',
    '',
    'ANNOTATOR_2_RANKINGS= [[4,3,1,5,2]] #1',
  ].join('\n');

  it('reads one array per CV and flags arrays that are not permutations', () => {
    const [a1, a2] = parseAnnotations(text, 5);
    expect(a1!.id).toBe(1);
    expect(a1!.rankings.map((r) => [r.cv, r.order, r.problem === null])).toEqual([
      [1, [2, 1, 4, 3, 5], true],
      [2, [1, 5, 2, 1, 4], false],
      [3, [3, 2, 1, 4, 5], true],
    ]);
    expect(a1!.rankings[1]!.problem).toContain('leaves out 3');
    expect(a2!.rankings).toHaveLength(1);
  });

  it('turns a best-to-worst order into a preference per vacancy', () => {
    const [a1] = parseAnnotations(text, 5);
    // [2,1,4,3,5]: vacancy 2 is first (5 points), 1 second (4), 4 third (3), 3 fourth (2), 5 last (1)
    expect(preferenceByVacancy(a1!.rankings[0]!, 5)).toEqual([4, 5, 2, 3, 1]);
  });
});

describe('parseCsvRecords', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const csv = 'id,text,title\n8,"Expert in C#, SQL\nand ""REST""",Dev\r\n9,plain,QA\n';
    expect(parseCsvRecords(csv)).toEqual([
      { id: '8', text: 'Expert in C#, SQL\nand "REST"', title: 'Dev' },
      { id: '9', text: 'plain', title: 'QA' },
    ]);
  });
});
