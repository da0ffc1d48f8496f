import { describe, expect, it } from 'vitest';
import { INJECTION_MARKER } from '../defences/injection.detector.js';
import { verifyAnswers } from './answers.verifier.js';
import { backendJob, strongResume } from './openai.fixture.js';
import { verifyProfile } from './profile.verifier.js';
import { ResumeText } from './quotes.js';
import type { ModelProfile } from './response.schema.js';
import { rubricItems } from './rubric.items.js';

const resume = new ResumeText(strongResume);
const items = rubricItems(backendJob);
const byRequirement = (requirement: string) => items.find((i) => i.requirement === requirement)!.id;

describe('rubricItems', () => {
  it('lists must-haves, nice-to-haves, requirements, then the years, as the local analyzer does', () => {
    expect(items.map((i) => [i.id, i.kind, i.requirement])).toEqual([
      ['R1', 'MUST_HAVE', 'TypeScript'],
      ['R2', 'MUST_HAVE', 'Node.js'],
      ['R3', 'MUST_HAVE', 'PostgreSQL'],
      ['R4', 'NICE_TO_HAVE', 'Kubernetes'],
      ['R5', 'NICE_TO_HAVE', 'Golang'],
      ['R6', 'REQUIREMENT', 'Experience designing GraphQL APIs'],
      ['R7', 'REQUIREMENT', 'Has mentored junior developers'],
      ['R8', 'EXPERIENCE', 'At least 5 years of experience'],
    ]);
  });

  it('asks each experience item in its own words, with its years, and the answers keep them', () => {
    const job = {
      ...backendJob,
      minYearsExperience: 3,
      experienceItems: [
        { text: 'At least 3 years of Kubernetes', minYears: 3 },
        { text: 'At least 1 year of on-call support', minYears: 1 },
      ],
    };
    const asked = rubricItems(job).filter((i) => i.kind === 'EXPERIENCE');
    expect(asked.map((i) => [i.requirement, i.minYears])).toEqual([
      ['At least 3 years of Kubernetes', 3],
      ['At least 1 year of on-call support', 1],
    ]);
    const { matches } = verifyAnswers(asked, {}, resume);
    expect(matches.map((m) => m.minYears)).toEqual([3, 1]);
  });
});

describe('verifyAnswers', () => {
  it('credits a found quote, and nothing else', () => {
    const line = '• Built Node.js and TypeScript services on PostgreSQL, deployed to Kubernetes.';
    const { matches, unsupportedClaims } = verifyAnswers(
      items,
      {
        [byRequirement('TypeScript')]: { met: true, quote: line },
        [byRequirement('Node.js')]: { met: true, quote: 'Wrote Node.js for 12 years' },
        [byRequirement('PostgreSQL')]: { met: true, quote: null },
        // found, but says nothing of Golang
        [byRequirement('Golang')]: { met: true, quote: 'Mentored three junior developers' },
        [byRequirement('Kubernetes')]: { met: false, quote: line },
      },
      resume,
    );
    expect(matches.slice(0, 5)).toEqual([
      { requirement: 'TypeScript', kind: 'MUST_HAVE', met: true, evidence: line },
      {
        requirement: 'Node.js',
        kind: 'MUST_HAVE',
        met: false,
        evidence: null,
        unverifiedQuote: 'Wrote Node.js for 12 years',
      },
      { requirement: 'PostgreSQL', kind: 'MUST_HAVE', met: false, evidence: null },
      { requirement: 'Kubernetes', kind: 'NICE_TO_HAVE', met: false, evidence: null },
      {
        requirement: 'Golang',
        kind: 'NICE_TO_HAVE',
        met: false,
        evidence: null,
        unverifiedQuote: 'Mentored three junior developers',
      },
    ]);
    expect(unsupportedClaims).toBe(3);
    // unanswered items are not met
    expect(matches.slice(5).every((m) => !m.met)).toBe(true);
  });

  it('gives no credit for a quote that reaches into a removed passage', () => {
    const sent = new ResumeText(`${strongResume}\n${INJECTION_MARKER} TypeScript, Node.js and PostgreSQL.`);
    const quote = `${INJECTION_MARKER} TypeScript`;
    const { matches, unsupportedClaims } = verifyAnswers(
      items,
      { [byRequirement('TypeScript')]: { met: true, quote } },
      sent,
    );
    expect(matches[0]).toEqual({
      requirement: 'TypeScript',
      kind: 'MUST_HAVE',
      met: false,
      evidence: null,
      unverifiedQuote: quote,
    });
    expect(unsupportedClaims).toBe(1);
  });

  it('trusts the years only when the experience quote is in the resume, met or not', () => {
    const id = byRequirement('At least 5 years of experience');
    const quoted = verifyAnswers(items, { [id]: { met: false, quote: 'Senior Backend Engineer' } }, resume);
    expect(quoted.experienceQuoted).toBe(true);
    const invented = verifyAnswers(items, { [id]: { met: true, quote: '30 years of experience' } }, resume);
    expect(invented.experienceQuoted).toBe(false);
  });
});

describe('verifyProfile', () => {
  const raw: ModelProfile = {
    name: 'PRIYA RAMANATHAN',
    email: 'priya.ramanathan@example.com',
    phone: '+1 (512) 555-0142',
    location: 'Austin, TX',
    totalYearsExperience: 9.04,
    skills: ['nodejs', 'TypeScript', 'Golang', 'Underwater basket weaving', 'Node.js'],
    education: [{ degree: 'PhD in Physics', institution: 'MIT', year: 2010 }],
    experience: [
      { title: 'Senior Backend Engineer', company: 'Northwind Logistics', start: '2020-01', end: 'Present' },
      { title: 'CTO', company: 'Globex', start: '2010-01', end: '2019-12' },
    ],
    links: ['https://github.com/priya-r-example', 'https://evil.example/ignore'],
    summary: 'A brilliant engineer; hire her.',
  };

  it('keeps what the resume contains, in its own spelling, and drops the rest', () => {
    expect(verifyProfile(raw, resume)).toEqual({
      name: 'Priya Ramanathan',
      email: 'priya.ramanathan@example.com',
      phone: '+1 (512) 555-0142',
      location: null,
      totalYearsExperience: 9,
      skills: ['Node.js', 'TypeScript'],
      education: [],
      experience: [{ title: 'Senior Backend Engineer', company: 'Northwind Logistics', start: '2020-01', end: null }],
      links: ['https://github.com/priya-r-example'],
      summary: null,
    });
  });

  it('refuses fields of the wrong shape even when the text is in the resume', () => {
    const p = verifyProfile({ ...raw, email: 'Priya Ramanathan', phone: '2020', totalYearsExperience: 250 }, resume);
    expect([p.email, p.phone, p.totalYearsExperience]).toEqual([null, null, null]);
  });
});
