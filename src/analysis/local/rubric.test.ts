import { describe, expect, it } from 'vitest';
import type { JobRubric } from '../analysis.types.js';
import { parseProfile } from './profile.parser.js';
import { taxonomyConcept } from '../taxonomy/esco.js';
import { answerRubric } from './rubric.js';
import { EUROPASS_ENTRY, NOW } from './test-resumes.fixture.js';

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

const answer = (text: string, rubric: JobRubric) => answerRubric(text, parseProfile(text, NOW), rubric, NOW);
/** A resume of these lines under a name and an address. */
const resumeOf = (...lines: string[]) => ['Dana Levi', 'dana@example.com', ...lines].join('\n');
/** Whether a resume meets one requirement. */
const met = (text: string, requirement: string) => answer(text, job({ requirements: [requirement] }))[0]!.met;
/** Whether a resume holds one must-have skill. */
const skillMet = (text: string, skill: string) => answer(text, job({ mustHaveSkills: [skill] }))[0]!.met;

describe('answerRubric', () => {
  it('meets a degree in a named field only with a degree in it, and leaves a field left open open', () => {
    const bba = ['Kim Lee', 'EDUCATION', 'Bachelor of Business Administration, Supply Chain Management, 2014'].join(
      '\n',
    );
    const bsn = ['Kim Lee, BSN, RN', 'EDUCATION', 'Sorrel Point University, 2020'].join('\n');
    const rubric = job({
      education: ['Bachelor of Science in Nursing (BSN)', 'Graduate of an accredited school of nursing (ADN or BSN)'],
    });
    expect(answer(bba, rubric).map((m) => m.met)).toEqual([false, false]);
    expect(answer(bsn, rubric).map((m) => m.met)).toEqual([true, true]);
    // "or a related field" leaves it open; a field's other form is the same field
    expect(answer(bba, job({ education: ["Bachelor's degree in Accounting or a related field"] }))[0]!.met).toBe(true);
    // a field by its letters, or on a line below the school's; the telling word of a field must be there
    const cs = ['Kim Lee', 'EDUCATION', 'B.S., CS - Georgia Tech, 2015'].join('\n');
    expect(answer(cs, job({ education: ["Bachelor's degree in Computer Science"] }))[0]!.met).toBe(true);
    const major = ['Kim Lee', 'EDUCATION', 'Bachelor of Science', 'University of Iowa, 2012', 'Major: Nursing'].join(
      '\n',
    );
    expect(answer(major, job({ education: ["Bachelor's degree in Nursing"] }))[0]!.met).toBe(true);
    const civil = ['Kim Lee', 'EDUCATION', 'B.S. Civil Engineering, 2014'].join('\n');
    expect(answer(civil, job({ education: ["Bachelor's degree in Mechanical Engineering"] }))[0]!.met).toBe(false);
    const biology = ['Kim Lee', 'EDUCATION', 'B.S. Biology, minor in Chemistry, 2016'].join('\n');
    expect(
      answer(biology, job({ education: ["Bachelor's degree in a biological, chemical or physical science"] }))[0]!.met,
    ).toBe(true);
  });

  it('reads a demand after why it is made ("…, so you must…") as the demand', () => {
    const text = ['Caleb N', 'Massage Therapist, May 2022 to present', 'Regular Saturday and Sunday shifts'].join('\n');
    const [m] = answer(
      text,
      job({ requirements: ["We're open Thursday through Monday, so you must be able to work Saturdays and Sundays"] }),
    );
    expect(m!.met).toBe(true);
  });

  it('reads the demand after a remark and "but", or after who said it, as the demand', () => {
    const text = [
      'Dana Levi',
      "Valid Ohio driver's license, clean driving record.",
      'Walked plants with customers',
    ].join('\n');
    const [car] = answer(
      text,
      job({ requirements: ["Company car, but needs a valid driver's license and a clean MVR"] }),
    );
    expect(car!.met).toBe(true);
    const [walk] = answer(
      text,
      job({ requirements: ['Priya was very clear they must be able to walk plants with customers'] }),
    );
    expect(walk!.met).toBe(true);
  });

  it('is not met by what a line says is not held', () => {
    const text = ['Dale K', 'Training', 'No formal I-CAR or ASE. Learned on the job.', 'Other', 'Own Sata guns.'].join(
      '\n',
    );
    expect(skillMet(text, 'ASE Certification')).toBe(false);
    // a record of what never happened holds what the line names
    const driver = ['Sam K', '- Have never had a preventable accident hauling tankers with my Class A CDL'].join('\n');
    expect(skillMet(driver, 'CDL Class A')).toBe(true);
  });

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

  it("is met by a suite that holds the program asked, and a suite's part is quoted where it is named", () => {
    const listed = ['Dana Levi', 'Paralegal', 'SOFTWARE', 'Relativity · CM/ECF · Microsoft Office'].join('\n');
    const [word, outlook, indesign] = answer(
      listed,
      job({ mustHaveSkills: ['Microsoft Word', 'Outlook', 'Adobe InDesign'] }),
    );
    expect(word).toMatchObject({ met: true, evidence: 'Relativity · CM/ECF · Microsoft Office' });
    expect(outlook).toMatchObject({ met: true });
    expect(indesign).toMatchObject({ met: false });
    const named = ['Dana Levi', 'Microsoft Office', 'Built the KPI workbook in Excel'].join('\n');
    expect(answer(named, job({ mustHaveSkills: ['Excel'] }))[0]).toMatchObject({
      evidence: 'Built the KPI workbook in Excel',
    });
  });

  it('is met by the names a demand gives held together, whatever its sentence says around them', () => {
    const demand =
      'You need a current ServSafe Food Protection Manager certification and a current TABC seller-server certification on your first day – no exceptions, Texas law';
    const held = [
      'Dana Levi',
      'CERTIFICATIONS',
      'ServSafe Food Protection Manager — expires 2029',
      'TABC Seller-Server — current',
    ];
    expect(answer(held.join('\n'), job({ requirements: [demand] }))[0]).toMatchObject({
      met: true,
      evidence: 'ServSafe Food Protection Manager — expires 2029',
    });
    const one = ['Dana Levi', 'CERTIFICATIONS', 'Food Handler card'];
    expect(answer(one.join('\n'), job({ requirements: [demand] }))[0]).toMatchObject({ met: false });
    // every name, not most of them
    const half = ['Dana Levi', 'CERTIFICATIONS', 'ServSafe Food Protection Manager — expires 2029'];
    expect(answer(half.join('\n'), job({ requirements: [demand] }))[0]).toMatchObject({ met: false });
    // and at the grade asked
    const cdl = 'You must hold a valid Class A CDL with Hazmat and Tanker endorsements and a clean driving record';
    expect(
      answer('Dana Levi\nCDL Class B — Hazmat and Tanker endorsements, Georgia', job({ requirements: [cdl] }))[0],
    ).toMatchObject({ met: false });
  });

  it('is not met by its name inside the name of another thing: "Azure DevOps" is no Azure cloud', () => {
    const text = ['Dana Levi', 'Source control moved from TFVC to Git (Azure DevOps Server, on-prem) in 2023'].join(
      '\n',
    );
    const [azure, devops] = answer(text, job({ mustHaveSkills: ['Azure', 'Azure DevOps'] }));
    expect(azure).toMatchObject({ met: false });
    expect(devops).toMatchObject({ met: true });
    expect(answer('Dana Levi\nDeployed to Azure App Service', job({ mustHaveSkills: ['Azure'] }))[0]).toMatchObject({
      met: true,
    });
  });

  it('finds a skill the vocabulary does not know from its words on one line, in any order or form', () => {
    const text = ['Dana Levi', 'dana@example.com', 'Performed scheduled maintenance on regional aircraft.'];
    const [m] = answer(text.join('\n'), job({ mustHaveSkills: ['Aircraft maintenance'] }));
    expect(m).toMatchObject({ met: true, evidence: 'Performed scheduled maintenance on regional aircraft.' });
  });

  it('does not join words of an unknown skill across lines or far apart', () => {
    const apart = ['Dana Levi', 'dana@example.com', 'Aircraft mechanic', 'Building maintenance'];
    expect(skillMet(apart.join('\n'), 'Aircraft maintenance')).toBe(false);
    const far = [
      'Dana Levi',
      'dana@example.com',
      'Flew aircraft for a charter company that also did its own maintenance.',
    ];
    expect(skillMet(far.join('\n'), 'Aircraft maintenance')).toBe(false);
  });
});

describe('answerRubric on a requirement that offers a choice', () => {
  const requirement =
    'To be considered, you must hold an active coding credential, either the Certified Professional Coder (CPC) from AAPC or the Certified Coding Specialist (CCS)';
  const resume = (line: string) => ['Dana Levi', 'dana@example.com', 'CERTIFICATION', line].join('\n');

  it('is met by either alternative, and quotes it', () => {
    const [cpc] = answer(
      resume('Certified Professional Coder (CPC), AAPC - passed May 2021'),
      job({ requirements: [requirement] }),
    );
    expect(cpc).toMatchObject({ met: true, evidence: 'Certified Professional Coder (CPC), AAPC - passed May 2021' });
    const [ccs] = answer(
      resume('Certified Coding Specialist (CCS), AHIMA, 2019'),
      job({ requirements: [requirement] }),
    );
    expect(ccs!.met).toBe(true);
  });

  it('is not met by a certificate the resume says was not completed; one telling word is met in any inflection', () => {
    const text = [
      'Dana Levi',
      'Paralegal',
      'Assisted at two jury trials in 2024 and 2025',
      'On-the-job paralegal training; I have not completed a formal paralegal certificate program.',
    ].join('\n');
    const [trial, certificate] = answer(
      text,
      job({
        requirements: ['Paralegal certificate from an ABA-approved program'],
        niceToHaveSkills: ['Trial experience'],
      }),
    );
    expect(certificate).toMatchObject({ met: false });
    // …while what others did not finish, or credits toward a renewal, take nothing away
    const held = [
      'Dana Levi',
      'Certified Public Accountant (CPA), Texas; 40 CPE credits toward 2025 renewal',
      'PMP certified 2019; led 3 migrations the vendor had not finished',
    ].join('\n');
    expect(answer(held, job({ mustHaveSkills: ['CPA', 'PMP'] })).map((m) => m.met)).toEqual([true, true]);
    const coursework =
      'Dana Levi\nEDUCATION\nTwo years of coursework toward a BBA, Hill Country State University (not completed)';
    expect(answer(coursework, job({ education: ["Bachelor's degree in business"] }))[0]).toMatchObject({ met: false });
    expect(trial).toMatchObject({ met: true, evidence: 'Assisted at two jury trials in 2024 and 2025' });
  });

  it('holds no degree still to come or left unfinished, and holds one whose year is past', () => {
    const bachelor = job({ education: ["Bachelor's degree in Accounting or a related field"] });
    const degree = (...lines: string[]) => answer(resumeOf('EDUCATION', ...lines), bachelor)[0]!.met;
    // dated to come on the line below it, on its own line, or studied for to the present
    expect(
      degree(
        'Bachelor of Science in Business Administration, Concentration in Accountancy',
        'Expected May 2027 · GPA 3.61',
      ),
    ).toBe(false);
    expect(degree('B.S. Accounting, Sacramento State University, 2023 - 2027')).toBe(false);
    expect(degree('B.S. Accounting, Sacramento State University, 2023 - Present')).toBe(false);
    // left unfinished
    expect(degree('Bachelor of Science, Accounting (partial, two years), Kwantlen University, 2016-2018')).toBe(false);
    // …but a degree finished, whatever the lines around it date to come, is held
    expect(degree('B.S. Accounting, Sacramento State University, 2019', 'CPA exam: expected 2027')).toBe(true);
    expect(degree('B.S. Accounting, Sacramento State University, 2015 - 2019', 'Graduated cum laude')).toBe(true);
    // (a year to come said in prose of something else is no date of the degree)
    const prose =
      'I earned a Bachelor of Science in Accounting from Lakeside State University in 2017, and I hold the CPA credential from the Texas board (renewed through 2027) and a current notary commission.';
    expect(degree(prose)).toBe(true);
    // (the review: what the degree's own part of its line or the line under it does not say of it)
    for (const held of [
      ['BSN, Chamberlain University, 2018 | RN, Texas, exp. 2027'],
      ['B.S. Accounting 2019, CPA license valid through 2027'],
      ['B.A. Economics, 2016; Phi Beta Kappa; Fulbright 2027'],
      ['M.S. Data Science (2023 – Present); B.S. Accounting (2019)'],
      ['B.S. Accounting, Iowa, 2016      Staff Accountant, Mercy Hospital, 2021 – Present'],
      ['B.S. Accounting, 2018 (partial tuition reimbursement from employer)'],
      ['B.S. Accounting, 2018, partial scholarship'],
      ['B.A., Accounting, 2011; M.A. coursework (did not complete)'],
      ['B.S. Accounting, 2019', 'Expected to sit for the CPA exam 2027'],
      ['B.S. Accounting, 2019', 'Expected salary: negotiable'],
      ['B.S. Accounting, 2019', 'Expected May 2023'],
      ['MBA, Duke University', 'Expected May 2027', 'B.S. Accounting, UNC, 2015'],
    ])
      expect(degree(...held), held.join(' / ')).toBe(true);
    expect(degree('Expected May 2027', 'B.S. Accounting, Sacramento State University')).toBe(false);
    // an associate degree known by its capitals is a degree: it meets a diploma asked, not a bachelor's
    const aas = resumeOf(
      'EDUCATION',
      'AAS, Electrical Power & Controls — Texas State Technical College (TSTC), Waco — 2010',
    );
    expect(answer(aas, job({ education: ['High school diploma or GED'] }))[0]!.met).toBe(true);
    expect(answer(aas, job({ education: ['Associate degree in a technical field'] }))[0]!.met).toBe(true);
    expect(answer(aas, bachelor)[0]!.met).toBe(false);
    // (the second review) an associate degree's capitals elsewhere are no degree
    for (const line of [
      '- Ran metals by AAS and ICP-MS',
      '- Configured eBGP peering, ASN 65010',
      '- Reconciled ASN against POs',
    ])
      expect(
        answer(resumeOf('EXPERIENCE', line), job({ education: ['High school diploma or GED'] }))[0]!.met,
        line,
      ).toBe(false);
    // the degree's own entry says it is to come or unfinished, across bars and tabs, in any words
    for (const lines of [
      ['B.S. Accounting | Iowa State University | 2023 – Present'],
      ['B.S. Accounting | Iowa State University | 2023 – 2027'],
      ['B.S. Accounting\tIowa State University\tAug 2023 – May 2027'],
      ['B.S. Accounting | Iowa State University | Incomplete'],
      ['B.S. Accounting, Iowa State University - Incomplete (left to care for family)'],
      ['B.S. Accounting, Iowa State University – coursework only (90 credits)'],
      ['B.A. Accounting, Iowa State – withdrew in good standing, 2019'],
      ['B.S. Accounting, Iowa State University', 'Expected Graduation Date: May 2027'],
      ['B.S. Accounting, Iowa State University', 'Expected Graduation - May 2027'],
      ['B.S. Accounting, Iowa State University', 'Expected graduation: 05/2027'],
      ['B.S. Accounting, Iowa State University', 'Expected May 2027 — CPA exam track'],
      ['B.S. Accounting, Iowa State University, 2023 through 2027'],
    ])
      expect(degree(...lines), lines.join(' / ')).toBe(false);
    // a degree a line of work names, or one applied for, is not held
    const doctorate = job({ education: ['Doctorate required'] });
    expect(
      answer(
        resumeOf('EXPERIENCE', '- Managed admissions for the Master of Science and Doctorate programs'),
        doctorate,
      )[0]!.met,
    ).toBe(false);
    expect(
      answer(resumeOf('EDUCATION', 'B.S. Biology, 2015; accepted to Ph.D. program, Fall 2025'), doctorate)[0]!.met,
    ).toBe(false);
    expect(
      answer(resumeOf('EDUCATION', 'BSN, 2015 — MSN candidate'), job({ education: ["Master's degree in Nursing"] }))[0]!
        .met,
    ).toBe(false);
    // a school's baccalaureate is no bachelor's degree
    expect(degree('Welsh Baccalaureate Advanced Diploma, Cardiff High School, 2016')).toBe(false);
    expect(degree('Baccalaureate degree in Accounting, Loyola University, 2016')).toBe(true);
  });

  it('is not met by a credential not held yet', () => {
    const [scheduled] = answer(
      resume('- CPC exam scheduled for August (AAPC student member)'),
      job({ requirements: [requirement] }),
    );
    expect(scheduled!.met).toBe(false);
  });

  it('is not met by words of the requirement that name no alternative', () => {
    const [none] = answer(
      resume('Preparing for the coding credential exam; active in the local chapter'),
      job({ requirements: [requirement] }),
    );
    expect(none!.met).toBe(false);
    // "or more" offers no choice
    const [lift] = answer(resume('Forklift licence'), job({ requirements: ['Able to lift 50 lbs or more'] }));
    expect(lift!.met).toBe(false);
  });
});

describe('answerRubric on a credential of a grade or a rank', () => {
  const resume = (...lines: string[]) => ['Dana Levi', 'dana@example.com', 'LICENSES', ...lines].join('\n');
  const met = (requirement: string, ...lines: string[]) =>
    answer(resume(...lines), job({ requirements: [requirement] }))[0]!.met;

  it('is not met by the credential of another class or a lower rank, and is by the same or a higher one', () => {
    const cdl = "Valid Class A Commercial Driver's License";
    expect(met(cdl, "- Georgia Commercial Driver's License - Class B, air brakes")).toBe(false);
    expect(met(cdl, "- Commercial Driver's License, Class A, Georgia")).toBe(true);
    const plumber = 'Current Texas Journeyman Plumber license (or higher)';
    expect(met(plumber, '- Tradesman Plumber-Limited License, Texas State Board of Plumbing Examiners (2021)')).toBe(
      false,
    );
    expect(met(plumber, '- Texas Master Plumber License, TSBPE, 2019')).toBe(true);
    expect(met(plumber, '- Texas Journeyman Plumber License, 2021')).toBe(true);
  });

  it('asks no grade or rank of what is not a credential', () => {
    expect(met('Experience teaching grade 3 reading', '- Taught 3rd grade reading and writing, 2019 - 2023')).toBe(
      true,
    );
    expect(
      met('Experience supervising apprentices on job sites', '- Supervised three apprentices on commercial job sites'),
    ).toBe(true);
  });

  it('is not met by an exam pending, a credential planned or not yet registered; a state is held by its code', () => {
    const plumber = 'Current Texas Journeyman Plumber license';
    expect(met(plumber, '- Journeyman exam, Texas plumber license - application submitted, exam date pending')).toBe(
      false,
    );
    expect(met('Current Texas Registered Dental Assistant (RDA)', '- Texas RDA: not yet registered')).toBe(false);
    expect(
      met(
        'Current Washington State General Journeyman Electrician certificate',
        '- WA 01 General Journeyman Electrician certificate',
      ),
    ).toBe(true);
  });
});

describe('answerRubric on an associate degree', () => {
  const asked = job({ education: ['Associate degree in Health Information Technology'] });
  const resume = (line: string) => ['Dana Levi', 'dana@example.com', 'EDUCATION', line].join('\n');

  it('is met by an associate degree or a higher one in its field, not by a school diploma', () => {
    expect(answer(resume('A.A.S., Health Information Technology - Wake Technical College, 2019'), asked)[0]!.met).toBe(
      true,
    );
    expect(answer(resume('B.S. Health Information Management - UNC, 2015'), asked)[0]!.met).toBe(true);
    // (of the field asked: a degree in another is not it)
    expect(answer(resume('B.S. Exercise Science - UNC, 2015'), asked)[0]!.met).toBe(false);
    expect(answer(resume('Associate in Applied Science, Health Information Technology, 2019'), asked)[0]!.met).toBe(
      true,
    );
    expect(answer(resume('High School Diploma - Clayton High School, 2016'), asked)[0]!.met).toBe(false);
  });
});

describe('answerRubric on a credential named in full and by its letters', () => {
  const requirement = 'Current Texas Registered Dental Assistant (RDA) certificate issued by the TSBDE';
  const resume = (...lines: string[]) => ['Dana Levi', 'dana@example.com', 'CREDENTIALS', ...lines].join('\n');

  it('is met by the letters alone, or by the name in full and the board spelled out', () => {
    expect(answer(resume('- Texas RDA (TSBDE) - renewed 2025'), job({ requirements: [requirement] }))[0]!.met).toBe(
      true,
    );
    const [full] = answer(
      resume('Registered Dental Assistant (RDA) - Texas State Board of Dental Examiners'),
      job({ requirements: [requirement] }),
    );
    expect(full!.met).toBe(true);
  });

  it('is not met by the trade without the credential', () => {
    const [none] = answer(
      resume(
        'Dental Assistant Certificate - Central Texas Dental Assistant School, 2022',
        'Chairside assistant, Texas',
      ),
      job({ requirements: [requirement] }),
    );
    expect(none!.met).toBe(false);
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

describe('answerRubric: years in a field', () => {
  const pharmacyJob = (over: Partial<JobRubric> = {}) =>
    job({
      minYearsExperience: 3,
      experienceItems: [{ text: 'At least 3 years of retail pharmacy experience', minYears: 3 }],
      ...over,
    });
  const experience = (text: string, rubric: JobRubric) => answer(text, rubric).find((m) => m.kind === 'EXPERIENCE')!;

  it('reads "sales" as the work of selling, and a plural in "-es" after no hiss as its word and "s"', () => {
    const agent = resumeOf(
      'Experience',
      'Insurance Sales Agent, Lyle Pruitt Agency',
      'May 2019 - Jun 2022',
      '- Inbound and outbound sales of auto and home policies',
    );
    const sell = experience(
      agent,
      job({ experienceItems: [{ text: 'At least 2 years selling insurance w/ a production goal', minYears: 2 }] }),
    );
    expect(sell).toMatchObject({ met: true, fieldYears: { years: 3.2 } });
    const crane = resumeOf(
      'Experience',
      'Mobile Crane Operator, Coastal Lifting',
      'Jan 2019 - Jan 2025',
      '- Hydraulic truck crane picks',
    );
    const seat = experience(
      crane,
      job({ experienceItems: [{ text: 'At least 5 years of seat time on hydraulic mobile cranes', minYears: 5 }] }),
    );
    // (named in the job's entry, its header naming the cranes but not the hydraulic ones: half)
    expect(seat).toMatchObject({ met: false, fieldYears: { years: 3.1 } });
    // PV is solar
    const homes = resumeOf(
      'Experience',
      'Solar Installer, Peak Current Solar',
      'Jan 2020 - Jan 2025',
      '- Install residential rooftop solar systems',
      '- Residential rooftop solar systems, 4 a week',
    );
    const pv = experience(
      homes,
      job({ experienceItems: [{ text: 'At least 2 years installing residential rooftop PV systems', minYears: 2 }] }),
    );
    expect(pv.met).toBe(true);
    // (the whole word: "Solaris" is no solar work)
    const solaris = resumeOf(
      'Experience',
      'Unix Administrator, Acme',
      'Jan 2020 - Jan 2025',
      '- Rooftop Solaris systems on homes for residential clients',
    );
    expect(
      experience(
        solaris,
        job({ experienceItems: [{ text: 'At least 2 years installing residential rooftop PV systems', minYears: 2 }] }),
      ).met,
    ).toBe(false);
    // whole words only: soldering is no selling
    const solder = resumeOf('Experience', 'Electronics Assembler, Acme', 'Jan 2019 - Jan 2025', '- Solder boards');
    expect(
      experience(solder, job({ experienceItems: [{ text: 'At least 2 years of sales experience', minYears: 2 }] })).met,
    ).toBe(false);
  });

  it('counts the years of the jobs that name the field, not of all work', () => {
    const text = resumeOf(
      'Experience',
      'Pharmacy Technician, Walgreens',
      'Jan 2023 - Present',
      '- Filled prescriptions and ran the register',
      'Warehouse Associate, Acme Foods',
      'Jan 2015 - Dec 2022',
      '- Loaded trucks and counted stock',
    );
    const m = experience(text, pharmacyJob());
    expect(m.fieldYears?.years).toBeCloseTo(2.5, 1);
    expect(m.fieldYears?.how).toMatch(/^2\.5 years in 1 job that names the field; 10\.5 years in all$/);
    expect(m).toMatchObject({
      met: false,
      evidence: null,
      requirement: 'At least 3 years of retail pharmacy experience',
    });
    // any work meets an item that names no field
    const any = experience(text, job({ minYearsExperience: 3 }));
    expect(any.met).toBe(true);
    expect(any.fieldYears).toBeUndefined();
  });

  it('is met by enough years in the field, quoting the latest such job', () => {
    const text = resumeOf(
      'Experience',
      'Pharmacy Technician, CVS Pharmacy',
      'Mar 2019 - Present',
      '- Counted and filled 300 prescriptions a day',
      'Cashier, Target',
      'Jun 2016 - Feb 2019',
    );
    const m = experience(text, pharmacyJob());
    expect(m.met).toBe(true);
    expect(m.evidence).toContain('Mar 2019 - Present');
    expect(m.fieldYears!.years).toBeGreaterThanOrEqual(6);
  });

  it('takes years the resume states for the field, and half of all years where the field is named outside any dated job', () => {
    const stated = resumeOf('Summary', 'Six years of pharmacy experience in retail chains.');
    expect(experience(stated, pharmacyJob())).toMatchObject({
      met: true,
      evidence: 'Six years of pharmacy experience in retail chains.',
      fieldYears: { years: 6 },
    });
    const before = resumeOf('Summary', 'Certified pharmacy technician with 7 years of experience.', 'Skills', 'Excel');
    expect(experience(before, pharmacyJob()).fieldYears).toMatchObject({ years: 7 });
    const elsewhere = resumeOf('Summary', 'Pharmacy clerk. Over 9 years of experience in logistics.');
    expect(experience(elsewhere, pharmacyJob()).fieldYears?.years).not.toBe(9);
    const listed = resumeOf(
      'Skills',
      'Pharmacy software, inventory',
      'Experience',
      'Office Assistant, Acme',
      'Jan 2015 - Dec 2022',
    );
    const half = experience(listed, pharmacyJob());
    expect(half.fieldYears).toMatchObject({ years: 4 });
    expect(half.fieldYears!.how).toMatch(/half of 8 years/);
    const none = resumeOf('Experience', 'Office Assistant, Acme', 'Jan 2015 - Dec 2022');
    expect(experience(none, pharmacyJob())).toMatchObject({ met: false, fieldYears: { years: 0 } });
  });

  it('takes years stated in words up to nineteen, and a litigation paralegal for a civil litigation paralegal in a law firm', () => {
    const paralegal = pharmacyJob({
      experienceItems: [
        { text: 'At least 3 years of civil litigation paralegal experience in a law firm', minYears: 3 },
      ],
    });
    const stated = resumeOf(
      'Summary',
      'Senior trial paralegal with thirteen years in civil litigation at Atlanta firms.',
    );
    expect(experience(stated, paralegal).fieldYears).toMatchObject({ years: 13 });
    const dated = resumeOf('Experience', 'Litigation Paralegal, Pruett & Vance LLP', 'Jan 2018 - Dec 2022');
    expect(experience(dated, paralegal)).toMatchObject({ met: true });
  });

  it('counts half the years of a job that names the field once in passing, all of one that names it in its title', () => {
    const hospice = pharmacyJob({ experienceItems: [{ text: 'At least 2 years of hospice experience', minYears: 2 }] });
    const passing = resumeOf(
      'Experience',
      'Registered Nurse, Medical-Oncology, Mercy Hospital',
      'Jan 2021 - Dec 2024',
      '- Cared for 5 patients a shift on chemotherapy protocols',
      '- Coordinated discharges to home care and hospice',
    );
    expect(experience(passing, hospice).fieldYears).toMatchObject({ years: 2 });
    expect(experience(passing, hospice).fieldYears!.how).toMatch(/in passing counted half/);
    const titled = resumeOf('Experience', 'Hospice RN Case Manager, Mercy Hospice', 'Jan 2021 - Dec 2024', '- Visits');
    expect(experience(titled, hospice).fieldYears).toMatchObject({ years: 4 });
    // (a title below the dates is the job's header too)
    const below = resumeOf(
      'Experience',
      'Mercy Health, Jan 2021 - Dec 2024',
      'Hospice Nurse',
      '- Managed a caseload of 12',
    );
    expect(experience(below, hospice).fieldYears).toMatchObject({ years: 4 });
    const again = resumeOf(
      'Experience',
      'Registered Nurse, Mercy Home Health',
      'Jan 2021 - Dec 2024',
      '- Admitted hospice patients and taught families comfort care',
      '- Took hospice on-call two weekends a month',
    );
    expect(experience(again, hospice).fieldYears).toMatchObject({ years: 4 });
  });

  it('answers each of several experience items on its own years', () => {
    const text = resumeOf(
      'Experience',
      'Warehouse Associate, Acme Foods',
      'Jan 2021 - Dec 2024',
      '- Operated a forklift and a reach truck; counted stock',
      'Cashier, Target',
      'Jan 2015 - Dec 2020',
    );
    const rubric = job({
      minYearsExperience: 5,
      experienceItems: [
        { text: 'At least 5 years of warehouse experience', minYears: 5 },
        { text: 'At least 1 year operating a forklift', minYears: 1 },
        { text: 'At least 2 years of experience', minYears: 2 },
      ],
    });
    const years = answer(text, rubric).filter((m) => m.kind === 'EXPERIENCE');
    expect(years.map((m) => [m.requirement, m.minYears, m.met])).toEqual([
      ['At least 5 years of warehouse experience', 5, false],
      ['At least 1 year operating a forklift', 1, true],
      ['At least 2 years of experience', 2, true],
    ]);
    expect(years[0]!.fieldYears?.years).toBeCloseTo(4, 0);
    expect(years[2]!.fieldYears).toBeUndefined();
  });

  it("counts a job whose title holds the work's verb, and a phlebotomist's job by its title", () => {
    const dispatcher = resumeOf(
      'Experience',
      'Senior Fleet Dispatcher — Limestone Transport, Marlow, IN',
      'June 2021 – Present',
      '- Run a board of 48 reefer trucks on Midwest lanes',
      '- Book backhauls on DAT and negotiate rates with brokers',
    );
    const freight = job({
      minYearsExperience: 2,
      experienceItems: [{ text: 'At least 2 years of experience dispatching truckload freight', minYears: 2 }],
    });
    const m = experience(dispatcher, freight);
    expect(m.met).toBe(true);
    expect(m.fieldYears?.how).toMatch(/in 1 job that names the field;/);

    const phlebotomist = resumeOf(
      'Work Experience',
      '',
      'Phlebotomist',
      'Kestrel Private Hospital, Ashcombe',
      'May 2022 – present',
      '• Take blood from around 45 adult patients a day in the outpatient department',
    );
    const venepuncture = job({
      minYearsExperience: 1,
      experienceItems: [
        { text: 'At least 1 year of experience performing venepuncture on adults in a clinical setting', minYears: 1 },
      ],
    });
    // the verb names the work in the title of the one who does it, not in any word of its stem
    const interactive = resumeOf('Experience', 'Interactive Designer — PixelWorks, Austin, TX', 'Jan 2016 – Dec 2023');
    const customers = job({
      minYearsExperience: 3,
      experienceItems: [{ text: 'At least 3 years of experience interacting with customers', minYears: 3 }],
    });
    expect(experience(interactive, customers).met).toBe(false);
    const p = experience(phlebotomist, venepuncture);
    expect(p.met).toBe(true);
    expect(p.fieldYears?.how).toMatch(/^[\d.]+ years in 1 job that names the field;/);
  });
});

describe('answerRubric: years in a field, named by headings, letters and work held since', () => {
  const experience = (text: string, item: string, minYears = 3) =>
    answer(text, job({ minYearsExperience: minYears, experienceItems: [{ text: item, minYears }] })).find(
      (m) => m.kind === 'EXPERIENCE',
    )!;

  it('counts the jobs under a heading that names the field ("LANDSCAPE EXPERIENCE")', () => {
    const text = resumeOf(
      'LANDSCAPE EXPERIENCE',
      'Harbison Outdoor Living, Raleigh, NC',
      'Foreman, Install & Maintenance Crews, April 2016 to Present',
      '- Run a 4-6 man crew on maintenance routes and installs',
      'MILITARY SERVICE',
      'United States Marine Corps, Combat Engineer, July 2008 to July 2012',
    );
    const m = experience(text, 'At least 3 years in landscaping');
    expect(m.met).toBe(true);
    expect(m.fieldYears?.how).toMatch(/^\d+(?:\.\d)? years in 1 job that names the field/);
  });

  it('names a field given by its letters by its words ("SRE": a Site Reliability Engineer), and "CT examinations" by CT', () => {
    const sre = resumeOf('EXPERIENCE', 'Senior Site Reliability Engineer, Parcelpay Inc.   Feb 2021 - Present');
    expect(experience(sre, 'At least 5 years in SRE / DevOps / infra eng', 5).fieldYears?.how).toMatch(
      /in 1 job that names the field/,
    );
    const ct = resumeOf('WORK EXPERIENCE', 'CT Technologist   Jan 2020 - Present', 'Santiam Valley Hospital');
    const item = 'At least 2 years of post-registry experience performing CT examinations in an acute-care hospital';
    expect(experience(ct, item, 2).met).toBe(true);
  });

  it('reads no job in "has been a member since 2012", no field under "OTHER EXPERIENCE (NON-NURSING)", and "clinical studies" as no clinical work', () => {
    const member = resumeOf(
      'She has been an active member of AACN since 2012.',
      'EXPERIENCE',
      'Staff Nurse, Mercy, 2021 - 2025',
    );
    expect(parseProfile(member, NOW).experience.map((e) => e.start)).toEqual(['2021-01']);
    const other = resumeOf('OTHER EXPERIENCE (NON-NURSING)', 'Shift Supervisor, Starbucks, 2014 - 2024');
    expect(experience(other, 'At least 5 years of nursing experience', 5).met).toBe(false);
    const nurse = resumeOf('EXPERIENCE', 'Clinical Nurse, Mercy Hospital, 2015 - 2024');
    expect(experience(nurse, 'At least 3 years of experience managing clinical studies').met).toBe(false);
  });

  it('reads a role held in an industry as the role: "as buyer in manufacturing industry"', () => {
    const text = resumeOf(
      'EXPERIENCE',
      'Senior Buyer, Castings & Forgings   Palmetto Powertrain LLC   Mar 2020 - Present',
    );
    const m = experience(text, 'At least 3 years of professional experience as buyer in manufacturing industry');
    expect(m.fieldYears?.how).toMatch(/in 1 job that names the field/);
  });

  it('reads work held since a date in prose as a job to now, and "in business since 1987" as none', () => {
    const bio = [
      'Yesenia Carrasco is an auto claims adjuster.',
      '',
      'Since 2021 she has worked as a Senior Auto Claims Adjuster at Sunpoint Casualty Insurance in Tampa, where she carries about 140 open files.',
      '',
      'From 2018 to 2021 she was an Auto Claims Adjuster with Gulfline Claims Services.',
    ].join('\n');
    const profile = parseProfile(bio, NOW);
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Senior Auto Claims Adjuster', 'Sunpoint Casualty Insurance', '2021-01', null],
      ['Auto Claims Adjuster', 'Gulfline Claims Services', '2018-01', '2021-01'],
    ]);
    const shop = resumeOf('EXPERIENCE', 'Service Technician, Buckeye Comfort (in business since 1987), 2019 - 2022');
    expect(parseProfile(shop, NOW).experience.map((e) => e.start)).toEqual(['2019-01']);
  });
});

describe('answerRubric: what a resume says in its own words', () => {
  const demand = "Valid Texas driver's license and a clean driving record for the past 3 years (we will run an MVR)";

  it('holds a clean driving record by no accidents or tickets, a clean MVR, accident-free', () => {
    for (const said of ['no tickets, no accidents', 'clean MVR', 'accident-free', 'spotless driving record']) {
      const text = resumeOf('Licenses', `Texas Class C driver's license — ${said}`);
      const [m] = answer(text, job({ requirements: [demand] }));
      expect(m, said).toMatchObject({ met: true });
    }
    // the record alone, asked alone, is held by it in other words, and not by a licence alone
    const record = job({ requirements: ['Clean driving record'] });
    expect(answer(resumeOf('Safety', '600,000 miles, no preventable accidents'), record)[0]!.met).toBe(true);
    expect(answer(resumeOf('Licenses', "Texas Class C driver's license"), record)[0]!.met).toBe(false);
    expect(answer(resumeOf('Licenses', 'Driving record: 2 at-fault accidents'), record)[0]!.met).toBe(false);
  });

  it('leaves out of a demand why it is made, what will not do, and what a credential is carried as', () => {
    const truck = "Valid driver's license because you'll be taking the crew truck home.";
    expect(answer(resumeOf('Licenses', "Driver's license, clean record"), job({ requirements: [truck] }))[0]!.met).toBe(
      true,
    );
    const osha = 'OSHA 30 card required, not just the 10.';
    expect(answer(resumeOf('Safety', 'OSHA 30-Hour Construction (2023)'), job({ requirements: [osha] }))[0]!.met).toBe(
      true,
    );
    expect(answer(resumeOf('Safety', 'OSHA 10-Hour Construction (2023)'), job({ requirements: [osha] }))[0]!.met).toBe(
      false,
    );
  });

  it('holds no skill a skills table rates as none, and no school diploma for a degree or a diploma in a field', () => {
    const table = resumeOf(
      'Skills',
      '| Skill | Years | Level |',
      '| Epicor Kinetic (MRP, purchasing) | 8 | Expert |',
      '| SAP | 0 | None |',
    );
    const [sap, mrp] = answer(table, job({ mustHaveSkills: ['SAP', 'MRP'] }));
    expect(sap!.met).toBe(false);
    expect(mrp!.met).toBe(true);
    const diploma = resumeOf('Education', 'Ontario Secondary School Diploma — Riverside East Collegiate, 2011');
    const asked = 'diploma or university degree in supply chain management or a related field';
    expect(answer(diploma, job({ education: [asked] }))[0]!.met).toBe(false);
    expect(answer(diploma, job({ education: ['High school diploma or GED'] }))[0]!.met).toBe(true);
    const college = resumeOf('Education', 'Advanced Diploma, Supply Chain and Operations Management, 2018-2021');
    expect(answer(college, job({ education: [asked] }))[0]!.met).toBe(true);
    // a school word elsewhere on the degree's line is no school credential; a line that is no table row rates nothing
    const ranked = resumeOf('Education', 'B.S. Computer Science, State University, 2015 - ranked 10th in class');
    expect(answer(ranked, job({ education: ["Bachelor's degree in Computer Science"] }))[0]!.met).toBe(true);
    const cdl = resumeOf('Licenses', 'Class A CDL, 8 years, accidents: none');
    expect(skillMet(cdl, 'CDL Class A')).toBe(true);
  });

  it('reads a sentence of prose clause by clause: working toward one credential holds the others of the sentence', () => {
    const text = [
      'Yesenia Carrasco',
      "She holds a B.A. in Communication from Suncoast State University (2017), a clean Florida driver's license, and is currently working toward the CPCU.",
    ].join('\n');
    const rubric = job({
      requirements: ["Valid Florida driver's license with a clean driving record (MVR check)", 'CPCU designation'],
      education: ['High school diploma or GED'],
    });
    expect(answer(text, rubric).map((m) => [m.requirement.slice(0, 20), m.met])).toEqual([
      ['Valid Florida driver', true],
      ['CPCU designation', false],
      ['High school diploma ', true],
    ]);
  });

  it('holds a phrase whose words stand apart by small words ("writes and audits CCC ONE estimates"), and leaves out when a credential must be held', () => {
    const text = resumeOf('Summary', 'She writes and audits CCC ONE estimates and handles total losses.');
    expect(skillMet(text, 'Proficiency writing estimates in CCC ONE')).toBe(true);
    const obmi = resumeOf('Licenses', 'Oregon Board of Medical Imaging — Radiographer, license no. RAD-20331');
    const asked =
      'Current license as a radiographer issued by the Oregon Board of Medical Imaging (OBMI), active on or before the hire date.';
    expect(answer(obmi, job({ requirements: [asked] }))[0]!.met).toBe(true);
  });

  it('reads a Bobcat and a track loader as skid steer work, and Terraform as infrastructure as code', () => {
    const text = resumeOf('Experience', '- Operate Scag zero-turns, a Bobcat T590 track loader and Terraform');
    const m = answer(text, job({ mustHaveSkills: ['Skid Steer Operation', 'Infrastructure as Code'] }));
    expect(m.map((x) => x.met)).toEqual([true, true]);
  });

  it('holds blueprints by shop drawings or isometrics, and SAP MM by its S/4HANA and ECC names', () => {
    const text = resumeOf(
      'Experience',
      '- Read and worked to fabrication drawings and weld maps',
      '- Maintain info records in SAP S/4HANA MM; negotiate 3-year pricing agreements',
    );
    const m = answer(
      text,
      job({ requirements: ['Read blueprints and fabrication drawings'], mustHaveSkills: ['SAP MM', 'Negotiation'] }),
    );
    expect(m.map((x) => [x.requirement, x.met])).toEqual([
      ['SAP MM', true],
      ['Negotiation', true],
      ['Read blueprints and fabrication drawings', true],
    ]);
  });

  it('leaves out of a demand how firmly it is made, in brackets', () => {
    const text = resumeOf('Certifications', 'Certified Surgical Technologist (CST) — NBSTSA — current through 05/2028');
    const asked =
      'current CST credential through NBSTSA (required, no exceptions – non-certified techs will not be submitted)';
    expect(answer(text, job({ requirements: [asked] }))[0]!.met).toBe(true);
  });

  it('keeps a list of credentials worked toward not held, clause after clause', () => {
    const text = resumeOf(
      'Certifications',
      'Currently working toward two credentials: the CCRN, with the review course done; and the CEN certification, exam date booked for March.',
    );
    expect(answer(text, job({ requirements: ['CEN certification'] }))[0]!.met).toBe(false);
  });

  it('answers a phrase over a line of small words to the end (no quadratic path)', () => {
    const text = resumeOf('Summary', 'working '.repeat(25_000));
    const skills = [
      'Workflow orchestration',
      'Workforce scheduling',
      'Workplace investigations',
      'Working capital analysis',
    ];
    expect(answer(text, job({ mustHaveSkills: skills })).every((m) => !m.met)).toBe(true);
  }, 60_000);

  it('reads "coding", "coded" and "code" as one word, and "hiring" as "hire"', () => {
    const text = resumeOf(
      'Experience',
      'Billing Clerk, Oak Family Medicine, 2019 - 2024',
      '- Coded office visits and labs',
    );
    expect(answer(text, job({ requirements: ['Outpatient coding accuracy'] }))[0]!.met).toBe(false);
    const [m] = answer(text, job({ requirements: ['Coding of office visits'] }));
    expect(m).toMatchObject({ met: true, evidence: expect.stringContaining('Coded office visits') });
  });
});

describe('answerRubric on credentials named, and years said in a sentence (sets 25 and 26)', () => {
  it('meets a licence named by a role only with that role: an LPN licence is no RN licence', () => {
    const rn =
      'Current, unrestricted Registered Nurse license in the State of Ohio, or a multistate (compact) RN license';
    const lpn = resumeOf('LICENSES / CERTIFICATIONS', 'Licensed Practical Nurse, State of Ohio, #PN.208861, active');
    expect(met(lpn, rn)).toBe(false);
    // (a line under a heading of licences holds "license" for its credential)
    const held = resumeOf(
      'LICENSES & CERTIFICATIONS',
      'Registered Nurse, Ohio Board of Nursing | RN.441903 | 10/31/2027',
    );
    expect(met(held, rn)).toBe(true);
    expect(
      met(
        resumeOf('Licensure', 'RN, Ohio Board of Nursing – issued 07/2024'),
        'Current, unrestricted Registered Nurse license',
      ),
    ).toBe(true);
    // an exam part passed is no credential held
    const exam = resumeOf('CREDENTIALS', 'PTIN, active', 'Special Enrollment Exam: Part 1 passed (10/2025)');
    expect(met(exam, 'Active Enrolled Agent credential')).toBe(false);
    expect(
      met(
        resumeOf('CREDENTIALS', 'Enrolled Agent (IRS), enrollment card issued 06/2024'),
        'Active Enrolled Agent credential',
      ),
    ).toBe(true);
    // (a rank is no part of the name: a higher one holds it)
    expect(
      met(
        resumeOf('LICENSES', 'Texas Master Plumber License, 2019'),
        'Current Texas Journeyman Plumber license (or higher)',
      ),
    ).toBe(true);
  });

  it('meets a choice among credentials named by their letters by any one of them, and not by one booked', () => {
    expect(
      met(resumeOf('Construction Health & Safety Technician (CHST), BCSP | 0049127'), 'An active CSP or CHST'),
    ).toBe(true);
    expect(
      met(resumeOf('- CHST: application approved by BCSP in 2026; exam not yet taken'), 'An active CSP or CHST'),
    ).toBe(false);
    const shrm = 'Current professional certification: SHRM-CP, SHRM-SCP, PHR or SPHR';
    expect(met(resumeOf('SHRM Senior Certified Professional (SHRM-SCP), 2021 - current'), shrm)).toBe(true);
  });

  it('reads a demand after why it is made, said first with "Because"', () => {
    const requirement =
      "Because you'll drive one of our vans and take your turn on the after-hours rotation (about one week in six), a valid driver's license and a driving record our insurer will accept are a must";
    expect(
      met(resumeOf("Driver's license, clean record: no tickets or claims in the last seven years"), requirement),
    ).toBe(true);
  });

  it('meets a credential spelled out and abbreviated by its letters, or by its words joined by "&"', () => {
    const wish = 'Certified Hospice and Palliative Nurse (CHPN)';
    const nice = (text: string) => answer(text, job({ niceToHaveSkills: [wish] }))[0]!.met;
    expect(nice(resumeOf('THERESA M. VUKOVICH, BSN, RN, CHPN'))).toBe(true);
    expect(nice(resumeOf('Certified Hospice & Palliative Nurse, 2019'))).toBe(true);
    expect(nice(resumeOf('Hospice nurse, palliative care unit, certified in IV therapy'))).toBe(false);
  });

  it('takes a certificate in the field for a degree where the item offers one', () => {
    const [m] = answer(
      resumeOf('Education:', 'Certificate in Paralegal Studies — Brandon Valley Community College, 2022'),
      job({ education: ['Associate degree, or a certificate from a paralegal or legal secretary program'] }),
    );
    expect(m).toMatchObject({ met: true, evidence: expect.stringContaining('Certificate in Paralegal Studies') });
    const [other] = answer(
      resumeOf('Education:', 'Certificate in Welding Technology, 2022'),
      job({ education: ['Associate degree, or a certificate from a paralegal or legal secretary program'] }),
    );
    expect(other!.met).toBe(false);
  });

  it('counts years stated "on" the field, and none from a sentence of what the candidate hopes to do', () => {
    const years = (text: string, item: string, minYears: number) =>
      answer(text, job({ experienceItems: [{ text: item, minYears }] }))[0]!;
    const stated = resumeOf(
      'PROFILE',
      'Construction safety manager with almost nine years on commercial building projects.',
      'EXPERIENCE',
      'Safety Manager, Calloway Construction Group, 07/2023 - Present',
    );
    expect(years(stated, 'At least 7 years of construction safety experience', 7).met).toBe(true);
    const hoped = resumeOf(
      'Summary',
      'Legal secretary with two years in a family law practice. Hoping to move into estate planning, an area I care about.',
      'Experience',
      'Legal Secretary, Marsh & Kidd LLP, 2024 - Present',
      'Office Administrator, Allied Insurance, 2016 - 2024',
    );
    expect(years(hoped, 'At least 2 years supporting attorneys in estate planning', 2).fieldYears?.years).toBe(0);
  });
});

describe('answerRubric keeps what the rules of sets 25 and 26 would have taken with them (review of local-v25)', () => {
  it('meets a credential spelled out by its own words or letters, not by other words of its initials', () => {
    const nice = (text: string, wish: string) => answer(text, job({ niceToHaveSkills: [wish] }))[0]!.met;
    expect(nice(resumeOf('Project Engineer, Halvorsen Builders, 2019 - 2024'), 'Professional Engineer (PE)')).toBe(
      false,
    );
    expect(nice(resumeOf('Executive Assistant to the CFO, 2020 - 2024'), 'Enrolled Agent (EA)')).toBe(false);
    expect(nice(resumeOf('Professional Engineer, State of Ohio, #E-88123'), 'Professional Engineer (PE)')).toBe(true);
  });

  it('meets a licence however its name is said, the credential word and a verb before it aside', () => {
    expect(met(resumeOf('LICENSES', "Valid Class A Commercial Driver's license, Georgia"), 'Class A CDL')).toBe(true);
    expect(
      met(
        resumeOf('CREDENTIALS', 'Enrolled Agent (IRS), card issued 06/2024'),
        'Must Hold An Active Enrolled Agent credential',
      ),
    ).toBe(true);
    expect(
      met(
        resumeOf('LICENSES', 'Licensed Real Estate Agent, Texas Real Estate Commission, 2019'),
        'Active Real Estate Salesperson license',
      ),
    ).toBe(true);
  });

  it('reads a licence under its heading whatever lines follow, and no course under "COURSES" as a licence', () => {
    const rn = 'Current, unrestricted Registered Nurse license in the State of Ohio';
    const held = resumeOf(
      'LICENSES & CERTIFICATIONS',
      'Registered Nurse, Ohio Board of Nursing | RN.441903 | 10/31/2027',
      'EXPERIENCE',
      'Front Desk Volunteer, Mercy Clinic, 2015 - 2016',
      '- Checked visitor driver license at the front desk',
    );
    expect(met(held, rn)).toBe(true);
    expect(met(resumeOf('COURSES', '- Intro to residential plumbing (non-credit)'), 'Texas plumbing license')).toBe(
      false,
    );
  });

  it('takes a certificate for a degree only in what the item names', () => {
    const [m] = answer(
      resumeOf('Education', 'Certificate of Completion, OSHA 10-Hour, 2021'),
      job({
        education: [
          'Associate degree in accounting, or a certificate of completion from an accredited bookkeeping program',
        ],
      }),
    );
    expect(m!.met).toBe(false);
  });

  it('counts the years of work that says "plans for" and "seeking", and takes no letters of a passing mention for a choice', () => {
    const text = resumeOf(
      'Experience',
      'Estate Planning Paralegal, Marsh & Kidd LLP, 2018 - 2024',
      '- Drafted estate planning documents and trust plans for 200+ clients',
    );
    const [m] = answer(text, job({ experienceItems: [{ text: 'At least 3 years in estate planning', minYears: 3 }] }));
    expect(m!.met).toBe(true);
    expect(
      met(
        resumeOf('Experience', 'Warehouse Associate, 2019 - 2024', '- Turned in timesheets to HR every Friday'),
        'Background in payroll or HR',
      ),
    ).toBe(false);
  });
});

describe('answerRubric on the plural of a short word (set 26)', () => {
  it('reads "band saws" as band saws, and no one-word name in a plural', () => {
    const text = [
      'Dana Levi',
      'dana@example.com',
      'EXPERIENCE',
      'Meat Cutter, Acme Foods, 2019 - 2024',
      '- Ran Hobart and Biro band saws, grinder and cuber',
    ].join('\n');
    expect(skillMet(text, 'band saw')).toBe(true);
    // (a one-word name is never read in a plural: "Excels at customer service" is no Excel, nor
    // "Worked 40 hrs per week" HR; "ADAS" is no "ADA")
    const none = [
      'Dana Levi',
      'dana@example.com',
      'Summary',
      'Excels at customer service; worked 40 hrs per week on ADAS calibration',
    ].join('\n');
    expect(answer(none, job({ mustHaveSkills: ['Excel', 'HR', 'ADA compliance'] })).map((m) => m.met)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('answerRubric on what a resume says is not held (set 27)', () => {
  const cert = 'current forklift operator certification';

  it('reads a clause that says it, wherever it stands in its line', () => {
    const summary = (clause: string) =>
      resumeOf(
        'SUMMARY',
        `Freezer order picker with almost three years inside a frozen-food warehouse, quick on the RF gun and careful with heavy cases. ${clause}`,
      );
    expect(met(summary('I am not forklift certified -- all my picking has been done on foot.'), cert)).toBe(false);
    expect(met(summary("I have not operated a forklift but I'm willing to be trained."), cert)).toBe(false);
    expect(met(resumeOf('SKILLS', 'Forklift: none yet -- happy to get certified'), cert)).toBe(false);
    expect(
      met(
        resumeOf('SUMMARY', "I have not taken the EPA 608 exam yet -- I'm registered for the Type II exam in January."),
        'you must already hold EPA Section 608 certification, Type II or Universal',
      ),
    ).toBe(false);
    const siem = answer(
      resumeOf(
        'SUMMARY',
        'Six years securing AWS environments for a logistics group. Alert monitoring and triage sits with an outsourced SOC, so I have not written or maintained SIEM detections myself.',
      ),
      job({ mustHaveSkills: ['SIEM'] }),
    )[0]!;
    expect(siem.met).toBe(false);
    // …and holds what is held
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'Forklift Operator Certification -- Class IV/V sit-down counterbalance, 2025'),
        cert,
      ),
    ).toBe(true);
  });

  it('takes a clean record for one an insurer will accept', () => {
    const demand =
      "You'll need a valid driver's license and a record our insurance will accept, because you'll be driving a company truck to job sites";
    expect(met(resumeOf('LICENSES', "Tennessee Class D driver's license -- clean record"), demand)).toBe(true);
    expect(met(resumeOf('LICENSES', "Tennessee Class D driver's license"), demand)).toBe(false);
  });
});

describe('answerRubric on a credential asked by its word (set 27 and 28)', () => {
  const certificate = 'Valid Missouri teaching certificate in English (grades 9-12) at the time of hire';
  const teacher = [
    'EXPERIENCE',
    'Ozark Mountain Preparatory Academy (independent, grades 6-12), Springfield Ridge, MO',
    'English Teacher, Upper School, 2022 - Present',
    '- Teach English 10 and English 12',
  ];

  it('holds none the resume says outright it does not hold, whatever else it shares with the demand', () => {
    expect(
      met(
        resumeOf(
          'ABOUT',
          'I hold no state teaching certificate -- independent schools in Missouri do not require one.',
          ...teacher,
        ),
        certificate,
      ),
    ).toBe(false);
    expect(
      met(
        resumeOf('CERTIFICATION', 'Missouri Initial Professional Certificate (IPC) — English, Grades 9–12'),
        certificate,
      ),
    ).toBe(true);
    // (one "not yet" finished is no denial: the certificate may be held since)
    expect(
      met(
        resumeOf(
          'EXPERIENCE',
          'Legal Assistant, Hale & Ruiz LLP, 2020 - 2022',
          '- Helped paralegals assemble exhibits while finishing my paralegal certificate',
          'EDUCATION',
          'Paralegal Certificate, ABA-approved program — Metro Atlanta Technical College, May 2022',
        ),
        'Paralegal certificate from an ABA-approved paralegal education program',
      ),
    ).toBe(true);
  });

  it('holds a credential named in full and by its letters by either alone, where a credential is held', () => {
    const chhe =
      'Knowledge of professional housekeeping management standards, evidenced by a current Certified Hospitality Housekeeping Executive (CHHE) credential from AHLEI';
    expect(met(resumeOf('CERTIFICATIONS', 'CHHE', 'OSHA 10'), chhe)).toBe(true);
    expect(met(resumeOf('CERTIFICATIONS', 'Not yet CHHE; course booked for fall'), chhe)).toBe(false);
    expect(
      met(
        resumeOf(
          'EXPERIENCE',
          'Registered Behavior Technician, Bright Steps ABA, 2021 - Present',
          '- Implemented behavior intervention plans under BCBA supervision',
        ),
        'Board Certified Behavior Analyst (BCBA) certification required',
      ),
    ).toBe(false);
  });

  it('reads no denial in what is held (review of the slice)', () => {
    expect(met(resumeOf('LICENSES', 'Class A CDL - Restrictions: None'), 'Class A CDL')).toBe(true);
    expect(
      met(
        resumeOf('SUMMARY', 'Not only licensed as a journeyman electrician in Nevada, I also hold OSHA 30.'),
        'Licensed journeyman electrician',
      ),
    ).toBe(true);
    const osha = answer(
      resumeOf('SUMMARY', 'Have no OSHA recordables in 8 years as a forklift operator and OSHA 10 holder.'),
      job({ mustHaveSkills: ['OSHA 10'] }),
    )[0]!;
    expect(osha.met).toBe(true);
    expect(
      met(resumeOf('SUMMARY', 'I have no lapse in my Texas LVN license since 2012.'), 'Active Texas LVN license'),
    ).toBe(true);
  });
});

describe('answerRubric on credentials named together, one of another kind, and one lapsed (sets 29 and 30)', () => {
  it('meets credentials named together only with each held, whoever issued them', () => {
    const both =
      'Current American Heart Association BLS and ACLS certifications; both must be maintained throughout employment';
    expect(
      met(resumeOf('CERTIFICATIONS', 'Advanced Cardiovascular Life Support (ACLS)', 'Basic Life Support (BLS)'), both),
    ).toBe(true);
    expect(
      met(
        resumeOf(
          'CERTIFICATIONS',
          'Through 2026      BLS Provider, American Heart Association',
          'Lapsed 04/2024    ACLS (renewal class not yet scheduled)',
        ),
        both,
      ),
    ).toBe(false);
  });

  it('takes no credential of another kind for the one named in full and by its letters, nor its issuer for it', () => {
    const rrt = 'Registered Respiratory Therapist (RRT) credential from the National Board for Respiratory Care (NBRC)';
    expect(
      met(
        resumeOf(
          'EXPERIENCE',
          'Respiratory Therapist, Mercy Hospital, 2020 - Present',
          '- Adult ventilator management in the ICU alongside RRT staff',
          'CREDENTIALS',
          '2020 Certified Respiratory Therapist (CRT), NBRC',
        ),
        rrt,
      ),
    ).toBe(false);
    expect(met(resumeOf('CREDENTIALS', 'Registered Respiratory Therapist (RRT), NBRC, 2021'), rrt)).toBe(true);
    expect(
      met(
        resumeOf('LICENSES', 'U.S. Customs Broker License No. 31994, individual, issued by CBP 2011'),
        'Valid individual Customs Broker License of the U.S. Customs and Border Protection (CBP) is obligatory',
      ),
    ).toBe(true);
  });

  it('holds no credential that has lapsed or expired, or is to be won back', () => {
    expect(met(resumeOf('CERTIFICATIONS', 'CPR — expired 2020, will renew'), 'Current CPR card')).toBe(false);
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'ARRT Radiography (R), ID 644105, current through 03/2027', '– No CT certification'),
        'current ARRT post-primary certification in Computed Tomography (CT)',
      ),
    ).toBe(false);
    expect(
      met(resumeOf('CERTIFICATIONS', 'CPR/AED Adult & Child — American Red Cross, exp. 03/2026'), 'Current CPR card'),
    ).toBe(true);
    const aide = 'ACTIVE Pennsylvania Nurse Aide certification (in good standing on the PA Nurse Aide Registry)';
    expect(
      met(
        resumeOf(
          'SUMMARY',
          'Caring former nurse aide. I know I need to re-test before I can work as a CNA again, while I get my certification back.',
          'EXPERIENCE',
          'Orchard Crest Nursing & Rehab, Cooper Hill PA',
          'Nurse Aide',
          '2016 - 2019',
          'CERTIFICATIONS',
          'PA Nurse Aide — lapsed in 2021 (more than 24 months without working as an aide)',
        ),
        aide,
      ),
    ).toBe(false);
  });

  it('takes a U.S. citizen for a U.S. person as ITAR defines one', () => {
    expect(
      met(
        resumeOf('Wichita, KS', 'U.S. citizen'),
        'Must be a U.S. Person as defined by ITAR (U.S. citizen or permanent resident)',
      ),
    ).toBe(true);
  });
});

describe('answerRubric keeps what the rules of sets 29 and 30 would have taken with them (review of the slice)', () => {
  it('holds a credential named in full and by its letters wherever the candidate names it as theirs', () => {
    const rn = 'Registered Nurse (RN) license in Ohio';
    expect(met(resumeOf('SUMMARY', 'Ohio RN with 6 years of med-surg experience at Mercy.'), rn)).toBe(true);
    expect(met(resumeOf('SUMMARY', 'Promoted from LPN to RN in 2019 after passing the NCLEX.'), rn)).toBe(true);
    expect(
      met(
        resumeOf('EXPERIENCE', 'IT Audit Manager (CISA), KPMG, 2018 - Present'),
        'Certified Information Systems Auditor (CISA) certification',
      ),
    ).toBe(true);
    // (an issuer's name is none: "American Heart Association (AHA)")
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'BLS for Healthcare Providers, exp. 2027'),
        'American Heart Association (AHA) BLS certification',
      ),
    ).toBe(true);
  });

  it('reads a lapse only in its own item of a list, and not where it was renewed', () => {
    expect(
      met(resumeOf('CERTIFICATIONS', 'BLS (current, exp. 2027), ACLS (expired 2022)'), 'Current BLS certification'),
    ).toBe(true);
    expect(
      met(resumeOf('CERTIFICATIONS', 'ACLS - expired 2022, renewed March 2024'), 'Current ACLS certification'),
    ).toBe(true);
    expect(
      met(
        resumeOf('LICENSES', 'RN License, Ohio #RN.441903 - active through 2027', 'RN License, Kentucky - lapsed 2020'),
        'Active Ohio RN license',
      ),
    ).toBe(true);
    expect(
      met(
        resumeOf(
          'EXPERIENCE',
          'Pharmacy Tech, CVS, 2019 - 2024',
          '- Inventory: expired drug returns, controlled substance counts, DEA Form 222 orders',
        ),
        'Experience with controlled substance inventory and DEA ordering',
      ),
    ).toBe(true);
  });

  it("holds credentials named together as the candidate's own, and lists that offer a choice by any one", () => {
    expect(
      met(
        resumeOf('EXPERIENCE', 'Nurse Tech, 2020 - 2024', '- Worked alongside ACLS nurses', 'CERTIFICATIONS', 'BLS'),
        'BLS and ACLS certifications',
      ),
    ).toBe(false);
    expect(met(resumeOf('CERTIFICATIONS', 'CCNP Enterprise, 2022'), 'CCNA, CCNP certifications')).toBe(true);
  });

  it('takes no non-U.S. resident or agency for a U.S. person', () => {
    expect(met(resumeOf('Status: Permanent Resident of Canada'), 'Must be a U.S. person')).toBe(false);
    expect(
      met(
        resumeOf(
          'EXPERIENCE',
          'Paralegal, 2019 - 2024',
          '- Prepared filings with U.S. Citizenship and Immigration Services',
        ),
        'Must be a U.S. person',
      ),
    ).toBe(false);
    expect(met(resumeOf('Citizenship: U.S. citizen'), 'Must be a U.S. Person (ITAR)')).toBe(true);
  });
});

describe('answerRubric on a kind of thing asked with its examples (set 35)', () => {
  it('is met by the kind named or by any of its examples, and by nothing else', () => {
    const asked = 'instrument tracking system (e.g. SPM, Censis)';
    const holds = (line: string) => answer(resumeOf('EXPERIENCE', line), job({ mustHaveSkills: [asked] }))[0]!;
    expect(holds('- Assemble trays using count sheets in SPM')).toMatchObject({ met: true, requirement: asked });
    expect(holds('- Scanned every tray into the Censis tracking software').met).toBe(true);
    expect(holds('- Used the instrument tracking system for tray builds').met).toBe(true);
    expect(holds('- Decontaminated and packaged surgical trays').met).toBe(false);
    // (the review) an example that is a plain word in capitals, or one the vocabulary knows by
    // another name, is not met by the word: a store's square feet, a meeting, a job's title
    const pos = 'point-of-sale system (e.g. Square, Toast, Clover)';
    const sells = (line: string) => answer(resumeOf('EXPERIENCE', line), job({ mustHaveSkills: [pos] }))[0]!.met;
    expect(sells('- Managed a 9,000 square foot store')).toBe(false);
    expect(sells('- Rang up orders on Toast POS')).toBe(true);
    const scheduling = 'scheduling platform (e.g. Deputy, When I Work)';
    const schedules = (line: string) =>
      answer(resumeOf('EXPERIENCE', line), job({ mustHaveSkills: [scheduling] }))[0]!.met;
    expect(schedules('Deputy Manager, Costa Coffee')).toBe(false);
    expect(schedules('- Built the weekly rota in When I Work')).toBe(true);
  });
});

describe('answerRubric on a credential dated to end before the resume is read (set 35)', () => {
  it('holds no certification whose dates ended, and keeps one still held, renewed, or a course dated', () => {
    const crcst = 'Current certification as a Certified Registered Central Service Technician (CRCST) through HSPA';
    const listed = (...lines: string[]) => met(resumeOf('CERTIFICATIONS', ...lines), crcst);
    expect(listed('Certified Registered Central Service Technician (CRCST), HSPA - 2018-2022')).toBe(false);
    expect(listed('CRCST (HSPA), exp. 05/2023')).toBe(false);
    // still held: dated to come, to the present, or renewed
    expect(listed('Certified Registered Central Service Technician (CRCST), HSPA - 2018-2026')).toBe(true);
    expect(listed('CRCST (HSPA), 2018 - Present')).toBe(true);
    expect(listed('CRCST (HSPA), 2018-2022, renewed 2022')).toBe(true);
    // (one item's end is no other's: "BLS 2019-2021" ends no CRCST beside it)
    expect(listed('BLS (AHA) 2019-2021; CRCST (HSPA) 2020')).toBe(true);
    // a course's dates are the course's, and dates ended under another heading are a job's
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'AAPC CPC Online Preparation Course, 2020-2021', 'CPC, AAPC - passed 2021'),
        'Active CPC credential',
      ),
    ).toBe(true);
    expect(met(resumeOf('EXPERIENCE', 'RN, Mercy Hospital, 2015-2019'), 'Registered Nurse (RN)')).toBe(true);
    // (the review) another item's end is not this one's; a renewal history ends with its last date;
    // a licence's number and when a credential was won are no dates of validity; courses' dates
    // under a heading of training are the courses'
    const certs = (line: string, asked: string, heading = 'CERTIFICATIONS') => met(resumeOf(heading, line), asked);
    expect(certs('ACLS 2020-2022; BLS 2025-2027', 'Current BLS certification')).toBe(true);
    expect(certs('ACLS 2020-2022; BLS 2025-2027', 'Current ACLS certification')).toBe(false);
    expect(certs('BLS (AHA) 2019-2021 | RN | ACLS (AHA) 2024-2026', 'Current ACLS certification')).toBe(true);
    expect(certs('Certified Pharmacy Technician (CPhT), BLS (AHA) 2019-2021', 'Active CPhT certification')).toBe(true);
    expect(certs('CRCST (HSPA), BLS (AHA) 2019-2021', crcst)).toBe(true);
    expect(certs('BLS 2019-2021, 2021-2023, 2023-2025, 2025-2027', 'Current BLS certification')).toBe(true);
    expect(certs('PMP (PMI), Cert. No. 2017-2021-0419', 'PMP certification')).toBe(true);
    expect(certs('CPA, Illinois, earned 2014-2015', 'Active CPA license')).toBe(true);
    expect(certs('OSHA 30-Hour Construction card, 2018-2019', 'OSHA 30 card', 'TRAINING')).toBe(true);
    // (the second review) a heading of training that names certifications holds them; a line all
    // of whose credentials ended holds not what its heading names either
    expect(certs('BLS (AHA), 2019-2021', 'Current BLS certification', 'CERTIFICATIONS & TRAINING')).toBe(false);
    expect(certs('CRCST (HSPA) 2016-2020', crcst, 'PROFESSIONAL DEVELOPMENT & CERTIFICATIONS')).toBe(false);
    expect(certs('Cosmetology Operator License, Texas, 2015-2019', 'Active license required', 'LICENSES')).toBe(false);
    expect(certs('Cosmetology Operator License, Texas, 2015-2027', 'Active license required', 'LICENSES')).toBe(true);
  });
});

describe('answerRubric keeps what the credential rules would have taken with them (third review)', () => {
  it('reads a lapse with the credential it closes, in any form, and a renewal only of its own item', () => {
    expect(met(resumeOf('LICENSES', 'RN License, Kentucky — lapsed 2020'), 'Active RN license')).toBe(false);
    expect(met(resumeOf('CERTIFICATIONS', 'ACLS (Expired: 03/2022)'), 'Current ACLS certification')).toBe(false);
    expect(
      met(resumeOf('CERTIFICATIONS', 'ACLS (expired 2022); BLS (renewed 03/2025)'), 'Current ACLS certification'),
    ).toBe(false);
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'CompTIA Security+ (2023), CompTIA A+ (expired 2019)'),
        'CompTIA Security+ certification',
      ),
    ).toBe(true);
    expect(
      met(
        resumeOf(
          'CERTIFICATIONS',
          'Pennsylvania Nurse Aide — active on registry since 2021',
          'New Jersey Nurse Aide — expired 2020',
        ),
        'ACTIVE Pennsylvania Nurse Aide certification',
      ),
    ).toBe(true);
  });

  it('takes no letters of those the candidate worked with or for, and denies only the credential named', () => {
    expect(
      met(
        resumeOf('EXPERIENCE', 'Respiratory aide, 2021 - Present', '- Worked with RRTs on the vent unit'),
        'Registered Respiratory Therapist (RRT) credential',
      ),
    ).toBe(false);
    expect(
      met(
        resumeOf('SUMMARY', 'Compassionate nurse with RN license and 5 years in med-surg.'),
        'Registered Nurse (RN) license',
      ),
    ).toBe(true);
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'ARRT Radiography (R), ID 612947', 'No ARRT CT certification yet'),
        'ARRT certification in Radiography',
      ),
    ).toBe(true);
    expect(met(resumeOf('CERTIFICATIONS', 'BLS, 2025'), 'BLS plus ACLS certification')).toBe(false);
    expect(met(resumeOf('CERTIFICATIONS', 'BLS, 2025'), 'Current BLS and ACLS certifications (AHA preferred)')).toBe(
      false,
    );
  });

  it('reads no U.S. person in a denial of one, and no record of offences as a thing not held', () => {
    expect(
      met(resumeOf('Status: not a U.S. citizen or permanent resident'), 'Must be a U.S. Person as defined by ITAR'),
    ).toBe(false);
    expect(met(resumeOf('Non-U.S. citizen'), 'Must be a U.S. Person as defined by ITAR')).toBe(false);
    expect(met(resumeOf('Criminal record: none'), 'No criminal record')).toBe(true);
  });
});

describe('answerRubric on a Europass CV and letters named twice (sets 31 and 32)', () => {
  it("counts a Europass entry's years in the field its title under the dates names", () => {
    const text = resumeOf(
      'WORK EXPERIENCE',
      '',
      ...EUROPASS_ENTRY,
      '  - Streaming replication, Barman backups and query tuning',
      '',
      'Dates (from–to)           01/2019 – 02/2021',
      'Name of employer          Datanova S.A., Córdoba, Argentina',
      'Occupation or position    Database Administrator',
      'Main activities and responsibilities',
      '  - Upgrades and daily operation of PostgreSQL',
    );
    const item = 'At least 5 years as a DBA supporting production systems';
    const m = answer(text, job({ minYearsExperience: 5, experienceItems: [{ text: item, minYears: 5 }] })).find(
      (r) => r.kind === 'EXPERIENCE',
    )!;
    // (both jobs whole, not half of a job naming it in passing)
    expect(m).toMatchObject({ met: true, fieldYears: { years: 6.5 } });
  });

  it('meets a thing named with the noun of doing it by the thing done: "custom thermoplastic orthosis fabrication"', () => {
    const asked = job({ mustHaveSkills: ['custom thermoplastic orthosis fabrication'] });
    const held = (line: string) => answer(resumeOf('Experience', line), asked)[0]!.met;
    expect(held('- Mold custom orthoses from low-temperature thermoplastic every day')).toBe(true);
    // (the thing itself is still asked whole: two of its three words are not it)
    expect(held('- Fit prefabricated orthoses; no custom work')).toBe(false);
    expect(held('- Custom thermoplastic splints')).toBe(false);
  });

  it('counts years in agricultural work at an employer that writes it "Ag" (set 33)', () => {
    const text = resumeOf('Experience', 'Service Technician | Buffalo County Ag Repair | Oct 2021 – Present');
    const item = 'At least 3 years of experience repairing agricultural or heavy equipment';
    const m = answer(text, job({ minYearsExperience: 3, experienceItems: [{ text: item, minYears: 3 }] })).find(
      (r) => r.kind === 'EXPERIENCE',
    )!;
    expect(m.met).toBe(true);
  });

  it('meets a credential named by two sets of letters by either: "an LSIT (SIT)"', () => {
    const asked = 'They have to be an LSIT (SIT) at minimum, or a licensed PLS';
    expect(met(resumeOf('Tasha Merriweather, LSIT', 'Land Surveyor in Training, Oregon'), asked)).toBe(true);
    expect(met(resumeOf('Party chief, 8 seasons', 'Topcon robotic total station'), asked)).toBe(false);
    // (a credential and its issuer in brackets are not one name: "CCS (AHIMA)", "TWIC (TSA)")
    expect(met(resumeOf('AHIMA member since 2019'), 'Must hold a CCS (AHIMA) or CPC (AAPC) certification')).toBe(false);
    expect(met(resumeOf('TSA background check cleared'), 'Must have a TWIC (TSA) card')).toBe(false);
    // (letters of two alone tell nothing: "payroll or HR")
    expect(met(resumeOf('HR assistant, 2019 - 2022'), 'Payroll or HR certification')).toBe(false);
  });

  it('reads an education item named by its letters at their level: "MHA or MBA" is no bachelor\'s (set 37)', () => {
    const asked = job({ education: ['MHA or MBA (preferred)'] });
    const held = (line: string) => answer(resumeOf('EDUCATION', line), asked)[0]!.met;
    expect(held('B.S. Health Care Administration - Susquehanna Plains College, 2016')).toBe(false);
    expect(held('MBA - Keystone Valley University, 2012')).toBe(true);
    expect(held('Master of Health Administration - Keystone Valley University, 2010')).toBe(true);
  });

  it('reads "exp" as experience, no word of the thing asked: "survey exp" (set 37)', () => {
    const asked = job({ mustHaveSkills: ['survey exp'] });
    const text = resumeOf('Experience', '- Led the building through the 2023 annual survey with no deficiencies');
    expect(answer(text, asked)[0]!.met).toBe(true);
  });

  it('reads what a parenthesis offers for a credential, and a hyphen left open, as no choice of the whole (set 38)', () => {
    const asked = 'Current journeyman sheet metal card (state- or city-issued license, or SMART journeyperson status)';
    // the card, or the licence, or the status the parenthesis offers
    expect(met(resumeOf('LICENSE', 'Journeyman Sheet Metal License, City of Fort Calder - active'), asked)).toBe(true);
    expect(met(resumeOf('SMART Local 319', 'Union card - journeyperson status since June 2019'), asked)).toBe(true);
    // not the trade's words beside the state a cut "state-" left alone
    const polish = resumeOf(
      'Summary',
      'I am working in sheet metal since 2009, first in Poland and from 2017 in USA. In USA I do not have yet the journeyman card – my Polish journeyman certificate is not accepted by the city, so I am registered for the journeyman examination in 03.2027.',
    );
    expect(met(polish, asked)).toBe(false);
  });

  it('reads a credential denied after a few words of place or a certificate not recognized as not held (set 38)', () => {
    const asked = 'Current journeyman card';
    expect(
      met(resumeOf('Summary', 'Sheet metal since 2009.', 'In USA I do not have yet the journeyman card.'), asked),
    ).toBe(false);
    expect(met(resumeOf('Certificates', 'My Polish journeyman card is not recognized in the USA'), asked)).toBe(false);
    expect(met(resumeOf('Certificates', 'I am registered for the journeyman card examination in 03.2027'), asked)).toBe(
      false,
    );
    // (a card held is held)
    expect(met(resumeOf('Certificates', 'Journeyman card no. 319-04472, current'), asked)).toBe(true);
  });

  it('reads experience said not had, after a "so", as not held: "so with Snowflake I have until now no practical experience" (set 38)', () => {
    const asked = job({ mustHaveSkills: ['Snowflake', 'BigQuery'] });
    const text = resumeOf(
      'Summary',
      'Our warehouse is Google BigQuery, so with Snowflake I have until now no practical experience, but the concepts are for me familiar.',
    );
    expect(answer(text, asked).map((m) => m.met)).toEqual([false, true]);
  });

  it('counts years of a field named by its clipped word: "heart caths" for "cardiac catheterization lab" (set 37)', () => {
    const text = resumeOf(
      'Experience',
      'Invasive Cardiovascular Technologist - Prairie Lakes Hospital, Oakridge Falls, IA',
      'September 2022 - Present',
      '- Left and right heart caths, coronary angiograms, balloon/stent interventions',
    );
    const item = 'At least 1 year of cardiac catheterization lab experience';
    const m = answer(text, job({ minYearsExperience: 1, experienceItems: [{ text: item, minYears: 1 }] })).find(
      (r) => r.kind === 'EXPERIENCE',
    )!;
    expect(m.met).toBe(true);
    expect(m.fieldYears!.years).toBeGreaterThan(1);
  });

  it('keeps what the review of the slice found the rules took too far', () => {
    // letters that are not all a degree's leave any degree enough
    const edu = (asked: string, line: string) =>
      answer(resumeOf('EDUCATION', line), job({ education: [asked] }))[0]!.met;
    expect(edu('BS/MS in Computer Science or related field', 'B.S. Computer Science, 2016')).toBe(true);
    expect(edu('MBA or CPA (preferred)', 'BBA Accounting, 2012; CPA (Ohio)')).toBe(true);
    // an alternative is offered without its parenthesis too
    expect(
      met(
        resumeOf('Certifications', 'Reach truck certified, 2023'),
        'Forklift or reach truck certification (sit-down or stand-up)',
      ),
    ).toBe(true);
    // what a parenthesis offers is no alternative of the whole: "sheet metal" and "State" are no card
    expect(
      met(
        resumeOf('Experience', 'Sheet metal installer for the State of Indiana DOT, 2018 - 2024'),
        'Current journeyman sheet metal card (state- or city-issued license, or SMART journeyperson status)',
      ),
    ).toBe(false);
    // a denial is of what it names, in its own clause
    expect(
      met(
        resumeOf('Summary', "Over the years I don't have any license suspensions, CDL Class A since 2010"),
        'Class A CDL',
      ),
    ).toBe(true);
    const epic = job({ mustHaveSkills: ['Epic'] });
    expect(
      answer(resumeOf('Summary', 'At my last job I have no experience with Cerner, only Epic for 6 years'), epic)[0]!
        .met,
    ).toBe(true);
  });

  it('keeps what the second review of the slice found: a status in its own field, a denial in its own clause', () => {
    // a status after a credential, in a field of its own, is the credential's
    expect(met(resumeOf('Certifications', 'CompTIA Security+ | In progress'), 'CompTIA Security+ certification')).toBe(
      false,
    );
    expect(
      met(resumeOf('Certifications', 'Registered for the PTCB exam (CPhT), August 2025'), 'Active CPhT certification'),
    ).toBe(false);
    // a clause joined by "but" denies its own credential, not the other
    const bls = resumeOf('Certifications', 'No BLS certification, but ACLS certified');
    expect(met(bls, 'BLS certification')).toBe(false);
    expect(met(bls, 'ACLS certification')).toBe(true);
    // suspensions are no licence; a licence not valid is none
    expect(
      met(resumeOf('Summary', "I don't have any license suspensions, CDL Class A since 2010"), 'Class A CDL'),
    ).toBe(true);
    expect(met(resumeOf('Summary', "My driver's license is not valid right now"), "Valid driver's license")).toBe(
      false,
    );
    // a parenthesis that names whose credential it is stays asked
    expect(met(resumeOf('Certifications', 'BLS - American Red Cross'), 'BLS (AHA) or ACLS certification')).toBe(false);
    // a degree named by its letters beside others is that degree; "BA or BS" two of them
    const edu = (asked: string, line: string) =>
      answer(resumeOf('EDUCATION', line), job({ education: [asked] }))[0]!.met;
    expect(edu('BSN, RN', 'ADN - Lakeview Community College, 2019')).toBe(false);
    expect(edu('MSN (FNP)', 'BSN - Ohio State University, 2015')).toBe(false);
    expect(edu('BA or BS', 'AA - City College, 2010')).toBe(false);
    expect(edu('BA or BS', 'B.A. English - City College, 2010')).toBe(true);
  });

  it('reads sets 39 and 40: a job titled by a narrower skill names the field, a credential marked expired is none', () => {
    // "Registered Nurse" and "RN" name nursing, as "Staff Nurse" does
    const years = (title: string) =>
      answer(
        resumeOf('EXPERIENCE', `2024-Present   ${title}, Harbor Crest Medical Center`),
        job({ experienceItems: [{ text: 'At least 3 years of clinical nursing experience', minYears: 3 }] }),
      )[0]!.fieldYears?.how;
    expect(years('Registered Nurse')).toMatch(/^[\d.]+ years in 1 job that names the field/);
    expect(years('RN')).toMatch(/^[\d.]+ years in 1 job that names the field/);
    expect(years('Cashier')).toMatch(/^the field is not named/);
    // a credential marked expired, a comma after the mark: that credential only
    const table = resumeOf(
      'CERTIFICATIONS',
      'Neonatal Resuscitation Program (AAP)            09/2024      09/2026 - EXPIRED, renewal class booked for 01/2027',
    );
    expect(met(table, 'NRP (Neonatal Resuscitation Program) certification')).toBe(false);
    const pair = resumeOf('CERTIFICATIONS', 'OSHA 30 - expired, Forklift certification current through 2027');
    expect(met(pair, 'OSHA 30 card')).toBe(false);
    expect(met(pair, 'Forklift certification')).toBe(true);
    // renewed since, it is held
    expect(met(resumeOf('CERTIFICATIONS', 'NRP - expired, renewed March 2026'), 'NRP certification')).toBe(true);
  });

  it('reads every lapse of a line, each its own credential, and "expired" after a credential among credentials', () => {
    const two = resumeOf('CERTIFICATIONS', 'ACLS - expired, PALS - expired, BLS current');
    expect(met(two, 'ACLS certification')).toBe(false);
    expect(met(two, 'PALS certification')).toBe(false);
    expect(met(two, 'BLS certification')).toBe(true);
    // the credential before a lapsed one that ends the line is held
    const last = resumeOf('CERTIFICATIONS', 'BLS current, ACLS - expired');
    expect(met(last, 'BLS certification')).toBe(true);
    expect(met(last, 'ACLS certification')).toBe(false);
    // "expired" right after a credential's letters, among credentials
    const bare = resumeOf('CERTIFICATIONS', 'CPR expired, BLS current');
    expect(met(bare, 'CPR certification')).toBe(false);
    expect(met(bare, 'BLS certification')).toBe(true);
    expect(met(resumeOf('Certifications: CPR expired 2021, BLS current'), 'CPR certification')).toBe(false);
    // a renewal after the second mark is the second's
    const renewed = resumeOf('CERTIFICATIONS', 'ACLS - expired, PALS - expired, renewed March 2026');
    expect(met(renewed, 'ACLS certification')).toBe(false);
    expect(met(renewed, 'PALS certification')).toBe(true);
    // a licence with its state between it and the mark still lapsed; a duty's words are none
    expect(met(resumeOf('LICENSES', 'RN License, Kentucky — lapsed 2020'), 'RN license')).toBe(false);
    expect(
      skillMet(
        resumeOf(
          'EXPERIENCE',
          'Stock Lead, Fresh Mart',
          '2020 - Present',
          '- Pulled PPE expired, damaged or recalled stock',
        ),
        'PPE',
      ),
    ).toBe(true);
  });

  it('holds a name spelled out by its initials alone, and reads the parts of a credential as its own', () => {
    const bst =
      'Current GWO Basic Safety Training, all four modules (Working at Heights, First Aid, Manual Handling, Fire Awareness), valid on your start date';
    expect(met(resumeOf('CERTIFICATIONS', 'GWO BST', 'GWO BTT', 'NFPA 70E'), bst)).toBe(true);
    expect(met(resumeOf('CERTIFICATIONS', 'GWO BTT', 'NFPA 70E'), bst)).toBe(false);
    expect(met(resumeOf('LICENSES', 'HRWL Forklift (LF) - current'), 'A current High Risk Work Licence')).toBe(true);
    // not as whose credential the work was done under, nor a role by its letters
    expect(
      met(
        resumeOf(
          'EXPERIENCE',
          'Clinical Fellow, Lakeside Schools',
          '2025 - Present',
          '- Supervised by a CCC audiologist',
        ),
        'Current Certificate of Clinical Competence',
      ),
    ).toBe(false);
    expect(
      met(
        resumeOf('EXPERIENCE', 'Department Supervisor, Big Box Co', '2023 - Present', '- Help the ASM with schedules'),
        'At least 1 year as an Assistant Store Manager',
      ),
    ).toBe(false);
  });

  it('reads a mark that opens its item as lapsing the item before, and "not yet renewed" as no renewal', () => {
    const text = resumeOf('CERTIFICATIONS', '- GWO BST - completed March 2023; expired March 2025, not yet renewed');
    expect(met(text, 'GWO BST certification')).toBe(false);
    expect(
      met(
        resumeOf('LICENSES', 'Texas All Lines Adjuster License — expired September 2026 (not renewed)'),
        'A current adjuster license',
      ),
    ).toBe(false);
    expect(
      met(
        resumeOf('LICENSES', 'Texas All Lines Adjuster License — expired 2022, renewed 2024'),
        'A current adjuster license',
      ),
    ).toBe(true);
  });

  it('reads whom else the employer will consider as no part of the demand', () => {
    const demand = 'CISA required; candidates who will obtain CISA within 12 months of hire will be considered';
    expect(met(resumeOf('Marcus Ellery, CISA', 'CERTIFICATIONS', 'CISA (ISACA), 2025'), demand)).toBe(true);
    expect(met(resumeOf('CERTIFICATIONS', 'CompTIA Security+'), demand)).toBe(false);
  });

  it("keeps what the review of this slice found: denials, issuers, products, others' letters", () => {
    // "never lapsed", "not expired" deny the lapse
    expect(met(resumeOf('CERTIFICATIONS', 'BLS (AHA) - active, never lapsed'), 'Current BLS certification')).toBe(true);
    expect(met(resumeOf('CERTIFICATIONS', 'ACLS current (not expired)'), 'ACLS certification')).toBe(true);
    // a licence's issuer named between it and the mark is no credential of its own
    expect(met(resumeOf('LICENSES', 'RN License, Ohio Board of Nursing - lapsed 2020'), 'RN license')).toBe(false);
    // the product a count of modules is of is asked
    expect(
      met(
        resumeOf('EXPERIENCE', 'ERP Analyst, Acme', '2020 - Present', '- Hands-on configuration of Oracle EBS'),
        'Hands-on configuration of two SAP modules (FI, CO)',
      ),
    ).toBe(false);
    // initials of another's credential or role are not the candidate's
    const rbt = resumeOf(
      'EXPERIENCE',
      'RBT, Bright Steps',
      '2022 - Present',
      '- Implemented BCBA-designed behavior plans',
    );
    expect(met(rbt, 'Current certification as a Board Certified Behavior Analyst')).toBe(false);
    const ma = resumeOf(
      'EXPERIENCE',
      'Medical Assistant, Clinic',
      '2020 - Present',
      '- Relay orders from the FNP on duty',
    );
    expect(met(ma, '2 years of experience as a Family Nurse Practitioner')).toBe(false);
    // "on" asks nothing only before a hire's date: "start-up teams" is asked
    expect(
      met(
        resumeOf('EXPERIENCE', 'Engineer, Acme', '2020 - Present', '- Worked on teams'),
        'Experience working on start-up teams',
      ),
    ).toBe(false);
    // a demand in title case of many words costs no more than its length
    const long = 'Foo Bar '.repeat(1250);
    const started = performance.now();
    met(resumeOf('SKILLS', 'FB FBF'), long);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads a credential by its letters at its grade, a level held at it or above', () => {
    const fa = (...lines: string[]) => resumeOf('CERTIFICATIONS', ...lines);
    const demand = 'NICET Level II in Fire Alarm Systems is required';
    expect(met(fa('NICET Level I - Fire Alarm Systems 2021'), demand)).toBe(false);
    expect(met(fa('NICET Level II - Fire Alarm Systems 2022'), demand)).toBe(true);
    expect(met(fa('NICET Level III - Fire Alarm Systems 2023'), demand)).toBe(true);
    expect(met(fa('NICET III, Fire Alarm Systems'), 'NICET Level II Fire Alarm (Required)')).toBe(true);
    // a level still to come is none
    expect(
      met(
        fa('NICET Level I - Fire Alarm Systems 2021', 'NICET Level II - Fire Alarm Systems, exam scheduled Feb 2027'),
        demand,
      ),
    ).toBe(false);
  });

  it('reads "hands-on" as how a skill is held, no word of it', () => {
    const closer = resumeOf(
      'EXPERIENCE',
      'Closer, Upstate Mortgage',
      '2019 - Present',
      '- Prepared closing disclosures in Encompass',
    );
    expect(skillMet(closer, 'Hands-on preparation of Closing Disclosures')).toBe(true);
  });

  it('keeps what the second review of this slice found', () => {
    // an abbreviation after "of" or "with" holds a name that is no credential
    const pacu = resumeOf('EXPERIENCE', 'Staff Nurse, Mercy', '2019 - Present', '- 6 years of PACU experience');
    expect(met(pacu, 'Experience in a Post Anesthesia Care Unit')).toBe(true);
    // a credential named after its holder's role is held by its letters
    expect(met(resumeOf('CERTIFICATIONS', 'FNP-BC, ANCC'), 'Current Family Nurse Practitioner certification')).toBe(
      true,
    );
    // "-certified" is the candidate's own
    const wind = resumeOf('SUMMARY', 'BST-certified wind technician with GWO courses current');
    expect(met(wind, 'Current GWO Basic Safety Training certificate')).toBe(true);
    // a credential in words before a lapsed one is held; a credential in words before a bare mark lapses
    expect(met(resumeOf('CERTIFICATIONS', 'BLS current, First Aid - expired 2021'), 'BLS certification')).toBe(true);
    expect(met(resumeOf('CERTIFICATIONS', 'First Aid expired 2021'), 'First Aid certification')).toBe(false);
    // an issuer in letters is no credential of its own
    expect(met(resumeOf('LICENSES', 'RN License, BRN - lapsed 2020'), 'RN license')).toBe(false);
    // the parts of a credential counted are no word of the demand
    expect(
      met(resumeOf('LICENSES', 'CPA, Ohio, 2019'), 'CPA license, all four sections (AUD, BEC, FAR, REG) passed'),
    ).toBe(true);
    // a hire's date asks nothing, however said
    expect(met(resumeOf('CERTIFICATIONS', 'BLS (AHA)'), 'BLS certification valid on start date')).toBe(true);
    // a grade after letters only in capitals: "of 5" is none
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'NICET Level I - Fire Alarm Systems, led crew of 5'),
        'NICET Level II in Fire Alarm Systems is required',
      ),
    ).toBe(false);
    // a name in a long demand in title case is still read
    const gwo = resumeOf('CERTIFICATIONS', 'GWO BST');
    expect(
      met(
        gwo,
        'Must Hold Current Basic Safety Training Certificate From Global Wind Organisation Or Equivalent Body Today',
      ),
    ).toBe(true);
  });

  it('keeps what the review of the slice found: what lapsed is its own item, a narrower skill names a field as a title', () => {
    // the credential before the lapsed one, and the one after it, are held
    const three = resumeOf('CERTIFICATIONS', 'Forklift certification current, OSHA 30 - expired, renewal class booked');
    expect(met(three, 'Forklift certification')).toBe(true);
    expect(met(three, 'OSHA 30 card')).toBe(false);
    expect(met(resumeOf('CERTIFICATIONS', 'ACLS (AHA) - expired, BLS (AHA) - current'), 'BLS certification')).toBe(
      true,
    );
    expect(met(resumeOf('CERTIFICATIONS', 'ACLS (expired 2022), BLS current through 2027'), 'BLS certification')).toBe(
      true,
    );
    // a duty's words are no lapsed credential
    expect(
      skillMet(
        resumeOf(
          'EXPERIENCE',
          'Stock Lead, Fresh Mart',
          '2020 - Present',
          '- Inventory management: expired, short-dated and damaged goods',
        ),
        'Inventory Management',
      ),
    ).toBe(true);
    expect(
      met(
        resumeOf(
          'EXPERIENCE',
          'Pharmacy Technician, CVS',
          '2020 - Present',
          '- PTCB-certified technician: managed inventory of damaged, expired, and returned drugs',
        ),
        'PTCB certification',
      ),
    ).toBe(true);
    // a narrower skill names the field as the job's title, not in what the job did, and only one
    // of its kind by name ("OSHA Safety Trainer" did no compliance work in banking)
    const trainer = answer(
      resumeOf('EXPERIENCE', 'OSHA Safety Trainer, Acme', '2020 - Present'),
      job({ experienceItems: [{ text: '3 years of regulatory compliance experience in banking', minYears: 3 }] }),
    )[0]!;
    expect(trainer.fieldYears?.years).toBe(0);
    const osha = answer(
      resumeOf('EXPERIENCE', 'Distribution Center Supervisor, Amazon', '2020 - Present', '- Enforced OSHA standards'),
      job({ experienceItems: [{ text: '3 years of regulatory compliance experience in banking', minYears: 3 }] }),
    )[0]!;
    expect(osha.fieldYears?.years).toBe(0);
  });
});

describe('answerRubric on a product named after its maker (local-v32)', () => {
  it('is held by the product’s own name where that name is no common word, as the maker writes it', () => {
    const tech = (line: string) => resumeOf('EXPERIENCE', 'BAS Technician, Midwest Controls', '2022 - Present', line);
    expect(skillMet(tech('- Programmed JCI Metasys FEC controllers'), 'Johnson Controls Metasys')).toBe(true);
    expect(skillMet(tech('- Graphics and trends in WebCTRL 8'), 'Automated Logic WebCTRL')).toBe(true);
    expect(skillMet(tech('- Programmed Niagara stations'), 'Johnson Controls Metasys')).toBe(false);
    // a product's name that is a word is held only as written: "Checkpoint", not "vehicle checkpoints"
    const tax = (line: string) => resumeOf('EXPERIENCE', 'Tax Senior, Reed CPAs', '2021 - Present', line);
    expect(skillMet(tax('- Researched §199A questions in Checkpoint'), 'Thomson Reuters Checkpoint')).toBe(true);
    expect(skillMet(tax('- Ran vehicle checkpoints as an MP'), 'Thomson Reuters Checkpoint')).toBe(false);
    // not a word of common English or of the taxonomy ("Cardiovascular"), not a role held by a
    // credential ("NALA Certified Paralegal"), not letters ("Veeva Vault CTMS")
    expect(skillMet(tax('- Cardiovascular unit clerk'), 'Philips IntelliSpace Cardiovascular')).toBe(false);
    expect(skillMet(tax('- Paralegal, Reed & Moss LLP'), 'NALA Certified Paralegal')).toBe(false);
    expect(skillMet(tax('- Entered visits in the CTMS'), 'Veeva Vault CTMS')).toBe(false);
  });
});

describe('answerRubric on cards, courses and exams (set 43)', () => {
  it('holds OSHA 10 by OSHA 30, and a course by what it is a course in', () => {
    const cards = resumeOf('CERTS', '- RF Safety Awareness, OSHA 30, First Aid/CPR/AED (2026)');
    expect(skillMet(cards, 'OSHA 10')).toBe(true);
    expect(skillMet(cards, 'RF Safety Awareness training')).toBe(true);
    // (not the other way round, and not a course in one word)
    expect(skillMet(resumeOf('CERTS', '- OSHA 10 (2024)'), 'OSHA 30')).toBe(false);
    expect(skillMet(resumeOf('SKILLS', 'Safety first'), 'Safety training')).toBe(false);
  });

  it('reads two letters before their issuer’s as a credential, and an exam one is registered for as not held', () => {
    const ht = resumeOf('Education and credentials:', '- B.S. Chemistry, 2021', '- HT(ASCP), passed November 2024');
    expect(met(ht, 'HTL(ASCP) or HT(ASCP) certification')).toBe(true);
    const sitting = resumeOf(
      'SUMMARY',
      "What's next: I'm registered to sit for the HT(ASCP) exam in March 2027, and once I pass I'll upgrade my license.",
    );
    expect(met(sitting, 'HTL(ASCP) or HT(ASCP) certification')).toBe(false);
  });

  it('asks nothing of what a demand says will not be accepted', () => {
    const asked =
      'Histology technologist license; trainee or provisional licenses from any other state will not be accepted';
    expect(met(resumeOf('LICENSES', 'Histology technologist license (Florida), active'), asked)).toBe(true);
    expect(met(resumeOf('SUMMARY', 'I hold a provisional trainee license from another state.'), asked)).toBe(false);
  });
});

describe('answerRubric on a degree one was finishing once (set 44)', () => {
  it('holds a degree finished, told in the past tense', () => {
    const asked = "Bachelor's degree in Communications or a related field";
    const past = resumeOf(
      'I came into hospitality in 2015, while I was finishing my communications degree at Ohio Heartland University (B.A., 2016).',
    );
    expect(answer(past, job({ education: [asked] }))[0]!.met).toBe(true);
    const now = resumeOf("I'm finishing my communications degree at Ohio Heartland University (B.A. expected 2027).");
    expect(answer(now, job({ education: [asked] }))[0]!.met).toBe(false);
  });
});

describe('answerRubric on years said of work still being done (set 44)', () => {
  it('counts "I have been finishing concrete for 10 years, all commercial" toward its field', () => {
    const item = { text: 'At least 3 years finishing on commercial jobs', minYears: 3 };
    const said = (line: string) =>
      answer(resumeOf(line), job({ experienceItems: [item] })).find((m) => m.kind === 'EXPERIENCE')!.fieldYears?.years;
    expect(said('I have been finishing concrete for 10 years, all commercial except my first summer.')).toBe(10);
    // (years of other work, or of the field's words apart, are not)
    expect(said('I have been driving trucks for 10 years, mostly commercial routes.')).toBe(0);
  });
});

describe('answerRubric on a rank named only in what the employer says of itself (set 44)', () => {
  it('asks no rank of "(we are not able to sponsor an apprentice for this position)"', () => {
    const held = resumeOf(
      'Licenses and credentials: Ohio Funeral Director License (2015); Ohio Embalmer License (2015); CFSP (2022).',
    );
    expect(
      met(
        held,
        'Current Ohio Funeral Director AND Embalmer licenses, active and in good standing (we are not able to sponsor an apprentice for this position)',
      ),
    ).toBe(true);
  });
});

describe('answerRubric keeps what the review of the set 43 rules found (local-v32)', () => {
  const tech = (...lines: string[]) => resumeOf('EXPERIENCE', 'Technician, Acme', '2019 - Present', ...lines);

  it('holds a product by its own name only after a maker’s, as the maker writes it', () => {
    // a kind or a place is no maker: "Home Hemodialysis", "Texas Cosmetology"
    expect(skillMet(tech('- In-center Hemodialysis for 12 patients per shift'), 'Home Hemodialysis')).toBe(false);
    expect(skillMet(resumeOf('LICENSES', 'Cosmetology license, Florida'), 'Texas Cosmetology')).toBe(false);
    // a line's first word, an employer's or a place's name is not the product
    expect(skillMet(tech('- Onboarding of 50 new hires a month in BambooHR'), 'Workday Onboarding')).toBe(false);
    expect(skillMet(tech('Accounts Payable Clerk, Lawson Products'), 'Infor Lawson')).toBe(false);
    expect(skillMet(tech('Lab Technician, ProMedica, Toledo, OH'), 'Mettler Toledo')).toBe(false);
    // …but a line that opens with it as a thing used is
    expect(skillMet(tech('- Metasys BMS administrator for the plant'), 'Johnson Controls Metasys')).toBe(true);
    expect(skillMet(resumeOf('SKILLS', 'Metasys - Niagara 4 / JACE'), 'Johnson Controls Metasys')).toBe(true);
  });

  it('drops a course’s noun only for its name as written, and not where a number tells the course', () => {
    const cards = resumeOf('CERTIFICATIONS', 'HAZWOPER 24-Hour (2024)');
    expect(skillMet(cards, '40 Hour HAZWOPER Training')).toBe(false);
    expect(skillMet(tech('- Training and management of 6 cashiers'), 'Management Training Program')).toBe(false);
  });

  it('reads two letters with their own issuer, and no state in brackets as one', () => {
    const rrt = resumeOf(
      'CERTIFICATIONS',
      'Registered Respiratory Therapist (RRT), NBRC, 2019',
      'EXPERIENCE',
      'RT, Mercy Hospital',
      '2019 - Present',
    );
    expect(met(rrt, 'RT(R) (ARRT) certification')).toBe(false);
    expect(met(resumeOf('LICENSES', 'Licensed Physical Therapist, California Board, 2019'), 'PT (CA) license')).toBe(
      true,
    );
  });

  it('keeps a credential held beside an exam registered for', () => {
    expect(
      met(
        resumeOf('CERTIFICATIONS', 'HT(ASCP) since 2021; registered to sit for the HTL(ASCP) exam in 2026'),
        'HT(ASCP) certification',
      ),
    ).toBe(true);
  });

  it('keeps the demand a clause of what will not do states, and the names it refuses', () => {
    const cdl = resumeOf('LICENSES', '- Class A CDL, dry van OTR');
    expect(met(cdl, 'Class A CDL; drivers without a tanker endorsement will not be considered')).toBe(false);
    const rn = resumeOf('LICENSES', 'Registered Nurse, Ohio, active');
    expect(met(rn, 'Active nursing license; LPN or CNA certifications will not be accepted')).toBe(true);
    const ba = resumeOf('EDUCATION', 'B.A. Economics, 2018');
    expect(met(ba, 'M.B.A. from an accredited school and online degrees will not be accepted')).toBe(false);
  });
});

describe('answerRubric: review of set 44', () => {
  it('keeps a rank the employer will also consider', () => {
    const held = resumeOf('LICENSES', 'Texas Apprentice Electrician License #12345 (2021), 4th-year apprentice');
    expect(
      met(
        held,
        'Texas Journeyman Electrician license; candidates with a 4th-year apprentice license will also be considered',
      ),
    ).toBe(true);
  });
  it('counts no years said of other work, or of study, toward a field', () => {
    const item = { text: 'At least 3 years finishing on commercial jobs', minYears: 3 };
    const said = (line: string) =>
      answer(resumeOf(line), job({ experienceItems: [item] })).find((m) => m.kind === 'EXPERIENCE')!.fieldYears?.years;
    expect(
      said('I have been working in retail for 10 years, but I want to move into commercial concrete finishing.'),
    ).toBe(0);
    const nursing = { text: 'At least 2 years of nursing experience', minYears: 2 };
    expect(
      answer(
        resumeOf('I have been studying nursing for 3 years at Ohio State.'),
        job({ experienceItems: [nursing] }),
      ).find((m) => m.kind === 'EXPERIENCE')!.met,
    ).toBe(false);
  });
  it('holds no degree one was completing when one stopped', () => {
    const asked = "Bachelor's degree in Nursing";
    const stopped = resumeOf(
      "I was completing my bachelor's degree in nursing at Kent State in spring 2020 when COVID closed clinicals; I plan to return.",
    );
    expect(answer(stopped, job({ education: [asked] }))[0]!.met).toBe(false);
  });
});

describe('answerRubric: sets 45 and 46', () => {
  it('offers each of credentials listed by their letters after a dash, "and/or" among them', () => {
    const asked =
      'Current RID national certification – NIC, CI and/or CT, or CDI (member in good standing, CEUs current)';
    expect(met(resumeOf('CREDENTIALS', '2014   RID National Interpreter Certification (NIC)'), asked)).toBe(true);
    expect(met(resumeOf('CREDENTIALS', 'Illinois Provisional license, RID member'), asked)).toBe(false);
  });
  it('meets no alternative of where a credential is held with another credential of its kind', () => {
    const asked = 'Current, unrestricted Registered Nurse license in Tennessee or multistate compact license';
    expect(met(resumeOf('Licensed Practical Nurse, Tennessee (multistate) #LPN-77120, exp. 2027'), asked)).toBe(false);
    expect(met(resumeOf('Registered Nurse, Georgia (multistate compact), exp. 2027'), asked)).toBe(true);
  });
  it('holds an example named as written where the vocabulary knows its letters as another thing', () => {
    const asked = 'dealer management system (e.g. CDK, Reynolds & Reynolds, Dealertrack)';
    expect(skillMet(resumeOf('Write parts tickets in CDK Drive and charge them to repair orders.'), asked)).toBe(true);
  });
  it('holds no credential listed with "not yet certified" after a dash, but one of its kind it does not name', () => {
    const asked = 'Current AALAS certification at the ALAT level or higher';
    const notYet = resumeOf(
      'TRAINING & CERTIFICATION',
      '- AALAS Learning Library: Rodent Husbandry, Aseptic Technique - completed',
      '- AALAS ALAT - not yet certified; planning to sit the exam in spring 2027',
    );
    expect(met(notYet, asked)).toBe(false);
    const held = resumeOf(
      'TRAINING & CERTIFICATION',
      '- AALAS ALAT - certified 2024',
      '- AALAS LAT - not yet certified; planning to sit the exam in spring 2027',
    );
    expect(met(held, asked)).toBe(true);
  });
});

describe('answerRubric: courses asked by their codes (set 45)', () => {
  it('asks each course by its letters and number, held as written or in a list of numbers', () => {
    const asked = 'Training: Completion of FEMA IS-100, IS-200, IS-700 and IS-800 is required';
    expect(met(resumeOf('FEMA IS-100.c, IS-200.c, IS-700.b, IS-800.d (2022)'), asked)).toBe(true);
    expect(met(resumeOf('FEMA IS-100/200/700/800 (2022)'), asked)).toBe(true);
    expect(met(resumeOf('FEMA IS-100 and IS-200 (2022), FEMA training coordinator'), asked)).toBe(false);
  });
  it('asks a certification by its exam code', () => {
    const asked =
      'A current Microsoft Azure certification: Azure Administrator Associate (AZ-104) or DevOps Engineer Expert (AZ-400)';
    expect(met(resumeOf('CERTIFICATIONS', 'AWS Certified DevOps Engineer – Professional (2023)'), asked)).toBe(false);
    expect(met(resumeOf('CERTIFICATIONS', 'Microsoft Certified: DevOps Engineer Expert (AZ-400), 2024'), asked)).toBe(
      true,
    );
  });
});

describe('answerRubric: a licence and the course before it (set 34)', () => {
  it('holds no licence by its pre-licensing course', () => {
    const asked = 'A current Tennessee Property & Casualty license';
    const course = resumeOf(
      'Licenses and Training',
      '- Tennessee Property & Casualty pre-licensing course (40 hours), Kaplan - completed 10/2026',
      '- State producer exam (Pearson VUE): scheduled 01/2027',
    );
    expect(met(course, asked)).toBe(false);
    expect(met(resumeOf('Licenses', '- Tennessee Property & Casualty, producer license #2291, 2023'), asked)).toBe(
      true,
    );
  });
});

describe('answerRubric: review of sets 45 and 46', () => {
  it('offers no letters after a dash as alternatives where what leads them in is no credential of their kind', () => {
    const asked = 'Class A CDL - HAZMAT, TANKER or DOUBLES endorsements';
    expect(met(resumeOf('LICENSES', 'Hazmat endorsement training'), asked)).toBe(false);
    // (a certification's letters after a dash still each meet it)
    expect(met(resumeOf('CERTIFICATIONS', 'ASE A5 Brakes, 2022'), 'ASE certification – A4, A5 or A6')).toBe(true);
  });
  it('holds no credential a label says is not held, with a colon at once after it or a hyphen inside its words', () => {
    const asked = 'Forklift certification';
    expect(met(resumeOf('Warehouse associate 2019-2023', 'Forklift: not certified'), asked)).toBe(false);
    expect(met(resumeOf('Warehouse associate 2019-2023', 'Sit-down forklift - not certified'), asked)).toBe(false);
    expect(met(resumeOf('Warehouse associate 2019-2023', 'Forklift certified (sit-down, 2022)'), asked)).toBe(true);
  });
});

describe("answerRubric: a credential's role in the titles of one who holds it (set 45)", () => {
  const item = { text: 'At least 3 years of RN experience', minYears: 3 };
  const years = (...lines: string[]) =>
    answer(resumeOf(...lines), job({ experienceItems: [item] })).find((m) => m.kind === 'EXPERIENCE')!.fieldYears
      ?.years;
  it("counts a Registered Nurse's nurse jobs as RN work, and not an LPN's", () => {
    expect(
      years(
        'Tennessee multistate RN license, exp. 2028',
        'EXPERIENCE',
        'Occupational Health Nurse Lead - Chickamauga Steel, 2018 - Present',
        'Staff Nurse - Occupational Medicine, 2015 - 2018',
      ),
    ).toBeGreaterThan(10);
    expect(
      years(
        'LICENSES',
        'Licensed Practical Nurse, Tennessee #LPN-77120',
        'EXPERIENCE',
        'Occupational Health Nurse (LPN) - Volunteer Auto, 2019 - Present',
      ),
    ).toBeLessThan(3);
    // (nor the nurse jobs of one who holds no RN)
    expect(years('EXPERIENCE', 'Staff Nurse - Occupational Medicine, 2015 - 2025')).toBeLessThan(3);
  });
});

describe('answerRubric: a remark in brackets of what the job will ask (set 46)', () => {
  it('asks nothing of "(MVR will be checked – you will move vehicles …)"', () => {
    const asked =
      'Valid driver’s license with an acceptable driving record (MVR will be checked – you will move vehicles and occasionally run parts)';
    expect(met(resumeOf("OTHER: Valid Missouri driver's license, clean record"), asked)).toBe(true);
    expect(met(resumeOf('OTHER: Available Saturdays, can lift 50 lbs'), asked)).toBe(false);
  });
});

describe('answerRubric: what a code of letters and a number is not (review of set 45)', () => {
  it('holds a code whose letters are a word in any case, and with a publication or section word between', () => {
    const cat = resumeOf(
      'EXPERIENCE',
      'Equipment Operator, Acme Excavating, 2019 - Present',
      '- Operated Cat 320 and Komatsu PC210 excavators',
    );
    expect(met(cat, 'Experience operating a CAT 320 excavator or similar')).toBe(true);
    expect(
      met(resumeOf('SKILLS', 'NIST SP 800-53 Rev 5 controls assessment'), 'Knowledge of NIST 800-53 controls'),
    ).toBe(true);
    // (two letters only as written: "is 100" is prose)
    expect(
      met(resumeOf('EXPERIENCE', 'Planner, 2019 - Present', '- Capacity is 100 beds'), 'FEMA IS-100 required'),
    ).toBe(false);
  });
  it('reads no code in a demand written in capitals, nor a pay grade, a form or a band of grades', () => {
    const lift = resumeOf(
      'EXPERIENCE',
      'Warehouse Associate, 2019 - Present',
      '- Able to lift 50 pounds; loaded trucks',
    );
    expect(met(lift, 'MUST BE ABLE TO LIFT 50 POUNDS')).toBe(true);
    const analyst = resumeOf(
      'EXPERIENCE',
      'Program Analyst, GS-0343-12, Department of Labor, 2019 - Present',
      '- Specialized experience in program analysis',
    );
    expect(met(analyst, 'One year of specialized experience equivalent to at least the GS-11 level')).toBe(true);
    const army = resumeOf('MILITARY', 'US Army, 2010 - 2014, honorable discharge');
    expect(met(army, 'Must have a DD-214 showing honorable discharge')).toBe(true);
    const teacher = resumeOf('EXPERIENCE', 'Teacher, 2019 - Present', '- Taught in a K-12 school district');
    expect(met(teacher, 'Experience in PK-12 schools')).toBe(true);
  });
});

describe('answerRubric: a licence beside its pre-licensing course (review of set 34)', () => {
  it('holds a licence its line names besides the course, and none by the course or its exam', () => {
    const asked = 'A current Tennessee Property & Casualty license';
    const both = resumeOf(
      'LICENSES',
      '- Tennessee Property & Casualty producer license #2291 (2023); completed Kaplan pre-licensing course 2022',
    );
    expect(met(both, asked)).toBe(true);
    const teaches = resumeOf(
      'EXPERIENCE',
      'Real Estate Agent, Keller Williams, 2021 - Present',
      '- Licensed Texas real estate salesperson; also teach pre-licensing classes at Champions School',
    );
    expect(met(teaches, 'Active Texas real estate salesperson license')).toBe(true);
    const exam = resumeOf(
      'Licenses and Training',
      '- Tennessee Property & Casualty pre-licensing course completed; sitting for the license exam in April',
    );
    expect(met(exam, asked)).toBe(false);
  });
});

describe("answerRubric: a credential's role in the titles of one who holds it (review of set 45)", () => {
  const item = { text: 'At least 3 years of RN experience', minYears: 3 };
  /** The years of RN work of a resume with one job of this title under a cashier's, and these licences after. */
  const years = (header: string[], title: string, licences: string[]) =>
    answer(
      [
        ...header,
        '',
        'EXPERIENCE',
        'Cashier - Kroger, 2005 - 2007',
        title,
        '- Cared for residents',
        '',
        'LICENSES AND CERTIFICATIONS',
        ...licences,
      ].join('\n'),
      job({ experienceItems: [item] }),
    ).find((m) => m.kind === 'EXPERIENCE')!.fieldYears!.years;
  const name = ['Dana Levi', 'dana@example.com'];
  const rn = ['Registered Nurse, Ohio #RN-123'];
  it("counts a Registered Nurse's nurse jobs, and not her aide's work, nor a nurse's employer", () => {
    expect(years(name, 'Staff Nurse - Mercy Hospital, 2015 - 2025', rn)).toBe(10);
    expect(years(name, 'Staff Nurse - Student Health Center, 2015 - 2025', rn)).toBe(10);
    for (const title of [
      "Nurse's Aide - Golden Years Nursing Home, 2015 - 2025",
      'Enrolled Nurse - St Vincent Hospital, 2015 - 2025',
      'Veterinary Nurse - Banfield Pet Hospital, 2015 - 2025',
      'Receptionist - Visiting Nurse Service of New York, 2015 - 2025',
      'Community Health Worker - Nurse-Family Partnership, 2015 - 2025',
    ])
      expect(years(name, title, rn), title).toBeLessThan(10);
  });
  it('holds no RN that is pending, expected or hoped for', () => {
    const charge = 'Charge Nurse - Maple Manor, 2015 - 2025';
    expect(years(name, charge, ['LPN, Ohio #LP-123', 'RN license pending (NCLEX July 2025)'])).toBeLessThan(10);
    expect(years(name, charge, ['Licensed Practical Nurse, Ohio', 'Eligible for RN licensure, May 2026'])).toBeLessThan(
      10,
    );
    expect(years(['Dana Levi, LPN', 'RN student, graduating 2026'], charge, ['BLS'])).toBeLessThan(10);
    expect(years(['Dana Levi', 'Seeking an RN position'], charge, ['BLS'])).toBeLessThan(10);
  });
  it('reads a long line of the noun in time', () => {
    const started = performance.now();
    years(['Dana Levi, RN'], 'Staff Nurse, 2015 - 2025', ['nurse '.repeat(100_000)]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('answerRubric on a credential applied for or held in another state', () => {
  const crt = 'Current California CDPH Certified Radiologic Technologist (CRT) certificate';
  it('holds no credential whose application was submitted, is in review or awaits issuance', () => {
    const prose = (clause: string) =>
      resumeOf(`Experienced mammography technologist moving to Sacramento. My California CRT certificate ${clause}.`);
    expect(met(prose('application was submitted to CDPH in November 2026 and is in review'), crt)).toBe(false);
    expect(met(prose('is under review at CDPH'), crt)).toBe(false);
    expect(met(resumeOf('California CRT certificate - awaiting issuance'), crt)).toBe(false);
    expect(met(resumeOf('Certified Radiologic Technologist (CRT), California CDPH, 2021 - 2027'), crt)).toBe(true);
  });
  it("meets a state's credential not by the same credential of another state, unless held in the one asked", () => {
    const lba = 'Texas Licensed Behavior Analyst (LBA) through TDLR';
    expect(met(resumeOf('CREDENTIALS', 'BCBA, LBA (Oklahoma)'), lba)).toBe(false);
    expect(met(resumeOf('CREDENTIALS', 'Licensed Behavior Analyst, Oklahoma, 2022'), lba)).toBe(false);
    expect(met(resumeOf('CREDENTIALS', 'Licensed Behavior Analyst (LBA), Texas and Oklahoma'), lba)).toBe(true);
    expect(met(resumeOf('CREDENTIALS', 'LBA (Oklahoma)', 'LBA #2231, TX, 2024'), lba)).toBe(true);
    // (a nurse's multistate compact licence is good in the states of the compact)
    const rn = 'Active Texas Registered Nurse license';
    expect(met(resumeOf('LICENSES', 'Registered Nurse, multistate compact license (Oklahoma)'), rn)).toBe(true);
  });
});

describe('answerRubric on a resume typed all in lowercase', () => {
  it('quotes its own words, as written', () => {
    const text = [
      'marcus delgado',
      'la vergne, tn | 615-555-0191',
      '',
      'work',
      'journeyman finisher — southern wall & ceiling, murfreesboro tn — 2018 to 2021',
      '- level 4 and level 5 finishes on schools and hotels, fire taping on rated corridors and shaft walls',
      'apprentice finisher — southern wall & ceiling — 2014 to 2018',
      '- taped and finished commercial work across middle tennessee, mostly on stilts and with the autos',
    ].join('\n');
    const [fire] = answer(text, job({ mustHaveSkills: ['Fire Taping'] }));
    expect(fire!.met).toBe(true);
    expect(text).toContain(fire!.evidence);
    expect(fire!.evidence).toMatch(/fire taping/);
  });
});

describe('answerRubric: credentials by letters that spell parts of a word, or not held yet (set 47)', () => {
  const rpsgt = 'Registered Polysomnographic Technologist (RPSGT) credential from BRPT, active at hire';
  it('holds a credential by letters that spell its words and their parts, not by another rank of them', () => {
    expect(met(resumeOf('CREDENTIALS', '✔ RPSGT — BRPT, November 2024'), rpsgt)).toBe(true);
    expect(met(resumeOf('CREDENTIALS', 'Registered Polysomnographic Technologist, 2024'), rpsgt)).toBe(true);
    expect(met(resumeOf('CREDENTIALS', 'CPSGT — BRPT, 2023'), rpsgt)).toBe(false);
  });
  it('holds no credential asked by its letters on a line of its exam that says it is to come', () => {
    expect(skillMet(resumeOf('Sleep technician. Registry exam (RPSGT) scheduled for February 2027.'), 'RPSGT')).toBe(
      false,
    );
    expect(skillMet(resumeOf('SHRM prep course - planning to sit for the SHRM-CP exam in December'), 'SHRM-CP')).toBe(
      false,
    );
    // (a plan of work is no step toward a credential)
    expect(skillMet(resumeOf('- Planned maintenance jobs raised and closed in Maximo'), 'CMMS')).toBe(true);
    expect(skillMet(resumeOf('RPSGT, 2024', 'Registry exam (RPSGT) passed in 2024'), 'RPSGT')).toBe(true);
  });
});

describe('answerRubric: a code by its initials, a lapse on a wrapped line (set 47)', () => {
  it("holds a code's course by its initials before the same number", () => {
    const pc = 'Completion of the Penal Code 832 Arrest and Control course';
    expect(met(resumeOf('CERTIFICATIONS', 'PC 832 Arrest and Control — 2016'), pc)).toBe(true);
    expect(met(resumeOf('CERTIFICATIONS', 'Arrest and Control — 2016'), pc)).toBe(false);
    expect(met(resumeOf('CERTIFICATIONS', 'PC 830 Arrest and Control — 2016'), pc)).toBe(false);
  });
  it('holds no credential whose wrapped line says it expired', () => {
    const fra = 'Current FRA conductor certification under 49 CFR Part 242';
    const wrapped = (rest: string) =>
      resumeOf('CERTIFICATIONS', 'FRA Part 242 Conductor Certificate — issued 2020, recertified 2023,', rest);
    expect(met(wrapped('expired 2026 (not renewed after furlough)'), fra)).toBe(false);
    expect(met(wrapped('current through 2027'), fra)).toBe(true);
  });
});

describe('answerRubric on a credential applied for or held in another state (review)', () => {
  it('holds a credential whose line tells of other things awaiting approval or under review', () => {
    const cphT = 'Active PTCB CPhT certification';
    expect(
      met(resumeOf('Certified Pharmacy Technician (CPhT) — flagged refill requests awaiting approval'), cphT),
    ).toBe(true);
    expect(
      met(
        resumeOf('LICENSES', 'Licensed Insurance Adjuster (TX) - handled claims that are under review'),
        'Active Texas adjuster license',
      ),
    ).toBe(true);
    expect(
      met(resumeOf('LICENSES', 'Texas adjuster license — awaiting approval'), 'Active Texas adjuster license'),
    ).toBe(false);
  });
  it('meets a demand that takes any state by the credential of another', () => {
    const cpa = resumeOf('LICENSES', 'CPA, Oklahoma');
    expect(met(cpa, 'Active CPA license in Texas or any other state')).toBe(true);
    expect(met(cpa, 'Active CPA license in Texas')).toBe(false);
  });
  it('reads Washington, D.C. as the District, not the state of Washington', () => {
    expect(met(resumeOf('LICENSES', 'RN License, District of Columbia'), 'Active Washington, D.C. RN license')).toBe(
      true,
    );
  });
  it("reads no state from an employer's or a school's name", () => {
    const card = 'Current California Food Handler Card';
    expect(met(resumeOf('LICENSES', 'Food Handler Card — Texas Roadhouse, Sacramento'), card)).toBe(true);
    expect(met(resumeOf('LICENSES', 'Food Handler Card — Texas, 2024'), card)).toBe(false);
    const rn = 'Active Michigan RN license';
    expect(met(resumeOf('LICENSES', 'RN license — Ohio State University Wexner Medical Center'), rn)).toBe(true);
    expect(met(resumeOf('LICENSES', 'RN license #12345, Ohio Board of Nursing'), rn)).toBe(false);
    expect(met(resumeOf('LICENSES', 'Ohio RN license #12345'), rn)).toBe(false);
  });
});

describe('answerRubric: a list of names closed by "or equivalent" (set 48)', () => {
  it('is met by any of its names', () => {
    const rjg =
      'Scientific molding training: RJG Master Molder I, Paulson, Routsis or equivalent (bring the certificate)';
    expect(met(resumeOf('CERTIFICATIONS', 'RJG Master Molder I — completed March 2024'), rjg)).toBe(true);
    expect(met(resumeOf('EXPERIENCE', 'Process technician on Engel presses, 2021 - 2025'), rjg)).toBe(false);
  });
});

describe('answerRubric: the use of a tool for a purpose (set 48)', () => {
  it('is met by the tool', () => {
    const eduphoria = 'Ability to use Eduphoria for assessment data';
    expect(met(resumeOf('SKILLS', 'Skyward, Eduphoria, Google Classroom, Desmos'), eduphoria)).toBe(true);
    expect(met(resumeOf('SKILLS', 'Skyward, Google Classroom, assessment data'), eduphoria)).toBe(false);
  });
});

describe('answerRubric: a credential not held yet only where its exam stands beside its letters (review of set 47)', () => {
  it('holds letters on a line of a duty with an exam, a course or a plan apart from them', () => {
    for (const [line, skill] of [
      ['- Scheduled patient exams; ran EKG and vitals for 30 patients a day', 'EKG'],
      ['- Planned and ran the OSHA safety program for 40 staff', 'OSHA'],
      ['- Serviced HVAC units ahead of the upcoming state inspection program', 'HVAC'],
      ['- Wrote SQL test cases comparing actual vs expected results', 'SQL'],
    ])
      expect(skillMet(resumeOf('EXPERIENCE', 'Associate, Acme, 2019 - present', line!), skill!), line).toBe(true);
    expect(skillMet(resumeOf('Registry exam (RPSGT) scheduled for February 2027.'), 'RPSGT')).toBe(false);
    expect(skillMet(resumeOf('Sleep tech; RPSGT registry exam is scheduled for March'), 'RPSGT')).toBe(false);
  });
  it('reads no other rank in three letters that are others too ("EST" beside the "CST")', () => {
    const cst =
      'Surgical technologist credential (Certified Surgical Technologist (CST)) and trauma operating room experience';
    const resume = (shift: string) =>
      resumeOf(
        'EXPERIENCE',
        'Surgical Technologist, Mercy Level I Trauma Center, 2020 - present',
        'Surgical technologist credential, NBSTSA',
        `- Trauma operating room, nights ${shift}`,
      );
    expect(met(resume('7p-7a'), cst)).toBe(true);
    expect(met(resume('7p-7a EST'), cst)).toBe(true);
  });
});

describe('answerSkill: letters in brackets that spell a last word by its inner letters (review of set 47)', () => {
  it('holds no "Bachelor of Science (BSN)" by a Bachelor of Science in Biology', () => {
    const biology = resumeOf('EDUCATION', 'Bachelor of Science, Biology, Ohio State University, 2018');
    expect(skillMet(biology, 'Bachelor of Science (BSN)')).toBe(false);
    expect(
      skillMet(
        resumeOf('CREDENTIALS', 'Registered Polysomnographic Technologist, 2024'),
        'Registered Polysomnographic Technologist (RPSGT)',
      ),
    ).toBe(true);
  });
});

describe('answerRubric: a credential still under way, its state or course just after its letters', () => {
  it('holds none enrolled in its course or in progress, two of its sections passed', () => {
    expect(skillMet(resumeOf('Currently enrolled in the CFP® education program (course 2 of 6).'), 'CFP')).toBe(false);
    expect(
      skillMet(resumeOf('2023  Certified Fraud Examiner (CFE) — in progress, 2 of 4 sections passed'), 'CFE'),
    ).toBe(false);
    expect(skillMet(resumeOf('CFE, 2023', 'Taught two sections of fraud examination'), 'CFE')).toBe(true);
  });
});

describe('answerRubric: review of the thirty-fifth round (its last slices)', () => {
  it('reads no year as a code\'s number: "Building Code 2021" is no "BC 2021"', () => {
    expect(met(resumeOf('EXPERIENCE', 'Estimator, Vancouver, BC 2021 - present'), 'Building Code 2021')).toBe(false);
    expect(
      met(resumeOf('CERTIFICATIONS', 'PC-832 Arrest and Control — 2016'), 'Penal Code 832 Arrest and Control'),
    ).toBe(true);
  });
  it('lapses a wrapped line only of a credential, and not one renewed since', () => {
    const bls = 'Current BLS certification';
    expect(
      met(
        resumeOf(
          'CERTIFICATIONS',
          'BLS Provider — American Heart Association, issued 2018,',
          'expired 2020, renewed 2024',
        ),
        bls,
      ),
    ).toBe(true);
    const pyxis = 'Experience with Pyxis medication stations';
    const duty = resumeOf(
      'EXPERIENCE',
      'Pharmacy Technician, CVS, 2019 - present',
      '- Restocked Pyxis medication stations daily and pulled damaged,',
      'expired, and recalled medications weekly',
    );
    expect(met(duty, pyxis)).toBe(true);
  });
  it('offers no choice of a degree\'s fields, nor of names all asked, closed by "or equivalent"', () => {
    expect(
      met(
        resumeOf('EXPERIENCE', 'Office Manager, Business Administration Dept, 2019 - present'),
        "Bachelor's degree in Accounting, Business Administration or equivalent",
      ),
    ).toBe(false);
    expect(
      met(
        resumeOf('SKILLS', 'Adobe Acrobat'),
        'Proficiency in Microsoft Word, Adobe Acrobat, and Google Sheets or equivalent',
      ),
    ).toBe(false);
  });
  it('reads a list closed by "or equivalent" in time, however its spaces fall', () => {
    // (90 characters, minutes before: each name's spaces, taken by either side of its comma, multiplied the ways tried)
    const list = 'Tools: ' + Array.from({ length: 20 }, () => '  x').join(',') + ' and';
    const started = performance.now();
    met(resumeOf('SKILLS', 'Excel'), list);
    expect(performance.now() - started).toBeLessThan(3000);
  });
  it('answers the use of a tool by the tool only where its purpose asks nothing more, and as held', () => {
    const skills = (line: string) => resumeOf('SKILLS', line);
    expect(met(skills('Python'), 'Experience using Python to build machine learning models')).toBe(false);
    expect(met(skills('AutoCAD'), 'Experience using AutoCAD to produce construction drawings')).toBe(false);
    expect(
      met(skills('Epic training 2024'), 'Experience using Epic to chart patient visits for at least 2 years'),
    ).toBe(false);
    expect(
      met(skills('ServiceNow (not yet, training scheduled)'), 'Experience using ServiceNow to triage tickets'),
    ).toBe(false);
    // (a part of the tool is the tool's)
    expect(met(skills('Excel'), 'Ability to use Excel for pivot tables')).toBe(true);
    expect(met(skills('ServiceNow'), 'Experience using ServiceNow to triage tickets')).toBe(true);
  });
  it("reads a state that leads in another credential's letters as that one's, and one after the licence's noun", () => {
    expect(skillMet(resumeOf('CERTIFICATIONS', 'CPA, pending CFE exam (May 2026)'), 'CPA')).toBe(true);
    expect(skillMet(resumeOf('CERTIFICATIONS', 'CPA, pending CFE exam (May 2026)'), 'CFE')).toBe(false);
    expect(skillMet(resumeOf('LICENSES', 'RN license pending (NCLEX exam scheduled June 2026)'), 'RN')).toBe(false);
  });
});
