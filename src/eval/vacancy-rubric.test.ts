import { describe, expect, it } from 'vitest';
import { rubricFromVacancy, statedMinYears, vacancyLines } from './vacancy-rubric.js';

/** A scraped ad: list items run together, sections marked only by their headings. */
const AD =
  'About us: we build scheduling software for clinics and care about Leadership. ' +
  'What You Need for this Position - At least 4 years of experience building web services in Java ' +
  'Strong SQL skills Experience with messaging frameworks such as RabbitMQ, Redis ' +
  "Knowledge of Kotlin or Scala Bachelor's degree in Computer Science (e.g. Information Technology) " +
  'Nice To Haves - Experience with Docker - Experience with Kubernetes. ' +
  'Equal Opportunity Employer. Must know Python.';

describe('rubricFromVacancy', () => {
  const rubric = rubricFromVacancy('Backend Developer (2-5 years experience)', AD);

  it('splits run-together list items before the phrases that open them', () => {
    expect(vacancyLines(AD)).toEqual(
      expect.arrayContaining([
        'At least 4 years of experience building web services in Java',
        'Strong SQL skills',
        'Experience with messaging frameworks such as RabbitMQ, Redis',
        'Knowledge of Kotlin or Scala',
      ]),
    );
  });

  it('makes skills of the required section must-haves, and alternatives or optional ones nice-to-haves', () => {
    expect(rubric.mustHaveSkills).toEqual(['Java', 'SQL']);
    // Leadership is only in the company blurb; RabbitMQ/Redis "such as"; Kotlin or Scala; Docker, Kubernetes optional
    expect(rubric.niceToHaveSkills).toEqual([
      'Leadership',
      'RabbitMQ',
      'Redis',
      'Kotlin',
      'Scala',
      'Docker',
      'Kubernetes',
    ]);
  });

  it('keeps requirement lines, not headings, skill lists, or anything after legal boilerplate', () => {
    expect(rubric.requirements).toEqual([
      'At least 4 years of experience building web services in Java',
      'Experience with messaging frameworks such as RabbitMQ, Redis',
      "Bachelor's degree in Computer Science (e.g. Information Technology)",
    ]);
    expect(rubric.mustHaveSkills).not.toContain('Python');
  });

  it('takes the largest stated minimum of years, a range by its lower bound', () => {
    expect(rubric.minYearsExperience).toBe(4);
    expect(statedMinYears('Junior developer (1-4 years experience)')).toBe(1);
    expect(statedMinYears("Minimum of 2 years' experience in Java; 5+ years of SQL experience")).toBe(5);
    expect(statedMinYears('Overlap at least 5 hours a day')).toBeNull();
  });
});
