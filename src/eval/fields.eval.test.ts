import { describe, expect, it } from 'vitest';
import type { CandidateProfile } from '../analysis/analysis.types.js';
import type { LabelledResume } from './field-labels.js';
import { combineFields, evaluateFields, samePhone } from './fields.eval.js';

const profile = (over: Partial<CandidateProfile>): CandidateProfile => ({
  name: null,
  email: null,
  phone: null,
  location: null,
  totalYearsExperience: null,
  skills: [],
  education: [],
  experience: [],
  links: [],
  summary: null,
  ...over,
});

describe('samePhone', () => {
  it('compares digits, with or without a country code', () => {
    expect(samePhone('(123) 456-7890', '123-456-7890')).toBe(true);
    expect(samePhone('(+91) 8087996634', '8087996634')).toBe(true);
    expect(samePhone('555-0101', '+1 555-0101')).toBe(true);
    // an area code is not a country code, and two country codes must agree
    expect(samePhone('456-7890', '123-456-7890')).toBe(false);
    expect(samePhone('+44 555-0101', '+1 555-0101')).toBe(false);
    expect(samePhone('1234 8087996634', '8087996634')).toBe(false);
    expect(samePhone(null, '123')).toBe(false);
  });
});

describe('evaluateFields', () => {
  const labelled: LabelledResume[] = [
    {
      source: 'a',
      file: 'one',
      name: 'Ana Lima',
      email: 'ana@example.com',
      skills: { labels: ['nodejs', 'Excel', 'Underwater juggling', 'Photogrammetry'], complete: true },
    },
    { source: 'a', file: 'two', name: 'Bo Chen', phone: '555-0101', skills: { labels: ['Python'], complete: false } },
    { source: 'anon', file: 'three', name: null },
    { source: 'anon', file: 'unreadable', name: null },
  ];
  const profiles: Record<string, CandidateProfile> = {
    one: profile({ name: 'ANA  LIMA', email: 'Ana@Example.com', skills: ['Node.js', 'Excel', 'SQL'] }),
    two: profile({ name: 'Bo', phone: '+1 555-0101', skills: ['Python', 'Java'] }),
    three: profile({ name: null }),
  };
  const [a, anon] = evaluateFields(labelled, (f) => profiles[f] ?? null);

  it('counts exact matches per field, case- and spacing-insensitive', () => {
    expect(a).toMatchObject({ source: 'a', files: 2, unreadable: 0 });
    expect(a!.name).toEqual({ hits: 1, total: 2 });
    expect(a!.email).toEqual({ hits: 1, total: 1 });
    expect(a!.phone).toEqual({ hits: 1, total: 1 });
    expect(a!.location).toEqual({ hits: 0, total: 0 });
  });

  it('scores skills through the vocabulary; precision only on complete label lists', () => {
    // 4 labels, 2 known (Node.js, Excel) + 1 partial label (Python): recall 3/3
    expect(a!.skills.vocabularyCoverage).toEqual({ hits: 3, total: 5 });
    // Photogrammetry is known to ESCO, underwater juggling to neither
    expect(a!.skills.taxonomyCoverage).toEqual({ hits: 4, total: 5 });
    expect(a!.skills.recall).toEqual({ hits: 3, total: 3 });
    // file one found Node.js, Excel (labelled) and SQL (not): 2/3; file two is partial, not counted
    expect(a!.skills.precision).toEqual({ hits: 2, total: 3 });
  });

  it('counts a null name as right on anonymised resumes, and an unreadable file as a miss', () => {
    expect(anon).toMatchObject({ files: 2, unreadable: 1, name: { hits: 1, total: 2 } });
    expect(combineFields('all', [a!, anon!]).name).toEqual({ hits: 2, total: 4 });
  });
});
