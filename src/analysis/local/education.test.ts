import { describe, expect, it } from 'vitest';
import { degreeIn } from './education.js';

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
  });

  it('reads school levels written the Indian way', () => {
    expect(degreeIn('HSC (12th pass) / Undergraduate / Graduate')).toMatchObject({ index: 0, level: 0 });
    expect(degreeIn('Higher Secondary Certificate, Delhi Public School, 2016')).toMatchObject({ index: 0, level: 0 });
  });

  it("reads a post-master's certificate as one", () => {
    expect(degreeIn("Post-Master's Certificate, Family Nurse Practitioner")).toMatchObject({ index: 0, level: 2 });
  });
});
