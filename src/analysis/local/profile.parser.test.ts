import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../extraction/normalise-text.js';
import { parseProfile } from './profile.parser.js';
import { detectHeading, resumeLines } from './sections.js';
import { EUROPASS_ENTRY, missingMustHaveResume, NOW, strongResume, weakResume } from './test-resumes.fixture.js';

describe('parseProfile on hand-written resumes', () => {
  it('reads the strong backend resume', () => {
    const p = parseProfile(strongResume, NOW);
    expect(p.name).toBe('PRIYA RAMANATHAN');
    expect(p.email).toBe('priya.ramanathan@example.com');
    expect(p.phone).toBe('+1 (512) 555-0142');
    expect(p.location).toBe('Austin, TX');
    expect(p.links).toEqual(['linkedin.com/in/priya-ramanathan-example', 'https://github.com/priya-r-example']);
    expect(p.skills).toEqual(
      expect.arrayContaining([
        'TypeScript',
        'Node.js',
        'PostgreSQL',
        'GraphQL',
        'Kubernetes',
        'AWS',
        'Terraform',
        'CI/CD',
      ]),
    );
    expect(p.summary).toBe(
      'Backend engineer with 9 years of experience building APIs in TypeScript and Node.js. She has led the move of two monoliths to GraphQL services on Kubernetes.',
    );
    expect(p.education).toEqual([
      { degree: 'B.S. in Computer Science', institution: 'University of Texas at Austin', year: 2015 },
    ]);
    expect(p.experience).toEqual([
      { title: 'Senior Backend Engineer', company: 'Northwind Logistics', start: '2020-01', end: null },
      { title: 'Backend Developer', company: 'Contoso Health', start: '2016-03', end: '2019-12' },
      { title: 'Software Developer', company: 'Fabrikam Studio', start: '2015-01', end: '2016-01' },
    ]);
    // Jan 2020-Jun 2025 (66) + Mar 2016-Dec 2019 (46) + 2015 (12) = 124 months
    expect(p.totalYearsExperience).toBe(10.3);
  });

  it('reads the weak resume with a UK number and "to Current"', () => {
    const p = parseProfile(weakResume, NOW);
    expect(p.name).toBe('Tomasz Kowalczyk');
    expect(p.email).toBe('tomasz.k@example.org');
    expect(p.phone).toBe('07700 900123');
    expect(p.location).toBe('Manchester, UK');
    expect(p.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Barista', 'Bean There Cafe', '2021-06', null],
      ['Retail Assistant', 'High Street Books', '2019-01', '2021-01'],
    ]);
    // 2019-2021 (24 months) + Jun 2021-Jun 2025 (49 months)
    expect(p.totalYearsExperience).toBe(6.1);
    expect(p.skills).toEqual(['Customer Service', 'Excel', 'Teamwork']);
  });

  it('reads a one-line contact header and a title line above its dates', () => {
    const p = parseProfile(missingMustHaveResume, NOW);
    expect([p.name, p.email, p.phone, p.location]).toEqual([
      'Daniel Ortega',
      'daniel.ortega@example.net',
      '303-555-0187',
      'Denver, CO',
    ]);
    expect(p.experience[0]).toEqual({
      title: 'Lead Backend Engineer',
      company: 'Tailspin Toys',
      start: '2018-02',
      end: null,
    });
    expect(p.skills).not.toContain('PostgreSQL');
  });

  it('handles labelled, form-style resumes', () => {
    const text = [
      'CURRICULUM VITAE',
      'Name:\tAmelie Durand-Laurent',
      'Telephone:\t+33 6 12 34 56 78',
      'E-mail:\tamelie.durand@example.fr',
      'Address:\t12 Rue Exemple, Lyon, France',
      '',
      'PROFESSIONAL EXPERIENCE',
      'Name of firm:\tClinique du Parc',
      'Designation:\tRegistered Nurse',
      'Period of work:\tSeptember 2016 - Present',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.name).toBe('Amelie Durand-Laurent');
    expect(p.phone).toBe('+33 6 12 34 56 78');
    expect(p.email).toBe('amelie.durand@example.fr');
    expect(p.location).toBe('Lyon, France');
    expect(p.experience).toEqual([
      { title: 'Registered Nurse', company: 'Clinique du Parc', start: '2016-09', end: null },
    ]);
    expect(p.skills).toContain('Registered Nurse');
  });

  it('reads a Europass CV: the fields of each entry under its labelled dates, down to a blank line', () => {
    // the values stood after a column's gap of spaces, which extraction closes to one
    const europass = [
      'WORK EXPERIENCE',
      '',
      ...EUROPASS_ENTRY,
      '  - Administration of 22 PostgreSQL instances',
      '',
      'Dates (from–to)           01/2019 – 02/2021',
      'Occupation or position held  Database Administrator',
      'Name and address of employer  Datanova S.A., Córdoba, Argentina',
      '',
      'Dates: 06/2015 – 09/2017 (seasonal)',
      'Occupation or position held: Tourist information assistant',
      'Name and address of employer: Posto de Turismo Municipal, Aurora (Portugal)',
      '',
      'Dates (from–to)    08/2018 – 03/2019',
      'Position           Optometric Technician',
      'Employer           Metuchen Family Eyecare, Metuchen, NJ',
    ].join('\n');
    expect(parseProfile(europass, NOW).experience).toEqual([
      {
        title: 'PostgreSQL Database Administrator',
        company: 'Pinecrest Logistics Inc., Cary, NC',
        start: '2021-03',
        end: null,
      },
      {
        title: 'Database Administrator',
        company: 'Datanova S.A., Córdoba, Argentina',
        start: '2019-01',
        end: '2021-02',
      },
      {
        title: 'Tourist information assistant',
        company: 'Posto de Turismo Municipal, Aurora (Portugal)',
        start: '2015-06',
        end: '2017-09',
      },
      {
        title: 'Optometric Technician',
        company: 'Metuchen Family Eyecare, Metuchen, NJ',
        start: '2018-08',
        end: '2019-03',
      },
    ]);
    // (a form whose labels stand above its dates is read as before: "Position" with no colon
    // under a plain dates line is no field)
    const above = ['EXPERIENCE', 'Title: Crane Operator', 'Company: Atlas Lifting', 'Dates: 2019 - 2022', ''].join(
      '\n',
    );
    expect(parseProfile(above, NOW).experience).toEqual([
      { title: 'Crane Operator', company: 'Atlas Lifting', start: '2019-01', end: '2022-01' },
    ]);
  });

  it('reads no line under labelled dates as a field where a header stands above them, nor across entries (review of sets 31 and 32)', () => {
    const jobs = (...lines: string[]) =>
      parseProfile(['EXPERIENCE', ...lines].join('\n'), NOW).experience.map((e) => [e.title, e.company]);
    expect(
      jobs('Warehouse Supervisor — Acme Logistics', 'From 2019 to 2021', 'Organization of inbound freight'),
    ).toEqual([['Warehouse Supervisor', 'Acme Logistics']]);
    expect(
      jobs('Senior Accountant', 'KPMG LLP, Denver, CO', 'Dates: 2019 - 2021', 'Role included month-end close'),
    ).toEqual([['Senior Accountant', 'KPMG LLP']]);
    expect(jobs('School Nurse, Lincoln Elementary', 'Employed: 2017 - 2022', 'Title I health screenings')).toEqual([
      ['School Nurse', 'Lincoln Elementary'],
    ]);
    // a Europass CV with no blank line between its entries, and a form with its fields above its dates
    expect(
      jobs(
        'Dates (from–to) 03/2021 – present',
        'Name of employer Pinecrest Logistics',
        'Occupation or position held PostgreSQL DBA',
        'Dates (from–to) 01/2019 – 02/2021',
        'Name of employer Datanova',
        'Occupation or position held Database Administrator',
      ),
    ).toEqual([
      ['PostgreSQL DBA', 'Pinecrest Logistics'],
      ['Database Administrator', 'Datanova'],
    ]);
    expect(
      jobs(
        'Title: Crane Operator',
        'Company: Atlas Lifting',
        'Dates: 2019 - 2022',
        'Title: Rigger',
        'Company: Beta Rigging',
        'Dates: 2016 - 2019',
      ),
    ).toEqual([
      ['Crane Operator', 'Atlas Lifting'],
      ['Rigger', 'Beta Rigging'],
    ]);
    expect(jobs('Title: Crane Operator', 'Company: Atlas Lifting', '', 'Dates: 2019 - 2022')).toEqual([
      ['Crane Operator', 'Atlas Lifting'],
    ]);
  });

  it("reads a profile export's length beside the dates as no title (set 33)", () => {
    const text = [
      'Marco Villarreal',
      'marco@example.com',
      '',
      'Experience',
      '',
      'Senior Fire Alarm Technician',
      'Gulf Coast Fire & Integration · Full-time',
      'Jan 2021 - Present · 6 yrs',
      'Houston, Texas, United States',
      '- Service lead for 240+ inspection accounts',
      '',
      'Fire Alarm Installer',
      'Houston Fire Protection Systems · Full-time',
      'Mar 2014 - May 2016 · 2 yrs 3 mos',
      'Houston, Texas, United States',
      '- Pulled FPLP cable',
    ].join('\n');
    expect(parseProfile(text, NOW).experience.map((e) => [e.title, e.company])).toEqual([
      ['Senior Fire Alarm Technician', 'Gulf Coast Fire & Integration'],
      ['Fire Alarm Installer', 'Houston Fire Protection Systems'],
    ]);
  });

  it('reads work joined at a date as a role, in a biography in the third person (set 34)', () => {
    const bio = [
      'Daniel Osei',
      'daniel@example.com',
      '',
      'About Daniel',
      '',
      'Daniel is a full-stack engineer. He joined Great Lakes Mutual Insurance in Indianapolis in August 2022 as a Software Engineer I, straight out of Purdue, and was promoted in 2024.',
    ].join('\n');
    expect(parseProfile(bio, NOW).experience).toEqual([
      { title: 'Software Engineer I', company: 'Great Lakes Mutual Insurance', start: '2022-08', end: null },
    ]);
    // (one joined before another ends when the next was joined, whatever order the text tells them)
    const two = parseProfile(
      [
        'Ana Ruiz',
        'ana@example.com',
        '',
        'She joined Beta Labs in March 2023 as a Lead Analyst. Before that, she joined Acme Corp in June 2019 as an Analyst.',
      ].join('\n'),
      NOW,
    );
    expect(two.experience.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Lead Analyst', '2023-03', null],
      ['Analyst', '2019-06', '2023-02'],
    ]);
    // (joining with no role said is no job: "joined the Rotary Club in 2015")
    expect(parseProfile('Ana Ruiz\nana@example.com\n\nShe joined the Rotary Club in 2015.', NOW).experience).toEqual(
      [],
    );
  });

  it("reads a federal resume's 'Dates of Employment' and 'Position Title' fields (set 34)", () => {
    const text = [
      'Travis Whitlock',
      'tj@example.com',
      '',
      'PROFESSIONAL EXPERIENCE',
      '',
      'Womack Army Medical Center',
      'Fort Bragg, NC 28310',
      'Dates of Employment: 08/2024 - Present',
      'Position Title: Audiologist, GS-0665-11',
      'Hours per week: 40',
    ].join('\n');
    expect(parseProfile(text, NOW).experience[0]).toMatchObject({ title: 'Audiologist, GS-0665-11', start: '2024-08' });
  });

  it("reads a profile export's kind of work and time at an employer as no header lines (set 33)", () => {
    const text = [
      'Rachel Okonkwo',
      'rachel@example.com',
      '',
      'Experience',
      '',
      'Ping Identity',
      '5 yrs',
      'Senior Security Compliance Analyst',
      'Full-time',
      'Jan 2024 - Present · 3 yrs',
      'Denver, Colorado, United States · Hybrid',
      '- Program owner for SOC 2 Type II',
    ].join('\n');
    expect(parseProfile(text, NOW).experience[0]).toMatchObject({
      title: 'Senior Security Compliance Analyst',
      company: 'Ping Identity',
      start: '2024-01',
    });
  });

  it('keeps what the rules of sets 33 and 34 would have taken with them (review of the slice)', () => {
    const years = (text: string) => parseProfile(`Ann Lee\nann@example.com\n\n${text}`, NOW).totalYearsExperience;
    // a job joined and left, a membership, and a text that dates its jobs itself
    expect(years('She joined Google in 2010 as a Software Engineer and left in 2014 to found a startup.')).toBe(4);
    expect(
      years('He joined the United States Marine Corps in 2004 as an Infantry Officer and separated in 2008.'),
    ).toBe(4);
    expect(years('She joined the Board of Directors in 2019 as a Treasurer.')).toBeNull();
    expect(
      years(
        'I joined Beta Labs in January 2018 as a Finance Manager.\n\nEXPERIENCE\nAcme, Analyst, 2015 - 2017\nBeta Labs, Finance Manager, Jan 2018 - Dec 2020',
      ),
    ).toBe(5);
    // a header above labelled dates names what the fields under them do not
    expect(
      parseProfile('EXPERIENCE\nSenior Accountant\nAustin, TX\nDates: 03/2021 - Present\nEmployer: Acme Corp', NOW)
        .experience[0],
    ).toMatchObject({ title: 'Senior Accountant', company: 'Acme Corp' });
  });

  // No wall-clock assertion (CI machines are loaded and noisy): the test's timeout is the guard
  // against a path that is quadratic in the jobs joined (200 KB of them once took ten seconds)
  it('reads a long text of jobs joined one after another to the end', () => {
    const story = Array.from({ length: 20_000 }, (_, i) => `She joined Acme Corp in ${1990 + (i % 35)} as a Buyer.`);
    expect(parseProfile(`Ann Lee\n${story.join(' ')}`, NOW).totalYearsExperience).toBeGreaterThan(30);
  });

  it('strips honorifics and resume prefixes from the name', () => {
    expect(parseProfile('Resume of Dr. Nkechi Adeyemi\nnkechi@example.com', NOW).name).toBe('Nkechi Adeyemi');
    expect(parseProfile('MR. JOHAN DE WITT, CPA\nAccountant', NOW).name).toBe('JOHAN DE WITT');
  });

  it('falls back to an explicit years statement when there are no ranges', () => {
    const p = parseProfile('Lin Wei\nAccountant with over 12 years of experience in audit.\nSkills: SAP, Excel', NOW);
    expect(p.totalYearsExperience).toBe(12);
    expect(p.experience).toEqual([]);
    expect(p.skills).toEqual(['Accounting', 'Auditing', 'SAP', 'Excel']);
    // an age is no experience, whatever heading follows it
    expect(
      parseProfile('FRONT END DEVELOPER\nTel-Aviv, Israel Age: 28 years old\nWORK EXPERIENCE\n', NOW)
        .totalYearsExperience,
    ).toBeNull();
  });

  it('does not count study or award dates as experience', () => {
    const text = [
      'Sam Rivera',
      'Experience',
      'Analyst, Initech — Jan 2022 - Dec 2022',
      'Education',
      'MSc in Statistics, University of Leeds, Sep 2018 - Jun 2020',
      'Awards',
      "Dean's List Fall 2016 – Spring 2018",
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience).toHaveLength(1);
    expect(p.totalYearsExperience).toBe(1);
    expect(p.education).toEqual([{ degree: 'MSc in Statistics', institution: 'University of Leeds', year: 2020 }]);
  });

  it('reads a heading that names the kind of experience as the start of the jobs, after Education', () => {
    const text = [
      'Dana Okafor',
      'Education',
      'Bachelor of Arts : English, 2011',
      'Teaching Experience',
      '04/2019 to 03/2022',
      'Grade 8 Language Arts Teacher, Ridgeview Middle School',
      'CLINICAL EXPERIENCE',
      'Student nurse, Mercy Hospital, 01/2017 - 12/2017',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience).toHaveLength(2);
    expect(p.totalYearsExperience).toBe(4);
  });

  it('reads "Project: …" and "Technologies: …" under a job as its fields, not as new sections', () => {
    const text = [
      'PROFESSIONAL EXPERIENCE:',
      '2020-2022 | Customer Care Associate | CGS (Netanya, Israel)',
      'Project: Customer care for Dell customers in the CIS.',
      '2019 – 2020 | Frontend React developer | Inetex Ltd (Rehovot, Israel)',
      'Technologies: ES6+, HTML5, CSS3, React, Redux.',
      '2016 – 2017 | Junior Web Developer | STEAM & M (Almaty, Kazakhstan)',
      'Projects',
      'Ticket service, 2015 - 2016',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience.map((e) => e.title)).toEqual([
      'Customer Care Associate',
      'Frontend React developer',
      'Junior Web Developer',
    ]);
    expect(p.totalYearsExperience).toBe(4);
  });

  it('reads a title whose dates stand in brackets beside it', () => {
    const text = ['Experience', 'Python Developer (Aug. 2021 to present)', 'Claustrophobia, Tel Aviv'].join('\n');
    expect(parseProfile(text, NOW).experience[0]!.title).toBe('Python Developer');
  });

  it('reads "Training & Development Specialist" as a title, not as a heading "Training &"', () => {
    const text = [
      'Experience',
      'Training & Development Specialist , 09/2019 to 08/2021 Acme Corp',
      'Recruiter , 01/2016 to 12/2016 Beta LLC',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience).toHaveLength(2);
    expect(p.experience[0]!.title).toBe('Training & Development Specialist');
  });

  it('reads a job written as a sentence: the role after "as a" or "was a", the employer after "at"', () => {
    const p = parseProfile(
      [
        'Owen Kettleby',
        'owen@example.com',
        '',
        'My experience',
        '',
        'I work at Crateflow, an inventory and warehouse management SaaS used by e-commerce brands, as a Tier 2 Support Specialist (January 2024 to now). I take handoffs from our frontline team when the issue is a data problem.',
        '',
        'Before that, I was a Support Associate at Shiftwise, a staff scheduling SaaS for restaurants and clinics (January 2022 to December 2023). I answered email and chat questions.',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['Tier 2 Support Specialist', 'Crateflow'],
      ['Support Associate', 'Shiftwise'],
    ]);
  });

  it("reads the roles held in turn under an employer's span as the jobs, at that employer", () => {
    const p = parseProfile(
      [
        'Marcus Bell',
        'PROFESSIONAL EXPERIENCE',
        'GreenEdge Landscaping, Raleigh, NC                                2018 – Present',
        'Crew Foreman (2021 – Present)',
        '• Lead a crew of 5 on commercial maintenance routes',
        'Crew Member (2018 – 2021)',
        '• Mowing, pruning, mulching',
        '',
        'U.S. ARMY                                                         2012 – 2016',
        'Combat Engineer (12B), Sergeant',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['Crew Foreman', 'GreenEdge Landscaping'],
      ['Crew Member', 'GreenEdge Landscaping'],
      ['Combat Engineer (12B), Sergeant', 'U.S. ARMY'],
    ]);
    // a job held at the same time, at an employer of its own, is no role held there
    const both = parseProfile(
      [
        'Sam K',
        'EXPERIENCE',
        'US Army Reserve                    2012 - Present',
        'Police Officer, City of Dayton     2015 - 2021',
      ].join('\n'),
      NOW,
    );
    expect(both.experience.map((e) => e.title)).toEqual(['US Army Reserve', 'Police Officer']);
  });

  it('reads jobs told in the third person, each role with the employer named after it', () => {
    const p = parseProfile(
      [
        'Jordan Ellis',
        '',
        'Jordan is a site reliability engineer with seven years of experience keeping large systems up. Before that, Jordan was a DevOps Engineer at Fieldstone Bank from Spring 2019 to Winter 2021, and a Systems Administrator at Crestline IT from 2017 to 2019.',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['DevOps Engineer', 'Fieldstone Bank'],
      ['Systems Administrator', 'Crestline IT'],
    ]);
  });

  it('reads a title with its unit beside the dates under the employer’s own line', () => {
    const p = parseProfile(
      [
        'Camila Ferreira',
        'EXPERIENCE',
        '',
        'Paystrand - payments and payouts platform for marketplaces (remote)',
        'Senior Support Specialist, Escalations  |  Jan 2022 - present',
        '- Work the escalation queue for 1,200 business accounts.',
        '',
        'Quillnote - document collaboration SaaS (San Almeda, CA)',
        'Customer Support Representative  |  Jul 2019 - May 2020',
        '- Tier 1 email and chat in Zendesk.',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['Senior Support Specialist, Escalations', 'Paystrand'],
      ['Customer Support Representative', 'Quillnote'],
    ]);
  });

  it('reads the title beside an employer line, and never takes an anonymised employer for a title', () => {
    const titles = (...lines: string[]) =>
      parseProfile(['Jane Doe', 'Experience', ...lines].join('\n'), NOW).experience.map((e) => [e.title, e.company]);
    // public resume sets put "Company Name" and "City , State" where the employer was
    expect(
      titles(
        'Child Family Advocate',
        'August 2013 to Current Company Name \u00ef\u00bc City , State',
        'Collaborated with community members.',
        'Customer Services Team Lead',
        'May 2011 to July 2013 Company Name \u00ef\u00bc City , State',
      ),
    ).toEqual([
      ['Child Family Advocate', null],
      ['Customer Services Team Lead', null],
    ]);
    expect(titles('Company Name City , State Assistant Banking Center Manager I 03/2016 to Current')).toEqual([
      ['Assistant Banking Center Manager I', null],
    ]);
    expect(titles('Graduate Research Assistant 07/2013 to Current Company Name City , State')).toEqual([
      ['Graduate Research Assistant', null],
    ]);
    expect(titles('07/2002 - Current', 'Company Name - City , State Help Line Supervisor', 'Supervised.')).toEqual([
      ['Help Line Supervisor', null],
    ]);
    // the same layouts with a real employer: the one with a place is the employer
    expect(
      titles('Child Family Advocate', 'August 2013 to Current Acme Family Services - Boston , MA', 'Led groups.'),
    ).toEqual([['Child Family Advocate', 'Acme Family Services']]);
    expect(titles('Acme Family Services, Boston, MA', 'Child Family Advocate, August 2013 to Current')).toEqual([
      ['Child Family Advocate', 'Acme Family Services'],
    ]);
  });
  it('reads a title above an employer line of several fields, a remark beside the dates, and "B.A. Field"', () => {
    const text = [
      'Hannah Lind',
      'hannah@example.com',
      '',
      'EXPERIENCE',
      '',
      '2nd Grade Teacher',
      'Natoma Station Elementary, Folsom Cordova Unified School District',
      'August 2022 - Present (full-time)',
      '* Self-contained classroom of 24 students',
      '',
      'Student Teacher - Kindergarten and 3rd Grade',
      'Blanche Sprentz Elementary, Folsom, CA',
      'August 2021 - May 2022',
      '* Full-time takeover for 6 weeks in each placement',
      '',
      'Work experience 04/2020 07/2021 (project employment)',
      'Full Stack Engineer, Jerusalem, Israel',
      'Built the scheduling app for the school district.',
      '',
      'EDUCATION',
      'B.A. Liberal Studies - California State University, Chico, 2020',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['2nd Grade Teacher', 'Natoma Station Elementary'],
      ['Student Teacher', 'Blanche Sprentz Elementary'],
      // (a city before a country stays, as for "Designer at Dior Homme, New York")
      ['Full Stack Engineer', 'Jerusalem'],
    ]);
    expect(p.education.map((e) => e.degree)).toEqual(['B.A. Liberal Studies']);
    // the title last on the employer's line
    const last = parseProfile(
      ['EXPERIENCE', 'Cashgrid Payments Pvt. Ltd., Bengaluru - Senior Frontend Engineer', 'Jul 2021 - Present'].join(
        '\n',
      ),
      NOW,
    );
    expect(last.experience.map((e) => [e.title, e.company])).toEqual([
      ['Senior Frontend Engineer', 'Cashgrid Payments Pvt. Ltd.'],
    ]);
    // the employer's fields beside the dates, the title above
    const above = parseProfile(
      [
        'EXPERIENCE',
        'Senior HR Generalist',
        'Glacier Ridge Foods - Anoka, MN (plants in Anoka and Chippewa Falls) | 01/2020 - Present',
      ].join('\n'),
      NOW,
    );
    expect(above.experience.map((e) => [e.title, e.company])).toEqual([
      ['Senior HR Generalist', 'Glacier Ridge Foods'],
    ]);
    // a firm named by a plural of a role is no title
    const firm = parseProfile(
      [
        'EXPERIENCE',
        'Logistics Coordinator, Export Ocean',
        'Tropical Shipping Partners - Doral, FL',
        'Jun 2020 - Dec 2022',
      ].join('\n'),
      NOW,
    );
    expect(firm.experience.map((e) => [e.title, e.company])).toEqual([
      ['Logistics Coordinator', 'Tropical Shipping Partners'],
    ]);
    // "M.D. Anderson" is a cancer centre, not a degree
    expect(parseProfile('EDUCATION\nM.D. Anderson Cancer Center, Houston, 2019', NOW).education).toEqual([]);
  });

  it('reads a title over an employer that sounds like a role, a title with its unit, a bracketed remark, and skips dated deeds', () => {
    const text = [
      'Meredith Sato, RVT',
      'meredith@example.com',
      '',
      'Credentials',
      '- AAVSB RACE-approved CE: 28 hours in 2025-2026 (anesthesia, dentistry, exotics)',
      '',
      'Experience',
      'Emergency Veterinary Technician',
      'Carolina Veterinary Specialists & Emergency - Raleigh, NC',
      'Jun 2019 - Mar 2022',
      '- Top tech for maintenance agreement renewals three years running (2020-2021)',
      '',
      'Staff RN / Relief Charge Nurse - Medical ICU',
      'Mercy Lakeview Hospital, Cincinnati, OH | 02/2015 - 05/2019',
      '',
      'Senior Financial Analyst, FP&A',
      'Summit Peak Outdoor Brands (consumer products, $1.1B revenue) | Denver, CO | Apr 2012 - Jan 2015',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['Emergency Veterinary Technician', 'Carolina Veterinary Specialists & Emergency'],
      ['Staff RN / Relief Charge Nurse', 'Mercy Lakeview Hospital'],
      ['Senior Financial Analyst', 'Summit Peak Outdoor Brands (consumer products, $1.1B revenue)'],
    ]);
    // a role the vocabulary does not know, over an employer with a place; a title after the place;
    // a second range beside the first is no title
    const more = parseProfile(
      [
        'EXPERIENCE',
        'Chargehand - Nights',
        'Brightwell Distribution Centre, Columbus, OH',
        'November 2023 - Present',
        '',
        'Green Hope High School, Cary, NC - Chemistry Teacher, 2016 to 2023',
        '',
        'Day-to-Day Substitute Teacher',
        'Sacramento County (Elk Grove USD, Folsom Cordova USD)',
        'September 2012 - December 2013; September 2014 - May 2016',
      ].join('\n'),
      NOW,
    );
    expect(more.experience.map((e) => e.title)).toEqual([
      'Chargehand',
      'Chemistry Teacher',
      'Day-to-Day Substitute Teacher',
      'Day-to-Day Substitute Teacher',
    ]);
    // a range in a sentence of the summary is no job; "Licensure & Certifications" heads a section
    const summary = parseProfile(
      [
        'SUMMARY',
        'Payroll professional with nine years running payroll, and spent 2024-2025 on the core team that moved us onto Workday.',
        'LICENSURE & CERTIFICATIONS',
        'Registered Dental Hygienist, 2016 - 2026',
        'EXPERIENCE',
        'Senior Payroll Specialist | Jan 2021 - Present',
      ].join('\n'),
      NOW,
    );
    expect(summary.experience.map((e) => e.title)).toEqual(['Senior Payroll Specialist']);
    // a heading of credential words; a header with a remark in brackets; a season beside the dates
    const layouts = parseProfile(
      [
        'LICENSE & TRAINING',
        '- Reggio Emilia study tour and seminar series, Minneapolis Reggio Network, 2012-2013',
        'EXPERIENCE',
        "Lead Preschool Teacher - Riverview Children's Center, Minneapolis, MN (NAEYC accredited, 4-Star Parent Aware)",
        'Aug 2014 - Jul 2016',
        '',
        'Summer Camp Counselor',
        'Camp Wapiti Ridge - Brainerd, MN',
        'Summers 2011 - 2013',
      ].join('\n'),
      NOW,
    );
    expect(layouts.experience.map((e) => e.title)).toEqual(['Lead Preschool Teacher', 'Summer Camp Counselor']);
    // a break dated like a job is no work; a bullet's mark is no part of a title; a deed half in capitals
    const breaks = parseProfile(
      [
        'EXPERIENCE',
        'Litigation Paralegal | Sumner & Bright, LLC | Atlanta, GA | Mar 2014 – Present',
        '- Member of the ECC to S/4HANA migration team (2015–2016); tested vendor master conversion',
        'Career Break | Jan 2012 – Feb 2014',
        'Home full-time with my twins.',
        '* Head Personal Trainer | Jan 2010 – Dec 2011',
        'Caregiver | Home Instead, Austin, TX | 2008 – 2009',
      ].join('\n'),
      NOW,
    );
    expect(breaks.experience.map((e) => e.title)).toEqual([
      'Litigation Paralegal',
      'Head Personal Trainer',
      'Caregiver',
    ]);
    // a bare rank and what it runs are one title
    const ranks = parseProfile(
      [
        'EXPERIENCE',
        'Carolina Millworks Group, Charlotte, NC',
        'Manager, Payroll & Benefits    2021 – Present',
        '',
        'Director, Sales & Marketing | Acme Industrial Supply | 2015 – 2020',
      ].join('\n'),
      NOW,
    );
    expect(ranks.experience.map((e) => [e.title, e.company])).toEqual([
      ['Manager, Payroll & Benefits', 'Carolina Millworks Group'],
      ['Director, Sales & Marketing', 'Acme Industrial Supply'],
    ]);
    // a job listed as a bullet is still a job
    const bullet = parseProfile('EXPERIENCE\n• Software Engineer, Acme Corp, 2019 - 2021', NOW);
    expect(bullet.experience.map((e) => e.title)).toEqual(['Software Engineer']);
  });

  it('reads names written in capitals with a double surname, a nickname, a suffix or letters after them', () => {
    const nameOf = (line: string) => parseProfile(`${line}\nDoral, FL | x@example.com\n`, NOW).name;
    expect(nameOf('VALENTINA RUIZ-ECHEVERRI')).toBe('VALENTINA RUIZ-ECHEVERRI');
    expect(nameOf('VERONICA MALDONADO-ORTIZ, CAM')).toBe('VERONICA MALDONADO-ORTIZ');
    expect(nameOf('RAYMOND "RAY" PRUITT')).toBe('RAYMOND "RAY" PRUITT');
    expect(nameOf('LUIS ORTEGA JR.')).toBe('LUIS ORTEGA JR.');
    expect(nameOf('"Ray" Pruitt')).toBeNull();
  });

  it('reads the titles of trades beyond the office over an employer line with its town', () => {
    const text = [
      'Owen Pritchard',
      'owen@example.com',
      '',
      'Work Experience',
      '',
      'Phlebotomist',
      'Kestrel Private Hospital, Ashcombe',
      'May 2024 – present',
      '• Take blood from around 45 adult patients a day',
      '',
      'Millwright',
      'Harlan Paper Mill, Dunmore',
      'Jan 2019 – Apr 2024',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['Phlebotomist', 'Kestrel Private Hospital'],
      ['Millwright', 'Harlan Paper Mill'],
    ]);
  });

  it('reads a place alone beside the dates as where, under an "Employer — Title" line', () => {
    const text = [
      'Imani Castellanos',
      'imani@example.com',
      '',
      'EXPERIENCE',
      '',
      'Brannock Freight Systems — Senior Salesforce Administrator',
      '03/2021 – Present | Greenmarsh, TN',
      '- Lead admin for an org spanning Sales Cloud and Service Cloud.',
    ].join('\n');
    expect(parseProfile(text, NOW).experience.map((e) => [e.title, e.company])).toEqual([
      ['Senior Salesforce Administrator', 'Brannock Freight Systems'],
    ]);
    // a title with its unit in capitals is no place ("OR", "MA" are also states)
    const nurse = [
      'Dana Levi',
      'dana@example.com',
      '',
      'EXPERIENCE',
      "St. Mary's Medical Center",
      '03/2021 – Present | Charge Nurse, OR',
    ];
    expect(parseProfile(nurse.join('\n'), NOW).experience[0]!.title).toMatch(/^Charge Nurse/);
  });

  it('reads a third-person bio: the role held now, a role after "as" with no article, a sentence with none', () => {
    const text = [
      'PRIYA RAMAN-COSTA, CPA, MBA',
      'Ada, Michigan · 616.555.0190 · priya@example.com',
      '',
      'Priya Raman-Costa is a finance executive with fifteen years in accounting. She is currently Corporate Controller of Tessaro Precision Castings, a producer of investment-cast components.',
      '',
      'Since joining Tessaro in 2018, Priya has cut the consolidated close from twelve business days to five.',
      '',
      'Before Tessaro, she spent four years at Veridian Axle Systems (2014–2018), a Tier 1 supplier, first as Plant Controller and then Assistant Controller. She began her career in the audit practice of a Big Four firm in Chicago (2010–2014), working mainly with industrial clients.',
    ].join('\n');
    expect(parseProfile(text, NOW).experience.map((e) => [e.title, e.company, e.start])).toEqual([
      ['Corporate Controller', 'Tessaro Precision Castings', '2018-01'],
      ['Plant Controller', 'Veridian Axle Systems', '2014-01'],
      // (no fields of a header read out of a sentence that names no role)
      [null, null, '2010-01'],
    ]);
    // a role said in the present is no title of a job that has ended
    const past = ['Dana Levi', '', 'She is currently a Nurse Manager at Mercy.', 'She worked at Acme (2010–2014).'];
    expect(parseProfile(past.join('\n'), NOW).experience[0]!.title).toBeNull();
  });

  it('reads "Pres." as present, and a title with its unit before the employer\'s "@"', () => {
    const text = [
      'Kaitlyn Brewer',
      'kb@example.com',
      '',
      'EXPERIENCE',
      '',
      'Nurse Practitioner @ QuickStop Urgent Care, Pickerington, OH',
      'Sep 2024 – Pres.',
      '- Walk-in urgent care.',
      '',
      'Registered Nurse, Emergency Department @ Eastland Regional Hospital, Columbus, OH',
      'Jan 2018 – Aug 2024',
      '- Level II trauma center.',
    ].join('\n');
    expect(parseProfile(text, NOW).experience.map((e) => [e.title, e.company, e.end])).toEqual([
      ['Nurse Practitioner', 'QuickStop Urgent Care', null],
      ['Registered Nurse, Emergency Department', 'Eastland Regional Hospital', '2024-08'],
    ]);
  });

  it("reads a federal resume's entry: the employer and its address above the dates, the title under its fields", () => {
    const text = [
      'Janelle M. Prescott',
      'jp@example.com',
      '',
      'WORK EXPERIENCE',
      '',
      'Department of Veterans Affairs, Chillicothe VA Medical Center',
      '17273 State Route 104, Chillicothe, OH 45601',
      '03/2019 - Present',
      'Grade Level: VN-0610-II',
      'Hours per week: 40',
      'Supervisor: Rebecca Hanlon, RN, Nurse Manager; Phone: 740-555-0190; May contact: Yes',
      'Registered Nurse Care Manager, Patient Aligned Care Team (PACT)',
      '- Serve as RN care manager for a teamlet.',
      '',
      'Coastal Rentals & Lifting LLC, Webster, TX',
      '08/2014 - 02/2019',
      'Hours per week: 50',
      'Title: Mobile Crane Operator',
      '- Run truck-mounted hydraulic cranes.',
    ].join('\n');
    expect(parseProfile(text, NOW).experience.map((e) => [e.title, e.company])).toEqual([
      ['Registered Nurse Care Manager', 'Department of Veterans Affairs'],
      ['Mobile Crane Operator', 'Coastal Rentals & Lifting LLC'],
    ]);
  });

  it('reads a dated heading over the roles under it as their span, not a job', () => {
    const text = [
      'Marcus Holloway',
      'mh@example.com',
      '',
      'MILITARY EXPERIENCE — UNITED STATES NAVY, 2004 to 2012',
      '',
      'Steam Plant Operator — amphibious assault ship — 2008 to 2012',
      '- Led a watch section.',
      '',
      'Boiler and Auxiliary Equipment Operator — guided-missile destroyer — 2004 to 2008',
      '- Stood boiler watches.',
    ].join('\n');
    expect(parseProfile(text, NOW).experience.map((e) => [e.title, e.company])).toEqual([
      ['Steam Plant Operator', 'amphibious assault ship'],
      ['Boiler and Auxiliary Equipment Operator', 'guided-missile destroyer'],
    ]);
  });

  it('reads no job in joining a club, no role said under another heading, and no title out of a line of achievements (review of local-v24)', () => {
    const club = ['Dana Levi', '', 'Since joining Toastmasters in 2012, I have given over 50 speeches.'];
    expect(parseProfile(club.join('\n'), NOW).experience).toEqual([]);
    const rotary = [
      'Dana Levi',
      'SUMMARY',
      'She is currently President of Rotary International.',
      '',
      'EXPERIENCE',
      'Since joining Acme Corp in 2018, she has worked on the data team.',
    ];
    expect(parseProfile(rotary.join('\n'), NOW).experience).toEqual([]);
    const fields = [
      'Dana Levi',
      'EXPERIENCE',
      'Acme Logistics, Dallas TX',
      'Jan 2018 - Dec 2020',
      'Key Achievements: cut freight costs 20%',
      'Data Analyst',
      'Beta Corp',
      'Jan 2021 - Present',
    ];
    expect(parseProfile(fields.join('\n'), NOW).experience[0]!.title).not.toBe('Data Analyst');
    // a header line over a sentence of the writer's is read
    const nurse = [
      'Dana Levi',
      'EXPERIENCE',
      'Registered Nurse | Mercy Hospital',
      'From 2015 to 2020 I cared for cardiac patients on a busy unit.',
    ];
    expect(parseProfile(nurse.join('\n'), NOW).experience[0]!.title).toBe('Registered Nurse');
  });

  it('reads a title in Markdown emphasis over the employer line, and a title right under the dates below the employer', () => {
    const bold = [
      'Priyanka Lowell',
      'EXPERIENCE',
      '**Actuarial Analyst II - Personal Auto Pricing**',
      'Prairie Shield Insurance Company, Westhaven, IN | Jan 2023 - present',
      '- Own the annual indication',
    ];
    expect(parseProfile(bold.join('\n'), NOW).experience.map((e) => [e.title, e.company])).toEqual([
      ['Actuarial Analyst II', 'Prairie Shield Insurance Company'],
    ]);
    const under = [
      'Wendell Holm',
      'EXPERIENCE',
      '',
      'Prairie Lakes Electric Cooperative, Willmar Crossing, MN',
      '2017 – present',
      'Journeyman Lineman / Relief Foreman',
      '- Overhead and underground distribution through 34.5 kV',
    ];
    expect(parseProfile(under.join('\n'), NOW).experience.map((e) => [e.title, e.company])).toEqual([
      ['Journeyman Lineman / Relief Foreman', 'Prairie Lakes Electric Cooperative'],
    ]);
  });

  it('reads "** " as a bullet, and no title under the dates that is the next job\'s (review of the second slice)', () => {
    const deed = [
      'Dana',
      'EXPERIENCE',
      'Plant Controller',
      'Acme Foods, Denver, CO | 2015 – Present',
      '** Led the 2008 – 2012 ERP migration across three plants',
    ];
    expect(parseProfile(deed.join('\n'), NOW).experience.map((e) => e.title)).toEqual(['Plant Controller']);
    const next = [
      'Dana',
      'EXPERIENCE',
      'Acme Plumbing, Denver, CO',
      '2019 – 2021',
      'Journeyman Plumber',
      'Beta Plumbing, Denver, CO',
      '2016 – 2019',
    ];
    expect(parseProfile(next.join('\n'), NOW).experience[0]!.title).not.toBe('Journeyman Plumber');
  });

  it('survives PDF text artefacts: soft hyphens, NBSP, icon glyphs', () => {
    const text = 'Leonie\u00A0Fischer\n\uF0E0 leonie@example.de \uF095 (030) 555-\u00AD\u20101234\nBerlin, Germany';
    const p = parseProfile(text, NOW);
    expect([p.name, p.email, p.phone, p.location]).toEqual([
      'Leonie Fischer',
      'leonie@example.de',
      '(030) 555-1234',
      'Berlin, Germany',
    ]);
  });

  it('returns empty fields, not errors, for empty or odd input', () => {
    for (const text of ['', '   \n\n', '12345', '@@@ ### !!!']) {
      const p = parseProfile(text, NOW);
      expect(p.name).toBeNull();
      expect(p.skills).toEqual([]);
      expect(p.totalYearsExperience).toBeNull();
    }
  });

  it('is deterministic', () => {
    expect(parseProfile(strongResume, NOW)).toEqual(parseProfile(strongResume, new Date(NOW.getTime())));
  });
});

describe('parseProfile on a resume whose line breaks a phone turned into runs of spaces', () => {
  it('reads its jobs under "WORK", one after the other', () => {
    const text = normaliseText(
      [
        'Cody Vanderhaar  Brennan Heights MN | 612-555-0181 | codyvanderhaar@mailbox.example',
        'Meat cutter, 4 yrs in a grocery chain meat dept. Break down beef and pork, run the saw and grinder safely.  WORK  Meat Cutter, Prairie Basket Foods store #31, Elk Ridge MN, Nov 2022 to present - cut beef from boxed primals and subprimals - band saw for all bone-in cuts  Stock Clerk / Night Crew, Prairie Basket Foods store #31, Jun 2020 to Oct 2022 - stocked grocery aisles, unloaded trucks  SCHOOL  Elk Ridge High School diploma 2020  CERTS  ServSafe Food Handler, valid until Mar 2028',
      ].join('\n'),
    );
    const p = parseProfile(text, NOW);
    expect(p.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Meat Cutter', 'Prairie Basket Foods store #31', '2022-11', null],
      ['Stock Clerk / Night Crew', 'Prairie Basket Foods store #31', '2020-06', '2022-10'],
    ]);
  });
});

describe('parseProfile on a field labelled "School:" or "Work:" (review of local-v25)', () => {
  it('reads them as fields of their entries, not as headings', () => {
    const p = parseProfile(
      [
        'Ana Ruiz',
        'EXPERIENCE',
        'Grade 3 Teacher, Lincoln Elementary, 2019 - Present',
        'School: Lincoln Elementary, Dayton OH',
        'Grade 2 Teacher, Hawthorne Elementary, 2015 - 2019',
        'School: Hawthorne Elementary',
        'EDUCATION',
        'B.S. Elementary Education, Wright State University, 2015',
        'Work: studied while working 30 hrs/week',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => e.title)).toEqual(['Grade 3 Teacher', 'Grade 2 Teacher']);
  });
});

describe('parseProfile on headers parted by double dashes, with a shift among their fields (set 27)', () => {
  it('reads the title, then the employer, and no shift or place as either', () => {
    const p = parseProfile(
      [
        'Priya Holt',
        'EXPERIENCE',
        'Principal Cloud Security Engineer -- Brightwater Bank plc (FCA/PRA-regulated), Manchester -- 03/2021 - present',
        '- Own IAM design for 300+ AWS accounts',
        'Freezer Picker, Night Shift -- Frostline Cold Chain, Marlow Junction, IA',
        'March 2018 - February 2021',
        '- Pick frozen cases with an RF scanner',
        'Operations Supervisor, Second Shift',
        'Evergreen Crossdock Services, Lacey, WA',
        'March 2016 - February 2018',
        '- Ran the dock',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['Principal Cloud Security Engineer', 'Brightwater Bank plc (FCA/PRA-regulated)'],
      ['Freezer Picker', 'Frostline Cold Chain'],
      ['Operations Supervisor', 'Evergreen Crossdock Services'],
    ]);
  });
});

describe('parseProfile on one-line entries with the role after the dates (set 35)', () => {
  it('reads the role after the dates and the employer first, and leaves a title before the dates where it is', () => {
    const p = parseProfile(
      [
        'Gabriela Montoya',
        '• 9+ yrs in residential mortgage operations',
        '• Piedmont Home Lending (bank-owned mortgage subsidiary), Rock Hill SC, Mar 2021-present - senior processor on the retail team; 40-55 file pipeline',
        '• Queen City Federal Credit Union, Charlotte NC, May 2017-Mar 2021 - processor, conventional/FHA/VA/USDA, 30-40 file pipeline',
        '• Loan Processor, Lendwell Mortgage, Charlotte NC, Jan 2015-May 2017 - disclosures and initial document requests',
        '• Carolina Home Loans, Charlotte NC, 2012-2014 - Director of Operations; 12 branches',
        '• Lendwell Funding, Charlotte NC, 2010-2012 - processor of FHA and VA loans',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['senior processor', 'Piedmont Home Lending (bank-owned mortgage subsidiary)'],
      ['processor', 'Queen City Federal Credit Union'],
      ['Loan Processor', 'Lendwell Mortgage'],
      ['Director of Operations', 'Carolina Home Loans'],
      ['processor', 'Lendwell Funding'],
    ]);
  });
});

describe('parseProfile on a biography whose dates are said with the job’s length (set 36)', () => {
  it('reads the title and employer above a line of length and dates, to the present too', () => {
    const p = parseProfile(
      [
        'Shawna Pellerin',
        'Experience',
        '',
        'Field Property Adjuster',
        'Bayou Home Mutual Insurance Company — Lake Charles, Louisiana',
        'Three years and three months, from September 2023 to the present.',
        'I handle homeowners and dwelling-fire claims across southwest Louisiana as a staff field adjuster.',
        '',
        'Assistant Store Manager',
        'Academy Sports + Outdoors — Lake Charles, Louisiana',
        'Four years, from 2019 to 2023.',
        'Ran a store shift of 20 associates.',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Field Property Adjuster', 'Bayou Home Mutual Insurance Company', '2023-09', null],
      ['Assistant Store Manager', 'Academy Sports + Outdoors', '2019-01', '2023-01'],
    ]);
  });
});

describe('parseProfile: the thirtieth session (sets 37 and 38)', () => {
  const jobs = (...lines: string[]) =>
    parseProfile(['Dana Levi', 'dana@example.com', '', 'EXPERIENCE', ...lines].join('\n'), NOW).experience.map((e) => [
      e.title,
      e.company,
      e.start,
      e.end,
    ]);

  it('reads a size beside the dates as no title: "180 beds · 2019 - Present"', () => {
    expect(
      jobs(
        'Executive Director / Administrator - Laurel Crest Center for Nursing & Rehabilitation, Harwick Township, PA',
        '180 beds · 2019 - Present',
        '- Occupancy grew from 78% to 94%',
      ),
    ).toEqual([
      ['Executive Director / Administrator', 'Laurel Crest Center for Nursing & Rehabilitation', '2019-01', null],
    ]);
  });

  it('reads each of two jobs on one line by its own words: "Sheet Metal Foreman (06/2024 – Present) · Journeyperson (03/2022 – 06/2024)"', () => {
    expect(
      jobs(
        'Halvorsen Mechanical Contractors — Ostrander, IN',
        'Sheet Metal Foreman (06/2024 – Present) · Journeyperson (03/2022 – 06/2024)',
        '- Foreman on a 7-story hospital bed tower',
      ),
    ).toEqual([
      ['Sheet Metal Foreman', 'Halvorsen Mechanical Contractors', '2024-06', null],
      ['Journeyperson', 'Halvorsen Mechanical Contractors', '2022-03', '2024-06'],
    ]);
  });

  it('reads a role in square brackets beside its employer: "Brazos Hill Lock & Safe [Commercial Locksmith]"', () => {
    expect(
      jobs('Brazos Hill Lock & Safe [Commercial Locksmith] — Cedar Vale, TX — 2015 to 2020', '- Master key systems'),
    ).toEqual([['Commercial Locksmith', 'Brazos Hill Lock & Safe', '2015-01', '2020-01']]);
  });

  it('keeps what the review of the slice found the rules took too far', () => {
    // ranges joined by "and" or a comma are one job's
    expect(jobs("Registered Nurse, St. Mary's Hospital, 2010 - 2012 and 2014 - 2016", '- Med-surg')).toEqual([
      ['Registered Nurse', "St. Mary's Hospital", '2010-01', '2012-01'],
      ['Registered Nurse', "St. Mary's Hospital", '2014-01', '2016-01'],
    ]);
    // a line that opens with its dates gives each range the words after it
    expect(jobs('2015 - 2017 Server; 2017 - 2019 Bartender', '- Busy bar').map((j) => j[0])).toEqual([
      'Server',
      'Bartender',
    ]);
    // a figure that opens a title in small letters is no size
    expect(
      jobs('Harbor County 911 Center, Sandport, FL', '911 dispatcher · 2019 - Present', '- Calls').map((j) => j[0]),
    ).toEqual(['911 dispatcher']);
  });

  it('reads a role in brackets with a number in it, not a year: "Acme Corp [Tier 2 Support Specialist]"', () => {
    expect(jobs('Acme Corp [Tier 2 Support Specialist] — Austin, TX — 2020 – Present', '- Tickets')).toEqual([
      ['Tier 2 Support Specialist', 'Acme Corp', '2020-01', null],
    ]);
  });

  it('reads a numbered list of jobs without its numbers', () => {
    expect(
      jobs(
        '1. Docketing Specialist, Baker & Lane LLP, Chicago (2020 - Present)',
        '   Managed court deadlines in CompuLaw.',
        '2. Legal Secretary, Smith Law Group, Chicago (2016 - 2020)',
      ),
    ).toEqual([
      ['Docketing Specialist', 'Baker & Lane LLP', '2020-01', null],
      ['Legal Secretary', 'Smith Law Group', '2016-01', '2020-01'],
    ]);
    expect(jobs('3. 3D Artist, Pixar, Emeryville (2012 - 2016)')[0]![0]).toBe('3D Artist');
  });

  it('reads a heading with a remark on its order, and "CARDS" as credentials; a list number is no part of the employer', () => {
    expect(detectHeading('CARDS')?.kind).toBe('certifications');
    expect(detectHeading('PROJECTS (newest first)')?.kind).toBe('projects');
    expect(detectHeading('Experience (most recent first)')?.kind).toBe('experience');
    // (a remark on the entries' state is no remark on their order)
    expect(detectHeading('CERTIFICATIONS (in progress)')).toBeNull();
    // (…and any other remark is the heading's own: "EXPERIENCE (Relevant)", "Licenses (current)")
    expect(detectHeading('EXPERIENCE (Relevant)')?.kind).toBe('experience');
    expect(detectHeading('Licenses (current)')?.kind).toBe('certifications');
    expect(detectHeading('Experience (reverse-chronological)')?.kind).toBe('experience');
    const text = [
      'Ray Tolliver',
      'ray@example.com',
      'CARDS',
      '- NCCCO Rigger Level II - exp. 08/2029',
      'WORK HISTORY (newest first)',
      '1. Scioto Ridge Medical, Columbus OH - Foreman - 2025 - Present',
      '2. Riverline Tower, Cincinnati OH - Ironworker - 2018 - 2020',
      'PROJECTS',
      'Smart Parking App, Lead Developer, Jan 2023 - May 2024',
    ].join('\n');
    expect(parseProfile(text, NOW).experience.map((e) => [e.company, e.start])).toEqual([
      ['Scioto Ridge Medical', '2025-01'],
      ['Riverline Tower', '2018-01'],
    ]);
  });
});

describe('parseProfile on work told in a letter (sets 43 and 44)', () => {
  it('reads a role held since a date in the present perfect, and drops the sentence’s words before the role', () => {
    const letter = (...lines: string[]) =>
      parseProfile(['Gregory Almanza', 'g@mail.example', ...lines].join('\n'), NOW);
    const since = letter(
      'Since January 2021 I have been the Sales Manager for the Easton Gate Hotel, a 226-room hotel.',
    );
    expect(since.experience).toMatchObject([{ title: 'Sales Manager', start: '2021-01', end: null }]);
    const where = letter(
      "I'm currently a histotech at Palm Coast Memorial Hospital, where I've been since October 2023.",
    );
    expect(where.experience).toMatchObject([{ title: 'histotech', start: '2023-10', end: null }]);
    // (a membership, or a place one has lived, is no job)
    expect(letter('I have been a member of the Ohio Hotel Association since 2019.').experience).toEqual([]);
    expect(letter('I have lived in Columbus since 2015.').experience).toEqual([]);
  });
});

describe('parseProfile on a federal-style entry with its employer’s street address (set 44)', () => {
  it('takes no address with its quarter of town ("… St SW") for the title', () => {
    const p = parseProfile(
      [
        'DEVON A. MARSH',
        'devon@email.example',
        'PROFESSIONAL EXPERIENCE',
        'Associate Planner',
        'Willamette Bend County Community Development Department',
        '250 Broadalbin St SW, Albany, OR 97321',
        'Dates of Employment: 09/2022 - Present',
        'Hours per week: 40',
      ].join('\n'),
      NOW,
    );
    expect(p.experience[0]).toMatchObject({ title: 'Associate Planner', start: '2022-09' });
  });
});

describe('parseProfile on a letter of an application (set 44)', () => {
  it('reads a role held "(since 2020)" said in the present, and takes no greeting for the name', () => {
    const p = parseProfile(
      [
        'Subject: Re: Concrete Finishers Wanted',
        'Hi Rick,',
        'Right now I am lead finisher with Trinity Slab Works (since 2020) doing tilt-wall floors.',
        'Before that I was a finisher with Brazos Commercial Concrete 2017-2020.',
      ].join('\n'),
      NOW,
    );
    expect(p.name).toBeNull();
    expect(p.experience.map((e) => [e.start, e.end])).toEqual([
      ['2020-01', null],
      ['2017-01', '2020-01'],
    ]);
  });
});

describe('parseProfile on a role held since a date, named in capitals without an article (set 44)', () => {
  it('reads "Since 2019 I have been Licensed Funeral Director & Embalmer and Location Manager for Brightwater…"', () => {
    const p = parseProfile(
      [
        'Nate Kessler',
        'nate@email.example',
        'Since 2019 I have been Licensed Funeral Director & Embalmer and Location Manager for Brightwater Funeral Services in Lancaster, a two-location firm.',
      ].join('\n'),
      NOW,
    );
    expect(p.experience.map((e) => [e.start, e.end])).toEqual([['2019-01', null]]);
    // (a credential held since then is no job)
    const cpr = parseProfile(
      ['Nate Kessler', 'nate@email.example', 'I have been CPR certified since 2018.'].join('\n'),
      NOW,
    );
    expect(cpr.experience).toEqual([]);
  });
});

describe('parseProfile: no job from a sentence that holds no role (review of set 44)', () => {
  const letter = (line: string) => parseProfile(['Jane Doe', 'jane@mail.example', line].join('\n'), NOW).experience;
  it('reads no job from a search, a home, or a membership before "and I …"', () => {
    expect(letter('I have been looking for a new role since March 2025.')).toEqual([]);
    expect(letter('I live in Columbus, where I have been since 2016.')).toEqual([]);
    expect(letter('I have been a patient at Mercy Hospital since 2019.')).toEqual([]);
    expect(letter('I have been a member of AACN since 2012 and I have worked at Mercy Hospital as a nurse.')).toEqual(
      [],
    );
  });
  it('drops "I\'m currently" before a role named in capitals', () => {
    expect(
      letter("I'm currently Sales Manager at Easton Gate Hotel, where I've been since October 2023."),
    ).toMatchObject([{ title: 'Sales Manager', start: '2023-10' }]);
  });
});

describe("parseProfile: an application form's fields (set 46)", () => {
  it('reads each job from its title, employer, start and end date fields', () => {
    const text = [
      'Name: Hector A. Villanueva',
      'Email: hector@example.com',
      'Current Title: Production Supervisor – Bun Lines (2nd Shift)',
      'Employer: Midwest Hearth Bakeries',
      'Start Date: 05/2020',
      'End Date: Present',
      'Duties: Supervise 24 hourly associates on two bun lines.',
      'Previous Title: Production Lead / Mixer Operator',
      'Employer: Midwest Hearth Bakeries',
      'Start Date: 08/2016',
      'End Date: 04/2020',
      'Duties: Mixer operator, then line lead.',
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Production Supervisor – Bun Lines (2nd Shift)', 'Midwest Hearth Bakeries', '2020-05', null],
      ['Production Lead / Mixer Operator', 'Midwest Hearth Bakeries', '2016-08', '2020-04'],
    ]);
  });
});

describe('parseProfile: a role held as, told in a letter (set 43)', () => {
  it('reads "I have run my own crew as foreman since 2022 with Plainsview …" as a job held since', () => {
    const text = [
      'Dustin Pruitt',
      'dustin@example.com',
      '',
      "Started as a tech with Red River Tower Services out of OKC, and I've run my own crew as foreman since 2022 with Plainsview Telecom Contractors (Wichita, KS). Mostly carrier mods.",
    ].join('\n');
    const p = parseProfile(text, NOW);
    expect(p.experience.map((e) => [e.title, e.company, e.start])).toEqual([
      ['foreman', 'Plainsview Telecom Contractors', '2022-01'],
    ]);
    // (not where one was a patron or a volunteer)
    expect(
      parseProfile("Dana Levi\n\nI've volunteered as a volunteer coach since 2019 with Little League.", NOW).experience,
    ).toEqual([]);
  });
});

describe('parseProfile on a resume typed all in lowercase', () => {
  const resume = [
    'marcus delgado',
    'la vergne, tn | 615-555-0191 | mdelgado.finish@example.com',
    '',
    'finishing foreman — commercial — 12 yrs',
    '',
    '- osha 30 (2021), osha 10 (2014)',
    '- run ames & tapetech autos: bazooka, flat boxes, angle heads, corner rollers',
    '- level 4 & level 5 finishes, fire taping, shaft walls, rated corridors',
    '',
    'work',
    'journeyman finisher — southern wall & ceiling, murfreesboro tn — 2018 to 2021',
    '- schools, two hotels and office tenant finish in rutherford and davidson counties, most of them on stilts',
    'apprentice finisher — southern wall & ceiling — 2014 to 2018',
    '',
    'i learned the trade from my uncle and i still like the work. i run a clean crew and we finish on time.',
  ].join('\n');
  it('reads its name, titles and employers as if each word of its short lines were capitalised', () => {
    const p = parseProfile(resume, NOW);
    expect(p.name).toBe('Marcus Delgado');
    expect(p.email).toBe('mdelgado.finish@example.com');
    expect(p.experience.map((e) => [e.title, e.company])).toEqual([
      ['Journeyman Finisher', 'Southern Wall & Ceiling'],
      ['Apprentice Finisher', 'Southern Wall & Ceiling'],
    ]);
  });
  it('reads one of a capital or two the same way, and one in capitals as it is', () => {
    const p = parseProfile(resume.replace('marcus delgado', 'Marcus delgado'), NOW);
    expect(p.name).toBe('Marcus Delgado');
    expect(parseProfile(`Marcus Delgado\n${resume.split('\n').slice(1).join('\n')}`.toUpperCase(), NOW).name).toBe(
      'MARCUS DELGADO',
    );
  });
});

describe('parseProfile on a CV whose jobs stand under "Professional Employment" (set 47)', () => {
  it('reads them as jobs, after its education, teaching and presentations', () => {
    const cv = [
      'CURRICULUM VITAE',
      'Dana Levi, MS, ATC',
      'Powell, OH | 614-555-0187 | dana@mail.example',
      '',
      'EDUCATION',
      '2016    M.S., Athletic Training',
      '        Ohio University, Athens, OH',
      '',
      'PRESENTATIONS',
      '2025    "Building an emergency action plan." OATA Annual Meeting, Columbus, OH',
      '',
      'PROFESSIONAL EMPLOYMENT',
      '2019-present   Athletic Trainer, OhioHealth Sports Medicine, Powell, OH',
      '               - Coverage for 28 varsity programs',
      '2016-2019      Outreach Athletic Trainer, Mount Carmel Sports Medicine, Westerville, OH',
    ].join('\n');
    expect(detectHeading('PROFESSIONAL EMPLOYMENT')?.kind).toBe('experience');
    expect(detectHeading('Presentations')?.kind).toBe('awards');
    const p = parseProfile(cv, NOW);
    expect(p.experience.map((e) => e.title)).toEqual(['Athletic Trainer', 'Outreach Athletic Trainer']);
  });
});

describe('parseProfile on a resume typed all in lowercase (review)', () => {
  it('reads a title and its employer joined by "at"', () => {
    const resume = [
      'dana levi',
      'dana@example.com',
      '',
      'experience',
      'lead backend engineer at tailspin toys, 2021 - present',
      '- built the order service and ran the team of four that kept it up through two peak seasons without an outage',
      '',
      'i like small teams and hard problems, and i write things down so the next person can pick them up.',
    ].join('\n');
    expect(parseProfile(resume, NOW).experience.map((e) => [e.title, e.company])).toEqual([
      ['Lead Backend Engineer', 'Tailspin Toys'],
    ]);
  });
});

describe('parseProfile on a sales resume whose duty and skill are "Presentations" (review of set 47)', () => {
  it('reads the duty and the skill as no heading, and the jobs after them as jobs', () => {
    const resume = [
      'Dana Levi',
      'dana@mail.example',
      '',
      'EXPERIENCE',
      'Account Executive, Acme Software, 2020 - present',
      'Presentations: ran 40+ product demos for CFOs and closed $2.1M in new business',
      'Sales Representative, Beta Corp, 2017 - 2020',
      '- Grew territory 30%',
      '',
      'SKILLS',
      'Negotiation',
      'Appointments',
      'Presentations',
      'Cold calling',
    ].join('\n');
    const p = parseProfile(resume, NOW);
    expect(p.experience.map((e) => e.title)).toEqual(['Account Executive', 'Sales Representative']);
    expect(
      resumeLines(resume)
        .filter((l) => l.heading)
        .map((l) => l.heading),
    ).toEqual(['experience', 'skills']);
  });
});
