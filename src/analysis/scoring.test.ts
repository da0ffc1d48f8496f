import { describe, expect, it } from 'vitest';
import type { JobRubric, RequirementKind, RequirementMatch } from './analysis.types.js';
import { decide, NEUTRAL_SCORE, scoreMatches } from './scoring.js';

const job: JobRubric = {
  title: 'Engineer',
  description: '',
  requirements: [],
  mustHaveSkills: [],
  niceToHaveSkills: [],
  minYearsExperience: 5,
  location: null,
  shortlistThreshold: 70,
  rejectThreshold: 40,
};

const m = (kind: RequirementKind, met: boolean): RequirementMatch => ({
  requirement: kind,
  kind,
  met,
  evidence: met ? 'quote' : null,
});

describe('scoreMatches', () => {
  it('weights must-haves 45, requirements 25, nice-to-haves 15, experience 15', () => {
    const all = [m('MUST_HAVE', true), m('REQUIREMENT', true), m('NICE_TO_HAVE', true), m('EXPERIENCE', true)];
    expect(scoreMatches(all, job, 5)).toBe(100);
    expect(
      scoreMatches(
        [m('MUST_HAVE', true), m('REQUIREMENT', false), m('NICE_TO_HAVE', false), m('EXPERIENCE', false)],
        job,
        0,
      ),
    ).toBe(45);
    expect(
      scoreMatches(
        [m('MUST_HAVE', false), m('REQUIREMENT', true), m('NICE_TO_HAVE', false), m('EXPERIENCE', false)],
        job,
        0,
      ),
    ).toBe(25);
    expect(
      scoreMatches(
        [m('MUST_HAVE', false), m('REQUIREMENT', false), m('NICE_TO_HAVE', true), m('EXPERIENCE', false)],
        job,
        0,
      ),
    ).toBe(15);
  });

  it('scores the share of items met within a kind', () => {
    const matches = [m('MUST_HAVE', true), m('MUST_HAVE', true), m('MUST_HAVE', false), m('MUST_HAVE', true)];
    expect(scoreMatches(matches, job, null)).toBe(75);
  });

  it('gives an unused kind its weight proportionally to the others', () => {
    // only must-haves (45) and experience (15): 45 / 60 = 75
    expect(scoreMatches([m('MUST_HAVE', true), m('EXPERIENCE', false)], job, 0)).toBe(75);
    expect(scoreMatches([m('NICE_TO_HAVE', true), m('NICE_TO_HAVE', false)], job, null)).toBe(50);
  });

  it('gives partial experience credit for years short of the minimum', () => {
    const matches = [m('MUST_HAVE', true), m('EXPERIENCE', false)];
    // 45 + 15 × 4/5 = 57 of 60 = 95
    expect(scoreMatches(matches, job, 4)).toBe(95);
    expect(scoreMatches(matches, job, null)).toBe(75);
    expect(scoreMatches([m('MUST_HAVE', true), m('EXPERIENCE', true)], job, 20)).toBe(100);
  });

  it('returns an integer from 0 to 100, and a neutral score with no rubric', () => {
    const matches = [m('MUST_HAVE', true), m('MUST_HAVE', false), m('MUST_HAVE', false), m('REQUIREMENT', true)];
    const score = scoreMatches(matches, job, null);
    expect(Number.isInteger(score)).toBe(true);
    expect(score).toBe(Math.round(((45 / 3 + 25) / 70) * 100));
    expect(scoreMatches([], job, 10)).toBe(NEUTRAL_SCORE);
  });
});

describe('decide', () => {
  it('applies the thresholds', () => {
    const ok = [m('MUST_HAVE', true)];
    expect(decide(70, ok, job)).toBe('SHORTLISTED');
    expect(decide(69, ok, job)).toBe('REVIEW');
    expect(decide(40, ok, job)).toBe('REVIEW');
    expect(decide(39, ok, job)).toBe('REJECTED');
    expect(decide(90, ok, { ...job, shortlistThreshold: 95 })).toBe('REVIEW');
  });

  it('never shortlists with an unmet must-have', () => {
    const matches = [m('MUST_HAVE', true), m('MUST_HAVE', true), m('MUST_HAVE', false)];
    expect(decide(100, matches, job)).toBe('REVIEW');
    expect(decide(20, matches, job)).toBe('REJECTED');
  });

  it('rejects when more than half of the must-haves are unmet', () => {
    expect(decide(100, [m('MUST_HAVE', true), m('MUST_HAVE', false), m('MUST_HAVE', false)], job)).toBe('REJECTED');
    expect(decide(100, [m('MUST_HAVE', true), m('MUST_HAVE', false)], job)).toBe('REVIEW');
    expect(decide(100, [m('MUST_HAVE', false)], job)).toBe('REJECTED');
  });

  it('leaves a job post without rubric items to a person', () => {
    expect(decide(NEUTRAL_SCORE, [], job)).toBe('REVIEW');
    expect(decide(NEUTRAL_SCORE, [], { ...job, shortlistThreshold: 10 })).toBe('REVIEW');
  });
});
