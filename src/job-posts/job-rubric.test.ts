import { describe, expect, it } from 'vitest';
import { deriveRubric } from '../analysis/rubric/derive.js';
import { analyzerRubric, rubricItemId, rubricItemsOf, rubricWarnings, type RubricFields } from './job-rubric.js';

const DESCRIPTION = `Requirements:
- 3+ years of experience
- PostgreSQL and Python
- High school diploma or GED
Nice to have:
- Docker`;

const fields = (
  over: Partial<RubricFields> = {},
): RubricFields & {
  location: null;
  shortlistThreshold: number;
  rejectThreshold: number;
} => ({
  title: 'Data Engineer',
  description: DESCRIPTION,
  requirements: [],
  mustHaveSkills: [],
  niceToHaveSkills: [],
  minYearsExperience: null,
  experienceItems: [],
  education: [],
  derivedRubric: deriveRubric('Data Engineer', DESCRIPTION),
  dismissedRubricItems: [],
  location: null,
  shortlistThreshold: 70,
  rejectThreshold: 40,
  ...over,
});

const summary = (f: RubricFields) => rubricItemsOf(f).map((i) => `${i.source} ${i.kind} ${i.text}`);

describe('the merged rubric', () => {
  it('is the derived items when nothing is typed, and analyzers see them by kind', () => {
    expect(summary(fields())).toEqual([
      'DERIVED MUST_HAVE PostgreSQL',
      'DERIVED MUST_HAVE Python',
      'DERIVED EDUCATION High school diploma or GED',
      'DERIVED NICE_TO_HAVE Docker',
      'DERIVED EXPERIENCE At least 3 years of experience',
    ]);
    expect(analyzerRubric(fields())).toMatchObject({
      mustHaveSkills: ['PostgreSQL', 'Python'],
      niceToHaveSkills: ['Docker'],
      minYearsExperience: 3,
      education: ['High school diploma or GED'],
      authoredItems: 0,
    });
  });

  it('lets typed items win over derived ones saying the same, whatever their kind or spelling', () => {
    const f = fields({ niceToHaveSkills: ['postgres'], minYearsExperience: 5 });
    expect(summary(f)).toEqual([
      'AUTHORED NICE_TO_HAVE postgres',
      'AUTHORED EXPERIENCE At least 5 years of experience',
      'DERIVED MUST_HAVE Python',
      'DERIVED EDUCATION High school diploma or GED',
      'DERIVED NICE_TO_HAVE Docker',
    ]);
    expect(analyzerRubric(f)).toMatchObject({ minYearsExperience: 5, authoredItems: 2 });
  });

  it('lets a typed item win over a derived kind asked with its examples, and keeps its ID', () => {
    const description = 'Requirements:\n- Working knowledge of an instrument tracking system (SPM, Censis or similar)';
    const f = fields({
      title: 'Sterile Processing Lead',
      description,
      derivedRubric: deriveRubric('Sterile Processing Lead', description),
      mustHaveSkills: ['Instrument tracking system'],
    });
    expect(summary(f).filter((i) => / MUST_HAVE /.test(i))).toEqual(['AUTHORED MUST_HAVE Instrument tracking system']);
    expect(
      rubricItemId({ source: 'DERIVED', kind: 'MUST_HAVE', text: 'instrument tracking system (e.g. SPM, Censis)' }),
    ).toBe(rubricItemId({ source: 'DERIVED', kind: 'MUST_HAVE', text: 'instrument tracking system' }));
  });

  it('leaves out derived items the recruiter removed, by their stable IDs', () => {
    const docker = rubricItemsOf(fields()).find((i) => i.text === 'Docker')!;
    expect(docker.id).toBe(rubricItemId({ source: 'DERIVED', kind: 'NICE_TO_HAVE', text: 'Docker' }));
    expect(summary(fields({ dismissedRubricItems: [docker.id] }))).not.toContain('DERIVED NICE_TO_HAVE Docker');
  });

  it('warns when the rubric has no items', () => {
    const empty = fields({ derivedRubric: deriveRubric('Store Manager', 'You will run the store.') });
    expect(rubricItemsOf(empty)).toEqual([]);
    expect(rubricWarnings(empty)[0]).toMatch(/No requirements could be derived/);
    // typed items make the derivation's warning moot
    expect(rubricWarnings({ ...empty, mustHaveSkills: ['Retail'] })).toEqual([]);
  });
});
