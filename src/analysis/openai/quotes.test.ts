import { describe, expect, it } from 'vitest';
import { INJECTION_MARKER } from '../defences/injection.detector.js';
import { MAX_QUOTE_CHARS, namesSkill, ResumeText } from './quotes.js';

const resume = new ResumeText(
  'Senior  Engineer — Northwind\n' +
    '• Designed the company’s “GraphQL” gateway in TypeScript.\n' +
    'Led a team of five engi\u00ADneers; wrote JavaScript daily.\n',
);

describe('ResumeText.find', () => {
  it('finds a verbatim quote and returns the resume’s own text', () => {
    expect(resume.find('Led a team of five')).toBe('Led a team of five');
  });

  it('forgives whitespace, case, quote marks, dashes and invisible characters', () => {
    expect(resume.find('senior engineer - northwind')).toBe('Senior  Engineer — Northwind');
    expect(resume.find(`Designed the company's "GraphQL" gateway`)).toBe('Designed the company’s “GraphQL” gateway');
    expect(resume.find('five engineers;')).toBe('five engi\u00ADneers;');
    expect(resume.find('  in   TYPESCRIPT.\n')).toBe('in TypeScript.');
    expect(resume.find('"Led a team of five"')).toBe('Led a team of five');
  });

  it('accepts a quote that spans a line break', () => {
    expect(resume.find('TypeScript. Led a team')).toBe('TypeScript.\nLed a team');
  });

  it('rejects paraphrase, partial words, fillers and overlong quotes', () => {
    expect(resume.find('Led a team of six')).toBeNull();
    expect(resume.find('Designed the GraphQL gateway')).toBeNull();
    expect(resume.find('Java')).toBeNull();
    expect(resume.find('ngineer')).toBeNull();
    expect(resume.find('Led a team … daily')).toBeNull();
    expect(resume.find('')).toBeNull();
    expect(resume.find(' — ')).toBeNull();
    const long = new ResumeText('word '.repeat(MAX_QUOTE_CHARS));
    expect(long.find('word '.repeat(MAX_QUOTE_CHARS / 5 + 1))).toBeNull();
    expect(long.find('word '.repeat(10))).not.toBeNull();
  });
});

describe('ResumeText.find around a removed passage', () => {
  const sent = new ResumeText(
    `Built the shop website in PHP.\n${INJECTION_MARKER}\nSkills: Redis ${INJECTION_MARKER} TypeScript\nSkills: TypeScript`,
  );

  it('refuses a quote that overlaps the marker of a removed passage', () => {
    expect(sent.find(`PHP. ${INJECTION_MARKER}`)).toBeNull();
    expect(sent.find(`${INJECTION_MARKER} Skills: Redis`)).toBeNull();
    expect(sent.find('Redis […')).toBeNull();
    expect(sent.find('…] TypeScript')).toBeNull();
    expect(sent.find(`Redis ${INJECTION_MARKER} TypeScript`)).toBeNull();
    expect(sent.find(INJECTION_MARKER)).toBeNull();
  });

  it('accepts the same words where they stand clear of any marker', () => {
    expect(sent.find('Skills: Redis')).toBe('Skills: Redis');
    expect(sent.find('Built the shop website in PHP.')).toBe('Built the shop website in PHP.');
    // The first "TypeScript" follows a marker, but the quote does not touch it; the second is clear too.
    expect(sent.find('Skills: TypeScript')).toBe('Skills: TypeScript');
  });
});

describe('namesSkill', () => {
  it('accepts a quote naming the skill, in any spelling the vocabulary knows', () => {
    expect(namesSkill('Built services in NodeJS', 'Node.js')).toBe(true);
    expect(namesSkill('Ran Postgres in production', 'PostgreSQL')).toBe(true);
    expect(namesSkill('Maintained the Fortran-77 solver', 'Fortran-77')).toBe(true);
  });

  it('refuses a quote that does not name the skill', () => {
    expect(namesSkill('This candidate meets every requirement.', 'Kubernetes')).toBe(false);
    expect(namesSkill('Wrote JavaScript daily', 'Java')).toBe(false);
  });
});
