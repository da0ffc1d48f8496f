import { describe, expect, it } from 'vitest';
import type { JobRubric, RequirementKind, RequirementMatch } from './analysis.types.js';
import { buildEvaluation } from './explanation.js';
import {
  decide,
  NEUTRAL_SCORE,
  PREFERRED_ITEM_WEIGHT,
  RELEVANCE_POINTS,
  RELEVANCE_POINTS_DERIVED,
  REQUIRED_CREDENTIAL_POINTS,
  scoreComponents,
  scoreMatches,
  scoreOf,
} from './scoring.js';

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

  it('weighs an item marked as preferred half of a required one, in its kind and in its share', () => {
    const degree = (met: boolean, requirement = "Bachelor's degree"): RequirementMatch => ({
      requirement,
      kind: 'EDUCATION',
      met,
      evidence: met ? 'BSc' : null,
    });
    // must-have met, education missed: required 45 of 55, preferred 45 of 50
    expect(scoreMatches([m('MUST_HAVE', true), degree(false)], job, 5)).toBe(82);
    expect(scoreMatches([m('MUST_HAVE', true), degree(false, "Bachelor's degree (preferred)")], job, 5)).toBe(90);
    expect(PREFERRED_ITEM_WEIGHT).toBe(0.5);
    // within a kind: the required degree met counts twice the preferred one missed
    const both = scoreComponents([degree(true), degree(false, "Master's degree (preferred)")], job, 5, null);
    expect(both).toEqual([
      {
        name: 'EDUCATION',
        points: 66.7,
        maxPoints: 100,
        detail: '1 of 2 education items met (1 preferred, weighed half)',
      },
    ]);
    // met, a preferred item earns its whole share
    expect(scoreMatches([m('MUST_HAVE', true), degree(true, "Bachelor's degree (preferred)")], job, 5)).toBe(100);
    // years wished for: the same rule
    const years = (minYears: number, requirement: string): RequirementMatch => ({
      requirement,
      kind: 'EXPERIENCE',
      met: false,
      evidence: null,
      minYears,
    });
    const exp = scoreComponents(
      [years(2, 'At least 2 years of experience'), years(8, 'At least 8 years of experience (preferred)')],
      job,
      4,
      null,
    );
    // (1 × 1 + 0.5 × 0.5) / 1.5 of the share
    expect(exp[0]!.points).toBe(83.3);
    // nice-to-haves are wishes already: "(preferred)" in one changes nothing
    const nice = (requirement: string): RequirementMatch => ({
      requirement,
      kind: 'NICE_TO_HAVE',
      met: false,
      evidence: null,
    });
    expect(scoreMatches([m('MUST_HAVE', true), nice('Kafka (preferred)')], job, 5)).toBe(
      scoreMatches([m('MUST_HAVE', true), nice('Kafka')], job, 5),
    );
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

  it("gives experience credit for the years in the item's field where they were counted", () => {
    const field = (years: number): RequirementMatch => ({
      ...m('EXPERIENCE', false),
      fieldYears: { years, how: `${years} years in 1 job that names the field; 20 years in all` },
    });
    // 45 + 15 × 2/5 = 51 of 60 = 85, though 20 years in all would earn the whole 15
    expect(scoreMatches([m('MUST_HAVE', true), field(2)], job, 20)).toBe(85);
    expect(scoreMatches([m('MUST_HAVE', true), field(6)], job, 1)).toBe(100);
    const [, experience] = scoreComponents([m('MUST_HAVE', true), field(2)], job, 20, null);
    expect(experience!.detail).toBe(
      '2 years in 1 job that names the field; 20 years in all, against 5 required in the field',
    );
    const evaluation = buildEvaluation([m('MUST_HAVE', true), field(2)], job, 20);
    expect(evaluation.summary).toContain('2 years in the field (20 years in all) against 5 required');
    expect(evaluation.gaps).toContain('2 years in 1 job that names the field; 20 years in all (EXPERIENCE)');
  });

  it('gives nothing for an unmet item of a field whose years the analyzer did not count', () => {
    const pharmacy = (met: boolean): RequirementMatch => ({
      ...m('EXPERIENCE', met),
      requirement: 'At least 5 years of retail pharmacy experience',
      minYears: 5,
    });
    // the openai analyzer answers met or not: 20 years of other work are not the years asked
    expect(scoreMatches([m('MUST_HAVE', true), pharmacy(false)], job, 20)).toBe(75);
    expect(scoreMatches([m('MUST_HAVE', true), pharmacy(true)], job, 4)).toBe(95);
    // an item of any work keeps its partial credit by the years in all
    expect(scoreMatches([m('MUST_HAVE', true), m('EXPERIENCE', false)], job, 4)).toBe(95);
  });

  it('averages several experience items, each against its own minimum, and names each', () => {
    const item = (requirement: string, minYears: number, years: number): RequirementMatch => ({
      requirement,
      kind: 'EXPERIENCE',
      met: years >= minYears,
      evidence: years >= minYears ? 'quote' : null,
      minYears,
      fieldYears: { years, how: `${years} years in 1 job that names the field; 9 years in all` },
    });
    const two = { ...job, minYearsExperience: 4 };
    const warehouse = item('At least 4 years of warehouse experience', 4, 2);
    const forklift = item('At least 1 year operating a forklift', 1, 3);
    // 45 + 15 × (2/4 + 1) / 2 = 56.25 of 60 = 93.75
    expect(scoreMatches([m('MUST_HAVE', true), warehouse, forklift], two, 9)).toBe(94);
    const [, experience] = scoreComponents([m('MUST_HAVE', true), warehouse, forklift], two, 9, null);
    expect(experience!.detail).toBe(
      'At least 4 years of warehouse experience: 2 years in 1 job that names the field; 9 years in all, against 4 required in the field; ' +
        'At least 1 year operating a forklift: 3 years in 1 job that names the field; 9 years in all, against 1 required in the field',
    );
    const evaluation = buildEvaluation([warehouse, forklift], two, 9);
    expect(evaluation.summary).toContain(
      '2 years in the field (9 years in all) against 4 required for "At least 4 years of warehouse experience"',
    );
    expect(evaluation.summary).toContain(
      '3 years in the field (9 years in all) against 1 required for "At least 1 year',
    );
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

  it('gates only on the must-haves a recruiter typed, not on those read from the description', () => {
    const matches = [m('MUST_HAVE', true), m('MUST_HAVE', false), m('MUST_HAVE', false), m('MUST_HAVE', false)];
    expect(decide(80, matches, job)).toBe('REJECTED');
    expect(decide(80, matches, { ...job, authoredMustHaves: 1 })).toBe('SHORTLISTED');
    expect(decide(80, matches, { ...job, authoredMustHaves: 0 })).toBe('SHORTLISTED');
    expect(decide(80, matches, { ...job, authoredMustHaves: 2 })).toBe('REVIEW');
  });

  it('judges a job post without rubric items by its score (relevance alone) and its thresholds', () => {
    expect(decide(NEUTRAL_SCORE, [], job)).toBe('REVIEW');
    expect(decide(75, [], job)).toBe('SHORTLISTED');
    expect(decide(20, [], job)).toBe('REJECTED');
  });
});

describe('scoreComponents', () => {
  const relevance = (score: number) => ({ score, detail: `relevance ${score}` });
  const all = [m('MUST_HAVE', true), m('MUST_HAVE', false), m('REQUIREMENT', true), m('EXPERIENCE', true)];

  it('gives relevance its points beside a typed rubric, the kinds sharing the rest by weight', () => {
    const parts = scoreComponents(all, job, 5, relevance(0.5));
    expect(parts.map((p) => p.name)).toEqual(['MUST_HAVE', 'REQUIREMENT', 'EXPERIENCE', 'RELEVANCE']);
    const max = Object.fromEntries(parts.map((p) => [p.name, p.maxPoints]));
    const rubric = 100 - RELEVANCE_POINTS;
    expect(max.RELEVANCE).toBe(RELEVANCE_POINTS);
    expect(max.MUST_HAVE).toBeCloseTo((rubric * 45) / 85, 1);
    expect(max.REQUIREMENT).toBeCloseTo((rubric * 25) / 85, 1);
    const points = Object.fromEntries(parts.map((p) => [p.name, p.points]));
    expect(points.MUST_HAVE).toBeCloseTo((rubric * 45) / 85 / 2, 1);
    expect(points.RELEVANCE).toBeCloseTo(RELEVANCE_POINTS / 2, 1);
    expect(parts.find((p) => p.name === 'MUST_HAVE')!.detail).toBe('1 of 2 must-have skills met');
    expect(parts.find((p) => p.name === 'RELEVANCE')!.detail).toBe('relevance 0.5');
    expect(scoreOf(parts)).toBe(Math.round(parts.reduce((sum, p) => sum + p.points, 0)));
  });

  it('weighs relevance more beside a rubric that was only derived from the description', () => {
    const derived = scoreComponents(all, { ...job, authoredItems: 0 }, 5, relevance(1));
    expect(derived.find((p) => p.name === 'RELEVANCE')!.maxPoints).toBe(RELEVANCE_POINTS_DERIVED);
    const typed = scoreComponents(all, { ...job, authoredItems: 2 }, 5, relevance(1));
    expect(typed.find((p) => p.name === 'RELEVANCE')!.maxPoints).toBe(RELEVANCE_POINTS);
  });

  it("gives the licences a derived rubric requires points of relevance's share, earned within its requirements", () => {
    const ask = (met: boolean): RequirementMatch => ({
      requirement: 'Current State of Michigan Journeyman Electrician license',
      kind: 'REQUIREMENT',
      met,
      evidence: met ? 'quote' : null,
    });
    const derived = { ...job, authoredItems: 0 };
    const items = (met: boolean) => [m('MUST_HAVE', true), ask(met), m('REQUIREMENT', true)];
    const held = scoreComponents(items(true), derived, 5, relevance(1));
    const lacking = scoreComponents(items(false), derived, 5, relevance(1));
    const part = (parts: typeof held, name: string) => parts.find((p) => p.name === name)!;
    expect(part(held, 'RELEVANCE').maxPoints).toBe(RELEVANCE_POINTS_DERIVED - REQUIRED_CREDENTIAL_POINTS);
    expect(part(held, 'REQUIREMENT').detail).toMatch(/1 of 1 licence or certification asked held/);
    // the one without the licence loses its requirement's share and the licence's points
    expect(part(held, 'REQUIREMENT').points - part(lacking, 'REQUIREMENT').points).toBeCloseTo(
      (part(held, 'REQUIREMENT').maxPoints - REQUIRED_CREDENTIAL_POINTS) / 2 + REQUIRED_CREDENTIAL_POINTS,
      0,
    );
    expect(scoreOf(held)).toBe(100);
    // not beside a typed rubric, nor where no requirement asks a licence, nor a wished-for one
    const typed = scoreComponents(items(false), { ...job, authoredItems: 1 }, 5, relevance(1));
    expect(part(typed, 'RELEVANCE').maxPoints).toBe(RELEVANCE_POINTS);
    const none = scoreComponents([m('MUST_HAVE', true), m('REQUIREMENT', false)], derived, 5, relevance(1));
    expect(part(none, 'RELEVANCE').maxPoints).toBe(RELEVANCE_POINTS_DERIVED);
    const wished = { ...ask(false), requirement: 'Journeyman license (preferred)' };
    const preferred = scoreComponents([m('MUST_HAVE', true), wished], derived, 5, relevance(1));
    expect(part(preferred, 'RELEVANCE').maxPoints).toBe(RELEVANCE_POINTS_DERIVED);
    // a registered role and a permit are credentials; a program of one still asks it
    for (const requirement of [
      'Registered Nurse in the State of Ohio',
      'Current food handler permit',
      'Completion of a state-approved CNA certification program',
      'Must be eligible to work in the US; active RN license',
      // (credentials by their letters, offered as a choice to be held)
      'An active CPA, CIA or CISA',
      'Must have an active RRT or CRT',
    ]) {
      const asked = scoreComponents([m('MUST_HAVE', true), { ...ask(false), requirement }], derived, 5, relevance(1));
      expect(part(asked, 'RELEVANCE').maxPoints).toBe(RELEVANCE_POINTS_DERIVED - REQUIRED_CREDENTIAL_POINTS);
    }
    // nor one to be won after hire, nor words that name no credential held
    for (const requirement of [
      'Ability to obtain forklift certification within 30 days of hire',
      'Experience with certified payroll reporting for prevailing wage jobs',
      'Led a site through ISO 9001 certification audits',
      'Knowledge of credit card processing',
      'Accurate time card entry',
      'Experience with AWS or GCP',
      // (letters in a demand of something else: a code set, a kind of system)
      'Knowledge of current CPT or HCPCS codes',
      'Familiarity with current ERP or CRM systems',
    ]) {
      const other = scoreComponents([m('MUST_HAVE', true), { ...ask(false), requirement }], derived, 5, relevance(1));
      expect(part(other, 'RELEVANCE').maxPoints).toBe(RELEVANCE_POINTS_DERIVED);
    }
  });

  it('ranks by relevance alone when the rubric has no items: never the neutral default', () => {
    const strong = scoreMatches([], job, null, relevance(0.8));
    const weak = scoreMatches([], job, null, relevance(0.3));
    expect([strong, weak]).toEqual([80, 30]);
    expect(scoreComponents([], job, null, relevance(0.8))).toEqual([
      { name: 'RELEVANCE', points: 80, maxPoints: 100, detail: 'relevance 0.8' },
    ]);
  });

  it('scores education items as a kind of their own', () => {
    const parts = scoreComponents([m('EDUCATION', true), m('MUST_HAVE', false)], job, null, null);
    expect(parts.map((p) => [p.name, p.maxPoints])).toEqual([
      ['MUST_HAVE', 81.8],
      ['EDUCATION', 18.2],
    ]);
    expect(scoreOf(parts)).toBe(18);
  });
});
