import { describe, expect, it } from 'vitest';
import { degreeFields, degreeIn } from './education.js';
import { parseProfile } from './profile.parser.js';
import { NOW } from './test-resumes.fixture.js';

describe('degreeIn', () => {
  it('reads degrees known by their capitals, with their level', () => {
    expect(degreeIn('MSW, University of Michigan, 2019')).toMatchObject({ index: 0, level: 2 });
    expect(degreeIn('BSW – Ohio State University')).toMatchObject({ level: 1 });
    expect(degreeIn('PharmD, Purdue University')).toMatchObject({ level: 3 });
    expect(degreeIn('Master of Public Health (MPH)')).toMatchObject({ index: 0, level: 2 });
  });

  it('leaves what only looks like one', () => {
    expect(degreeIn('Drove routes at up to 65 MPH')).toBeNull();
    expect(degreeIn('Two years of post-MSW experience')).toBeNull();
    expect(degreeIn('Microsoft certification MD-102')).toBeNull();
    expect(degreeIn('msw')).toBeNull();
    expect(degreeIn("At least two years of post-master's clinical experience")).toBeNull();
    // a craft's rank and an address are no degrees
    expect(degreeIn('National Certified Master Groomer (NCMG)')).toBeNull();
    expect(degreeIn('Texas Master Plumber License M-41234')).toBeNull();
    expect(degreeIn('Dublin, Ohio | priya.raman.bsn@gmail.com')).toBeNull();
    expect(degreeIn('Masters in Computer Science')).toMatchObject({ level: 2 });
    expect(degreeIn('Master of Science, Nursing')).toMatchObject({ level: 2 });
    expect(degreeIn('Master, Computer Science')).toMatchObject({ level: 2 });
  });

  it('reads no degree from a sentence outside the education section', () => {
    const degrees = (text: string) => parseProfile(text, NOW).education.map((e) => e.degree);
    expect(
      degrees(
        'Keisha Holloway\nkh@example.com\n\nNationally certified MA, two years in a high-volume urgent care. Quick on my feet, good at keeping calm.\n',
      ),
    ).toEqual([]);
    expect(degrees('EDUCATION\nM.A. Education - California State University, 2020')).toEqual(['M.A. Education']);
  });

  it('reads school levels written the Indian way', () => {
    expect(degreeIn('HSC (12th pass) / Undergraduate / Graduate')).toMatchObject({ index: 0, level: 0 });
    expect(degreeIn('Higher Secondary Certificate, Delhi Public School, 2016')).toMatchObject({ index: 0, level: 0 });
  });

  it("reads a post-master's certificate as one", () => {
    expect(degreeIn("Post-Master's Certificate, Family Nurse Practitioner")).toMatchObject({ index: 0, level: 2 });
  });
});

describe('degreeFields', () => {
  it('reads the fields a degree is asked in, by their names or letters', () => {
    expect(degreeFields('Bachelor of Science in Nursing (BSN)')).toEqual([['nursing'], ['nursing']]);
    expect(degreeFields('Graduate of an accredited school of nursing (diploma, ADN or BSN)')).toContainEqual([
      'nursing',
    ]);
    expect(degreeFields("Bachelor's degree in Accounting or Finance")).toEqual([['accounting'], ['finance']]);
    expect(degreeFields("Master's degree in Social Work (MSW) from a CSWE-accredited program")).toContainEqual([
      'social',
      'work',
    ]);
    expect(degreeFields('MBA preferred')).toEqual([['business']]);
  });

  it('leaves the field open where none is named, or another is allowed', () => {
    expect(degreeFields("Bachelor's degree")).toBeNull();
    expect(degreeFields('High school diploma or GED')).toBeNull();
    expect(degreeFields("Bachelor's degree in Accounting, Finance or related field")).toBeNull();
    expect(degreeFields("Bachelor's degree in Marketing or equivalent experience")).toBeNull();
  });
});

describe('degreeIn on a high school as a workplace (set 27)', () => {
  it('reads a school taught or coached at, or its students, as no credential', () => {
    expect(
      degreeIn('At least one season of experience coaching high school competitive speech and/or debate'),
    ).toBeNull();
    expect(degreeIn('Taught high school English for six years')).toBeNull();
    expect(degreeIn('Mentored high school students in robotics')).toBeNull();
    expect(degreeIn('High school diploma or GED')).not.toBeNull();
    expect(degreeIn('Graduation from high school or equivalent')).not.toBeNull();
    expect(degreeIn('Education: equivalent to high school graduation')).not.toBeNull();
    expect(degreeIn('Minimum high school level education')).not.toBeNull();
  });
});

describe("degreeIn: master's and doctor's degrees known by their capitals (set 46)", () => {
  it("reads MLIS, MSLS, MFA, MPAS and MSOT as master's degrees and OTD as a doctorate", () => {
    for (const line of [
      'MLIS (ALA-accredited), Gulf Coast University',
      'M.L.I.S., Kent State University',
      'MSLS, UNC',
      'MFA, Painting',
      'MPAS, Duke University',
      'MSOT, Boston University',
    ])
      expect(degreeIn(line)?.level, line).toBe(2);
    expect(degreeIn('OTD, Washington University')?.level).toBe(3);
  });
  it("meets a master's degree in library science with an MLIS", () => {
    const text = 'Dana Levi\ndana@example.com\nEDUCATION\nMLIS, Gulf Coast University, May 2022';
    expect(parseProfile(text, NOW).education[0]?.degree).toMatch(/^MLIS/);
    expect(degreeFields('Master’s degree in library and information science')).not.toBeNull();
  });
});

describe('degreeIn: letters of a degree that are other things too (review of set 46)', () => {
  it('reads MFA and OTD only first on the line and before a field, a school or a year', () => {
    for (const line of [
      '- Rolled out MFA (Duo) to 3,000 users',
      'Implemented MFA and SSO for Okta',
      '- MFA, SSO and Okta rollout',
    ])
      expect(degreeIn(line), line).toBeNull();
    expect(degreeIn('Improved OTD from 85% to 97%')).toBeNull();
    expect(degreeIn('MFA in Poetry, NYU, 2018')?.level).toBe(2);
    expect(degreeIn('Yale School of Art | MFA, Painting | 2019')?.level).toBe(2);
    expect(degreeIn('OTD, Washington University')?.level).toBe(3);
  });
});

describe("degreeIn: a master's of a grade, a sport or a trade's rank (set 48)", () => {
  it('reads none there, and the degree still where it is one', () => {
    for (const line of [
      '- 2026 STAAR Algebra I EOC: 96% of my students passed, 61% at Masters Grade Level',
      'Competed in Masters Swimming, 2019 - 2024',
      'Court of Masters Sommelier - Level 2',
    ])
      expect(degreeIn(line), line).toBeNull();
    expect(degreeIn('Masters in Mathematics, Texas A&M, 2020')?.level).toBe(2);
    expect(degreeIn("Master's, Curriculum and Instruction")?.level).toBe(2);
  });
});

describe("degreeIn: a master's of a class of a year (review of set 48)", () => {
  it('reads the degree of its graduates, and none in a master class', () => {
    expect(degreeIn('Masters Class of 2019, Johns Hopkins University')?.level).toBe(2);
    expect(degreeIn('Masters Classes in jazz piano, 2015 - 2017')).toBeNull();
  });
});
