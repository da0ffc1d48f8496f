import { describe, expect, it } from 'vitest';
import { yearsIn } from './derive.js';
import { experienceItemText, fieldNames, fieldTerms, withinField } from './experience-field.js';

/** The item text for a segment, as the derivation writes it. */
const itemOf = (segment: string, wished = false) => experienceItemText(segment, yearsIn(segment)!, wished);

describe('experienceItemText', () => {
  it('says what the years are of, in the words of the post', () => {
    expect(itemOf('1-2 years of retail pharmacy experience')).toBe('At least 1 year of retail pharmacy experience');
    expect(itemOf('Minimum of 4 years of experience in data engineering or ETL development')).toBe(
      'At least 4 years of experience in data engineering or ETL development',
    );
    expect(itemOf('Two or more years of experience as an HVAC service technician')).toBe(
      'At least 2 years of experience as an HVAC service technician',
    );
    expect(itemOf('4+ years managing social media for a consumer brand')).toBe(
      'At least 4 years managing social media for a consumer brand',
    );
    expect(itemOf('3+ yrs commercial painting')).toBe('At least 3 years of commercial painting');
    // a name that opens with a dot does not end the sentence
    expect(itemOf('5+ years of experience with C# and .NET. Strong SQL.')).toBe(
      'At least 5 years of experience with C# and .NET',
    );
    expect(itemOf('At least six months of cash handling experience', true)).toBe(
      'At least 6 months of cash handling experience (preferred)',
    );
  });

  it('ends the field where its clause ends', () => {
    expect(itemOf('2 years of tractor-trailer experience within the last five years')).toBe(
      'At least 2 years of tractor-trailer experience',
    );
    expect(itemOf('2+ years of warehouse experience, including at least 1 year operating a forklift')).toBe(
      'At least 2 years of warehouse experience',
    );
    expect(itemOf('5+ years building web apps, most recently in React and TypeScript')).toBe(
      'At least 5 years building web apps',
    );
    expect(itemOf('2 years dispatching in trucking or freight, working knowledge of DOT rules')).toBe(
      'At least 2 years dispatching in trucking or freight',
    );
    // a sentence run in after "experience" is no part of it
    expect(itemOf('Minimum 3 years experience Proof of U.S. citizenship')).toBe('At least 3 years of experience');
  });

  it('keeps a list of fields, and the words of one name a comma parts', () => {
    expect(itemOf('2 years of post-MSW experience in hospice, home health, oncology or palliative care')).toBe(
      'At least 2 years of post-MSW experience in hospice, home health, oncology or palliative care',
    );
    expect(itemOf('3 years of experience as a Sous Chef in a high-volume, scratch kitchen')).toBe(
      'At least 3 years of experience as a Sous Chef in a high-volume, scratch kitchen',
    );
  });

  it("reads past a remark in brackets on how the years count, and past a name's letters", () => {
    expect(
      itemOf(
        'Two (2) years of full-time experience (or part-time equivalent) as a paramedic on a 911 advanced life support (ALS) unit.',
      ),
    ).toBe('At least 2 years of full-time experience as a paramedic on a 911 advanced life support unit');
  });

  it('names no field where the clause says only how the years count', () => {
    expect(itemOf('5+ years of relevant experience')).toBe('At least 5 years of experience');
    expect(itemOf('Minimum 3 years of progressive, full-time professional experience')).toBe(
      'At least 3 years of experience',
    );
  });
});

describe('fieldTerms', () => {
  it('reads the field back from an item, whoever wrote it', () => {
    expect(fieldTerms('At least 1 year of retail pharmacy experience')).toEqual(
      expect.arrayContaining(['retail', 'skill:pharmacy']),
    );
    expect(fieldTerms('At least 3 years of verifiable tractor-trailer experience (preferred)')).toEqual([
      'skill:tractor-trailer driving',
      'tractortrail',
      'drive',
    ]);
  });

  it('finds none in years of any work', () => {
    expect(fieldTerms('At least 5 years of experience')).toEqual([]);
    expect(fieldTerms('At least 3 years of relevant, hands-on experience')).toEqual([]);
    expect(fieldTerms('At least 6 months of experience (preferred)')).toEqual([]);
  });
});

describe('withinField', () => {
  it('knows an item the years item already asks', () => {
    expect(withinField('Forklift', 'At least 1 year of forklift experience')).toBe(true);
    expect(withinField('Python', 'At least 5 years of experience with Python and Django')).toBe(true);
    expect(withinField('Kubernetes', 'At least 5 years of experience with Python')).toBe(false);
    expect(withinField('Forklift', 'At least 1 year of experience')).toBe(false);
  });
});

describe('fieldNames', () => {
  it('reads "w/" as "with", and what the work was done with as no field', () => {
    expect(fieldNames('At least 2 years selling insurance w/ a production goal')).toEqual([
      { skills: [], wordSets: [['selling', 'insurance']] },
    ]);
    // what the role was held on is no field either: a paramedic's years are a paramedic's
    expect(fieldNames('At least 2 years of experience as a paramedic on a 911 ambulance')[0]!.wordSets).toEqual([
      ['paramedic'],
      ['paramedic'],
    ]);
    // "exp" is experience
    expect(fieldNames('At least 5 years of exp as a finish carpenter in custom residential')[0]!.wordSets).toEqual([
      ['custom', 'residential'],
    ]);
    // "with" and the tools stays the field: "experience with Python" names Python
    expect(fieldNames('At least 3 years of experience with Python').length).toBeGreaterThan(0);
    // …and so does the population the work was with
    expect(
      fieldNames('At least 3 years of clinical nursing experience with the pediatric population')[0]!.wordSets[0],
    ).toContain('pediatric');
  });

  it('leaves out how the years or the role count: "creditable", "licensed", "post-registry"', () => {
    const words = (item: string) => fieldNames(item).flatMap((alt) => alt.wordSets.flat());
    const pta = words('At least 2 years of creditable experience as a licensed physical therapist assistant');
    expect(pta).toContain('therapist');
    expect(pta.filter((w) => /creditable|licensed/.test(w))).toEqual([]);
    expect(words('At least 2 years of post-registry experience performing CT examinations')).toEqual(
      expect.arrayContaining(['ct']),
    );
    expect(
      fieldNames('At least 2 years of post-registry experience performing CT examinations')[0]!.wordSets,
    ).toContainEqual(['ct']);
  });

  it('gives each alternative its skills, and the sets of words that name it whole', () => {
    expect(fieldNames('At least 1 year of retail pharmacy experience')).toEqual([
      { skills: ['pharmacy'], wordSets: [['retail', 'pharmacy'], ['pharmacy']] },
    ]);
    const two = fieldNames('At least 2 years of experience in mechanical design or HVAC drafting');
    expect(two).toHaveLength(2);
    expect(two[0]!.wordSets[0]).toEqual(['mechanical', 'design']);
    expect(fieldNames('At least 5 years of experience')).toEqual([]);
  });

  it('leaves out where the work was done after work named in two words, the outermost of three words, and takes the role the years were spent as', () => {
    expect(fieldNames('At least 3 years of civil litigation paralegal experience in a law firm')).toEqual([
      {
        skills: [],
        wordSets: [
          ['civil', 'litigation', 'paralegal'],
          ['litigation', 'paralegal'],
        ],
      },
    ]);
    // one word of work keeps its setting's words: a dental assistant's jobs name the dental work
    expect(fieldNames('At least 2 years of chairside experience in a dental office')[0]!.wordSets).toEqual([
      ['chairside', 'dental'],
    ]);
    expect(
      fieldNames('At least 3 years of multifamily property management experience as a Property Manager')[0]!.wordSets,
    ).toContainEqual(['property', 'manager']);
    // a role of one word names no field alone, and a specialty after "experience in" is the work's
    expect(fieldNames('At least 3 years of restaurant experience as a manager')[0]!.wordSets).toEqual([
      ['restaurant', 'manager'],
    ]);
    expect(fieldNames('At least 2 years of medical billing experience in orthopedics')[0]!.wordSets[0]).toContain(
      'orthopedics',
    );
  });

  it('names the work by its own words: a word of any work, a verb of any trade, where and since when left out', () => {
    // "service" ends many kinds of work: the words before it name this one
    expect(fieldNames('At least 2 years of hands-on pest control service experience')[0]!.wordSets).toEqual([
      ['pest', 'control', 'service'],
      ['pest', 'control'],
    ]);
    // "managing" says nothing of which work; a setting after work said by its verb is no word to name
    expect(fieldNames('3 years of experience managing commercial construction projects')[0]!.wordSets[0]).toEqual([
      'commercial',
      'construction',
      'projects',
    ]);
    const venepuncture = fieldNames(
      'At least 1 year of experience performing venepuncture on adults in a clinical setting',
    );
    expect(venepuncture[0]!.skills).toEqual(['phlebotomy']);
    expect(venepuncture[0]!.wordSets[0]).toEqual(['adults', 'venepuncture']);
    // when the years count from is no field; a role of its own trade names it alone
    expect(fieldNames('At least 2 years of clinical experience as a hygienist after graduation')[0]!.wordSets).toEqual([
      ['clinical', 'hygienist'],
      ['hygienist'],
    ]);
    expect(fieldNames('2 years post-licensure RN experience')[0]!.wordSets).toContainEqual(['rn']);
    // the last setting goes, the specialty before it stays
    expect(
      fieldNames('2 years of experience providing patient care in oncology in a hospital setting')[0]!.wordSets[0],
    ).toContain('oncology');
    expect(fieldNames('2 years post-licensure RN experience')[0]!.wordSets.flat()).not.toContain('licensure');
    // the work's verb names it in a job's title ("Fleet Dispatcher"); a verb of any trade does not
    expect(fieldNames('At least 2 years of experience dispatching truckload freight')[0]!.verb).toBe('dispatching');
    expect(fieldNames('3 years of experience managing commercial construction projects')[0]!.verb).toBeUndefined();
  });

  it('reads the specialty a role was held in, and leaves out whom the work was for, where, and what it was not', () => {
    // the specialty names the field (any nurse's years are not years in labor and delivery), and
    // capitals name one thing: "Labor and Delivery" is no two fields
    expect(fieldNames('At least 2 years of experience as a Registered Nurse in inpatient Labor and Delivery')).toEqual([
      {
        skills: [],
        wordSets: [
          ['inpatient', 'labor', 'delivery'],
          ['labor', 'delivery'],
        ],
      },
    ]);
    // a place after the role is no field, nor is a workplace
    expect(
      fieldNames('At least 3 years of experience as a Property Manager in Arizona')[0]!.wordSets.flat(),
    ).not.toContain('arizona');
    expect(
      fieldNames('At least 3 years of experience as a Medical Assistant in a busy clinic')[0]!.wordSets[0],
    ).toEqual(['medical', 'assistant']);
    // what or whom the work was for, after work named in two words ("customer-facing" says how)
    const support = fieldNames('At least 3 years in customer-facing support for a B2B SaaS product');
    expect(support).toHaveLength(1);
    expect(support[0]!.wordSets.flat()).not.toContain('saas');
    expect(support[0]!.wordSets.flat()).not.toContain('customer-facing');
    // one written word keeps what it was for: "accounting for nonprofits"
    expect(fieldNames('3 years of accounting for nonprofits')[0]!.wordSets[0]).toContain('nonprofits');
    // what the years may not have been: no field of their own
    expect(
      fieldNames('At least 5 years of post-graduate structural design experience on buildings, not bridges'),
    ).toHaveLength(1);
    expect(fieldNames('At least 3 years of retail experience, not just cashiering')).toEqual([
      { skills: [], wordSets: [['retail']] },
    ]);
    // since when the years count is no field: "since finishing school"
    expect(fieldNames('At least 2 years of paid hands-on massage work since finishing school')).toEqual([
      { skills: [], wordSets: [['massage']] },
    ]);
    // small letters still split a list of fields
    expect(fieldNames('At least 3 years of sales and marketing experience')).toHaveLength(2);
  });
});

describe('experienceItemText', () => {
  it('never ends a long item on a word that leads to the next', () => {
    const segment =
      '3+ years of on-site multifamily property management experience as a Property Manager or Assistant Property Manager (required)';
    const text = experienceItemText(segment, { years: 3, index: 0, length: 8 }, false);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/as a Property Manager$/);
  });
});

describe('experienceItemText and fieldNames on years said after their work (sets 25 and 26)', () => {
  it('reads the work before years that close the clause', () => {
    expect(itemOf('we need somebody who has been doing commercial refrigeration for at least five years')).toBe(
      'At least 5 years doing commercial refrigeration',
    );
    expect(itemOf('You must have worked as a welder for 3+ years.')).toBe('At least 3 years as a welder');
    expect(itemOf('someone who has been a dispatcher for at least two years')).toBe('At least 2 years as a dispatcher');
  });

  it('names a field by what is hauled, not by the hauling', () => {
    expect(fieldNames('At least 1 year pulling tankers')).toEqual([{ skills: [], wordSets: [['tankers']] }]);
  });
});

describe('experienceItemText on years before which no trade is named (review of local-v25)', () => {
  it('reads no field in the same employer, nor in weekends', () => {
    expect(itemOf('Must have worked with the same employer for at least 2 years')).toBe(
      'At least 2 years of experience',
    );
    expect(itemOf('Must have been a member in good standing for at least 2 years')).toBe(
      'At least 2 years of experience',
    );
  });
});

describe('fieldNames on years as a role (set 32)', () => {
  it('takes the role of "N years as a …" up to what it did or where, and its letters spelled out', () => {
    const dba = fieldNames('At least 5 years as a DBA supporting production systems')[0]!.wordSets;
    expect(dba).toContainEqual(['dba']);
    expect(dba).toContainEqual(['database', 'administrator']);
    // (a role held where or in what is named with those words, as before: no looser set of its
    // own; nor is a word left of a role whose noun says little, "project" of "Project Manager")
    const server = fieldNames('At least 2 years as a Server in fine dining')[0]!.wordSets;
    expect(server).not.toContainEqual(['server']);
    expect(server).not.toContainEqual(['server', 'fine']);
    expect(fieldNames('At least 5 years as a Project Manager')[0]!.wordSets).not.toContainEqual(['project']);
    expect(fieldNames('At least 2 years as a certified nursing assistant')[0]!.wordSets).not.toContainEqual([
      'certified',
    ]);
    expect(
      fieldNames(
        'At least 2 years of full-time paid experience as a journey-level electrician performing commercial work',
      )[0]!.wordSets,
    ).toContainEqual(['journey-level', 'electrician']);
    expect(fieldNames('At least 3 years of experience as an HR Generalist')[0]!.wordSets).toContainEqual([
      'human',
      'resources',
      'generalist',
    ]);
    // ("Engineering" in a title is no verb of what the role did)
    expect(fieldNames('At least 4 years as a Software Engineering Manager')[0]!.wordSets).toContainEqual([
      'software',
      'engineering',
      'manager',
    ]);
  });
});

describe('fieldNames on two verbs of one object (set 33)', () => {
  it('reads "installing and servicing commercial fire alarm systems" as one work, named by what is worked on', () => {
    expect(
      fieldNames('At least 3 years of hands-on experience installing and servicing commercial fire alarm systems'),
    ).toEqual([
      {
        skills: [],
        wordSets: [
          ['commercial', 'fire', 'alarm', 'systems'],
          ['fire', 'alarm', 'systems'],
        ],
      },
    ]);
    // (alternatives stay alternatives: "purchasing or contracting", "… planning or purchasing")
    expect(fieldNames('At least 3 years of professional purchasing or contracting experience')).toHaveLength(2);
    // (and a role many trades hold is no field alone: "as a mechanic servicing hydraulic elevators")
    expect(
      fieldNames('At least 5 years of experience as a mechanic servicing hydraulic AND traction elevators')[0]!
        .wordSets,
    ).not.toContainEqual(['mechanic']);
  });
});

describe('fieldNames on years counted after completing something (set 34)', () => {
  it('leaves "after completion of the doctoral externship" out of the field, however it is cut', () => {
    for (const item of [
      'At least 2 years of clinical experience as a licensed audiologist after completion of the doctoral externship',
      'At least 2 years of clinical experience as a licensed audiologist after completion of the doctoral',
    ])
      expect(fieldNames(item)[0]!.wordSets).toContainEqual(['audiologist']);
  });
});

describe('fieldNames keeps what the rules of sets 33 and 34 would have taken with them (review of the slice)', () => {
  it('keeps a field named after the time it counts from, and nouns in -ing after "in"', () => {
    expect(
      fieldNames('At least 2 years of experience following successful completion of probation as a police officer')[0]!
        .wordSets,
    ).toContainEqual(['police', 'officer']);
    expect(fieldNames('At least 2 years of experience in banking and lending operations')).toHaveLength(2);
    expect(fieldNames('At least 3 years of experience repairing agricultural or heavy equipment')[0]!.wordSets).toEqual(
      [['repairing', 'agricultural']],
    );
  });
});

describe('fieldNames reads sets 39 and 40', () => {
  it('drops a salon from the field after the role held in it, unless the role is one of many trades', () => {
    expect(
      fieldNames('At least 2 years of experience as a professional groomer in a salon')[0]!.wordSets,
    ).toContainEqual(['groomer']);
    expect(fieldNames('2 years of experience as a stylist in a salon')[0]!.wordSets).toEqual([
      ['stylist'],
      ['stylist'],
    ]);
    // (any technician is no nail technician)
    expect(fieldNames('2 years of experience as a technician at a nail salon')[0]!.wordSets).toContainEqual([
      'nail',
      'salon',
    ]);
  });
});

describe('experienceItemText: Markdown emphasis (set 46)', () => {
  it('reads no emphasis marks as words of the item', () => {
    expect(itemOf('**3+ years** working in digital accessibility (auditing and testing)')).toBe(
      'At least 3 years working in digital accessibility',
    );
    expect(itemOf('**2+ years** of adult echo experience')).toBe('At least 2 years of adult echo experience');
  });
});

describe('fieldNames: a market said alone (set 45)', () => {
  it('reads "residential AND commercial" after the work as its market, no field of its own', () => {
    expect(fieldNames('At least 2 years running a pool route, residential AND commercial')).toEqual([
      { skills: [], wordSets: [['pool', 'route']] },
    ]);
  });
});

describe('fieldNames: markets before the work (review of set 45)', () => {
  it('keeps a market that comes before the work, or stands alone, as before', () => {
    expect(fieldNames('At least 2 years of experience in residential or commercial')).toHaveLength(2);
    expect(fieldNames('At least 2 years in public, private, or charter schools')).toHaveLength(2);
    expect(fieldNames('At least 2 years of electrical work, residential, commercial, or industrial')).toHaveLength(1);
  });
});

describe('fieldNames: the kinds of place the work was done in (set 47)', () => {
  it('reads no field of their own in the kinds listed before the place', () => {
    const names = fieldNames(
      'At least 2 years of full-time paid experience in the custody and supervision of adult inmates in a jail, prison or detention facility',
    );
    const words = names.flatMap((n) => n.wordSets.flat());
    expect(words).toContain('inmates');
    expect(words.filter((w) => ['jail', 'prison', 'detention'].includes(w))).toEqual([]);
    // (the work named by its role, the setting aside)
    expect(
      fieldNames('At least 2 years of experience as a licensed pharmacist in a community or retail pharmacy setting')
        .flatMap((n) => n.wordSets.flat())
        .includes('community'),
    ).toBe(false);
  });
});

describe('fieldNames: the kinds of place listed only after the work (review of set 47)', () => {
  it('reads the field in a list of work or places that follows experience alone', () => {
    const words = (item: string) => fieldNames(item).flatMap((n) => n.wordSets.flat());
    expect(
      words('At least 2 years of experience in cleaning, sanitizing and disinfecting healthcare facilities'),
    ).toContain('cleaning');
    expect(words('At least 1 year of experience in retail, restaurant or hospitality environments')).toContain(
      'retail',
    );
  });
});
