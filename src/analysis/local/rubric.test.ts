import { describe, expect, it } from 'vitest';
import type { JobRubric } from '../analysis.types.js';
import { parseProfile } from './profile.parser.js';
import { taxonomyConcept } from '../taxonomy/esco.js';
import { answerRubric } from './rubric.js';
import { NOW } from './test-resumes.fixture.js';

const job = (over: Partial<JobRubric>): JobRubric => ({
  title: 'Role',
  description: '',
  requirements: [],
  mustHaveSkills: [],
  niceToHaveSkills: [],
  minYearsExperience: null,
  location: null,
  shortlistThreshold: 70,
  rejectThreshold: 40,
  ...over,
});

const answer = (text: string, rubric: JobRubric) => answerRubric(text, parseProfile(text, NOW), rubric);

describe('answerRubric', () => {
  it('does not count a section heading as evidence', () => {
    const text = [
      'Dana Levi',
      'dana@example.com',
      'Experience',
      'Barista, Bean There, 2019 - 2021',
      'Education',
      'High school diploma',
    ];
    const [m] = answer(text.join('\n'), job({ requirements: ['Experience in education'] }));
    expect(m).toMatchObject({ met: false, evidence: null });
  });

  it('finds a skill the vocabulary does not know from its words on one line, in any order or form', () => {
    const text = ['Dana Levi', 'dana@example.com', 'Performed scheduled maintenance on regional aircraft.'];
    const [m] = answer(text.join('\n'), job({ mustHaveSkills: ['Aircraft maintenance'] }));
    expect(m).toMatchObject({ met: true, evidence: 'Performed scheduled maintenance on regional aircraft.' });
  });

  it('does not join words of an unknown skill across lines or far apart', () => {
    const apart = ['Dana Levi', 'dana@example.com', 'Aircraft mechanic', 'Building maintenance'];
    expect(answer(apart.join('\n'), job({ mustHaveSkills: ['Aircraft maintenance'] }))[0]!.met).toBe(false);
    const far = [
      'Dana Levi',
      'dana@example.com',
      'Flew aircraft for a charter company that also did its own maintenance.',
    ];
    expect(answer(far.join('\n'), job({ mustHaveSkills: ['Aircraft maintenance'] }))[0]!.met).toBe(false);
  });
});

describe('answerRubric with the taxonomy behind the vocabulary', () => {
  const resume = (line: string) => ['Dana Levi', 'dana@example.com', line].join('\n');

  it('finds a skill the vocabulary does not know by another name ESCO gives it', () => {
    const [hplc] = answer(
      resume('Ran high-performance liquid chromatography assays on stability samples.'),
      job({ mustHaveSkills: ['HPLC'] }),
    );
    expect(hplc).toMatchObject({
      met: true,
      evidence: 'Ran high-performance liquid chromatography assays on stability samples.',
    });
    const [sports] = answer(
      resume('Clinic focused on sport and exercise medicine for student athletes.'),
      job({ mustHaveSkills: ['Sports medicine'] }),
    );
    expect(sports!.met).toBe(true);
  });

  it('does not take a name made of common words for the skill', () => {
    // ESCO gives "best practice techniques" for good manufacturing practices
    expect(taxonomyConcept('GMP')?.labels).toContain('best practice techniques');
    const [gmp] = answer(resume('Shared best practice techniques with new hires.'), job({ mustHaveSkills: ['GMP'] }));
    expect(gmp!.met).toBe(false);
  });

  it('leaves a skill neither knows unmet when its words are absent', () => {
    const [m] = answer(resume('Ran titrations and Karl Fischer tests.'), job({ mustHaveSkills: ['HPLC'] }));
    expect(m).toMatchObject({ met: false, evidence: null });
  });
});
