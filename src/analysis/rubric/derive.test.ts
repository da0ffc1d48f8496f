import { describe, expect, it } from 'vitest';
import { capWarning, deriveRubric, NO_ITEMS_WARNING, yearsIn } from './derive.js';
import { jobSegments, pastedDescription } from './job-text.js';

const MARKDOWN = `We are a logistics company in Denver.

## What you'll do
- Build TypeScript services on Node.js
- Own our PostgreSQL schema

## Requirements
- 5+ years of backend development experience
- Strong TypeScript and PostgreSQL
- Experience with Kafka, RabbitMQ or SQS
- Bachelor's degree in Computer Science or a related field
- Must be authorized to work in the United States

## Nice to have
- Kubernetes
- Experience with Terraform

## Benefits
- Dental and vision insurance, 401(k) match

Acme is an equal opportunity employer. Python required.`;

const kinds = (text: string, title = 'Backend Engineer') =>
  deriveRubric(title, text).items.map((i) => `${i.kind} ${i.text}`);

/** A post's headings and the sections they open. */
const headings = (text: string) =>
  jobSegments(text)
    .filter((s) => s.heading)
    .map((s) => [s.text, s.section]);

describe('jobSegments', () => {
  it('cuts a post into bullets with their sections; after the equal-opportunity boilerplate only conditions ask', () => {
    const segs = jobSegments(MARKDOWN);
    const section = (text: string) => segs.find((s) => s.text === text)?.section;
    expect(section('Build TypeScript services on Node.js')).toBe('duties');
    expect(section('Strong TypeScript and PostgreSQL')).toBe('required');
    expect(section('Kubernetes')).toBe('optional');
    expect(section('Dental and vision insurance, 401(k) match')).toBe('about');
    // the employer's closing text: read as such, so "Python required" there asks nothing
    expect(segs.filter((s) => s.text.includes('Python required')).map((s) => s.section)).toEqual(['about']);
    expect(kinds(MARKDOWN).some((i) => /Python/.test(i))).toBe(false);
    const closing = `${MARKDOWN}\nApplicants must be at least 18 years old. We are unable to sponsor visas.`;
    expect(kinds(closing)).toContain('REQUIREMENT Applicants must be at least 18 years old');
    for (const s of segs) expect(MARKDOWN.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads "Heading:" lines, headings in capitals and inline headings', () => {
    const text = 'QUALIFICATIONS\n• Valid CDL Class A\nPreferred: Hazmat endorsement\nResponsibilities: drive routes';
    const segs = jobSegments(text);
    expect(segs.find((s) => s.text === 'Valid CDL Class A')?.section).toBe('required');
    expect(segs.find((s) => s.text === 'Hazmat endorsement')?.section).toBe('optional');
    expect(segs.find((s) => s.text === 'drive routes')?.section).toBe('duties');
  });

  it("reads a job board's summary fields and headings run on in a one-line ad", () => {
    const ad =
      'Truck Dispatcher What you need: • 2+ years of experience dispatching truckload freight • Experience with McLeod LoadMaster • ' +
      'Proficient with Microsoft Outlook and Excel Preferred: • Bilingual English/Spanish • Experience with Truckstop.com Why Redtail: ' +
      '• Modern office, free lunch every Friday, company-paid parking • QualityPro certified technician What we offer: • Paid training ' +
      'Job Type: Full-time Expected hours: 40 - 45 per week Experience: Pest control: 2 years (Required) ' +
      "License/Certification: TDA SPCS Technician License (Required) Driver's License (Required) Work Location: On the road";
    const segs = jobSegments(ad);
    const section = (text: string) => segs.find((s) => s.text === text)?.section;
    // a heading of wishes or of the offer run on after an item, with nothing after its colon
    expect(section('Proficient with Microsoft Outlook and Excel')).toBe('required');
    expect(section('Bilingual English/Spanish')).toBe('optional');
    expect(section('Experience with Truckstop.com')).toBe('optional');
    expect(section('Modern office, free lunch every Friday, company-paid parking')).toBe('about');
    // a section phrase run on after an item that would otherwise read as a heading by its colon
    expect(section('QualityPro certified technician')).toBe('about');
    expect(segs.find((s) => s.text === 'What we offer:')?.heading).toBe(true);
    // the board's fields, each a piece; a field's capitalised words stay whole
    expect(section('Pest control: 2 years (Required)')).toBe('required');
    expect(section('TDA SPCS Technician License (Required)')).toBe('required');
    expect(section("Driver's License (Required)")).toBe('required');
    expect(segs.find((s) => s.text === 'Work Location')?.heading).toBe(true);
    expect(kinds(ad, 'Truck Dispatcher').some((i) => /lunch|parking|office/i.test(i))).toBe(false);
    // a field named in capitals before "Experience:" is one heading, and a driver's licence keeps its label
    expect(
      jobSegments('Specialized Experience: One year of wildland fire suppression work').map((s) => s.text),
    ).toEqual(['Specialized Experience: One year of wildland fire suppression work']);
    expect(kinds("Requirements:\n- Driver's License: A valid Class C driver's license")).toEqual([
      "REQUIREMENT Driver's License: A valid Class C driver's license",
    ]);
  });

  it('reads a post pasted from a printed PDF: wrapped lines joined at the page width, its furniture left out', () => {
    const page = [
      'QUALIFICATIONS',
      'Required:',
      "Education: Bachelor's degree in Medical Laboratory Science / Medical",
      "Technology from a NAACLS-accredited program; OR bachelor's degree in a",
      'biological, chemical or physical science plus completion of a NAACLS-',
      'accredited MLS certificate (post-baccalaureate) program.',
      'Experience: Minimum of two (2) years of generalist experience in an acute',
      'care hospital clinical laboratory within the past five (5) years.',
      'Systems: Working knowledge of a laboratory information system and experience operating auto-',
      'mated hematology and chemistry analyzers in a busy core laboratory setting.',
      '',
      'St. Adeline Regional Medical Center     HR-PD-LAB-2204   Rev. 03/2025     Page 2 of 3',
      'Printed: 6/9/2025 10:42 AM          UNCONTROLLED COPY WHEN PRINTED',
    ].join('\n');
    const items = kinds(page, 'Medical Laboratory Scientist');
    expect(items).toContain(
      "EDUCATION Bachelor's degree in Medical Laboratory Science / Medical Technology from a NAACLS-accredited program",
    );
    expect(items.some((i) => /NAACLS-accredited MLS certificate/.test(i))).toBe(true);
    expect(items).toContain(
      'EXPERIENCE At least 2 years of generalist experience in an acute care hospital clinical laboratory',
    );
    expect(items).toContain('MUST_HAVE automated hematology');
    expect(items.some((i) => /Page|UNCONTROLLED|Printed/.test(i))).toBe(false);
    // a bullet's text wrapped onto a line indented to it goes on, in any case; a line that ends an
    // item in lower case stays its own
    const bullets = [
      'Requirements:',
      ' • Five (5) or more years of experience as a mechanic servicing hydraulic',
      '   AND traction elevators',
    ].join('\n');
    expect(kinds(bullets, 'Elevator Technician')).toContain(
      'EXPERIENCE At least 5 years of experience as a mechanic servicing hydraulic AND traction elevators',
    );
    expect(
      kinds(
        "Requirements:\nBachelor's degree in Finance (Preferred) Or 4 years of equivalent experience in lieu of degree",
      ).some((i) => /^MUST_HAVE lieu|^MUST_HAVE Or/.test(i)),
    ).toBe(false);
    // lines that are the post's own, however long, stay apart
    const own = [
      'Requirements:',
      "Bachelor's degree in Computer Science or a related field from an accredited school",
      'Experience with Kubernetes and Terraform in production environments at scale',
    ].join('\n');
    expect(kinds(own).filter((i) => /Kubernetes/.test(i)).length).toBeGreaterThan(0);
    expect(kinds(own).some((i) => /school Experience/.test(i))).toBe(false);
  });

  it('keeps a pasted description as a reader sees it: ligatures, soft hyphens and odd spaces written plainly', () => {
    expect(pastedDescription('  Certi\uFB01cation\u00A0and body \uFB02uids, docu\u00ADmentation\u200B  ')).toBe(
      'Certification and body fluids, documentation',
    );
    // a web page's markup and entities read as what they show; what only looks like a tag stays
    expect(
      pastedDescription(
        '<p>Skills</p><ul><li>SQL &amp; Tableau</li><li>Bachelor&#39;s degree</li></ul>USP <800>, <5 yrs',
      ),
    ).toBe("Skills\n\n\n- SQL & Tableau\n- Bachelor's degree\nUSP <800>, <5 yrs");
  });

  it('reads how well a thing is known as no part of it, and a wish that opens with its plus', () => {
    expect(kinds('Requirements:\nYou have to know single-ply inside and out (welding seams, flashings).')).toContain(
      'MUST_HAVE Single-Ply Roofing',
    );
    expect(kinds('Big plus if you also know mod bit or built-up, or speak Spanish.')).toEqual([
      'NICE_TO_HAVE Modified Bitumen',
      'NICE_TO_HAVE Built-Up Roofing',
      'NICE_TO_HAVE Spanish',
    ]);
  });

  it('reads a lettered item ("a.  Dockets new cases…") without its letter', () => {
    const text =
      'ESSENTIAL FUNCTIONS\na.  Dockets new cases in the case management system.\nb.  Performs other duties.';
    expect(jobSegments(text).map((s) => s.text)).toEqual([
      'ESSENTIAL FUNCTIONS',
      'Dockets new cases in the case management system.',
      'Performs other duties.',
    ]);
  });

  it('keeps "Experience with Python" an item, not a heading', () => {
    const segs = jobSegments('Requirements\n- Experience with Python\n- Skills in Excel');
    expect(segs.filter((s) => s.heading).map((s) => s.text)).toEqual(['Requirements']);
  });

  it('splits scraped ads whose list items ran together', () => {
    const text =
      'Requirements: At least 4 years of experience building services in Java Strong SQL skills Knowledge of Kotlin';
    expect(jobSegments(text).map((s) => s.text)).toEqual([
      'Requirements',
      'At least 4 years of experience building services in Java',
      'Strong SQL skills',
      'Knowledge of Kotlin',
    ]);
  });

  it('keeps a short line whole: one item, or a heading whose last word names the section', () => {
    const text = [
      'Qualifications:',
      '- Minimum 2 years of experience in mechanical design',
      '- BSN required within 5 years of hire',
      'Physical Requirements:',
      '- Ability to lift 50 lbs',
      'Daily Responsibilities:',
      '- Chart in Epic',
    ].join('\n');
    expect(jobSegments(text).map((s) => [s.text, s.section, s.heading])).toEqual([
      ['Qualifications:', 'required', true],
      ['Minimum 2 years of experience in mechanical design', 'required', false],
      ['BSN required within 5 years of hire', 'required', false],
      ['Physical Requirements:', 'required', true],
      ['Ability to lift 50 lbs', 'required', false],
      ['Daily Responsibilities:', 'duties', true],
      ['Chart in Epic', 'duties', false],
    ]);
    // a deadline is no experience asked for
    expect(
      deriveRubric('Nurse', text)
        .items.filter((i) => i.kind === 'EXPERIENCE')
        .map((i) => i.minYears),
    ).toEqual([2]);
  });

  it('reads an ad scraped into one line: run-on section phrases, the company, the benefits', () => {
    const text =
      'Minimum Required Skills: Kotlin, PostgreSQL If you love backends, read on! About Lakeside Freight: ' +
      'Lakeside Freight moves produce across the Midwest. What You Need for this Position Basic Qualifications: ' +
      'Experience with Kotlin Preferred Qualifications: Experience with Redis Familiarity with Kafka, UNIX ' +
      "What's In It for You - Medical - Dental - Bonus - Relocation Top Reasons to Work with Us 1. " +
      'Ranked a Top 50 Startup. We offer a generous benefits package including: Paid Training';
    expect(headings(text)).toEqual([
      ['Minimum Required Skills', 'required'],
      ['About Lakeside Freight', 'about'],
      ['What You Need for this Position Basic Qualifications', 'required'],
      ['Preferred Qualifications', 'optional'],
      ["What's In It for You", 'about'],
      ['Top Reasons to Work with Us', 'about'],
      ['We offer a generous benefits package including', 'about'],
    ]);
    const items = kinds(text, 'Backend Developer');
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE Kotlin',
        'MUST_HAVE PostgreSQL',
        'NICE_TO_HAVE Redis',
        'NICE_TO_HAVE Apache Kafka',
      ]),
    );
    // nothing of the company, the benefits or the reasons to join is asked of a candidate
    expect(items.filter((i) => /Lakeside|Medical|Dental|Bonus|Relocation|Top 50|Training/.test(i))).toEqual([]);
  });

  it('reads emoji bullets and emoji headings, and headings run into the next sentence', () => {
    const emoji = [
      '🎯 What You Bring',
      '✅ Proficiency in Excel',
      '✨ What Sets You Apart',
      '➤ Experience with Tableau',
      'Knowledge and Skills',
      '🔹 Knowledge of GAAP',
    ].join('\n');
    expect(headings(emoji)).toEqual([
      ['What You Bring', 'required'],
      ['What Sets You Apart', 'optional'],
      ['Knowledge and Skills', 'required'],
    ]);
    expect(kinds(emoji, 'Analyst')).toEqual(['MUST_HAVE Excel', 'NICE_TO_HAVE Tableau', 'MUST_HAVE GAAP']);

    const scraped =
      'Sous Chef - Harbor Grill. We cook from scratch. The Role Lead the line on busy nights ' +
      "What We're Looking For At least 3 years of experience as a line cook Preferred Culinary degree";
    expect(headings(scraped)).toEqual([
      ['The Role', 'duties'],
      ["What We're Looking For", 'required'],
      ['Preferred', 'optional'],
    ]);
    expect(deriveRubric('Sous Chef', scraped).items.find((i) => i.kind === 'EXPERIENCE')?.minYears).toBe(3);
    // a phrase in title case that goes on is no heading run into a sentence
    expect(headings('We are growing. Experience With Python And Go Is A Must.')).toEqual([]);
  });

  it('reads "…, ideally in …" as a demand and a wish, and years spent doing something', () => {
    const text = [
      'Requirements',
      '- You have 4+ years managing social media for a consumer brand, ideally in outdoor gear',
    ].join('\n');
    const rubric = deriveRubric('Social Media Manager', text);
    expect(rubric.items.map((i) => `${i.kind} ${i.text}`)).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE outdoor gear',
        'EXPERIENCE At least 4 years managing social media for a consumer brand',
      ]),
    );
  });

  it('reads a heading without a colon whole: "Preferred Qualifications" opens nice-to-haves', () => {
    const text = [
      'Basic Qualifications',
      '- Proficiency in SolidWorks',
      'Preferred Qualifications',
      '- Experience with ANSYS',
      'Desired Skills and Experience',
      '- Familiarity with Creo',
    ].join('\n');
    expect(headings(text)).toEqual([
      ['Basic Qualifications', 'required'],
      ['Preferred Qualifications', 'optional'],
      ['Desired Skills and Experience', 'optional'],
    ]);
    expect(kinds(text, 'Mechanical Engineer')).toEqual([
      'MUST_HAVE SolidWorks',
      'NICE_TO_HAVE ANSYS',
      'NICE_TO_HAVE PTC Creo',
    ]);
  });
});

describe('deriveRubric', () => {
  it('makes must-haves of required skills, nice-to-haves of optional ones and of alternatives', () => {
    const items = kinds(MARKDOWN);
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE TypeScript',
        'MUST_HAVE PostgreSQL',
        'NICE_TO_HAVE Apache Kafka',
        'NICE_TO_HAVE RabbitMQ',
        'NICE_TO_HAVE Kubernetes',
        'NICE_TO_HAVE Terraform',
      ]),
    );
    // duties, benefits and what follows the boilerplate are not demands
    expect(items.join('\n')).not.toMatch(/Node\.js|Dental|Python/);
  });

  it('reads years, a degree and other demands, each quoting the description verbatim', () => {
    const { items } = deriveRubric('Backend Engineer', MARKDOWN);
    const experience = items.find((i) => i.kind === 'EXPERIENCE');
    expect(experience).toMatchObject({ text: 'At least 5 years of backend development experience', minYears: 5 });
    expect(items.find((i) => i.kind === 'EDUCATION')?.text).toBe(
      "Bachelor's degree in Computer Science or a related field",
    );
    expect(items.find((i) => i.kind === 'REQUIREMENT')?.text).toBe('Must be authorized to work in the United States');
    for (const i of items) {
      expect(i.source).toBe('DERIVED');
      expect(MARKDOWN).toContain(i.quote);
    }
  });

  it('reads what the years are of into the experience item, and the skill they are of as no item besides', () => {
    const text = ['Requirements', '- 3+ years of Python experience', '- Experience with Docker'].join('\n');
    expect(kinds(text, 'Developer')).toEqual(['MUST_HAVE Docker', 'EXPERIENCE At least 3 years of Python experience']);
    // a skill another line asks for too stays an item of its own
    const again = ['Requirements', '- 3+ years of Python experience', '- Strong Python and SQL skills'].join('\n');
    expect(kinds(again, 'Developer')).toEqual([
      'MUST_HAVE Python',
      'MUST_HAVE SQL',
      'EXPERIENCE At least 3 years of Python experience',
    ]);
  });

  it('reads degrees known by their capitals as the degree, and no skill besides', () => {
    const post = [
      'Required:',
      '- BSN',
      '- MSW from a CSWE-accredited program',
      '- Two years of post-MSW experience in hospice',
      '- A Microsoft certification such as MD-102 or MS-102',
    ].join('\n');
    const items = kinds(post, 'Social Worker');
    expect(items).toEqual(
      expect.arrayContaining(['EDUCATION BSN', 'EDUCATION MSW from a CSWE-accredited program', 'NICE_TO_HAVE MD-102']),
    );
    // the degree's name is no skill of its own, a degree inside a word is none, nor is a certification's code
    expect(items).not.toContain('MUST_HAVE Nursing');
    expect(items.filter((i) => i.startsWith('EDUCATION'))).toHaveLength(2);
  });

  it('reads years however posts write them', () => {
    expect(yearsIn('3+ years of experience in accounting')?.years).toBe(3);
    expect(yearsIn('at least five years of experience as a welder')?.years).toBe(5);
    expect(yearsIn('a minimum of 4 years experience')?.years).toBe(4);
    expect(yearsIn('five (5) years of professional experience')?.years).toBe(5);
    expect(yearsIn('2-4 years of experience')?.years).toBe(2);
    expect(yearsIn('10 or more years of experience in the field')?.years).toBe(10);
    expect(yearsIn('Experience: 3 years in a similar role')?.years).toBe(3);
    expect(yearsIn('We have been in business for 30 years')).toBeNull();
    expect(yearsIn('Must be 21 years old')).toBeNull();
    // a minimum that closes the clause: how long the candidate has done it
    expect(yearsIn('Shipped production React apps with TypeScript for 3+ years')?.years).toBe(3);
    expect(yearsIn('Worked as a welder for at least 2 years.')?.years).toBe(2);
    expect(yearsIn('Sign a contract for 2 years.')).toBeNull();
    expect(yearsIn('Must have lived in the county for 3+ years')).toBeNull();
  });

  it('reads a known skill among choices in a parenthesis as a wish, and the kind the examples are of as asked', () => {
    const items = kinds(
      [
        'Requirements:',
        '- 1-2 years in a customer-facing support role (call center, help desk, or retail)',
        '- Proficiency in SolidWorks (or similar 3D CAD such as Creo or Inventor)',
      ].join('\n'),
      'Support Specialist',
    );
    expect(items).toContain('NICE_TO_HAVE Help Desk');
    expect(items).not.toContain('MUST_HAVE Help Desk');
    expect(items).toContain('MUST_HAVE CAD');
  });

  it('reads work with people, and where it was done, as a demand, not skills', () => {
    const items = kinds(
      [
        'Essential',
        '- Experience of working with children aged 5-7 in a school or childcare setting',
        '- Patience with young learners',
      ].join('\n'),
      'Teaching Assistant',
    );
    expect(items).toEqual([
      'REQUIREMENT Experience of working with children aged 5-7 in a school or childcare setting',
      'REQUIREMENT Patience with young learners',
    ]);
  });

  it('reads the parts of a skill listed after it, no choice offered, as saying more of it', () => {
    const items = kinds(
      [
        'Requirements:',
        '- Advanced Excel skills (pivot tables, VLOOKUP)',
        '- AWS: EC2, S3 and Lambda',
        '- SCADA (Wonderware or Ignition)',
        '- VLOOKUP and pivot tables',
      ].join('\n'),
      'Analyst',
    );
    expect(items).toEqual([
      'MUST_HAVE Excel',
      'MUST_HAVE AWS',
      'MUST_HAVE SCADA',
      'NICE_TO_HAVE Wonderware',
      'NICE_TO_HAVE Ignition',
      'MUST_HAVE VLOOKUP',
      'MUST_HAVE Pivot Tables',
    ]);
  });

  it('reads "are pluses" and "is nice" as wishes', () => {
    const items = kinds(
      'Requirements:\n- Butchery experience and familiarity with wood-fired cooking are pluses.\n- Spanish is nice but not required',
      'Sous Chef',
    );
    expect(items).toEqual(['NICE_TO_HAVE Butchery', 'NICE_TO_HAVE wood-fired cooking', 'NICE_TO_HAVE Spanish']);
  });

  it('reads prose posts without headings by their wording', () => {
    const prose =
      'We are looking for a line cook with 2 years of experience in a busy kitchen. You must hold a current food handler card. Spanish is a plus. Shifts are evenings and weekends.';
    const items = kinds(prose, 'Line Cook');
    expect(items).toContain('EXPERIENCE At least 2 years of experience in a busy kitchen');
    expect(items).toContain('REQUIREMENT You must hold a current food handler card');
    expect(items.some((i) => i.startsWith('NICE_TO_HAVE') && /Spanish/i.test(i))).toBe(true);
    expect(items.join('\n')).not.toMatch(/Shifts/);
  });

  it('reads a minimum age as a condition, wherever it sits', () => {
    const text = ['Nice to have', '- 18 years of age or older', '- Experience with Excel'].join('\n');
    expect(kinds(text, 'Warehouse Associate')).toEqual(['REQUIREMENT 18 years of age or older', 'NICE_TO_HAVE Excel']);
  });

  it('names a preferred credential in full when the vocabulary knows only a word of it', () => {
    const text = [
      'Requirements',
      '- 2 years of payroll processing',
      'Preferred Qualifications',
      '- Fundamental Payroll Certification (FPC) or Certified Payroll Professional (CPP)',
      '- PHR certification',
    ].join('\n');
    const items = kinds(text, 'Payroll Specialist');
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE Fundamental Payroll Certification',
        'NICE_TO_HAVE Certified Payroll Professional',
        'NICE_TO_HAVE PHR',
      ]),
    );
    // the known skill says all of "PHR certification": no second item for it
    expect(items.filter((i) => /PHR/.test(i))).toEqual(['NICE_TO_HAVE PHR']);
  });

  it('takes the names listed beside a known skill, and lists after "using" or "training in"', () => {
    const text = [
      'Requirements:',
      '- A structured sales methodology such as MEDDICC, Challenger or Command of the Message',
      '- Legal research using Fastcase or Casemaker',
      'Even better if you have:',
      '- Training in Guided Reading, Eureka Math or NGSS',
      '- Bilingual in English and Spanish',
    ].join('\n');
    const items = kinds(text, 'Account Executive');
    for (const name of ['Challenger', 'Fastcase', 'Casemaker', 'Eureka Math', 'NGSS']) {
      expect(items).toContain(`NICE_TO_HAVE ${name}`);
    }
    // a lead-in is no name
    expect(items.join('\n')).not.toMatch(/Bilingual in English/);
  });

  it('asks nothing in the employer voice or about pay, unless it says what the candidate needs', () => {
    const text = [
      'Requirements:',
      '- Our company is a rapidly growing ratings platform headquartered in Washington',
      '- We have ambitious product plans and great momentum',
      '- Highly competitive base pay and benefits',
      'Initial responsibilities will include the following:',
      '- Developing new features',
      'Requirements:',
      '- We require 3 years of experience with Java',
    ].join('\n');
    expect(kinds(text, 'Developer')).toEqual(['EXPERIENCE At least 3 years of experience with Java']);
  });

  it('cuts a one-line ad whose headings are in sentence case, before the phrases that open an item', () => {
    const ad =
      "About the job We are growing. What you'll do Inspect property damage What we're looking for 2 or more years of claims experience Valid driver's license and clean driving record Fluent Spanish Nice to have Experience with Guidewire ClaimCenter";
    expect(headings(ad)).toEqual([
      ["What you'll do", 'duties'],
      ["What we're looking for", 'required'],
      ['Nice to have', 'optional'],
    ]);
    expect(kinds(ad, 'Claims Adjuster')).toEqual(
      expect.arrayContaining([
        "REQUIREMENT Valid driver's license and clean driving record",
        'MUST_HAVE Spanish',
        'EXPERIENCE At least 2 years of claims experience',
      ]),
    );
  });

  it('reads sub-headings of a qualifications section: Education, Work Experience, Certifications, Physical Requirements', () => {
    const post = [
      'Qualifications',
      '',
      'Education',
      'High school diploma or GED required.',
      '',
      'Work Experience',
      'Minimum of three (3) years of property management experience.',
      '',
      'Preferred Skills',
      '· Yardi Voyager',
      '',
      'Certifications/Licenses',
      "Valid driver's license and reliable transportation.",
      '',
      'Physical Requirements',
      '· Ability to lift up to 25 pounds',
      '',
      'Working Conditions',
      'Office environment on site.',
    ].join('\n');
    expect(headings(post)).toEqual([
      ['Qualifications', 'required'],
      ['Education', 'required'],
      ['Work Experience', 'required'],
      ['Preferred Skills', 'optional'],
      ['Certifications/Licenses', 'required'],
      ['Physical Requirements', 'required'],
      ['Working Conditions', 'duties'],
    ]);
    const items = kinds(post, 'Property Manager');
    expect(items).toContain("REQUIREMENT Valid driver's license and reliable transportation");
    expect(items).toContain('REQUIREMENT Ability to lift up to 25 pounds');
    expect(items).not.toContain('MUST_HAVE Education');
  });

  it('reads the items under "Ability to:" as abilities and a candidate\'s qualifications in a post without headings', () => {
    const ksa =
      'KNOWLEDGE OF:\n- Accident investigation\nABILITY TO:\n- Prepare clear, concise reports and training materials';
    expect(kinds(ksa, 'Safety Specialist')).toEqual([
      'MUST_HAVE Accident investigation',
      'REQUIREMENT Prepare clear, concise reports and training materials',
    ]);
    const bare = [
      '→ Write and submit 40+ proposals a year',
      '→ Several years of grant writing experience and a record of awards',
      '→ Able to build project budgets that tie to the narrative',
      "→ Bachelor's degree in English or a related field",
      '→ Kindful or another donor database is a bonus',
    ].join('\n');
    expect(kinds(bare, 'Grant Writer')).toEqual([
      'REQUIREMENT Several years of grant writing experience and a record of awards',
      'REQUIREMENT Able to build project budgets that tie to the narrative',
      "EDUCATION Bachelor's degree in English or a related field",
      'NICE_TO_HAVE Kindful',
      'NICE_TO_HAVE donor database',
    ]);
  });

  it('reads names given as examples or alternatives in a parenthesis as nice-to-haves', () => {
    const items = kinds(
      'Requirements\n- ELD logs (Samsara or Motive)\n- CI/CD for mobile (Fastlane, Xcode Cloud or Bitrise)\n- Knowledge of employment law (FLSA, FMLA and ADA)',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE Samsara',
        'NICE_TO_HAVE Motive',
        'NICE_TO_HAVE Fastlane',
        'NICE_TO_HAVE Bitrise',
      ]),
    );
    // a list with "and" says what the job covers, not examples to choose from
    expect(items.some((i) => /FLSA|FMLA/.test(i))).toBe(false);
  });

  it('reads a skills table pasted as text by the level of each row', () => {
    const table = 'Skill | Level\nCNC mill setup | Required – independent\nCMM operation | Preferred – basic';
    const segs = jobSegments(table);
    expect(segs.map((s) => [s.text, s.section])).toEqual([
      ['CNC mill setup', 'required'],
      ['CMM operation', 'optional'],
    ]);
    // an ad's header with pipes is text
    expect(jobSegments('Full-time | Salary $85,000 | Pinecrest Harbor')[0]!.text).toContain('|');
  });

  it("reads a demand the company's text says to the candidate", () => {
    const post =
      '## Location\nRemote within Europe. You must be legally able to work in Portugal.\n## Benefits\n- Bonus';
    expect(kinds(post)).toEqual(['REQUIREMENT You must be legally able to work in Portugal']);
  });

  it('reads a skill and a narrower one that shows it as no choice: "CPR/BLS" is required', () => {
    expect(kinds('Requirements\n* CPR/BLS for healthcare providers', 'Dental Assistant')).toEqual([
      'MUST_HAVE CPR',
      'MUST_HAVE BLS',
    ]);
  });

  it('makes one item of a skill asked twice, a must-have winning over a nice-to-have', () => {
    const { items } = deriveRubric('Analyst', 'Preferred:\n- SQL\nRequirements:\n- SQL and Excel');
    expect(items.filter((i) => i.text === 'SQL').map((i) => i.kind)).toEqual(['MUST_HAVE']);
  });

  it('accepts a description with nothing to derive, and says so', () => {
    const result = deriveRubric('Store Manager', 'You will run our flagship store and lead a team of twelve.');
    expect(result.items).toEqual([]);
    expect(result.warnings).toEqual([NO_ITEMS_WARNING]);
  });

  describe('shapes of civil-service, staffing-agency, job-board and British posts', () => {
    it('reads the clauses of a semicolon paragraph, each from the words that open it', () => {
      const post =
        'KNOWLEDGE AND ABILITIES\nKnowledge of hydraulic systems; skill in the use of torque wrenches, borescopes and ' +
        'other inspection tools; ability to read and interpret wiring diagrams and parts catalogs.';
      expect(kinds(post, 'Mechanic')).toEqual(
        expect.arrayContaining([
          'MUST_HAVE Hydraulics',
          'MUST_HAVE torque wrenches',
          'MUST_HAVE borescopes',
          'MUST_HAVE inspection tools',
          'MUST_HAVE wiring diagrams',
          'MUST_HAVE parts catalogs',
        ]),
      );
      // in prose, a clause goes on from the sentence that asks
      const prose = 'About the job. You must have a forklift certificate; steel-toe boots; a clean driving record.';
      expect(kinds(prose, 'Loader').filter((i) => /boots|driving record/.test(i))).toHaveLength(2);
    });

    it('keeps one semicolon whole unless one half is only wished for', () => {
      const post =
        'Requirements\n- Mostly desk-based; site visits need sturdy footwear\n- Class B licence required; tanker endorsement preferred';
      const items = kinds(post, 'Driver');
      expect(items.some((i) => /^MUST_HAVE Mostly desk-based$/.test(i))).toBe(false);
      expect(items).toContain('NICE_TO_HAVE tanker endorsement');
    });

    it("reads a label on a list item as that item's own, and an education label as schooling", () => {
      const post = [
        'What you need',
        '- **Education:** Completion of a two-year veterinary technology program',
        '- **Schedule:** Available two weekends a month',
        '- Must: ServSafe certification. Bonus: catering experience',
        '- Knife skills',
      ].join('\n');
      const items = kinds(post, 'Cook');
      expect(items).toContain('EDUCATION Completion of a two-year veterinary technology program');
      expect(items).toContain('REQUIREMENT Available two weekends a month');
      expect(items).toContain('NICE_TO_HAVE catering experience');
      // "Bonus:" on the item before does not make this one a wish
      expect(items).toContain('MUST_HAVE Knife Skills');
      const civil = 'MINIMUM QUALIFICATIONS\nEducation/Training: Completion of a registered plumbing apprenticeship.';
      expect(kinds(civil, 'Plumber')).toEqual(['EDUCATION Completion of a registered plumbing apprenticeship']);
    });

    it('asks for a credential by its name alone', () => {
      expect(kinds('Requirements\n- NFPA 72 inspector certification', 'Fire Alarm Tech')).toContain(
        'REQUIREMENT NFPA 72 inspector certification',
      );
      expect(kinds('Requirements\n- Current food handler card', 'Cook')).toContain(
        'REQUIREMENT Current food handler card',
      );
    });

    it('reads years in a role as the experience item, and a demand beside them only after its own clause', () => {
      const plain = kinds(
        'Requirements\n- Three years of paid experience as a line cook in a high-volume kitchen',
        'Cook',
      );
      expect(plain.filter((i) => i.startsWith('REQUIREMENT'))).toEqual([]);
      expect(plain).toContain('EXPERIENCE At least 3 years of paid experience as a line cook in a high-volume kitchen');
      const beside = kinds(
        'Requirements\n- Five years of site experience, with at least two projects over $20M delivered on schedule',
        'Superintendent',
      );
      expect(beside.some((i) => i.startsWith('REQUIREMENT'))).toBe(true);
    });

    it('reads months of experience, and years only wished for when none are asked', () => {
      expect(kinds('Requirements\n- At least 18 months of warehouse experience', 'Picker')).toContain(
        'EXPERIENCE At least 1.5 years of warehouse experience',
      );
      expect(kinds('Requirements\n- 6+ months of retail experience', 'Clerk')).toContain(
        'EXPERIENCE At least 6 months of retail experience',
      );
      expect(kinds('Desirable\n- Two years of experience in a call centre', 'Agent')).toContain(
        'EXPERIENCE At least 2 years of experience in a call centre (preferred)',
      );
    });

    it('knows the headings of class specifications, criteria tables and agency posts', () => {
      const post = [
        'DEFINITION',
        'Under direction, performs skilled carpentry; does related work as required.',
        'EXAMPLES OF DUTIES (illustrative only)',
        '- Builds forms for concrete',
        'Top Skills Details:',
        'Framing, finish carpentry',
        'Additional Skills & Qualifications:',
        '- Valid driver license required',
        'Experience Level:',
        'Intermediate Level',
        'Essential criteria',
        'Criterion\tHow assessed',
        'Experience with Revit\tApplication',
        'Desirable criteria',
        'Criterion\tHow assessed',
        'Experience with SketchUp\tInterview',
        'Additional information',
        'This post is subject to an enhanced DBS check.',
      ].join('\n');
      expect(headings(post)).toEqual([
        ['DEFINITION', 'duties'],
        ['EXAMPLES OF DUTIES (illustrative only)', 'duties'],
        ['Top Skills Details:', 'required'],
        ['Additional Skills & Qualifications:', 'required'],
        ['Experience Level:', 'about'],
        ['Essential criteria', 'required'],
        ['Desirable criteria', 'optional'],
        ['Additional information', 'about'],
      ]);
      const items = kinds(post, 'Carpenter');
      expect(items).toEqual(
        expect.arrayContaining([
          'MUST_HAVE Revit',
          'NICE_TO_HAVE SketchUp',
          'REQUIREMENT This post is subject to an enhanced DBS check',
        ]),
      );
      // "as required", a table's header, the level of the post: no items
      expect(items.filter((i) => /related work|Criterion|Intermediate|Application|Interview/.test(i))).toEqual([]);
    });

    it('keeps a list item that introduces sub-items in its section', () => {
      const post =
        'REQUIREMENTS\n- Field software:\n  - Procore\n  - Bluebeam Revu\nNICE TO HAVE\n- Lean tools:\n  - Last Planner System';
      expect(kinds(post, 'Superintendent')).toEqual(
        expect.arrayContaining(['MUST_HAVE Procore', 'MUST_HAVE Bluebeam', 'NICE_TO_HAVE Last Planner System']),
      );
    });

    it('asks nothing of how to apply or who is welcome to', () => {
      const post =
        'Requirements\n- New grads: Welcome to apply, we pair you with a mentor\n- Please send a resume and two references to the clinic manager';
      expect(kinds(post, 'Nurse')).toEqual([]);
    });

    it('reads "X (or Y" as alternatives, experience doing something as a list of what, and names with "The"', () => {
      expect(kinds('Requirements\n- QuickBooks (or Xero, we can train you)', 'Bookkeeper')).toEqual([
        'NICE_TO_HAVE QuickBooks',
        'NICE_TO_HAVE Xero',
      ]);
      expect(kinds('Requirements\n- Experience conducting stakeholder interviews', 'Researcher')).toContain(
        'MUST_HAVE stakeholder interviews',
      );
      expect(
        kinds('Nice to have\n- Experience with The Pyramid Model or a similar behaviour framework', 'Teacher'),
      ).toEqual(['NICE_TO_HAVE The Pyramid Model', 'NICE_TO_HAVE behaviour framework']);
      // an aside in a parenthesis does not end the list
      expect(
        kinds('Requirements\n- Knowledge of drug interactions (major and minor), dosage forms and sig codes', 'Tech'),
      ).toEqual(expect.arrayContaining(['MUST_HAVE dosage forms', 'MUST_HAVE sig codes']));
    });
  });

  describe('shapes of Lever pastes, question headings, e-mails and mixed lists', () => {
    it('reads headings written as questions, and "You\'ll thrive here if you have" without a colon', () => {
      const post = [
        'Who are we?',
        'A family bakery with two shops.',
        'What do you need to bring?',
        '- Laminated dough experience',
        'What would make you stand out?',
        '- Sugar work',
        'How do I apply?',
        'Send us a note.',
        '',
        "You'll thrive here if you have",
        'Strong Excel',
        'Extra credit',
        'Tableau',
      ].join('\n');
      expect(headings(post).map(([, mode]) => mode)).toEqual([
        'about',
        'required',
        'optional',
        'about',
        'required',
        'optional',
      ]);
      expect(kinds(post, 'Baker')).toEqual(
        expect.arrayContaining([
          'MUST_HAVE Laminated dough experience',
          'NICE_TO_HAVE Sugar work',
          'MUST_HAVE Excel',
          'NICE_TO_HAVE Tableau',
        ]),
      );
    });

    it('lets each line of a "Responsibilities & Qualifications" list say what it is', () => {
      const post = [
        'Responsibilities & Qualifications:',
        '- Install racking and modules on roofs',
        '- Able to lift 50 lbs repeatedly',
        '- NABCEP PV Associate a plus',
      ].join('\n');
      const items = kinds(post, 'Installer');
      expect(items).toEqual(
        expect.arrayContaining(['REQUIREMENT Able to lift 50 lbs repeatedly', 'NICE_TO_HAVE NABCEP PV Associate']),
      );
      expect(items.some((i) => /racking/.test(i))).toBe(false);
    });

    it('ends a post written as an e-mail at its sign-off, and reads a must said outright in any section', () => {
      const post = [
        'Hi all,',
        'What I actually need:',
        '- SAP MM',
        'Would be great but not deal-breakers:',
        '- Coupa',
        '- Weekly travel to the plants, so a car and a license are a must.',
        'Thanks!',
        'Marcy Webb',
        'Procurement Manager',
      ].join('\n');
      const items = kinds(post, 'Buyer');
      expect(items).toEqual(
        expect.arrayContaining([
          'NICE_TO_HAVE Coupa',
          'REQUIREMENT Weekly travel to the plants, so a car and a license are a must',
        ]),
      );
      expect(items.some((i) => /Marcy|Procurement Manager|Thanks/.test(i))).toBe(false);
    });

    it('reads pay on a line of its own as pay, a list item\'s "Experience with X:" as content, and dot leaders as one line', () => {
      const post = [
        'Nice to have',
        '- Grafana',
        '$168,000 - $196,000 a year',
        'Requirements',
        '- Experience with power tools: drills, saws',
        'FLIGHT TIME MINIMUMS',
        'Night Time ................ 100 hours',
      ].join('\n');
      const items = kinds(post, 'Tech');
      expect(items.some((i) => /\$/.test(i))).toBe(false);
      expect(items).toContain('MUST_HAVE power tools');
      expect(jobSegments(post).some((s) => s.text === 'Night Time ................ 100 hours')).toBe(true);
    });
  });

  describe('posts pasted from a PDF, union announcements, questions, tags and levels', () => {
    it('joins lines a PDF wrapped mid-sentence, but not list items in lower case', () => {
      const post = [
        'MINIMUM REQUIREMENTS',
        'Completion of a registered pipefitter apprenticeship, or of an equivalent',
        'state-registered program; a valid driver license.',
        'You will:',
        'weld pipe',
        'read blueprints',
      ].join('\n');
      const segs = jobSegments(post);
      expect(
        segs.some((s) =>
          s.text.startsWith(
            'Completion of a registered pipefitter apprenticeship, or of an equivalent\nstate-registered',
          ),
        ),
      ).toBe(true);
      expect(segs.filter((s) => s.text === 'weld pipe' || s.text === 'read blueprints')).toHaveLength(2);
    });

    it('reads numbered sections of an announcement, and skips the "AND" between its conditions', () => {
      const post = [
        'I. NATURE OF WORK',
        'Maintains boilers in district buildings.',
        'II. MINIMUM ENTRANCE REQUIREMENTS',
        '(a) Possession of a valid boiler operator license;',
        'AND',
        '(b) Ability to lift 50 pounds.',
        'III. EXAMINATION',
        'Candidates will be ranked by score.',
      ].join('\n');
      expect(headings(post)).toEqual([
        ['NATURE OF WORK', 'duties'],
        ['MINIMUM ENTRANCE REQUIREMENTS', 'required'],
        ['EXAMINATION', 'plain'],
      ]);
      expect(kinds(post, 'Boiler Operator')).toEqual([
        'REQUIREMENT Possession of a valid boiler operator license',
        'REQUIREMENT Ability to lift 50 pounds',
      ]);
    });

    it('reads requirements asked as questions, levels in tags, and levels after a dash', () => {
      const questions = [
        'Can you answer yes to these?',
        "1. Do you hold a bachelor's degree in nursing?",
        '2. Can you pass a fingerprint background check?',
      ].join('\n');
      expect(kinds(questions, 'Nurse')).toEqual([
        "EDUCATION bachelor's degree in nursing",
        'REQUIREMENT pass a fingerprint background check',
      ]);
      const tagged = 'Requirements\n1. Zendesk (must)\n2. Intercom (plus)';
      expect(kinds(tagged, 'Support')).toEqual(['MUST_HAVE Zendesk', 'NICE_TO_HAVE Intercom']);
      const levels =
        'What would make you stand out (skill — level)\n- Medidata Rave — user\n- Phlebotomy — independent';
      expect(kinds(levels, 'Coordinator')).toEqual(['NICE_TO_HAVE Medidata Rave', 'NICE_TO_HAVE Phlebotomy']);
    });
  });

  describe('lists under "KNOWLEDGE OF", principles, levels after a name, and the employer\'s own lines', () => {
    it('reads the items of a "KNOWLEDGE OF" list and a list after "the principles of"', () => {
      const post = [
        'KNOWLEDGE OF',
        'Principles and practices of kiln firing, glaze chemistry and mold making;',
        'the Uniform Building Code and local fire codes.',
      ].join('\n');
      expect(kinds(post, 'Ceramicist')).toEqual(
        expect.arrayContaining([
          'MUST_HAVE kiln firing',
          'MUST_HAVE glaze chemistry',
          'MUST_HAVE mold making',
          'MUST_HAVE Uniform Building Code',
        ]),
      );
    });

    it('leaves the level out of a listed name, and reads "comfortable in" a place as no skill', () => {
      const items = kinds(
        'Requirements\n- Experience with vacuum forming preferred\n- Comfortable in tight spaces and on ladders',
        'Tech',
      );
      expect(items).toContain('NICE_TO_HAVE vacuum forming');
      expect(items.some((i) => /^MUST_HAVE tight spaces/.test(i))).toBe(false);
    });

    it('asks nothing of a line about pay or how to reach the employer, or of the work location', () => {
      const post = [
        'Requirements',
        '- Pay is a 60/40 fee split in your favor',
        '- Call Renee Okafor at 555-0154',
        'Work Location: In person',
      ].join('\n');
      expect(kinds(post, 'Appraiser')).toEqual([]);
    });
  });

  describe('federal announcements, social-media ads, e-mails and hospital posts', () => {
    it('reads "X Required" at the end of a field line as the field, not a heading, and required documents as none', () => {
      const post = [
        'Security clearance',
        'Not Required',
        'Drug test',
        'Yes',
        'Qualifications',
        "- Valid driver's license",
        'Required Documents',
        '- Resume showing hours worked per week',
        '- College transcripts',
      ].join('\n');
      const items = kinds(post, 'Park Ranger');
      expect(items.some((i) => /Drug test|^MUST_HAVE Yes|transcripts|Resume showing/.test(i))).toBe(false);
      expect(items.some((i) => /driver's license/.test(i))).toBe(true);
    });

    it('reads "meet ONE of the following:" as an introduction and "Conditions of Employment" as a sub-heading', () => {
      const post = [
        'Requirements',
        'Conditions of Employment',
        '- U.S. Citizenship is required.',
        'To qualify, you must meet ONE of the following:',
        'Experience refers to paid and unpaid experience, including volunteer work.',
      ].join('\n');
      const items = kinds(post, 'Park Ranger');
      expect(items.some((i) => /following|Conditions of Employment|refers to|unpaid/.test(i))).toBe(false);
      expect(items).toContainEqual(expect.stringMatching(/^REQUIREMENT U\.S\. Citizenship is required/));
    });

    it('keeps an in-line label to its own line: the next line is not schooling', () => {
      const post = [
        'Qualifications',
        'Education: Completion of a two-year program in welding technology.',
        'Field Experience: You must have completed a training course in structural steel inspection.',
      ].join('\n');
      const items = kinds(post, 'Welder');
      expect(items.some((i) => /^EDUCATION .*steel inspection/.test(i))).toBe(false);
      expect(items).toContainEqual(expect.stringMatching(/^EDUCATION .*welding technology/));
    });

    it("reads a school's graduate as education", () => {
      expect(kinds('Requirements\n- Graduate of an accredited dental hygiene program', 'Hygienist')).toContainEqual(
        expect.stringMatching(/^EDUCATION Graduate of an accredited dental hygiene program/),
      );
    });

    it("reads a wish in a parenthesis as the parenthesis's own, and years spent doing something after one", () => {
      const post = [
        'What we need:',
        '✅ 2+ yrs line cook experience (fine dining preferred)',
        'Must have:',
        '- At least 3 years (three seasons) guiding whitewater trips',
      ].join('\n');
      const items = kinds(post, 'Guide');
      expect(items).toContain('EXPERIENCE At least 3 years of experience');
      expect(items.some((i) => /^EXPERIENCE .*preferred/.test(i))).toBe(false);
    });

    it('asks nothing of pay by the hour, hours a week, hashtags or what is not needed', () => {
      const post = [
        'Requirements:',
        '- Food handler card',
        'Bonus: latte art',
        '',
        '💵 $17–$20/hr + tips',
        '🗓️ 25–32 hrs/week',
        'No experience needed.',
        '#hiring #coffee #baristajobs',
      ].join('\n');
      const items = kinds(post, 'Barista');
      expect(items.some((i) => /\$17|hrs|#hiring|week|No experience/.test(i))).toBe(false);
    });

    it('reads no years in a sentence about the business, and reads exposure as a condition, not skills', () => {
      const post = [
        'Most of our clients have been with us 10+ years, so this is a steady place to work.',
        'Physical Requirements:',
        '- Exposure to fumes, loud noise and extreme heat',
      ].join('\n');
      const items = kinds(post, 'Welder');
      expect(items.some((i) => /10\+ years|^MUST_HAVE (?:fumes|loud noise)/.test(i))).toBe(false);
      expect(items).toContainEqual(expect.stringMatching(/^REQUIREMENT Exposure to fumes/));
    });

    it("reads soft skills asked for as a requirement in the post's words, not a skill to gate on", () => {
      const items = kinds('Requirements\n- Strong written and verbal communication skills\n- Excel', 'Clerk');
      expect(items).toContain('REQUIREMENT Strong written and verbal communication skills');
      expect(items.some((i) => /^MUST_HAVE .*[Cc]ommunication/.test(i))).toBe(false);
    });

    it('reads a credential asked by its name as the requirement alone, not a skill besides it', () => {
      const items = kinds(
        'Requirements\n- Current BLS certification from the American Heart Association\n- Valid Class A CDL',
        'Driver',
      );
      expect(items).toEqual(
        expect.arrayContaining([
          'REQUIREMENT Current BLS certification from the American Heart Association',
          'REQUIREMENT Valid Class A CDL',
        ]),
      );
      expect(items.some((i) => /^MUST_HAVE (?:CPR|CDL)/.test(i))).toBe(false);
    });

    it('reads where the experience was gained as no must-have skill, while a wished-for setting stays', () => {
      const items = kinds(
        'Requirements\n- 1+ year of venipuncture experience in a clinical or laboratory setting\nNice to have\n- Manufacturing environment',
        'Phlebotomist',
      );
      expect(items.some((i) => /^MUST_HAVE .*setting/.test(i))).toBe(false);
      expect(items).toContain('NICE_TO_HAVE Manufacturing environment');
    });

    it('tells an OSHA 10 card from an OSHA 30 one', () => {
      const items = kinds('Requirements\n- OSHA 10 card required; OSHA 30 preferred.', 'Carpenter');
      expect(items).toContain('NICE_TO_HAVE OSHA 30');
    });
  });

  describe('the eleventh round: board pages, examples of a kind, paths, qualities', () => {
    it('reads nothing above a board\'s "Full job description" and no form\'s Yes / No', () => {
      const post = [
        'Line Cook',
        'Profile insights',
        'Skills',
        'Do you have experience in Sushi?',
        'Yes',
        'No',
        'Job details',
        'Pay',
        '$18 an hour',
        '',
        'Full job description',
        'Requirements:',
        '- 1 year of line cook experience',
        '- Knife skills',
      ].join('\n');
      const items = kinds(post, 'Line Cook');
      expect(items.some((i) => /Sushi|Yes|No$|Job details|Pay/.test(i))).toBe(false);
      expect(items).toContainEqual(expect.stringMatching(/^MUST_HAVE Knife skills$/i));
      // a form's answers are no items wherever they stand
      expect(jobSegments('Requirements\nCan you lift 50 lbs?\nYes\nNo').map((s) => s.text)).not.toContain('Yes');
    });

    it('reads names closed by "or similar" or "or another" as examples of the kind asked, none a gate', () => {
      const items = kinds(
        'Requirements\n- Experience with a CRM (Salesforce, HubSpot or similar)\n- Experience with Python or another scripting language\n- Hands-on with a WMS (Manhattan, Blue Yonder, Deposco or similar)\n- Experience with Dealertrack, Reynolds & Reynolds or similar dealer management system',
        'Sales Operations Analyst',
      );
      // HubSpot is a CRM to the vocabulary: the CRM asked stays asked
      expect(items).toEqual(
        expect.arrayContaining([
          'MUST_HAVE CRM',
          'NICE_TO_HAVE Salesforce',
          'NICE_TO_HAVE Python',
          'NICE_TO_HAVE Blue Yonder',
          'MUST_HAVE dealer management system (e.g. Dealertrack, Reynolds)',
        ]),
      );
      expect(
        items.some((i) =>
          /^MUST_HAVE (?:Salesforce|HubSpot|Python|Manhattan|Blue Yonder|Deposco|Dealertrack|Reynolds)/.test(i),
        ),
      ).toBe(false);
    });

    it('reads a cue ("such as", "one of", "like") as offering the names after it, not the whole line', () => {
      const items = kinds(
        [
          'Requirements',
          "- You're fluent in at least one of Go, Java or Python, and comfortable with SQL",
          '- You have worked with message queues such as Kafka or RabbitMQ',
          '- Experience with an ITSM ticketing system such as ServiceNow, Jira Service Management or Zendesk',
          '- Experience with Kubernetes; we would like you to know Terraform too',
        ].join('\n'),
        'Backend Engineer',
      );
      expect(items).toEqual(
        expect.arrayContaining([
          'MUST_HAVE SQL',
          'MUST_HAVE Message Queues',
          'NICE_TO_HAVE Go',
          'NICE_TO_HAVE Python',
          'NICE_TO_HAVE Apache Kafka',
          'NICE_TO_HAVE RabbitMQ',
          'NICE_TO_HAVE ServiceNow',
          'NICE_TO_HAVE Zendesk',
          'MUST_HAVE Kubernetes',
          'MUST_HAVE Terraform',
        ]),
      );
    });

    it('reads what may be had after hire as a condition, not a gate, and a remark that the employer provides it as no demand', () => {
      const items = kinds(
        [
          'Requirements',
          '- BLS certification from the American Heart Association; ACLS within 6 months of hire',
          '- Class A CDL, or ability to obtain within 90 days of hire',
          '- 6 months of forklift experience (certification provided on site)',
          '- Dentrix (or Eaglesoft, we will train you)',
        ].join('\n'),
        'Registered Nurse',
      );
      expect(items).toEqual(
        expect.arrayContaining([
          'NICE_TO_HAVE ACLS',
          'REQUIREMENT ACLS within 6 months of hire',
          'NICE_TO_HAVE CDL Class A',
          'REQUIREMENT Class A CDL, or ability to obtain within 90 days of hire',
          'NICE_TO_HAVE Dentrix',
          'NICE_TO_HAVE Eaglesoft',
        ]),
      );
      expect(
        items.some((i) => /^MUST_HAVE (?:ACLS|CDL(?: Class A)?)$|^REQUIREMENT .*forklift experience/.test(i)),
      ).toBe(false);
      expect(items).toContain('EXPERIENCE At least 6 months of forklift experience');
    });

    it("ends a degree's item where the sentence goes on to another demand", () => {
      expect(
        kinds(
          "About you\nYou hold a bachelor's degree in Accounting or Finance and have 2-4 years of experience in public accounting.",
          'Staff Accountant',
        ),
      ).toContain("EDUCATION bachelor's degree in Accounting or Finance");
      expect(
        kinds('Requirements:\n- MS or PhD in Statistics or a related quantitative field', 'Data Scientist'),
      ).toContain('EDUCATION MS or PhD in Statistics or a related quantitative field');
    });

    it('reads the shapes of common pastes: "Essential" and "Desirable", LinkedIn\'s "About the job", one-letter names among examples, a driver\'s minimum age', () => {
      const uk = kinds(
        'Person specification\nEssential:\n- GCSEs in English and Maths at grade C/4 or above\n- An enhanced DBS check\nDesirable:\n- British Sign Language (BSL) Level 1',
        'Teaching Assistant',
      );
      expect(uk).toEqual(
        expect.arrayContaining([
          'REQUIREMENT GCSEs in English and Maths at grade C/4 or above',
          'REQUIREMENT An enhanced DBS check',
          'NICE_TO_HAVE British Sign Language',
        ]),
      );
      const google = kinds(
        [
          'Minimum qualifications:',
          '2 years of experience with software development in one or more programming languages (e.g., Python, C, C++, Java, JavaScript).',
          'Preferred qualifications:',
          'Experience with Android or iOS development.',
          '',
          'About the job',
          'Our software engineers develop the next-generation technologies that change how billions of users connect.',
        ].join('\n'),
        'Software Engineer',
      );
      expect(google).toEqual(expect.arrayContaining(['NICE_TO_HAVE C', 'NICE_TO_HAVE C++', 'NICE_TO_HAVE Python']));
      expect(google.some((i) => /About the job|^MUST_HAVE (?:C|C\+\+|Python|Java)$|in one$/.test(i))).toBe(false);
      expect(kinds('Requirements:\n* Must be at least 23 years old', 'Truck Driver')).toEqual([
        'REQUIREMENT Must be at least 23 years old',
      ]);
    });

    it('reads an ability to do skilled work on a list of things as must-haves, and a physical demand as a requirement', () => {
      const items = kinds(
        'Requirements\n- Ability to interpret engineering drawings, staking sheets and legal descriptions\n- Must be able to lift, push and pull 50 lbs',
        'GIS Analyst',
      );
      expect(items).toEqual([
        'MUST_HAVE engineering drawings',
        'MUST_HAVE staking sheets',
        'MUST_HAVE legal descriptions',
        'REQUIREMENT Must be able to lift, push and pull 50 lbs',
      ]);
      // a question asks the same; where the work is done is no part of the last name
      expect(
        kinds(
          'Requirements\n- Can you evaluate and treat articulation, language, fluency and voice disorders in children ages 3-21?',
          'Speech-Language Pathologist',
        ),
      ).toEqual(['MUST_HAVE articulation', 'MUST_HAVE language', 'MUST_HAVE fluency', 'MUST_HAVE voice disorders']);
    });

    it('reads a list after "experience selling" or "designing" without whom the work is for', () => {
      const items = kinds(
        'Requirements\n- Experience selling to HR or Finance buyers\n- Experience designing for healthcare',
        'Account Executive',
      );
      expect(items).toEqual(expect.arrayContaining(['NICE_TO_HAVE Finance buyers', 'MUST_HAVE healthcare']));
      expect(items.some((i) => /_HAVE (?:to|for) /.test(i))).toBe(false);
    });

    it('reads the shorter of two paths to the job as the minimum years', () => {
      expect(
        yearsIn('Five (5) years of experience as a welder, OR three (3) years as a certified welding inspector')?.years,
      ).toBe(3);
      expect(yearsIn('Two to four years of experience in payroll')?.years).toBe(2);
      // years that stand in for a degree are no minimum of experience
      expect(
        kinds(
          'Requirements\n1. Associate degree in Accounting. Six years of bookkeeping experience may substitute for the degree.\n2. Two years of payroll experience.',
          'Payroll Clerk',
        ),
      ).toContainEqual(expect.stringMatching(/^EXPERIENCE At least 2 years/));
      // "or" inside one path is no second path
      expect(yearsIn('Four years of experience designing or testing circuits, one of which in aerospace')?.years).toBe(
        4,
      );
    });

    it('reads qualities of how one works as a requirement beside the skills of the same line', () => {
      const items = kinds(
        'Qualifications\n- Strong bookkeeping skills and attention to detail\n- Availability for weekend shifts during audits',
        'Bookkeeper',
      );
      expect(items).toContain('REQUIREMENT Strong bookkeeping skills and attention to detail');
      expect(items).toContain('REQUIREMENT Availability for weekend shifts during audits');
      expect(items.some((i) => /^MUST_HAVE (?:attention|Availability)/i.test(i))).toBe(false);
    });

    it('asks nothing of a line of benefits: medical, dental, sick days, retirement', () => {
      const post = [
        'Bonus questions (a "yes" here helps, but none is a deal-breaker):',
        '- Are you bilingual in Spanish and English?',
        '',
        "The details: 184-day contract, $60,000 to $70,000. Full medical, dental and vision, state teachers' retirement, 10 sick days and 2 personal days.",
      ].join('\n');
      expect(kinds(post, 'School Counselor')).toEqual(['NICE_TO_HAVE Spanish', 'NICE_TO_HAVE English']);
    });

    it('reads the machines a line asks to be run safely as skills, and own tools as a requirement', () => {
      const items = kinds(
        'Requirements\n- Safe operation of table saw, router and jointer\n- Own basic hand tools',
        'Cabinet Maker',
      );
      expect(items).toEqual(expect.arrayContaining(['MUST_HAVE table saw', 'MUST_HAVE router', 'MUST_HAVE jointer']));
      expect(items).toContain('REQUIREMENT Own basic hand tools');
    });
  });

  it('reads "have spent 5+ years" whole, and a remark that only says "nice, not required" for its item', () => {
    const items = kinds(
      [
        'You might be a fit if you',
        '- have spent 5+ years building production web apps, most recently in React and TypeScript',
        '- have worked with GraphQL clients like Apollo or Relay (nice, not required)',
        '- are comfortable with SQL (specialty: analytics preferred)',
      ].join('\n'),
      'Senior Frontend Engineer',
    );
    expect(items).toEqual(
      expect.arrayContaining(['MUST_HAVE React', 'MUST_HAVE TypeScript', 'NICE_TO_HAVE GraphQL', 'MUST_HAVE SQL']),
    );
    expect(items.filter((i) => /spent|GraphQL clients/.test(i))).toEqual([]);
  });

  it('reads the wish after ", ideally" as its item\'s only, and "is a big plus" as a wish', () => {
    const items = kinds(
      [
        "What you'll bring",
        '• 4-6 years in consumer marketing, ideally beauty or CPG',
        '• Hands-on with Klaviyo and Google Analytics',
        '• Experience managing people is a big plus',
        '• Must be able to work from our Austin office 3 days a week',
      ].join('\n'),
      'Marketing Manager',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE CPG',
        'MUST_HAVE Klaviyo',
        'MUST_HAVE Google Analytics',
        'NICE_TO_HAVE Experience managing people',
        'REQUIREMENT Must be able to work from our Austin office 3 days a week',
      ]),
    );
  });

  it('reads a Naukri-style post: "Desired Candidate Profile" asks, and so does the opening "looking for… with N years"', () => {
    const items = kinds(
      [
        'Job Description:',
        'We are looking for a Senior Java Developer with 6-8 years of experience to join our team in Bengaluru.',
        'Roles & Responsibilities:',
        '1. Design and develop microservices using Spring Boot and Hibernate.',
        'Desired Candidate Profile:',
        '1. B.E/B.Tech/MCA in Computer Science or equivalent.',
        '2. Strong hands-on experience in Core Java, Spring Boot, REST APIs.',
        '3. Exposure to AWS or Azure will be an added advantage.',
      ].join('\n'),
      'Senior Java Developer',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'EXPERIENCE At least 6 years of experience',
        'EDUCATION B.E/B.Tech/MCA in Computer Science or equivalent',
        'MUST_HAVE REST APIs',
        'NICE_TO_HAVE AWS',
      ]),
    );
    expect(items.filter((i) => /Hibernate/.test(i))).toEqual([]);
  });

  it('reads an ad\'s hook ("Do you love solving problems?") as no demand, and a question of what one holds as one', () => {
    const items = kinds(
      [
        'Are you a people person? Do you love solving problems? Then we want to hear from you!',
        'Do you hold a current BLS certification?',
      ].join('\n'),
      'Customer Service Representative',
    );
    expect(items.filter((i) => /love|solving/i.test(i))).toEqual([]);
    expect(items.some((i) => /BLS/.test(i))).toBe(true);
  });

  it("reads communication asked in a long line as a requirement in the post's words, not as skills", () => {
    const items = kinds(
      [
        'Requirements',
        '- Excellent verbal and written communication in English',
        '- Good communication skills with patients, families and hospital staff',
      ].join('\n'),
      'Paramedic',
    );
    expect(items).toEqual([
      'REQUIREMENT Excellent verbal and written communication in English',
      'REQUIREMENT Good communication skills with patients, families and hospital staff',
    ]);
  });

  it('reads "New grads welcome!" as who may apply, not as a demand', () => {
    const items = kinds(
      ['Requirements', '• Current Texas RDH license', '• New grads welcome!'].join('\n'),
      'Dental Hygienist',
    );
    expect(items).toEqual(['REQUIREMENT Current Texas RDH license']);
  });

  it('reads a wish closing a stated demand ("…, Next.js a plus") as that clause\'s alone', () => {
    const rubric = deriveRubric(
      'Frontend Engineer',
      [
        'Requirements',
        '- 5+ years of React experience, Next.js a plus',
        '- OSHA 10 required, OSHA 30 preferred',
        '- Bachelor’s degree in Computer Science, Design or related field preferred',
      ].join('\n'),
    );
    expect(rubric.items.map((i) => `${i.kind} ${i.text}`)).toEqual([
      'NICE_TO_HAVE Next.js',
      'MUST_HAVE OSHA 10',
      'NICE_TO_HAVE OSHA 30',
      // the end of a list of alternatives wishes for the whole degree
      'EDUCATION Bachelor’s degree in Computer Science, Design or related field (preferred)',
      'EXPERIENCE At least 5 years of React experience',
    ]);
    expect(rubric.items.find((i) => i.text === 'Next.js')?.quote).toBe('Next.js a plus');
  });

  it('reads a name beside a known skill when a remark follows it ("Gainsight (or ChurnZero)")', () => {
    const items = kinds(
      ['You might be a fit if you:', '- Are comfortable in Salesforce and Gainsight (or ChurnZero)'].join('\n'),
      'CSM',
    );
    expect(items).toEqual(expect.arrayContaining(['MUST_HAVE Salesforce', 'MUST_HAVE Gainsight']));
  });

  it('reads a degree named without its level ("HNC/HND or degree in Civil Engineering") as education', () => {
    const items = kinds(
      ['Essential', '• HNC/HND or degree in Civil Engineering', '• Four-year college degree (any major)'].join('\n'),
      'Site Engineer',
    );
    expect(items).toEqual([
      'EDUCATION HNC/HND or degree in Civil Engineering',
      'EDUCATION Four-year college degree (any major)',
    ]);
  });

  it('reads traits ("Hungry, coachable and competitive") as a requirement, and pay and how to apply as nothing', () => {
    const items = kinds(
      [
        '✅ What we’re looking for',
        '• A track record of hitting quota',
        '• Hungry, coachable and competitive',
        '💰 Comp: $60k base / $120k OTE, uncapped commission',
        'Apply in person Mon-Fri 7am-3pm or email jobs@voltbros.example.',
      ].join('\n'),
      'Account Executive',
    );
    expect(items).toEqual([
      'REQUIREMENT A track record of hitting quota',
      'REQUIREMENT Hungry, coachable and competitive',
    ]);
  });

  it('reads a Craigslist ad: its field block above a blank line leaves the body to be read, "Need 3-plus years" and all', () => {
    const items = kinds(
      [
        'compensation: $22-26/hr DOE + tips',
        'employment type: full-time',
        '',
        'Busy bakery looking for a pastry chef. Must be ok starting at 4am on weekends. Need 3-plus years in a professional pastry kitchen. Spanish a plus. $18-20/hr + tips.',
      ].join('\n'),
      'Pastry Chef',
    );
    expect(items).toEqual([
      'REQUIREMENT Must be ok starting at 4am on weekends',
      'NICE_TO_HAVE Spanish',
      'EXPERIENCE At least 3 years in a professional pastry kitchen',
    ]);
  });

  it('reads what the team uses as examples, "strongly preferred" as a wish, and learning as no skill', () => {
    const items = kinds(
      [
        'Requirements',
        '- Experience with automated testing (we use Jest and Playwright)',
        '- Comfortable with Microsoft Office and learning new software',
        '- Telemetry experience is strongly preferred',
      ].join('\n'),
      'QA Engineer',
    );
    expect(items).toEqual([
      'MUST_HAVE Test Automation',
      'NICE_TO_HAVE Jest',
      'NICE_TO_HAVE Playwright',
      'MUST_HAVE Microsoft Office',
      'NICE_TO_HAVE Telemetry experience',
    ]);
  });

  it('warns when a post asks more of a kind than a derived rubric keeps', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `- Must be able to handle situation number ${i + 1} calmly`);
    const rubric = deriveRubric('Dispatcher', ['Requirements', ...lines].join('\n'));
    expect(rubric.items.filter((i) => i.kind === 'REQUIREMENT')).toHaveLength(10);
    expect(rubric.warnings).toEqual([capWarning('REQUIREMENT', 2)]);
    expect(rubric.warnings[0]).toMatch(/more requirements than a derived rubric keeps \(10\).*2 more left out/);
  });

  it('reads a recruiter\'s e-mail: what "they\'re looking for", and a condition the client "needs" after the wishes', () => {
    const items = kinds(
      [
        'Hi Marcus,',
        'What they’re looking for:',
        '1. Bluebeam Revu for takeoff and markups',
        '2. Solid Excel',
        '',
        'Nice to haves: design-build pricing experience.',
        '',
        'They also need someone who can pass a background check and has a clean driving record for the company truck.',
      ].join('\n'),
      'HVAC Estimator',
    );
    expect(items).toEqual([
      'MUST_HAVE Bluebeam',
      'MUST_HAVE Excel',
      'NICE_TO_HAVE design-build pricing experience',
      'REQUIREMENT They also need someone who can pass a background check and has a clean driving record for the company truck',
    ]);
  });

  it('reads a job call\'s "A PLUS:" list as wishes, a board\'s "Job Details" as the post\'s own text and "Shift:" as no demand', () => {
    const items = kinds(
      [
        'Job Details',
        'We are hiring technicians. This is a 12-month contract.',
        'Shift: Sunday - Wednesday, 6:00 PM - 4:30 AM (4x10s).',
        'REQUIREMENTS:',
        '- KNOW ASME B31.3',
        'A PLUS:',
        '- HYDROTEST & FLUSHING EXPERIENCE',
        '- TWIC CARD',
        '',
        'TRAVELERS AFTER BOOKS ARE EXHAUSTED.',
      ].join('\n'),
      'Pipefitter',
    );
    expect(items).toEqual([
      'MUST_HAVE ASME B31.3',
      'NICE_TO_HAVE HYDROTEST & FLUSHING EXPERIENCE',
      'NICE_TO_HAVE TWIC CARD',
    ]);
  });

  it('reads a paragraph after a bulleted list and a blank line for itself, and a licence held for years as no experience', () => {
    const items = kinds(
      [
        'WHAT YOU NEED',
        '> A valid driver’s license held for at least 3 years, with a clean driving record (no DUI/DWI in the last 10 years)',
        'A BIG PLUS',
        '> First Aid / CPR',
        '',
        'Do you live within 20 minutes of our Hollis Road yard? That’s a must - buses park at the yard.',
        '',
        'Principals only. Recruiters, please don’t contact this job poster.',
        'post id: 7813390275',
      ].join('\n'),
      'School Bus Driver',
    );
    expect(items).toEqual([
      'REQUIREMENT A valid driver’s license held for at least 3 years, with a clean driving record (no DUI/DWI in the last 10 years)',
      'NICE_TO_HAVE First Aid',
      'NICE_TO_HAVE CPR',
      'REQUIREMENT live within 20 minutes of our Hollis Road yard',
    ]);
  });

  it('reads an ATS\'s fields and form ("Min. Experience: Mid Level", "Desired salary") as asking nothing', () => {
    const items = kinds(
      [
        'Type: Full Time',
        'Min. Experience: Mid Level',
        'Requirements',
        '- Master of Social Work (MSW) from a CSWE-accredited program.',
        'Apply for this position',
        'Desired salary',
        'By checking this box, I consent to receive text messages.',
        'Submit Application',
      ].join('\n'),
      'Social Worker',
    );
    expect(items).toEqual(['EDUCATION Master of Social Work (MSW) from a CSWE-accredited program']);
  });

  it('reads the examples that end an item ("… such as A, B or C") as alternatives of the kind asked, and being on site as a demand', () => {
    const items = kinds(
      [
        'Requirements',
        '- Experience with a wholesaler ordering platform such as Cardinal Health Order Express, McKesson Connect or Cencora ABC Order.',
        '- You’ll need to be on-site at our Lakemont office at least three days a week.',
      ].join('\n'),
      'Pharmacy Buyer',
    );
    expect(items).toEqual([
      'NICE_TO_HAVE Cardinal Health Order Express',
      'NICE_TO_HAVE McKesson Connect',
      'NICE_TO_HAVE Cencora ABC Order',
      // the kind of thing they are examples of is what is asked
      'MUST_HAVE wholesaler ordering platform (e.g. Cardinal Health Order Express, McKesson Connect, Cencora ABC Order)',
      'REQUIREMENT You’ll need to be on-site at our Lakemont office at least three days a week',
    ]);
  });

  it('keeps a version in a listed name ("MDS 3.0") and reads a parenthesis of levelled names as alternatives', () => {
    const items = kinds(
      [
        'Qualifications',
        '• Comfortable with the MDS 3.0 (Section K) and the care plan process',
        '• Experience charting in an EHR (PointClickCare preferred, MatrixCare accepted)',
      ].join('\n'),
      'Clinical Dietitian',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE MDS 3.0',
        'MUST_HAVE Electronic Health Records',
        'NICE_TO_HAVE PointClickCare',
        'NICE_TO_HAVE MatrixCare',
      ]),
    );
  });

  it('reads a Naukri post: "Experience: 3 - 6 Years", its "Job Description" of demands, "an added advantage"', () => {
    const items = kinds(
      [
        'Experience: 3 - 6 Years',
        'Salary: 8-14 Lacs P.A.',
        'Job Description:',
        '- Strong hands on experience in Core Java, Spring Boot, Microservices',
        '- Exposure to Kafka, Docker will be an added advantage',
        '- Position requires working with remote customers and widely dispersed team members',
      ].join('\n'),
      'Java Developer',
    );
    expect(items).toEqual([
      'MUST_HAVE Java',
      'MUST_HAVE Spring',
      'MUST_HAVE Microservices',
      'NICE_TO_HAVE Apache Kafka',
      'NICE_TO_HAVE Docker',
      'REQUIREMENT Position requires working with remote customers and widely dispersed team members',
      'EXPERIENCE At least 3 years of experience',
    ]);
  });

  it('reads checks one must pass ("Working with Children Check", "National Police Check") as requirements', () => {
    const items = kinds(
      [
        'Mandatory requirements',
        '- Current Working with Children Check',
        '- National Police Check (obtained within the last 3 months)',
      ].join('\n'),
      'Registered Nurse',
    );
    expect(items).toEqual([
      'REQUIREMENT Current Working with Children Check',
      'REQUIREMENT National Police Check (obtained within the last 3 months)',
    ]);
  });

  it('reads a noun shared by a list ("hand and power tools"), a wish in a parenthesis, and NFPA 70E as itself', () => {
    const items = kinds(
      [
        'Knowledge, Skills and Abilities:',
        'Working knowledge of PLCs (Allen-Bradley ControlLogix preferred).',
        'Proficient with hand and power tools, multimeters and megohmmeters.',
        'Knowledge of Federal and state OSHA regulations.',
        'NFPA 70E training required.',
      ].join('\n'),
      'Maintenance Technician',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE PLC Programming',
        'NICE_TO_HAVE Allen-Bradley',
        'MUST_HAVE hand tools',
        'MUST_HAVE power tools',
        'MUST_HAVE Federal OSHA regulations',
        'MUST_HAVE OSHA',
        'MUST_HAVE NFPA 70E',
      ]),
    );
    expect(items).not.toContain('MUST_HAVE National Electrical Code');
    // the verb of a second ability is no part of what it names
    expect(
      kinds(
        'Requirements\n- Ability to read drawings and understand basic manufacturing processes\n- Must be able to read blueprints and use precision measuring tools',
        'Machinist',
      ),
    ).toEqual([
      'MUST_HAVE drawings',
      'MUST_HAVE basic manufacturing processes',
      'MUST_HAVE blueprints',
      'MUST_HAVE precision measuring tools',
    ]);
    // a word that names a known skill with the next item's noun shares it too
    expect(
      kinds(
        'Requirements\n- Familiarity with unit and integration testing\n- Performance or load testing',
        'QA Engineer',
      ),
    ).toEqual(['MUST_HAVE Unit Testing', 'MUST_HAVE Integration Testing', 'MUST_HAVE Performance Testing']);
  });

  it('reads an emoji bullet with its variation selector ("▪️ Mapbox GL") as a bullet', () => {
    const rubric = deriveRubric('Frontend Engineer', ['🔹 Nice to have', '▪️ Next.js', '▪️ Mapbox GL'].join('\n'));
    expect(rubric.items.map((i) => [i.kind, i.text, i.quote])).toEqual([
      ['NICE_TO_HAVE', 'Next.js', 'Next.js'],
      ['NICE_TO_HAVE', 'Mapbox GL', 'Mapbox GL'],
    ]);
  });

  it('reads "such as those made by A, B or C" and examples before a remark ("… or IBM QRadar (must)") as alternatives', () => {
    const items = kinds(
      [
        'Requirements',
        '- Troubleshooting of microprocessor-based controllers, such as those made by Otis, Schindler, KONE or TK Elevator.',
        '- Working knowledge of a SIEM platform, e.g. Splunk Enterprise Security, Microsoft Sentinel or IBM QRadar (must)',
      ].join('\n'),
      'Technician',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE Otis',
        'NICE_TO_HAVE TK Elevator',
        'MUST_HAVE Troubleshooting',
        'MUST_HAVE SIEM',
        'NICE_TO_HAVE Microsoft Sentinel',
        'NICE_TO_HAVE IBM QRadar',
      ]),
    );
    expect(items.filter((i) => i.startsWith('REQUIREMENT Troubleshooting'))).toEqual([]);
  });

  it('reads "a tool like Asana, Monday.com or Notion" and "(OBS, vMix or a hardware switcher)" as alternatives', () => {
    const items = kinds(
      [
        'What you bring',
        '- You know your way around Google Workspace and a project management tool like Asana, Monday.com or Notion',
        'Nice to have',
        '- Familiarity with broadcast production (OBS, vMix or a hardware switcher)',
      ].join('\n'),
      'Event Coordinator',
    );
    expect(items).toEqual([
      'MUST_HAVE Google Workspace',
      'NICE_TO_HAVE Asana',
      'NICE_TO_HAVE Monday.com',
      'NICE_TO_HAVE Notion',
      'NICE_TO_HAVE broadcast production',
      'NICE_TO_HAVE OBS',
      'NICE_TO_HAVE vMix',
    ]);
  });

  it('reads "is a strong plus" as a wish', () => {
    expect(
      kinds(['Requirements', '- Licensed Customs Broker (LCB) is a strong plus'].join('\n'), 'Import Coordinator'),
    ).toEqual(['NICE_TO_HAVE Licensed Customs Broker']);
  });

  it('reads the kind that closes a list of alternatives ("Epic or Cerner EHR") as asked', () => {
    const items = kinds(
      ['Requirements', '- Experience with Epic or Cerner EHR', '- National certification: PTCB CPhT or ExCPT'].join(
        '\n',
      ),
      'Medical Assistant',
    );
    expect(items).toEqual(
      expect.arrayContaining(['NICE_TO_HAVE Epic', 'NICE_TO_HAVE Cerner', 'MUST_HAVE Electronic Health Records']),
    );
    expect(items).not.toContain('MUST_HAVE PTCB');
  });

  it('reads what a demand is said to include as asked with it, but not the days a condition covers', () => {
    const items = kinds(
      [
        'Requirements',
        '- Structural and non-structural repair, including sectioning and panel replacement',
        '- Ability to work 50-55 hours per week, including nights, weekends and holidays',
      ].join('\n'),
      'Collision Repair Technician',
    );
    expect(items).toEqual(expect.arrayContaining(['MUST_HAVE sectioning', 'MUST_HAVE panel replacement']));
    expect(items.filter((i) => /weekends|holidays/.test(i) && i.startsWith('MUST_HAVE'))).toEqual([]);
  });

  it('reads a demand closing an item ("…, experimentation experience a must") as one of its own, and not a negation', () => {
    const items = kinds(
      [
        'Minimum qualifications:',
        '• 3+ years of industry experience in data science or analytics, experimentation experience a must',
        '• A bachelor’s degree in finance or economics, though it’s not required',
        '• Weekly travel to our plants, so a car and a license are a must',
      ].join('\n'),
      'Data Scientist',
    );
    expect(items).toEqual([
      'MUST_HAVE experimentation',
      'EDUCATION bachelor’s degree in finance or economics (preferred)',
      'REQUIREMENT Weekly travel to our plants, so a car and a license are a must',
      'EXPERIENCE At least 3 years of industry experience in data science or analytics',
    ]);
  });

  it('reads a long sentence that ends in a colon as the heading it is: "You might thrive in this role if you have:"', () => {
    const text = [
      'About the role',
      "You'll own our payments product end to end.",
      'You might thrive in this role if you have:',
      '3-5 years of product management experience',
      'Comfort with SQL',
      'Bonus points if you also have any of the following:',
      'Experience with PCI DSS',
    ].join('\n');
    expect(headings(text)).toEqual([
      ['About the role', 'duties'],
      ['You might thrive in this role if you have:', 'required'],
      ['Bonus points if you also have any of the following:', 'optional'],
    ]);
    expect(kinds(text, 'Product Manager')).toEqual(
      expect.arrayContaining(['MUST_HAVE SQL', 'EXPERIENCE At least 3 years of product management experience']),
    );
  });

  it('asks for the kind that closes a list of names it does not know, and offers the names', () => {
    const items = kinds(
      ['Requirements', '- Experience with Cornerstone or AVImark practice management software'].join('\n'),
      'Veterinary Technician',
    );
    expect(items).toEqual([
      'NICE_TO_HAVE Cornerstone',
      'NICE_TO_HAVE AVImark',
      'MUST_HAVE practice management software',
    ]);
  });

  it('reads a skill named and demanded ("Hands-on HPLC experience required") as a must-have, not a thing to have', () => {
    const items = kinds(
      ['Requirements', '- Hands-on HPLC experience required', '- Steel-toe boots required'].join('\n'),
      'Lab Technician',
    );
    expect(items).toEqual(['MUST_HAVE HPLC', 'REQUIREMENT Steel-toe boots required']);
  });

  it('keeps two verbs that share one object as one demand: "Experience managing and developing a finance team"', () => {
    const items = kinds(
      [
        'Essential',
        '• Experience managing and developing a finance team',
        '• Experience of working as part of a multidisciplinary team',
        '• Evidence of continuing professional development (CPD)',
      ].join('\n'),
      'Financial Controller',
    );
    expect(items).toEqual([
      'REQUIREMENT Experience managing and developing a finance team',
      'REQUIREMENT Experience of working as part of a multidisciplinary team',
      'REQUIREMENT Evidence of continuing professional development (CPD)',
    ]);
  });

  it('reads a short pasted job in its own marks: "You must have:", a level after a dash, Word\'s "o" bullet, "Also good:", years in "yrs"', () => {
    const text = [
      'You must have:',
      '1. 3+ yrs commercial painting',
      '2. Spray experience:',
      '   a) airless sprayer (Graco) - required',
      '   b) HVLP - nice to have',
      'o Scissor lift / boom lift – have to be able to work at heights',
      'Also good: epoxy floor coatings, Spanish.',
    ].join('\n');
    const items = kinds(text, 'Commercial Painter');
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE airless sprayer',
        'NICE_TO_HAVE HVLP',
        'NICE_TO_HAVE Spanish',
        'EXPERIENCE At least 3 years of commercial painting',
      ]),
    );
    expect(jobSegments(text).map((s) => s.text)).toContain(
      'Scissor lift / boom lift – have to be able to work at heights',
    );
    // years that open an item demand experience only when they say so ("+", "minimum"): not "3 year degrees OK"
    expect(kinds("Requirements\n- Bachelor's degree, 3 year degrees OK", 'Teacher')).not.toContain(
      'EXPERIENCE At least 3 years of experience',
    );
  });

  it('reads a table pasted one cell a line, each item followed by its level, by the level after it', () => {
    const text = [
      'QUALIFICATIONS',
      'Qualification',
      'Required / Preferred',
      '3+ years of experience in demand planning',
      'Required',
      'Advanced Excel',
      'Required',
      'Experience forecasting for big-box retail',
      'Preferred',
      'SQL or Power BI',
      'Preferred',
    ].join('\n');
    const section = (t: string) => jobSegments(text).find((s) => s.text === t)?.section;
    expect(section('Advanced Excel')).toBe('required');
    expect(section('Experience forecasting for big-box retail')).toBe('optional');
    expect(jobSegments(text).some((s) => s.text === 'Preferred')).toBe(false);
    // levels above their items are headings, as anywhere
    const above = ['Required', 'Advanced Excel', 'Preferred', 'SQL'].join('\n');
    expect(headings(above)).toEqual([
      ['Required', 'required'],
      ['Preferred', 'optional'],
    ]);
  });

  it('reads a public service posting: criteria codes, its furniture, "English essential", work rights', () => {
    const text = [
      'Information you must provide',
      'Your résumé.',
      'EXPERIENCE:',
      'EX3: Experience working in a food processing environment.',
      'English essential',
      'PERSONAL SUITABILITY:',
      'PS1: Judgement',
      'Other information',
      'Preference will be given to veterans.',
      'Contact information',
      'Lindiwe Haraldsen',
      'Employer questions',
      'Are you available to work weekends?',
    ].join('\n');
    const items = kinds(text, 'Inspector');
    expect(items).toEqual(
      expect.arrayContaining([
        'REQUIREMENT Experience working in a food processing environment',
        'MUST_HAVE English',
        // a personal quality asked is a requirement in the post's words
        'REQUIREMENT Judgement',
      ]),
    );
    expect(items.filter((i) => /Information|Lindiwe|weekends|Preference/.test(i))).toEqual([]);
    expect(kinds('About you\n• Full working rights in Australia', 'Bartender')).toEqual([
      'REQUIREMENT Full working rights in Australia',
    ]);
  });

  it('reads a translated post\'s wishes: "preferentially X", "of advantage", a demand "at least B2" before its wish', () => {
    const items = kinds(
      [
        'Your profile',
        '- Knowledges in CNC programming, preferentially Heidenhain',
        '- Welding knowledges (TIG) are of advantage',
        '- Good German language knowledges (at least B2), English of advantage',
      ].join('\n'),
      'Toolmaker',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE CNC Programming',
        'NICE_TO_HAVE Heidenhain',
        'NICE_TO_HAVE Welding',
        'MUST_HAVE German',
        'NICE_TO_HAVE English',
      ]),
    );
  });

  it("reads a job board's summary of years: the years when the post names none, a wish for what is preferred", () => {
    const text = [
      'Requirements:',
      '- Minimum 1 year of chairside experience',
      '',
      'Experience:',
      '- Dental assisting: 1 year (Required)',
      '- Orthodontics: 1 year (Preferred)',
    ].join('\n');
    expect(kinds(text, 'Dental Assistant')).toEqual([
      'NICE_TO_HAVE Orthodontics',
      'EXPERIENCE At least 1 year of chairside experience',
    ]);
    expect(kinds('Experience:\n- HVAC service: 3 years (Required)', 'HVAC Technician')).toEqual([
      'EXPERIENCE At least 3 years of HVAC service experience',
    ]);
  });

  it('keeps a remark in parentheses whole, and reads transportation and new graduates as a condition and a welcome', () => {
    const text = [
      'Must-Haves:',
      '✅ Forklift certification (or willing to get certified - we train!)',
      '✅ Reliable transportation',
      'Experience: One year of acute care experience preferred. New graduates will be considered.',
    ].join('\n');
    expect(kinds(text, 'Warehouse Associate')).toEqual([
      'REQUIREMENT Forklift certification (or willing to get certified - we train!)',
      'REQUIREMENT Reliable transportation',
      'EXPERIENCE At least 1 year of acute care experience (preferred)',
    ]);
  });

  it('reads what a post in prose says to the candidate under "About the job", not the work it describes', () => {
    const text = [
      'About the job',
      'Evergreen Outdoor Co. is looking for a Marketing Coordinator to join our team.',
      'The ideal candidate will have 1-3 years of experience in marketing. You should be comfortable writing email campaigns in Klaviyo. Experience with Canva is a plus.',
      "You'll report to the Marketing Director and work with our e-commerce team.",
    ].join('\n');
    expect(kinds(text, 'Marketing Coordinator')).toEqual(
      expect.arrayContaining([
        'MUST_HAVE Klaviyo',
        'NICE_TO_HAVE Canva',
        'EXPERIENCE At least 1 year of experience in marketing',
      ]),
    );
    expect(kinds(text, 'Marketing Coordinator').filter((i) => /Director|e-commerce/i.test(i))).toEqual([]);
  });

  it('reads the classic job-description template: its skill headings ask, its boilerplate does not', () => {
    const text = [
      'QUALIFICATIONS To perform this job successfully, an individual must be able to perform each essential duty satisfactorily.',
      'COMPUTER SKILLS',
      'To perform this job successfully, an individual should have knowledge of QuickBooks and Excel.',
      'CERTIFICATES, LICENSES, REGISTRATIONS',
      'Notary Public preferred.',
    ].join('\n');
    expect(headings(text)).toEqual([
      ['COMPUTER SKILLS', 'required'],
      ['CERTIFICATES, LICENSES, REGISTRATIONS', 'required'],
    ]);
    expect(kinds(text, 'Office Manager')).toEqual([
      'MUST_HAVE QuickBooks',
      'MUST_HAVE Excel',
      'NICE_TO_HAVE Notary Public',
    ]);
  });

  it('keeps a name with a slash of its own ("QS/1") and leaves how a thing is done ("safely") out of its name', () => {
    const items = kinds(
      [
        'Qualifications',
        '- Proficiency with pharmacy management systems (e.g., PioneerRx, QS/1)',
        '- Ability to use hand and power tools safely',
      ].join('\n'),
      'Pharmacist',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE PioneerRx',
        'NICE_TO_HAVE QS/1',
        'MUST_HAVE hand tools',
        'MUST_HAVE power tools',
      ]),
    );
  });

  it('reads "experience on a flat-top grill" past its article, and years offered instead of a degree as no experience asked', () => {
    expect(kinds('Bonus:\n* Experience on a flat-top grill or egg station', 'Line Cook')).toEqual([
      'NICE_TO_HAVE flat-top grill',
      'NICE_TO_HAVE egg station',
    ]);
    const items = kinds(
      [
        'Minimum Qualifications',
        "• Bachelor's degree in Construction Management or related field, or 2 years of equivalent experience",
        '• 1-2 years of experience in construction administration',
      ].join('\n'),
      'Project Coordinator',
    );
    expect(items).toContain('EXPERIENCE At least 1 year of experience in construction administration');
  });

  it('reads qualities joined in one phrase as a requirement in the post\'s words: "Resilience and a coachable attitude"', () => {
    expect(
      kinds("What You'll Bring\n- Resilience and a coachable attitude", 'Sales Development Representative'),
    ).toEqual(['REQUIREMENT Resilience and a coachable attitude']);
  });

  it('offers credentials named as alternatives, each a wish: "CPC or CCS certification"', () => {
    expect(
      kinds('Required:\n- CPC or CCS certification\n- CRES, CLES or CBET certification required', 'Coder'),
    ).toEqual(['NICE_TO_HAVE CPC', 'NICE_TO_HAVE CCS', 'NICE_TO_HAVE CRES', 'NICE_TO_HAVE CLES', 'NICE_TO_HAVE CBET']);
  });

  it('leaves "prior" and "previous" out of a wished item\'s name, which a resume would not repeat', () => {
    expect(kinds('Nice to have\n* Previous pest control experience\n* Prior e-commerce work', 'Technician')).toEqual([
      'NICE_TO_HAVE pest control experience',
      'NICE_TO_HAVE e-commerce work',
    ]);
  });

  it("reads an electrician's post: a level after a dash, a credential turned down or accepted instead, physical conditions", () => {
    const items = kinds(
      [
        'REQUIRED QUALIFICATIONS',
        'Valid California General Electrician Certification - NO EXCEPTIONS',
        'OSHA 30 Construction card (OSHA 10 acceptable if you complete the 30 within 6 months)',
        'OSHA 30 REQUIRED (OSHA 10 NOT ACCEPTED ON THIS SITE)',
        'Working knowledge of the 2022 NEC',
        '',
        'PREFERRED',
        'NFPA 70E arc flash training',
        '',
        'PHYSICAL REQUIREMENTS',
        'Climb in and out of tractor cab and trailer frequently',
        'Work in all weather conditions - heat, cold, rain, occasional ice',
        'Work outdoors in heat.',
      ].join('\n'),
      'Electrician',
    );
    expect(items).toEqual([
      'REQUIREMENT Valid California General Electrician Certification',
      'NICE_TO_HAVE OSHA 10',
      'REQUIREMENT OSHA 30 Construction card (OSHA 10 acceptable if you complete the 30 within 6 months)',
      'MUST_HAVE OSHA 30',
      'REQUIREMENT OSHA 30 REQUIRED (OSHA 10 NOT ACCEPTED ON THIS SITE)',
      'MUST_HAVE National Electrical Code',
      'NICE_TO_HAVE NFPA 70E',
      'REQUIREMENT Climb in and out of tractor cab and trailer frequently',
      'REQUIREMENT Work in all weather conditions',
      'REQUIREMENT Work outdoors in heat',
    ]);
  });

  it('reads a post in prose: what "is expected", what "would be helpful", two wishes in one sentence, how to apply', () => {
    const text =
      'The paralegal will draft pleadings and manage discovery. Advanced proficiency in Microsoft Word, Excel and ' +
      'Adobe Acrobat Pro is expected. Insurance coverage or construction defect experience would be helpful. ' +
      "Candidates should hold a bachelor's degree; a paralegal certificate from an ABA-approved program is strongly " +
      'preferred, and the NALA Certified Paralegal (CP) credential would be a plus but is not required. Interested ' +
      'candidates should submit a resume and a writing sample through our careers page.';
    expect(kinds(text, 'Paralegal')).toEqual([
      'MUST_HAVE Microsoft Word',
      'MUST_HAVE Excel',
      'MUST_HAVE Adobe Acrobat Pro',
      'NICE_TO_HAVE Insurance coverage',
      'NICE_TO_HAVE construction defect',
      "EDUCATION bachelor's degree",
      'NICE_TO_HAVE paralegal certificate',
      'NICE_TO_HAVE NALA Certified Paralegal credential',
    ]);
  });

  it('reads what follows an item on its line: a level, a remark, the parts of its skill; and the tools a team uses as wishes', () => {
    const text = [
      "What we're looking for",
      "* Former CDL driver? Big plus - drivers respect someone who's been behind the wheel",
      "* Associate's degree in logistics - nice to have, not required",
      '* Strong Python and advanced SQL - you can write a window function in your sleep',
      '* Intermediate to advanced Excel - VLOOKUP, pivot tables, SUMIFS are daily tools here',
      '* Experience with payroll software (ADP strongly preferred; Paylocity or UKG also considered)',
      '* Tools we use: Figma, Maze, Dovetail',
    ].join('\n');
    expect(kinds(text, 'Dispatcher')).toEqual([
      'NICE_TO_HAVE CDL',
      "EDUCATION Associate's degree in logistics (preferred)",
      'MUST_HAVE Python',
      'MUST_HAVE SQL',
      'MUST_HAVE Excel',
      'MUST_HAVE Payroll',
      'NICE_TO_HAVE ADP',
      'NICE_TO_HAVE Paylocity',
      'NICE_TO_HAVE UKG',
      'NICE_TO_HAVE Figma',
      'NICE_TO_HAVE Maze',
      'NICE_TO_HAVE Dovetail',
    ]);
  });

  it('reads a "Who you are" list: years after a degree, an invitation, people worked with, "Even better", a reason', () => {
    const text = [
      'Who you are',
      "You have at least two years of post-master's clinical experience.",
      "If you're an LSW close to licensure, talk to us.",
      "You're comfortable working with patients experiencing homelessness, poverty and addiction.",
      'You speak Spanish? Even better (bilingual differential of $2/hr).',
      "You have a valid driver's license.",
      'Because of ITAR/export controlled work, applicants must be U.S. persons.',
    ].join('\n');
    expect(kinds(text, 'Clinician')).toEqual([
      "REQUIREMENT You're comfortable working with patients experiencing homelessness, poverty and addiction",
      'NICE_TO_HAVE Spanish',
      "REQUIREMENT You have a valid driver's license",
      'REQUIREMENT Because of ITAR/export controlled work, applicants must be U.S. persons',
      "EXPERIENCE At least 2 years of post-master's clinical experience",
    ]);
  });

  it('reads a post written in lower case sentence by sentence, and months "to a year" as the fewer', () => {
    const text =
      'small plumbing co looking for a helper. no experience needed but if you have 6 months to a year in plumbing ' +
      'thats a plus. must have valid drivers license and clean driving record. need your own basic hand tools. ' +
      'must be able to lift 75 lbs. spanish speaker a plus.';
    expect(kinds(text, 'Helper')).toEqual([
      'REQUIREMENT must have valid drivers license and clean driving record',
      'REQUIREMENT need your own basic hand tools',
      'REQUIREMENT must be able to lift 75 lbs',
      'NICE_TO_HAVE spanish speaker',
      'EXPERIENCE At least 6 months in plumbing thats (preferred)',
    ]);
    expect(deriveRubric('Helper', text).items.at(-1)?.minYears).toBe(0.5);
  });

  it('reads a must and a wish in one bullet apart, and a wish in a parenthesis that names no known skill', () => {
    const text = [
      'What you need:',
      '- Encompass LOS experience a must, Salesforce or Total Expert nice to have',
      "- High school diploma required, bachelor's degree in finance or business preferred",
      '- 3-5 yrs full charge bookkeeping experience (property management exp HIGHLY preferred)',
    ].join('\n');
    expect(kinds(text, 'Loan Officer')).toEqual([
      'MUST_HAVE Encompass LOS',
      'NICE_TO_HAVE Salesforce',
      'NICE_TO_HAVE Total Expert',
      'EDUCATION High school diploma',
      "EDUCATION bachelor's degree in finance or business (preferred)",
      'NICE_TO_HAVE property management exp',
      'EXPERIENCE At least 3 years of full charge bookkeeping experience',
    ]);
  });

  it('reads requirements asked as questions, leaving the hook; "Not required" after one makes it a wish', () => {
    const text = [
      "Who we're looking for:",
      '• Are you looking for a school-based position with time for therapy?',
      '• Are you familiar with standardized assessments like the CELF-5 and GFTA-3?',
      '• Do you speak Spanish fluently? Not required, but bilingual SLPs receive a stipend.',
      '• Strong writing skills.',
    ].join('\n');
    const items = kinds(text, 'Speech-Language Pathologist');
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE CELF-5',
        'NICE_TO_HAVE GFTA-3',
        'MUST_HAVE standardized assessments (e.g. CELF-5, GFTA-3)',
        'NICE_TO_HAVE Spanish',
        'MUST_HAVE writing skills',
      ]),
    );
    expect(items.filter((i) => /position|therapy|stipend/.test(i))).toEqual([]);
  });

  it('reads "Required: None." as nothing asked, and a duty\'s "required annual competencies" as a duty', () => {
    const text = [
      'Experience:',
      'Required: None. New graduates are encouraged to apply.',
      'Preferred: One (1) year of outpatient orthopedic experience.',
      '',
      'Essential Functions',
      '- Participates in department QI activities and required annual competencies',
    ].join('\n');
    expect(kinds(text, 'Physical Therapist Assistant')).toEqual([
      'EXPERIENCE At least 1 year of outpatient orthopedic experience (preferred)',
    ]);
  });

  it("reads an ad scraped into one line by the levels that close its items, and years in a parenthesis as another role's", () => {
    const text =
      'HVAC Installer | $22 - $34 per hour | Full Time Requirements: 2+ years residential HVAC install experience ' +
      '(Lead Installer: 4+ years) EPA 608 Universal certification required NATE certification a plus Valid AZ ' +
      "driver's license with clean MVR";
    const items = kinds(text, 'HVAC Installer');
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE NATE certification',
        "REQUIREMENT Valid AZ driver's license with clean MVR",
        'EXPERIENCE At least 2 years of residential HVAC install experience',
      ]),
    );
  });

  it('reads wishes in prose: "will be given preference", two of them in a sentence, "or actively pursuing"; "Why <Company>" heads the offer', () => {
    expect(
      kinds(
        'Candidates holding a CAM or CPM designation will be given preference, and tax credit (LIHTC) experience is ' +
          "a plus since we're taking on two affordable properties next year.",
        'Property Manager',
      ),
    ).toEqual(['NICE_TO_HAVE CAM', 'NICE_TO_HAVE CPM designation', 'NICE_TO_HAVE tax credit experience']);
    expect(
      kinds(
        'Qualifications\n- CPCU designation, or actively pursuing, is a plus\n\nWhy Granite Ridge\n- Tuition reimbursement and paid study time',
        'Underwriter',
      ),
    ).toEqual(['NICE_TO_HAVE CPCU designation']);
  });

  it('reads a wish after years, a remark that opens with its level, and a slash that pairs two names in a list', () => {
    const text = [
      'Qualifications:',
      '1. 3+ years of professional graphic design experience, agency or studio experience preferred',
      "2. Familiarity with Adobe Firefly or other generative AI tools (a plus, but no, we're not replacing anyone)",
      '3. Solid understanding of TCP/IP, DNS, Active Directory/Entra ID, Windows and Linux operating systems',
    ].join('\n');
    const items = kinds(text, 'Designer');
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE agency',
        'NICE_TO_HAVE studio',
        'NICE_TO_HAVE Adobe Firefly',
        'NICE_TO_HAVE Generative AI',
        'MUST_HAVE DNS',
        'MUST_HAVE Windows',
        'MUST_HAVE Linux',
        'EXPERIENCE At least 3 years of professional graphic design experience',
      ]),
    );
  });

  it('reads an Indian walk-in ad: eligibility criteria, school levels, who may apply, an age range, conditions', () => {
    const text = [
      'Experience: 0-3 yrs (Freshers can apply)',
      '',
      'Eligibility Criteria:',
      '- Qualification: HSC (12th pass) / Undergraduate / Graduate.',
      '- Pursuing students not eligible.',
      '- Freshers with good communication skills can apply',
      '- Should be comfortable with night shifts',
      '- Age: 18-35 yrs',
      '- Immediate joiners only',
    ].join('\n');
    expect(kinds(text, 'Customer Support Executive')).toEqual([
      'EDUCATION HSC (12th pass) / Undergraduate / Graduate',
      'REQUIREMENT Should be comfortable with night shifts',
      'REQUIREMENT Age: 18-35 yrs',
      'REQUIREMENT Immediate joiners only',
    ]);
  });

  it('reads a degree named in a parenthesis with its line, one to be earned after hire as no education, exposure as a condition', () => {
    const text = [
      'Minimum Qualifications:',
      '• Graduate of an accredited school of nursing (ADN or BSN)',
      '',
      'Preferred Qualifications:',
      '• BSN strongly preferred; nurses without a BSN are expected to obtain one within 5 years of hire',
      '',
      'Physical Requirements: Must be able to lift up to 50 lbs. Potential exposure to bloodborne pathogens and infectious disease.',
    ].join('\n');
    const items = kinds(text, 'Registered Nurse');
    expect(items).toEqual(
      expect.arrayContaining([
        'EDUCATION Graduate of an accredited school of nursing (ADN or BSN)',
        'EDUCATION BSN (preferred)',
        'REQUIREMENT Potential exposure to bloodborne pathogens and infectious disease',
      ]),
    );
    expect(items.filter((i) => /obtain|bloodborne pathogens$/.test(i) || /^MUST_HAVE/.test(i))).toEqual([]);
  });

  it('reads what a district accepts instead as no demand', () => {
    const text = [
      'QUALIFICATIONS:',
      '* Valid Colorado Professional Teacher License. Candidates on an approved alternative licensure pathway will be considered.',
      '* Experience teaching middle school students preferred. Student teaching experience at the secondary level is acceptable for first-year teachers.',
      '* Such alternatives to the above qualifications as the Board may find appropriate and acceptable.',
    ].join('\n');
    expect(kinds(text, 'Science Teacher')).toEqual([
      'REQUIREMENT Valid Colorado Professional Teacher License',
      'NICE_TO_HAVE Teaching',
    ]);
  });

  it('reads a nested list of examples under "e.g.:" as wishes', () => {
    const text = [
      'Requirements:',
      '• Minimum 2 years of A&P experience on transport category aircraft, e.g.:',
      '    o Boeing 737NG / 737 MAX',
      '    o Embraer E170 / E175',
      "• Valid driver's license",
    ].join('\n');
    expect(kinds(text, 'Aircraft Maintenance Technician')).toEqual([
      'NICE_TO_HAVE Boeing 737NG',
      'NICE_TO_HAVE 737 MAX',
      'NICE_TO_HAVE Embraer E170 / E175',
      "REQUIREMENT Valid driver's license",
      'EXPERIENCE At least 2 years of A&P experience on transport category aircraft',
    ]);
  });

  it('reads items under "You should:" that open with their verb as demands, and "X is ideal, Y is fine" as wishes', () => {
    const text = [
      'Requirements',
      'You should:',
      '- Know your way around a CRM; Salesforce is ideal, HubSpot is fine',
      '- Write a clean, short email without typos',
    ].join('\n');
    expect(kinds(text, 'Sales Development Representative')).toEqual([
      'MUST_HAVE CRM',
      'NICE_TO_HAVE Salesforce',
      'NICE_TO_HAVE HubSpot',
      'REQUIREMENT Write a clean, short email without typos',
    ]);
  });

  it('reads an age, a clean background and months of "exp"; submission requirements and what is not provided ask nothing', () => {
    const text = [
      'Requirements:',
      '-18+',
      '-Clean background',
      '-6 months security exp preferred but will train the right person',
      '',
      'Submission requirements: updated resume, completed skills matrix, 2 professional references.',
      'Relocation not provided.',
    ].join('\n');
    expect(kinds(text, 'Security Officer')).toEqual([
      'REQUIREMENT 18+',
      'REQUIREMENT Clean background',
      'EXPERIENCE At least 6 months of security exp (preferred)',
    ]);
  });

  it("reads a Workday paste: a degree's substitute, both of two methods, a tool or a similar one, credentials with levels, the location block", () => {
    const text = [
      'Basic Qualifications:',
      "• Bachelor's degree in Information Technology; OR high school diploma/GED plus four (4) additional years of relevant experience in lieu of degree",
      '• Working experience with both Waterfall and Agile delivery',
      '• Experience with Oracle Hyperion (Essbase/Planning) or a similar planning tool',
      '• Excel (1+ yr) – pivot tables, XLOOKUP, the usual',
      '',
      'Preferred Qualifications:',
      '• AWS Certified DevOps Engineer - Professional OR AWS Solutions Architect - Associate',
      '• Professional Engineer (PE) license or ability to obtain within 12 months',
      '',
      'Primary Location',
      'Louisville, Kentucky, United States of America',
    ].join('\n');
    const items = kinds(text, 'IT Project Manager');
    expect(items).toEqual(
      expect.arrayContaining([
        "EDUCATION Bachelor's degree in Information Technology",
        'MUST_HAVE Waterfall',
        'MUST_HAVE Agile',
        'NICE_TO_HAVE Hyperion',
        'MUST_HAVE planning tool (e.g. Oracle Hyperion)',
        'MUST_HAVE Excel',
        'NICE_TO_HAVE AWS Certified DevOps Engineer - Professional',
        'NICE_TO_HAVE Professional Engineer license',
      ]),
    );
    expect(items.filter((i) => /lieu|XLOOKUP|Pivot|Louisville|Kentucky|obtain/.test(i))).toEqual([]);
  });

  it('reads what does not count, a physical trait, a "Helpful but not required" list and what is provided', () => {
    const text = [
      'Experience',
      '• Required: 1 year of clinical histology experience (embedding, microtomy, H&E). Student rotation hours do not count',
      '',
      'Skills',
      '• Required: Normal color vision (tested at pre-employment physical)',
      '',
      'HELPFUL BUT NOT REQUIRED',
      '- OSHA 10 or OSHA 30 card',
      '- Books and required PPE are provided',
    ].join('\n');
    expect(kinds(text, 'Histotechnologist')).toEqual([
      'REQUIREMENT Normal color vision (tested at pre-employment physical)',
      'NICE_TO_HAVE OSHA 10',
      'NICE_TO_HAVE OSHA 30',
      'EXPERIENCE At least 1 year of clinical histology experience',
    ]);
  });

  it("reads a county's substitutions and application instructions as no demand", () => {
    expect(
      kinds(
        "Four (4) additional years of qualifying experience may substitute for the bachelor's degree. Applicants must " +
          'attach a writing sample (grant narrative preferred, 5 pages maximum) to the application. Applications ' +
          'without a writing sample will not be considered.',
        'Grant Writer',
      ),
    ).toEqual([]);
  });

  it('reads what "will substitute for" a demand as no demand, and a baccalaureate degree as a bachelor\'s (set 36)', () => {
    expect(
      kinds(
        [
          'MINIMUM QUALIFICATIONS:',
          'A baccalaureate degree plus three years of professional level experience in insurance claims adjusting.',
          '',
          'SUBSTITUTIONS:',
          'Six years of professional level experience in insurance claims adjusting, claims examining, or property and casualty underwriting will substitute for the required baccalaureate degree.',
          'Candidates with some college training but no degree may substitute experience for the missing college training on the basis of thirty semester hours for one year of experience.',
          "A master's degree in business administration, finance, or risk management will substitute for one year of the required experience.",
        ].join('\n'),
        'Claims Adjuster',
      ),
    ).toEqual([
      'EDUCATION baccalaureate degree',
      'EXPERIENCE At least 3 years of professional level experience in insurance claims adjusting',
    ]);
    // (a degree's own hours after "plus" stay with it; a demand before the substitution keeps the line)
    expect(
      kinds(
        "Qualifications:\n- Master's degree plus at least 60 graduate semester hours in school psychology\n- Journeyman license required, and a master license will substitute for two years",
        'School Psychologist',
      ),
    ).toEqual([
      "EDUCATION Master's degree plus at least 60 graduate semester hours in school psychology",
      'REQUIREMENT Journeyman license required, and a master license will substitute for two years',
    ]);
  });

  it('keeps the demands the substitution, degree and heading rules of set 35 and 36 must leave (the review)', () => {
    const items = (lines: string[], title = 'Technician') => kinds(['Requirements:', ...lines].join('\n'), title);
    // demands listed before a substitution are asked
    expect(
      items([
        "- Valid driver's license, CPR certification, food handler card, experience can substitute for education",
        '- Two years of bookkeeping experience, though an accounting degree can substitute for one year',
      ]),
    ).toEqual(
      expect.arrayContaining([
        "REQUIREMENT Valid driver's license, CPR certification, food handler card, experience can substitute for education",
        'MUST_HAVE Bookkeeping',
      ]),
    );
    // a degree with an alternative or with study after "plus" stays whole
    expect(
      items([
        "- Bachelor's degree plus two years of IT support experience, or an associate degree plus four years of IT support experience",
        '- High school diploma plus two years of college coursework',
      ]).filter((i) => i.startsWith('EDUCATION')),
    ).toEqual([
      "EDUCATION Bachelor's degree plus two years of IT support experience, or an associate degree plus four years of IT support experience",
      'EDUCATION High school diploma plus two years of college coursework',
    ]);
    // a school's baccalaureate is no degree
    expect(items(['- Experience teaching the European Baccalaureate curriculum'], 'Teacher').join()).not.toMatch(
      /EDUCATION/,
    );
    // an item in capitals with a remark stays an item; a shift's preferences are demands
    expect(
      items(['CLEAN DRIVING RECORD (no DUIs in last 5 years)', 'STEEL TOE BOOTS (we reimburse up to $100)'], 'Driver'),
    ).toEqual(['MUST_HAVE CLEAN DRIVING RECORD', 'MUST_HAVE STEEL TOE BOOTS']);
    expect(
      kinds(
        'Shift preferences:\n- Must be available every other weekend\n- Night shift availability required',
        'Nurse',
      ),
    ).toEqual(['REQUIREMENT Must be available every other weekend', 'REQUIREMENT Night shift availability required']);
    // (the second review) other preferences are wishes; an aside between commas is no demand
    // before a substitution; a baccalaureate-prepared nurse is asked a bachelor's; role ranks only
    // are the role, not the work of roles; an associate degree's capitals in a line of work are none
    expect(kinds('Skill preferences:\n- Python\n- dbt', 'Data Engineer')).toEqual([
      'NICE_TO_HAVE Python',
      'NICE_TO_HAVE dbt',
    ]);
    expect(
      items([
        '- Additional qualifying experience, on a year-for-year basis, may substitute for the required education.',
        '- Experience in accounting, including two years in audit, may substitute for the degree',
      ]),
    ).toEqual([]);
    expect(kinds('Preferred:\n- Baccalaureate-prepared RN preferred', 'Registered Nurse')).toEqual([
      'EDUCATION Baccalaureate-prepared RN (preferred)',
    ]);
    expect(items(['- Experience in machining, fabrication, or assembly roles'])).toEqual(
      expect.arrayContaining(['MUST_HAVE machining', 'MUST_HAVE fabrication']),
    );
    expect(items(['- Experience in a lead, charge, or preceptor role'])).toEqual([
      'REQUIREMENT Experience in a lead, charge, or preceptor role',
    ]);
    expect(items(['- 2+ years of experience with AAS and ICP-MS']).join()).not.toMatch(/EDUCATION/);
  });

  it('reads a bulletin wrapped at its width: a heading between rules, "PREFERENCES" as wishes (set 35)', () => {
    const rule = '-'.repeat(70);
    const text = [
      'REQUIREMENTS - ALL must be met at time of dispatch. Bring originals of all',
      rule,
      ' 5. EPA Section 608 Universal certification card.',
      ' 6. OSHA 10-Hour Construction card (minimum).',
      '',
      rule,
      'EMPLOYER PREFERENCES (NOT required - dispatcher will note on referral slip)',
      rule,
      '  - OSHA 30',
      '  - Healthcare experience: room pressurization, isolation rooms, ICRA',
      '',
      rule,
      'HOW TO SIGN',
      rule,
      'Referrals will be made from the Out-of-Work List in order of registration',
      'among those who meet ALL listed requirements. Book I members must be',
      'current on dues and signed on the list.',
      'Do NOT contact the employer directly.',
    ].join('\n');
    const items = kinds(text, 'HVAC Controls Technician');
    expect(items).toEqual(expect.arrayContaining(['NICE_TO_HAVE OSHA 30', 'NICE_TO_HAVE ICRA']));
    expect(
      items.filter((i) => /SIGN|contact the employer|OSHA 30|ICRA/.test(i) && !i.startsWith('NICE_TO_HAVE')),
    ).toEqual([]);
    // (an item in capitals with a remark after it stays an item: it is no heading)
    expect(
      kinds(
        "MUST HAVE:\n** BACHELOR'S DEGREE IN ACCOUNTING ** (finance/econ degrees w/o an acctg concentration = NO, sorry)\n[ ] CALIFORNIA BSIS GUARD CARD (ACTIVE, NOT EXPIRED)",
        'Audit Associate',
      ),
    ).toHaveLength(2);
  });

  it('reads the kinds of a role listed before it as the role, not as skills (set 35)', () => {
    expect(
      kinds(
        'Required:\n- Minimum three (3) years of sterile processing experience in an acute care hospital\n- At least one (1) year of experience in a lead, charge, or preceptor role in sterile processing',
        'Sterile Processing Lead',
      ),
    ).toEqual([
      'REQUIREMENT At least one (1) year of experience in a lead, charge, or preceptor role in sterile processing',
      'EXPERIENCE At least 3 years of sterile processing experience in an acute care hospital',
    ]);
  });

  it("reads a chat's export by its messages, not by their times and senders (set 35)", () => {
    // (as a description is kept: pasted, see pastedDescription)
    const chat = (lead: (n: number) => string) =>
      kinds(
        pastedDescription(
          [
            `${lead(1)}Dale Kowalczyk: Four State Flatbed LLC, Joplin MO. 23 trucks all flatbed and step deck.`,
            `${lead(2)}Dale Kowalczyk: MUST have dispatched flatbed before. 2 years minimum.`,
            `${lead(2)}Dale Kowalczyk: Has to know DAT and Truckstop.`,
            `${lead(3)}Dale Kowalczyk: High school diploma or GED. We do a background check`,
          ].join('\n'),
        ),
        'Flatbed Truck Dispatcher',
      );
    const expected = ['MUST_HAVE Has to know DAT', 'MUST_HAVE Truckstop', 'EDUCATION High school diploma or GED'];
    expect(chat((n) => `[12/1/26, 7:1${n}:50 AM] `)).toEqual(expect.arrayContaining(expected));
    expect(chat((n) => `12/1/26, 7:1${n} AM - `)).toEqual(expect.arrayContaining(expected));
    expect(chat((n) => `[12/1/26, 7:1${n}:50 AM] `).join(' ')).not.toMatch(/Kowalczyk|AM\]/);
    // a sender shown by a number is a sender; a section's label after a time is no sender
    expect(pastedDescription('12/1/26, 7:11 AM - +1 (417) 555-0134: Need CDL A')).toBe('Need CDL A');
    expect(pastedDescription('01/05/2026, 9:00 AM - Preferred: Hazmat endorsement')).toContain('Preferred:');
  });

  it('reads a PDF paste: words broken across lines, an aside wrapped to the next line, a page footer', () => {
    const text = [
      'Requirements',
      '• Current Ohio OT license and NBCOT certifica-',
      'tion',
      '• Ability to read engineering drawings and understand basic manufacturing processes',
      '(machining, casting, stamping)',
      'Page 1 of 2',
      '• Minimum of 3 years of purchasing experience in a manufacturing en-',
      'vironment',
      'Preferred',
      '• Experience with international suppliers and customs documenta-',
      'tion',
    ].join('\n');
    const items = kinds(text, 'Procurement Specialist');
    expect(items).toEqual(
      expect.arrayContaining([
        'REQUIREMENT Current Ohio OT license and NBCOT certification',
        'REQUIREMENT Ability to read engineering drawings and understand basic manufacturing processes (machining, casting, stamping)',
        'NICE_TO_HAVE customs documentation',
        'EXPERIENCE At least 3 years of purchasing experience in a manufacturing environment',
      ]),
    );
    expect(items.filter((i) => /Page|^REQUIREMENT \(/.test(i))).toEqual([]);
  });

  it("reads a web page's markup pasted as text: list tags, bold headings, entities", () => {
    const text = [
      '<strong>Requirements</strong><br>',
      '<li>Bachelor&#39;s degree in Accounting</li>',
      '<li>CPA license required (or passed all four sections and awaiting licensure)</li>',
      '<li>Willingness to work extended hours January&nbsp;&ndash;&nbsp;April</li>',
      '<br>',
      '<strong>Nice to Have</strong><br>',
      '<li>Familiarity with CaseWare or Karbon</li>',
    ].join('\n');
    expect(kinds(text, 'Senior Tax Accountant')).toEqual([
      "EDUCATION Bachelor's degree in Accounting",
      'REQUIREMENT CPA license required (or passed all four sections and awaiting licensure)',
      'REQUIREMENT Willingness to work extended hours January – April',
      'NICE_TO_HAVE CaseWare',
      'NICE_TO_HAVE Karbon',
    ]);
  });

  it('reads items numbered inside a sentence as its clauses', () => {
    const text =
      'The ideal candidate has (1) a Ph.D. in Chemistry or Polymer Science; (2) hands-on experience with emulsion ' +
      'polymerization; (3) strong written and verbal communication skills; and (4) the ability to manage several projects at once.';
    expect(kinds(text, 'Research Chemist')).toEqual([
      'EDUCATION Ph.D. in Chemistry or Polymer Science',
      'MUST_HAVE emulsion polymerization',
      'REQUIREMENT strong written and verbal communication skills',
      'REQUIREMENT the ability to manage several projects at once',
    ]);
    // a figure's digits are no numbering
    expect(
      kinds(
        'Requirements\n- Three (3) years of experience as a building inspector (1) year of it in a city',
        'Inspector',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^EXPERIENCE At least 3 years/)]));
  });

  it('reads bullets a paste turned into odd characters, and the EEO line as no demand', () => {
    const text = [
      'Minimum Qualifications:',
      '\uF0B7\tCurrent National Registry Paramedic (NRP) certification',
      '\uF0B7\tMust be at least 21 years old',
      '',
      'Preferred: ? Spanish language skills ? EVOC certificate',
      '',
      'EOE/Veterans/Disability.',
    ].join('\n');
    expect(kinds(text, 'Paramedic')).toEqual([
      'REQUIREMENT Current National Registry Paramedic (NRP) certification',
      'REQUIREMENT Must be at least 21 years old',
      'NICE_TO_HAVE Spanish',
      'NICE_TO_HAVE EVOC certificate',
    ]);
  });

  it("reads the everyday lines of high-volume posts: an age, a shift's hours, a remark that reassures, checks to pass", () => {
    const text = [
      'Requirements:',
      '- Must be 18 years or older',
      '- Able to attend training Monday-Friday, 8:00 AM - 4:30 PM local time',
      '- Smartphone for clocking in/out',
      '- 6 months to 1 year of warehouse experience preferred',
      '- No experience? No problem. Paid on-the-job training provided',
      '- Candidates must pass a Department of Justice (DOJ) fingerprint background check, a TB risk assessment, and a pre-employment physical',
      '',
      'Equipment',
      '- Laptop and headset provided',
    ].join('\n');
    expect(kinds(text, 'Warehouse Associate')).toEqual([
      'REQUIREMENT Must be 18 years or older',
      'REQUIREMENT Able to attend training Monday-Friday, 8:00 AM - 4:30 PM local time',
      'MUST_HAVE Smartphone for clocking in/out',
      'REQUIREMENT Candidates must pass a Department of Justice (DOJ) fingerprint background check, a TB risk assessment, and a pre-employment physical',
      'EXPERIENCE At least 6 months of warehouse experience (preferred)',
    ]);
    expect(
      kinds(
        [
          "What you'll do",
          '- Drive a company box truck (26,000 lbs GVWR or under, no CDL required) on local routes',
          '',
          'Physical Demands',
          'The physical demands described here are representative of those that must be met by an employee to successfully perform the essential functions of this job.',
        ].join('\n'),
        'Delivery Driver',
      ),
    ).toEqual([]);
  });

  it("reads professional posts: a wish and its elaboration after a colon, possessive years, a credential's level, what is not required", () => {
    const text = [
      "What we're looking for",
      '- Strong SQL and relational database skills, ideally PostgreSQL: schema design, indexing, query tuning and safe migrations',
      "- At least 1 year's experience in an IT support role",
      '- Microsoft Certified: Azure Solutions Architect Expert (AZ-305)',
      '',
      "We don't require a computer science degree.",
      'Let us know if you need any reasonable adjustments.',
    ].join('\n');
    expect(kinds(text, 'Backend Engineer')).toEqual([
      'MUST_HAVE SQL',
      'NICE_TO_HAVE PostgreSQL',
      'MUST_HAVE Azure',
      'REQUIREMENT Microsoft Certified: Azure Solutions Architect Expert (AZ-305)',
      'EXPERIENCE At least 1 year of experience in an IT support role',
    ]);
  });

  it('reads a demand said in so many words under a heading of wishes, and a recruitment process as the offer', () => {
    const text = [
      'Preferred experience',
      "You'll need to be fluent in French and English, both written and spoken.",
      'Any additional European language, especially German or Dutch, would be a plus.',
      '',
      'Recruitment process',
      'A call with our recruiter, then a case study.',
    ].join('\n');
    expect(kinds(text, 'Customer Success Manager')).toEqual([
      'MUST_HAVE French',
      'MUST_HAVE English',
      'NICE_TO_HAVE German',
      'NICE_TO_HAVE Dutch',
    ]);
  });

  it('reads a hook that asks who the reader is, a named diploma being worked towards, and health and safety as one thing', () => {
    const text = [
      'Are you a qualified or part-qualified accountant looking for a role where your work matters?',
      '',
      'Desirable',
      '- NEBOSH National Diploma or working towards it',
      '- Sound knowledge of CDM 2015 and current health and safety legislation',
    ].join('\n');
    expect(kinds(text, 'Health and Safety Advisor')).toEqual([
      'EDUCATION NEBOSH National Diploma (preferred)',
      'NICE_TO_HAVE NEBOSH',
      'NICE_TO_HAVE CDM 2015',
      'NICE_TO_HAVE Health and Safety',
    ]);
  });

  it('reads public postings: a list led by "one or more of the following", a condition of no convictions, instructions, a salary schedule, TS/SCI', () => {
    const text = [
      'Requirements',
      '- Research expertise in one or more of the following: Bayesian methods, spatial statistics',
      '- No felony convictions.',
      '- If you are qualifying based on education, you MUST submit a copy of your transcripts.',
      '- The Department provides Entry-Level Driver Training (ELDT) and the use of equipment for the skills test.',
      "- Master's Step 1, $55,900",
      '- We cover MLS dues, your ACI license and mileage at the IRS rate.',
      "- We'll also reimburse your state license renewal",
      '',
      'Preferred',
      '- Top Secret clearance or eligibility for TS/SCI',
    ].join('\n');
    expect(kinds(text, 'Analyst')).toEqual([
      'MUST_HAVE Bayesian methods',
      'MUST_HAVE Statistics',
      'REQUIREMENT No felony convictions',
      'NICE_TO_HAVE Top Secret clearance',
    ]);
  });

  it('marks a degree or schooling wished for "(preferred)", keeps a required one bare, and reads a level before a dash', () => {
    const education = (text: string) => kinds(text, 'Logistics Coordinator').filter((i) => i.startsWith('EDUCATION'));
    expect(
      education(
        [
          'Requirements',
          '- High school diploma or GED is required; associate degree in logistics strongly preferred',
          '- Completion of a forklift certification program is required',
        ].join('\n'),
      ),
    ).toEqual([
      'EDUCATION High school diploma or GED',
      'EDUCATION associate degree in logistics (preferred)',
      'EDUCATION Completion of a forklift certification program',
    ]);
    expect(education('Nice to have\n- Bachelor degree in Supply Chain\n- Forklift certification')).toEqual([
      'EDUCATION Bachelor degree in Supply Chain (preferred)',
    ]);
    // an ad scraped into one line: the level before the dash leads the item after it
    expect(
      education(
        'Optional (not required): freight broker experience. Our lanes run coast to coast (long haul is a plus) MUST HAVE - Bachelor degree in Business. Dispatch from our hub.',
      ),
    ).toEqual(['EDUCATION Bachelor degree in Business']);
  });

  it('reads "Things that will make you stand out" and "What would make us really happy" as wishes', () => {
    for (const heading of ['Things that will make you stand out:', 'What would make us really happy:'])
      expect(kinds(`${heading}\n- Experience with Dentrix\n- Bilingual English/Spanish`, 'Dental Assistant')).toEqual([
        'NICE_TO_HAVE Dentrix',
        'NICE_TO_HAVE Spanish',
      ]);
  });

  it('reads a block of "Label: value" fields line by line, and the prose after it in its own right', () => {
    const text = [
      'Company: Northline Components',
      'Location: Blaine, MN (on-site)',
      "Education: Bachelor's degree preferred",
      'Experience: 3+ years required',
      'Posted: 5 days ago',
      '',
      'Northline is a contract manufacturer of machined parts for the medical device and aerospace industries. With about 650 employees at two plants - Blaine, Minnesota and Eau Claire, Wisconsin - we run three shifts.',
      '',
      'Requirements',
      '- Experience using an HRIS',
    ].join('\n');
    expect(kinds(text, 'HR Generalist')).toEqual([
      "EDUCATION Bachelor's degree (preferred)",
      'MUST_HAVE HRIS',
      'EXPERIENCE At least 3 years of experience',
    ]);
  });

  it('reads a credential asked in a sentence that goes on to other demands as the credential alone', () => {
    const items = kinds(
      [
        'Requirements',
        '- To be considered, you must hold a current Texas Journeyman Plumber license (or higher) issued by the Texas State Board of Plumbing Examiners and have at least five years of plumbing experience.',
        '- Current Certified Shorthand Reporter (CSR) license issued by the State Board of Court Reporting',
      ].join('\n'),
      'Service Plumber',
    );
    expect(items).toContain(
      'REQUIREMENT To be considered, you must hold a current Texas Journeyman Plumber license (or higher)',
    );
    expect(items).toContain('REQUIREMENT Current Certified Shorthand Reporter (CSR) license');
    expect(items).toContain('EXPERIENCE At least 5 years of plumbing experience');
  });

  it('reads a prose post: an aside between dashes, "or something comparable", "is essential, as is", what the employer says of itself, and what sets you apart', () => {
    const items = kinds(
      [
        'Our finance team of eleven is small enough that your work is visible to the CFO and big enough that you will have a real mentor.',
        '',
        'You should be comfortable working in a full ERP system - NetSuite, SAP, Microsoft Dynamics or something comparable - and fluent in Excel (pivot tables, lookups).',
        'A working knowledge of US GAAP and the accrual basis of accounting is essential, as is the ability to hit close deadlines.',
        'Experience with inventory accounting or with multi-entity consolidations would also set you apart.',
      ].join('\n'),
      'Staff Accountant',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE ERP Systems',
        'NICE_TO_HAVE NetSuite',
        'NICE_TO_HAVE Microsoft Dynamics',
        'MUST_HAVE Excel',
        'MUST_HAVE US GAAP',
        'NICE_TO_HAVE inventory accounting',
      ]),
    );
    expect(items.filter((i) => /finance team|mentor/.test(i))).toEqual([]);
    expect(items.filter((i) => i.startsWith('MUST_HAVE inventory'))).toEqual([]);
  });

  it('reads an ad run into one line: a heading with its level, a heading run on after an item, a remark on what will be checked', () => {
    const items = kinds(
      "What we're looking for (essential): Valid counterbalance licence from an accredited body (RTITB or NPORS) - certificates will be checked * Experience using a warehouse management system * Willingness to work permanent nights (Oct-Dec) Desirable: Experience with SAP EWM * IOSH Working Safely",
      'Forklift Operator',
    );
    expect(items.filter((i) => /looking for|checked/.test(i))).toEqual([]);
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE Warehouse Management Systems',
        'NICE_TO_HAVE SAP EWM',
        'REQUIREMENT Willingness to work permanent nights (Oct-Dec)',
      ]),
    );
    expect(items.filter((i) => /IOSH/.test(i) && !i.startsWith('NICE_TO_HAVE'))).toEqual([]);
  });

  it('reads what will not be taken and what an application includes as no demand, and a condition of hire as one requirement', () => {
    const items = kinds(
      [
        'Requirements',
        '- Valid Education Specialist Credential',
        '- Intern credentials, Provisional Internship Permits and Short-Term Staff Permits will not be considered for this posting.',
        '- Student teaching and substitute service do not count toward this requirement.',
        '- Candidates without a clear credential will not be considered.',
        '- A complete application includes: letter of introduction, resume, three letters of recommendation.',
        '- Employment is contingent upon DOJ/FBI fingerprint clearance, a TB risk assessment, and Board approval.',
      ].join('\n'),
      'Special Education Teacher',
    );
    expect(
      items.filter((i) => /Intern credentials|Student teaching|application includes|Risk|^MUST_HAVE Board/.test(i)),
    ).toEqual([]);
    expect(items).toEqual(
      expect.arrayContaining([
        'REQUIREMENT Candidates without a clear credential will not be considered',
        'REQUIREMENT Employment is contingent upon DOJ/FBI fingerprint clearance, a TB risk assessment, and Board approval',
      ]),
    );
  });

  it('reads a law\'s name with its "and" whole, and what the role gives in the second person as no demand', () => {
    const items = kinds(
      [
        'We are looking for a Property Manager. You will have full responsibility for the community and its team of eight.',
        '',
        'Qualifications:',
        '- Working knowledge of Fair Housing law and the Arizona Residential Landlord and Tenant Act (required)',
        '- You will have 3+ years of property management experience',
      ].join('\n'),
      'Property Manager',
    );
    expect(
      items.filter((i) => /full responsibility|^MUST_HAVE (?:Arizona Residential Landlord|Tenant Act)$/.test(i)),
    ).toEqual([]);
    expect(items).toContain('EXPERIENCE At least 3 years of property management experience');
    // "looking for … with" asks what the person comes with, not whom the role works with
    expect(
      kinds(
        'We are looking for an HR Generalist to partner with production and office leaders at our Blaine facility.',
        'HR Generalist',
      ),
    ).toEqual([]);
    expect(kinds('We are looking for a Java developer with 5+ years of Spring Boot.', 'Java Developer')).toContain(
      'EXPERIENCE At least 5 years of Spring Boot',
    );
  });

  it("reads a product's editions in a parenthesis as no names of their own, and model numbers as names", () => {
    const items = kinds(
      [
        'Preferred:',
        '- HMI development in FactoryTalk View (SE or ME)',
        '- Experience shooting on a cinema camera (Sony FX3 or FX30)',
      ].join('\n'),
      'Industrial Electrician',
    );
    expect(items.filter((i) => /^NICE_TO_HAVE (?:SE|ME)$/.test(i))).toEqual([]);
    expect(items).toEqual(expect.arrayContaining(['NICE_TO_HAVE HMI', 'NICE_TO_HAVE Sony FX3', 'NICE_TO_HAVE FX30']));
  });

  it("reads an ad's voice as no demand: who is not wanted, a level said with why, pay in lakhs, what won't count or meet", () => {
    const items = kinds(
      [
        'What you need:',
        '- I-CAR Non-Structural Pro Level 1. Not negotiable, our DRP partners audit this.',
        '- Real frame machine time. We pull on a Car-O-Liner bench. Never pulled a unibody? Not this job.',
        "- 4 years in a collision shop. Prep and detail time is great, but it doesn't count toward the 4.",
        '- Intern, emergency, or substitute permits do not meet this require-',
        '  ment for this posting.',
        '- Complete applications must include: letter of introduction, resume, three letters of recommendation.',
        '- Federal and state wage and hour laws',
        '',
        'Compensation:',
        '28 LPA + ESOPs',
      ].join('\n'),
      'Collision Technician',
    );
    expect(
      items.filter((i) =>
        /Auditing|unibody|Not this job|count toward|permits|applications|LPA|state wage|hour laws/.test(i),
      ),
    ).toEqual([]);
    expect(items).toEqual(
      expect.arrayContaining(['MUST_HAVE Wage and Hour Law', 'EXPERIENCE At least 4 years in a collision shop']),
    );
  });

  it('reads a long sentence that lists its demands after one cue as one demand each, asked as the cue asks', () => {
    const items = kinds(
      "We manage offices and retail centers for institutional owners; to be considered, candidates must have a bachelor's degree from an accredited college or university, the Certified Property Manager (CPM) designation from IREM or the CCIM designation, an active Texas real estate salesperson or broker license in good standing with TREC, demonstrated experience preparing CAM reconciliations and operating budgets, and experience overseeing a portfolio of at least 400,000 square feet, along with strong Excel skills; it would be a real advantage if you also bring a LEED credential, a track record of managing tenant improvement projects, experience with medical office buildings, and conversational Spanish, which is helpful with several of our tenants.",
      'Commercial Property Manager',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        "EDUCATION bachelor's degree from an accredited college or university",
        'REQUIREMENT an active Texas real estate salesperson or broker license in good standing with TREC',
        'MUST_HAVE CAM',
        'MUST_HAVE Excel',
        'REQUIREMENT experience overseeing a portfolio of at least 400,000 square feet',
        'NICE_TO_HAVE medical office buildings',
        'NICE_TO_HAVE Spanish',
      ]),
    );
    // a figure's comma parts nothing, and a part that says more of the one before is none
    expect(items.filter((i) => /^[A-Z_]+ 000|which is helpful/.test(i))).toEqual([]);
  });

  it('reads a post forwarded as a quoted e-mail as its lines wrapped, and a clause of what was done or where one lives as no names', () => {
    const items = kinds(
      [
        '---------- Forwarded message ---------',
        '> Hi Phil,',
        '>',
        '> MUST HAVES',
        "> - Bachelor's degree in electrical, mechanical, mechatronics or",
        '>   controls engineering. No degree = no interview. They have been',
        '>   burned before.',
        '> - Real hands-on Allen-Bradley: ControlLogix/CompactLogix in Studio 5000',
        '>',
        '> NICE TO HAVES',
        '> - Has carried a quota or had revenue/bookings targets before',
        '> - Lives in or near the Harlan Crossing / Fort Wayland corridor',
        '> - Salesforce (they live in it)',
      ].join('\n'),
      'Sales Engineer',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        "EDUCATION Bachelor's degree in electrical, mechanical, mechatronics or controls engineering",
        'MUST_HAVE Allen-Bradley',
        'NICE_TO_HAVE Salesforce',
      ]),
    );
    expect(items.filter((i) => /^\w+ (?:burned|Has carried|had revenue|Lives in|near the)/.test(i))).toEqual([]);
    // ">" on items alone is a bullet, not a quote
    expect(
      jobSegments("Requirements\n> 21 years old or older\n> A valid driver's license\n> Able to pass a DOT physical\n")
        .filter((s) => !s.heading)
        .map((s) => s.text),
    ).toEqual(['21 years old or older', "A valid driver's license", 'Able to pass a DOT physical']);
  });

  it("reads a recruiter's chat message, a job board's page furniture, a page's markup, and a shop's age", () => {
    const chat = kinds(
      [
        'hey team - new req for the Joliet DC, details:',
        '- need 2+ yoe leading a crew in a warehouse/DC',
        "- forklift cert req'd, reach truck nice2have",
        '- bilingual eng/spa = big plus',
      ].join('\n'),
      'Warehouse Lead',
    );
    expect(chat).toEqual(
      expect.arrayContaining([
        'EXPERIENCE At least 2 years leading a crew in a warehouse/DC',
        'MUST_HAVE Forklift Operation',
        'NICE_TO_HAVE Reach Truck',
      ]),
    );
    expect(chat.filter((i) => /=/.test(i))).toEqual([]);
    // (as the API keeps a pasted description: see pastedDescription)
    const board = kinds(
      pastedDescription(
        [
          'See how you compare to over 100 other applicants. Try Premium for $0',
          '',
          "What You'll Bring",
          '<ul><li>Advanced SQL</li><li>Familiarity with HEDIS measures &amp; risk adjustment preferred</li></ul>',
          'Show more',
        ].join('\n'),
      ),
      'Data Analyst',
    );
    expect(board.filter((i) => /Premium|compare|amp\b|<|Show more/.test(i))).toEqual([]);
    expect(board).toEqual(expect.arrayContaining(['MUST_HAVE SQL', 'NICE_TO_HAVE risk adjustment']));
    const shop = kinds(
      'We are a family owned truck repair shop, we have been in business 30 years and work on all makes. You need to have at least 3 years working on heavy duty diesel engines and you need your own tools.',
      'Diesel Technician',
    );
    expect(shop).toEqual(
      expect.arrayContaining([
        'EXPERIENCE At least 3 years working on heavy duty diesel engines',
        'REQUIREMENT you need your own tools',
      ]),
    );
    expect(shop.filter((i) => /30 years/.test(i))).toEqual([]);
  });

  it("reads a label's list of demands within a staffing agency's one-paragraph listing one demand at a time", () => {
    const items = kinds(
      'PTA - Outpatient Ortho - $34-$38/hr - Mon-Fri 8a-5p - Springfield, MO. Requirements: active Missouri PTA license, 1+ yr outpatient orthopedic experience, current BLS, experience with WebPT documentation. Preferred: manual therapy coursework, dry needling cert (where allowed), sports medicine background.',
      'Physical Therapist Assistant',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'REQUIREMENT active Missouri PTA license',
        'MUST_HAVE BLS',
        'EXPERIENCE At least 1 year of outpatient orthopedic experience',
        'NICE_TO_HAVE sports medicine background',
      ]),
    );
  });

  it('reads a remark that names a choice as the choice, and a wish among listed demands as a wish', () => {
    expect(kinds('Must have:\n- One or the other: I-CAR or ASE certification\n', 'Painter')).toContain(
      'MUST_HAVE ASE Certification',
    );
    const items = kinds(
      'Candidates must have a valid Class A CDL, at least two years of over-the-road driving experience, a clean MVR with no major violations in the past three years, and experience with Samsara would be nice.',
      'CDL Driver',
    );
    expect(items).toContain('NICE_TO_HAVE Samsara');
    expect(items.filter((i) => i.startsWith('MUST_HAVE Samsara'))).toEqual([]);
  });

  it('reads two names of one credential as no choice, and a section number of two levels as no word', () => {
    expect(kinds('Qualifications:\n- CPR/BLS certification\n')).toEqual(['REQUIREMENT CPR/BLS certification']);
    expect(kinds('Qualifications:\n- CPC or CCS certification\n')).toEqual(['NICE_TO_HAVE CPC', 'NICE_TO_HAVE CCS']);
    expect(
      kinds('3. QUALIFICATIONS\n3.4 ABILITY TO WELD (MIG AND STICK) PREFERRED.\n', 'Maintenance Technician'),
    ).toEqual(['NICE_TO_HAVE MIG Welding']);
    expect(kinds('3. QUALIFICATIONS\n3.4 ABILITY TO WELD PREFERRED.\n', 'Maintenance Technician')).toEqual([
      'NICE_TO_HAVE ABILITY TO WELD',
    ]);
  });

  it('reads "WE\'D LOVE IT IF YOU ALSO HAVE" as the wishes', () => {
    const items = kinds(
      [
        'WHAT YOU NEED',
        '✔ Class A CDL',
        '',
        "WE'D LOVE IT IF YOU ALSO HAVE",
        '✔ Smith System or similar defensive driving training',
      ].join('\n'),
      'Tanker Driver',
    );
    expect(items).toEqual(expect.arrayContaining(['MUST_HAVE CDL Class A', 'NICE_TO_HAVE Smith System']));
    expect(items.filter((i) => i.startsWith('MUST_HAVE Smith'))).toEqual([]);
  });

  it('reads a choice between names with their versions in brackets, in Markdown emphasis, as a choice', () => {
    const items = kinds(
      "## Must haves\n\n- Production experience with **Vue (2 or 3)** or **Angular (12+)** - you'll work mostly in one\n",
      'Frontend Engineer',
    );
    expect(items).toEqual(['NICE_TO_HAVE Vue.js', 'NICE_TO_HAVE Angular']);
  });

  it('reads "What you must have" as the demands, "You know X" as X, and a remark on the demand before as none', () => {
    const items = kinds(
      [
        'WHAT YOU MUST HAVE:',
        '👉 At least 3 YEARS spraying cars in a collision shop',
        '👉 I-CAR Refinish Technician ProLevel 1 OR your ASE B2 cert. One or the other, gotta have it.',
        "👉 You know PPG Envirobase waterborne. That's our line, we're a PPG shop. If you've only ever sprayed solvent, this isn't the spot, sorry 🙏",
        '👉 Show up on time. Seriously. ⏰',
        '',
        'BONUS POINTS IF YOU HAVE:',
        '➕ You know your way around CCC ONE',
      ].join('\n'),
      'Auto Body Painter',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE PPG Envirobase waterborne',
        'NICE_TO_HAVE CCC ONE',
        'EXPERIENCE At least 3 years spraying cars in a collision shop',
      ]),
    );
    expect(items.filter((i) => /one or the other|our line|the spot|Seriously/i.test(i))).toEqual([]);
  });

  it('reads a small business owner\'s prose: a sentence ending in a quote, demands joined by "and you need", a label before a wish list', () => {
    const items = kinds(
      [
        "Here's what I'm looking for. You must hold a current North Carolina LMBT license - no exceptions, and no \"license pending.\" You need at least two years of paid hands-on massage work since finishing school, and your school needs to have been a 500-hour or longer program. You should be really solid in Swedish and deep tissue, since that's most of our book, and you need a current CPR card.",
        '',
        "Big pluses: hot stone, cupping, or lymphatic drainage. If you've worked in a PT clinic and are comfortable with intake forms and SOAP notes, I'd love to hear about it. Experience with Mindbody or Vagaro booking helps too.",
      ].join('\n'),
      'Licensed Massage Therapist',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'REQUIREMENT you need a current CPR card',
        'REQUIREMENT your school needs to have been a 500-hour or longer program',
        'EXPERIENCE At least 2 years of paid hands-on massage work since finishing school',
        'NICE_TO_HAVE hot stone',
        'NICE_TO_HAVE Vagaro booking',
      ]),
    );
    expect(items.filter((i) => /no exceptions|Big pluses|I'd love|helps too/.test(i))).toEqual([]);
  });

  it("reads the offer's heading run on after a wish in a one-line ad, and a board's questions as no demand", () => {
    const items = kinds(
      [
        'What You Need: • 3+ years of supervisory experience in a warehouse Nice to Have: • Experience with conveyor/sortation automation or a labor management system (LMS) Pay & Perks: $68,000 - $76,000 per year • 20% employee discount • Medical, dental and vision',
        'Schedule: Night shift, Overtime',
        'Ability to commute/relocate: Daventry NN11 8RB: reliably commute or plan to relocate before starting work (required)',
      ].join('\n'),
      'Warehouse Supervisor',
    );
    expect(items.filter((i) => /Perks|discount|commute|Medical/.test(i))).toEqual([]);
    // (the heading after an item's own capitalised names)
    expect(
      kinds(
        'What You Need: • Experience with Microsoft Office Pay & Perks: $68,000 a year • 20% employee discount',
        'Clerk',
      ),
    ).toEqual(['MUST_HAVE Microsoft Office']);
    expect(items).toEqual(expect.arrayContaining(['NICE_TO_HAVE conveyor', 'NICE_TO_HAVE sortation automation']));
  });

  it('reads a credential\'s standings as no names, adverbs as no items, "What you get" as the offer, and a check required there as a condition', () => {
    const items = kinds(
      [
        'Requirements:',
        '- Valid Multiple Subject Teaching Credential (Preliminary or Clear)',
        '- Comfortable with HTML/CSS, enough to prototype in code',
        '- Experience designing B2B SaaS, especially for field workers',
        '',
        'What you get',
        '- A free home energy audit (obviously)',
        '- Questions? Call Marcus at 555-0184. Pre-employment drug test and MVR check required.',
      ].join('\n'),
      'Teacher',
    );
    expect(items.filter((i) => / (?:Preliminary|Clear|enough|especially|What you get|Auditing)$/.test(i))).toEqual([]);
    expect(items).toContain('REQUIREMENT Pre-employment drug test and MVR check required');
    // a duty done "as required" is no condition; a demand with what will not do for it stands;
    // what will be required after a dash is asked
    const duties = kinds(
      [
        'Responsibilities:',
        '- Coordinate pre-employment background checks and drug screens as required.',
        'Requirements:',
        "- A valid Texas driver's license is required, out-of-state licenses will not be accepted.",
        '- Forklift certification - OSHA card will be required',
      ].join('\n'),
      'HR Assistant',
    );
    expect(duties.filter((i) => /Coordinate/.test(i))).toEqual([]);
    expect(duties.some((i) => /Texas driver's license/.test(i))).toBe(true);
    expect(duties.some((i) => /OSHA/.test(i))).toBe(true);
    // the "or" of a count offers no choice
    expect(
      kinds(
        'Requirements:\n- 3+ years supervising in a warehouse, leading teams of 20 or more associates',
        'Supervisor',
      ).filter((i) => /^(?:MUST_HAVE|NICE_TO_HAVE) more associates$/.test(i)),
    ).toEqual([]);
    // that either of two will do is no part of a name
    expect(
      kinds('Requirements:\n- Frame work. Chief or Car-O-Liner experience both count.', 'Collision Technician'),
    ).toEqual(expect.arrayContaining(['NICE_TO_HAVE Chief', 'NICE_TO_HAVE Car-O-Liner']));
  });

  // A description may be 20,000 characters (createJobPost's limit), and deriving its rubric runs in
  // the API process: a pattern that backtracks on one would hang it. The timeout is the hang guard;
  // how long each takes is no assertion.
  it('reads a recruiters\' chat: "MUST (…):" and "nice2have:" open sections, what does not count or is not enough is no skill, lines to the recruiters are no items', () => {
    const text = [
      'MUST (hm was very clear, do not send ppl missing these):',
      "\u2022 5+ yoe in SRE / DevOps / infra eng. helpdesk or desktop support yrs don't count",
      '\u2022 Terraform (all their IaC is TF + Atlantis)',
      '\u2022 writes real code in Python or Go, not just bash glue',
      '',
      'nice2have:',
      '- CKA',
      '- Go specifically (their internal tooling is mostly Go)',
      '- has run or owned an SLO / error budget program',
      "not a fit: pure cloud architects who've never been on call, windows/AD admins",
      'pls tag candidates in Greenhouse w/ REQ-4471 and drop LinkedIns in the thread',
    ].join('\n');
    expect(headings(text)).toEqual([
      ['MUST (hm was very clear, do not send ppl missing these):', 'required'],
      ['nice2have:', 'optional'],
    ]);
    const items = kinds(text, 'Site Reliability Engineer');
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE Terraform',
        'NICE_TO_HAVE Python',
        'NICE_TO_HAVE Go',
        'NICE_TO_HAVE CKA',
        'NICE_TO_HAVE SLO',
        'NICE_TO_HAVE error budget program',
        'EXPERIENCE At least 5 years in SRE / DevOps / infra eng',
      ]),
    );
    expect(items.filter((i) => /help desk|bash|greenhouse|architects|has run|specifically/i.test(i))).toEqual([]);
  });

  it('reads a job board\'s "Minimum Experience: Experienced" as no skill, when a demand must be met and a remark in brackets as no items', () => {
    const text = [
      'Minimum Experience',
      'Experienced',
      '',
      "What you'll need",
      '- An active Florida 6-20 All Lines Adjuster license (resident) - required at time of hire, no exceptions',
      "- CURRENT NC pesticide license. (Sorry, we can't wait on this one, you'll be spraying week 1)",
      '- Internal applicants must notify their current supervisor.',
    ].join('\n');
    expect(kinds(text, 'Auto Claims Adjuster')).toEqual([
      'REQUIREMENT An active Florida 6-20 All Lines Adjuster license (resident)',
      'REQUIREMENT CURRENT NC pesticide license',
    ]);
  });

  it("reads an owner's wall of text: what follows is no item, what the employer will do is none, a list of things to do a demand at a time", () => {
    const text = [
      "Here is what you need to have or don't bother applying, I mean that nicely.",
      'Current AWS D1.1 certs in 3G and 4G on plate, and a current 6G pipe cert to ASME Section IX with a TIG root.',
      'Even if you have all the paper we will test you in the shop before you start, that is how it works here.',
      "You have to read blueprints and weld symbols without somebody holding your hand, bring your own hood, grinders and leathers, have a valid driver's license because sometimes we send a crew to a customer site for tie-ins, and pass a drug screen.",
    ].join(' ');
    expect(kinds(text, 'Structural / Pipe Welder')).toEqual([
      'MUST_HAVE AWS D1.1',
      'MUST_HAVE Pipe Welding',
      'MUST_HAVE ASME Section IX',
      'MUST_HAVE TIG Welding',
      'REQUIREMENT You have to read blueprints and weld symbols without somebody holding your hand',
      'REQUIREMENT bring your own hood, grinders and leathers',
      "REQUIREMENT have a valid driver's license because sometimes we send a crew to a customer site for tie-ins",
      'REQUIREMENT pass a drug screen',
    ]);
    // a wish the employer will teach is still a wish
    expect(kinds('Experience with WebPT is helpful but we will train you.', 'Physical Therapist')).toEqual([
      'NICE_TO_HAVE WebPT',
    ]);
  });

  it('reads what a federal posting says is not creditable, or what creditable means, as no item, and a condition of hire past the cap as giving way to a demand', () => {
    const conditions = [
      'You must be a U.S. citizen to apply for this job',
      'Subject to a background/security investigation',
      'Selective Service Registration is required for males born after 12/31/1959',
      'You may be required to serve a probationary period',
      'Selected applicants will be required to complete an online onboarding process',
      'Designated and/or random drug testing may be required',
      'Must pass pre-employment physical examination',
      'Must be able to work rotating shifts and holidays',
      'Must be able to commute to the Twin Falls clinic',
      'Must be able to travel to Boise for training twice a year',
    ];
    const text = [
      'Conditions of Employment',
      ...conditions.map((c) => `- ${c}`),
      '',
      'Qualifications',
      'Licensure. Must hold a full, current and unrestricted license to practice as a physical therapist assistant in a State.',
      'Experience as a physical therapy aide or technician, athletic trainer or personal trainer is not creditable.',
      'Creditable experience is experience obtained after graduation and licensure.',
    ].join('\n');
    const items = kinds(text, 'Physical Therapist Assistant');
    expect(items).toContain(
      'REQUIREMENT Must hold a full, current and unrestricted license to practice as a physical therapist assistant in a State',
    );
    expect(items.filter((i) => /creditable|aide/i.test(i))).toEqual([]);
    expect(items.filter((i) => i.startsWith('REQUIREMENT'))).toHaveLength(10);
    expect(items).toContain('REQUIREMENT Must be able to travel to Boise for training twice a year');
    expect(items).not.toContain('REQUIREMENT Must pass pre-employment physical examination');
    expect(deriveRubric('PTA', text).warnings).toEqual([capWarning('REQUIREMENT', 1)]);
  });

  it('reads "WHAT WOULD SET YOU APART" as the wishes, and a benefit named like a heading as no heading', () => {
    expect(headings('WHAT YOU MUST HAVE\n1. SRA designation\n\nWHAT WOULD SET YOU APART\n1. Spanish')).toEqual([
      ['WHAT YOU MUST HAVE', 'required'],
      ['WHAT WOULD SET YOU APART', 'optional'],
    ]);
    const offer = [
      'Why Crestline?',
      '\u2022 Weekly direct deposit',
      '\u2022 License & certification reimbursement',
      '\u2022 24/7 clinical support line',
    ];
    expect(headings(offer.join('\n'))).toEqual([['Why Crestline?', 'about']]);
    expect(kinds(offer.join('\n'), 'Surgical Technologist')).toEqual([]);
  });

  it("reads a federal posting's notes on transcripts and recognised schools as no education item", () => {
    const text = [
      'Education',
      'Graduate of a physical therapist assistant program, resulting in an associate degree.',
      'IMPORTANT: A transcript must be submitted with your application if you are basing all or part of your qualifications on education.',
      'Note: Only education or degrees recognized by the U.S. Department of Education from accredited colleges may be used to qualify.',
    ].join('\n');
    expect(kinds(text, 'Physical Therapist Assistant').filter((i) => i.startsWith('EDUCATION'))).toEqual([
      'EDUCATION associate degree',
    ]);
  });

  it('keeps the demands a remark of the new rules would have taken with it (review of local-v23)', () => {
    const items = (text: string) => kinds(text, 'Role');
    expect(
      items('Please note: candidates must hold an active ACLS certification and 2 years of ICU experience.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^EXPERIENCE At least 2 years/)]));
    expect(
      items('Requirements:\n- You will not only build dashboards in Tableau but also write SQL and Python'),
    ).toEqual(expect.arrayContaining(['MUST_HAVE Tableau', 'MUST_HAVE SQL', 'MUST_HAVE Python']));
    expect(items("Requirements:\n- Valid Class A CDL; learner's permits do not qualify")).not.toEqual([]);
    expect(items("Requirements:\n- Reliable transportation; we'll reimburse mileage")).not.toEqual([]);
    expect(items('Requirements:\n- (Note: Class B CDL with air brakes endorsement required)')).not.toEqual([]);
  });

  it("reads an ad's banner that says the title again, and its picture-led headings in capitals", () => {
    const post = [
      "🚀 WE'RE HIRING! 🚀",
      'Licensed P&C Insurance Sales Agent',
      '',
      '🎯 MUST-HAVES',
      '✔️ ACTIVE Ohio Property & Casualty license',
      '✔️ Real experience with EZLynx and sales',
      '',
      '⭐ BONUS POINTS',
      '➕ CISR designation',
      '',
      '💰 THE MONEY',
      '💵 $48K base salary',
      '💵 UNCAPPED commission',
    ].join('\n');
    const { items } = deriveRubric('Licensed P&C Insurance Sales Agent', post);
    const texts = items.map((i) => `${i.kind} ${i.text}`);
    // the title said again asks no licence, and "P&C" is no C
    expect(texts.some((t) => /Sales Agent|MUST_HAVE C$/.test(t))).toBe(false);
    expect(texts).toContain('REQUIREMENT ACTIVE Ohio Property & Casualty license');
    expect(texts).toContain('NICE_TO_HAVE CISR designation');
    // the pay is no wish
    expect(texts.some((t) => /commission|salary/i.test(t))).toBe(false);
    // a list of items in capitals stays a list
    const caps = deriveRubric(
      'Driver',
      'Requirements:\n✅ CDL CLASS A LICENSE\n✅ TWO YEARS OTR DRIVING\n✅ Clean MVR',
    );
    expect(caps.items.map((i) => i.kind)).not.toContain('NICE_TO_HAVE');
    expect(caps.items.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a civil-service sentence of demands: when, by whom and at what level a licence is held say more of it', () => {
    const post = [
      'MINIMUM REQUIREMENTS',
      "Applicants must possess, at the time of filing, a valid New Jersey High Pressure Engineer's License, Second Grade (Blue Seal) or higher, issued by the New Jersey Department of Labor and Workforce Development, AND three (3) years of full-time paid experience (or its part-time equivalent) in the operation of high-pressure steam boilers in an industrial, institutional or utility plant. Experience operating only low-pressure heating boilers (Black Seal level) will not be credited toward the experience requirement.",
      '',
      'EXAMINATION NOTICE',
      'Candidates must bring photo identification and their original Blue Seal license to the test site; failure to do so will result in disqualification.',
      'Applicants must complete the online application and supplemental questions; a resume alone will not be accepted.',
    ].join('\n');
    const { items } = deriveRubric('Stationary Engineer', post);
    const texts = items.map((i) => `${i.kind} ${i.text}`);
    expect(texts.filter((t) => t.startsWith('REQUIREMENT'))).toEqual([
      expect.stringMatching(/High Pressure Engineer's License, Second Grade \(Blue Seal\) or higher, issued by/),
    ]);
    expect(texts.some((t) => /Second Grade$|low-pressure|photo identification|online application/.test(t))).toBe(false);
    expect(items.find((i) => i.kind === 'EXPERIENCE')).toMatchObject({
      text: expect.stringMatching(/^At least 3 years of full-time paid experience in the operation of high-pressure/),
      minYears: 3,
    });
    // what to bring said in brackets beside a demand leaves the demand
    const hha = deriveRubric(
      'Home Health Aide',
      'Requirements:\nTo be considered you must have completed a state-approved home health aide training program of at least 75 hours (please bring your certificate to the interview).',
    );
    expect(hha.items.map((i) => i.kind)).toContain('REQUIREMENT');
  });

  it('reads "Skill in:" and a short heading in capitals with no colon, and asks nothing of substitution rules', () => {
    const post = [
      'Knowledge, Skills and Abilities',
      'Skill in: use of ArcGIS Pro; writing Python scripts.',
      '',
      'Minimum Qualifications',
      'Any equivalent combination of education and experience which demonstrates the knowledge, skills and abilities listed above.',
      'Substitution: Additional qualifying GIS experience may substitute for the required education on a year-for-year basis.',
      'GIS technician or internship experience is credited at one-half.',
      '',
      'Special Requirements',
      "Possession of a valid driver's license and an acceptable driving record.",
    ].join('\n');
    const texts = deriveRubric('GIS Analyst', post).items.map((i) => `${i.kind} ${i.text}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        'MUST_HAVE ArcGIS',
        'MUST_HAVE Python',
        expect.stringMatching(/^REQUIREMENT Possession of a valid driver/),
      ]),
    );
    expect(texts.some((t) => /Skill in|Special Requirements|combination|substitute|one-half/.test(t))).toBe(false);
  });

  it('keeps the demands the rules of local-v24 would have taken with them (review of local-v24)', () => {
    const kinds = (title: string, post: string) => deriveRubric(title, post).items.map((i) => i.kind);
    // a step of applying only as a whole line; a substitution only when it asks nothing before it
    expect(
      kinds(
        'Enrollment Specialist',
        'Requirements:\n- Two years of experience helping clients complete the application and enrollment paperwork',
      ),
    ).toContain('EXPERIENCE');
    expect(
      kinds(
        'Electrician',
        'Requirements:\n- Journeyman electrician license required, and a master license may substitute for two years of the experience',
      ),
    ).toContain('REQUIREMENT');
    // what is brought to an interview is a document, not judgment to an assessment
    expect(
      kinds('RN', 'Requirements:\n- Bring strong clinical judgment to the assessment and care of complex patients'),
    ).toHaveLength(1);
    // the title said under a heading that asks is asked
    expect(kinds('Registered Nurse', 'Licensure\n- Registered Nurse')).toEqual(['MUST_HAVE']);
    // a degree "or higher" is a demand of its own, not the level of the one before
    expect(
      kinds(
        'RN',
        "Candidates must have five years of experience as a registered nurse in a hospital, a bachelor's degree in nursing or higher, a valid BLS certification from the American Heart Association, and a clean record.",
      ),
    ).toContain('EDUCATION');
    // a demand before a break of the clause stays beside what is not credited
    expect(
      kinds('Driver', "Requirements:\n- Valid Class A CDL (Class B accepted) — learner's permits will not be credited"),
    ).toHaveLength(1);
    // items in capitals led by a picture stay items; a quality or a benefit in capitals is no heading
    expect(
      kinds('Driver', 'What you need\n\n✅ CDL-A REQUIRED\n\n✅ Clean MVR\n\n✅ 2 years OTR experience'),
    ).toHaveLength(3);
    expect(
      kinds('Picker', 'Requirements:\nStrong Mechanical Abilities\nGreat Benefits\n2 years of warehouse experience'),
    ).toEqual(['MUST_HAVE', 'EXPERIENCE']);
  });

  it("reads a person specification's table headers, 'P&C' and 'w/o' as no joints of a list, and a page's footer with its title", () => {
    const post = [
      'PERSON SPECIFICATION',
      'Criteria | Essential/Desirable | How assessed',
      '1-3 years of actuarial experience with a property & casualty insurer or P&C consultancy | Essential | Interview',
      'Working knowledge of SQL for extracting policy data | Essential | Technical exercise',
      '',
      'Working Conditions',
      'Criteria | Detail',
      'Hours | 37.5 per week, flexible core hours',
      'Equipment | Laptop, dual monitors',
      '',
      'Page 3 of 3 — Job Description',
    ].join('\n');
    const texts = deriveRubric('Actuarial Analyst', post).items.map((i) => `${i.kind} ${i.text}`);
    expect(texts).toContain('MUST_HAVE SQL');
    expect(texts.some((t) => /Criteria|\sC consultancy|Hours|Equipment|Page 3/.test(t))).toBe(false);
    const copes = deriveRubric(
      'Finish Carpenter',
      'REQUIREMENTS:\n- Experience with tight reveals and clean copes w/o supervision',
    ).items;
    expect(copes.map((i) => i.text)).not.toContain('clean copes w');
  });

  it('reads a row under "Criteria | Details" by its details, and "&" between words as a joint (review of the second slice)', () => {
    const post = [
      'Person Specification',
      'Criteria | Details',
      'Experience | 3+ years of commercial HVAC service experience',
      'Certification | EPA 608 Universal certification',
    ].join('\n');
    const items = deriveRubric('HVAC Technician', post).items;
    expect(items.find((i) => i.kind === 'EXPERIENCE')).toMatchObject({ minYears: 3 });
    expect(items.map((i) => i.text)).not.toContain('Certification');
    // a run of blanks past a page's width is kept to 16
    expect(pastedDescription(`a${' '.repeat(40)}b\t\tc`)).toBe(`a${' '.repeat(16)}b\t\tc`);
    expect(
      deriveRubric('Clerk', 'Requirements:\n- Experience with Excel&Word&PowerPoint').items.map((i) => i.text),
    ).toEqual(['Excel', 'Word', 'PowerPoint']);
  });

  it('reads hostile descriptions of the largest size to the end', () => {
    const size = 20_000;
    const fill = (s: string) => s.repeat(Math.ceil(size / s.length)).slice(0, size);
    const hostile = [
      fill('word '),
      fill('Aa Bb '),
      `Requirements:\n- 5+ years of retail sales ${'/'.repeat(5_000)}x and more words to pass one hundred characters`,
      `Requirements:\n- ${fill('a, ')}`,
      `Requirements:\n- ${fill('must have experience with things and ')}`,
      fill('Python or '),
      fill('3+ years of '),
      fill('(a or b) '),
      fill('- x '),
      fill('Aa: '),
      `Requirements:\n${fill('some words here ')} not eligible`,
      `Requirements:\n${fill('words and, more ')} will not count`,
      fill('Specialized Experience: '),
      fill('word (Required) '),
      fill('Aa Bb Work Location: '),
      `Requirements:\n- 2+ years of experience ${fill('performing work in a ')}setting`,
      `Requirements:\n- 2+ years of experience ${fill('dispatching after ')}graduation`,
      fill('a'),
      `${fill('a')}\u2022`,
      pastedDescription('\uFB03'.repeat(size / 3)),
      fill('Aaaa Bbbb Specialized '),
      // a remark's closing marks, a long list after a demand's cue, quoted lines, a page's tags
      `- Seriously ${fill('! ')}x`,
      `You must have ${fill('strong welding skills, ')}`,
      `>\n${fill('> quoted line\n')}`,
      fill('<li>a &amp; b</li>'),
      // what does not count or is not enough, in one line of thousands
      `Requirements:\n${fill('Python, not just Bash, ')}`,
      `Requirements:\n${fill("Go and help desk yrs don't count, ")}`,
      fill('(Sorry, we '),
      // a cue and its commas, levels, exam-day and application steps, picture headings
      `Applicants must possess, ${fill('at the time of filing, ')}a license`,
      `Applicants must possess, ${fill('x or higher, ')}`,
      fill('Candidates must bring photo '),
      fill('complete the online '),
      fill('any combination of '),
      fill('💰 THE MONEY\n'),
      fill('in an industrial, '),
      // a run of blanks as long as the description, as it is kept (review of the second slice)
      pastedDescription(`Requirements:\n- Experience with Excel${' '.repeat(size)}x and Word`),
      pastedDescription(`Requirements:\n- Python${'\t '.repeat(size / 2)}(a plus)`),
      // a run of digits as long as the description (each of two patterns read it once per digit)
      fill('1'),
      `Requirements:\n- ${fill('1')}`,
      fill('certified professional through '),
    ];
    for (const text of hostile) {
      const { items } = deriveRubric('Role', text);
      for (const item of items) if (item.quote) expect(text).toContain(item.quote);
    }
  }, 60_000);

  it('is deterministic', () => {
    expect(deriveRubric('Backend Engineer', MARKDOWN)).toEqual(deriveRubric('Backend Engineer', MARKDOWN));
  });
});

describe("deriveRubric on sets 25 and 26: an owner's prose, a one-line ad, a recruiter's e-mail, a LinkedIn post", () => {
  it('reads a choice of a skill among things it does not know as no gate', () => {
    const items = kinds(
      'Requirements:\n- Minimum of two (2) years of experience as an RN, including at least one year in hospice, home health or palliative care',
      'Hospice RN Case Manager',
    );
    expect(items).toContain('NICE_TO_HAVE Palliative Care');
    expect(items.filter((i) => i.startsWith('MUST_HAVE'))).toEqual([]);
    // (a list joined by "and" is no choice, nor a verb sharing the skill's object)
    expect(
      kinds('Requirements:\n- Able to read basic electrical schematics, wiring diagrams and assembly drawings'),
    ).not.toContain('NICE_TO_HAVE wiring diagrams');
  });

  it('reads a level said after an item as the item\'s: "This one\'s a must!"', () => {
    const safety = kinds(
      "Who you are\n✅ 7+ years of construction safety experience\n✅ An active CSP or CHST. This one's a must!",
      'Regional Safety Manager',
    );
    expect(safety).toContain('REQUIREMENT An active CSP or CHST');
    expect(safety.filter((i) => /This one/.test(i))).toEqual([]);
  });

  it("reads an owner's prose: years of the work said before them, a list of things to do, wishes in sentences", () => {
    const items = kinds(
      [
        'We are not going to teach the basics here, so we need somebody who has been doing commercial refrigeration for at least five years.',
        "You will need to hold a Universal EPA 608 card before your first day, braze cleanly, read a wiring diagram, and find your way around the store's controller on your own, which for us means Emerson E2/E3 in most stores and Danfoss AK-SM in the rest.",
        '',
        'What would make us really glad to hear from you: three of our newer stores run CO2 booster systems. A trade school certificate is nice, but we care more about what you can do than where you learned it.',
      ].join('\n'),
      'Commercial Refrigeration Service Technician',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'EXPERIENCE At least 5 years doing commercial refrigeration',
        'REQUIREMENT You will need to hold a Universal EPA 608 card before your first day',
        'MUST_HAVE braze cleanly',
        'NICE_TO_HAVE trade school certificate',
      ]),
    );
    expect(kinds('Must have worked as a welder for 3+ years.', 'Welder')).toContain(
      'EXPERIENCE At least 3 years as a welder',
    );
  });

  it('reads an ad run into one line, its fields parted by bars and its demands by dashes', () => {
    const items = kinds(
      'Meat Cutter (Butcher) - Full Time - Hollister Family Markets - Store #214, Brennan Heights, MN | $22.50-$27.75/hr DOE | Posted 3 days ago | Requirements: minimum 3 years of experience cutting meat in a retail grocery meat department - able to break beef primals and subprimals and cut pork loins on the band saw - safe, skilled use of band saw, grinder, slicer and boning knives - current food handler certificate (ServSafe Food Handler or Manager) - available weekends and holidays | Preferred: experience leading a meat department - sausage making and smoked products - bilingual English/Spanish | Benefits: medical, dental, 401(k)',
      'Meat Cutter',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE boning knives',
        'REQUIREMENT current food handler certificate (ServSafe Food Handler or Manager)',
        'REQUIREMENT available weekends and holidays',
        'NICE_TO_HAVE sausage making',
      ]),
    );
    // (the kind of the examples is the credential the requirement asks, no must-have besides)
    expect(items).not.toContain('MUST_HAVE current food handler certificate');
    expect(items.filter((i) => /Store #214|Posted/.test(i))).toEqual([]);
  });

  it("reads a recruiter's e-mail: what is not asked after a dash, what else is accepted, tax seasons as years", () => {
    const items = kinds(
      [
        'Must haves:',
        '- Active Enrolled Agent credential. A CPA license would also be accepted, but they will NOT consider someone who is "working on" the EA - it needs to be in hand.',
        '- At least 3 full tax seasons preparing 1040s AND business returns (1120-S and/or 1065) in a CPA or EA practice - not a retail storefront',
        'Nice to haves:',
        '- Experience supervising or reviewing seasonal staff',
        '- Certified Hospice and Palliative Nurse (CHPN)',
      ].join('\n'),
      'Tax Preparer / Enrolled Agent',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'EXPERIENCE At least 3 years preparing 1040s AND business returns',
        'NICE_TO_HAVE Experience supervising or reviewing seasonal staff',
        'NICE_TO_HAVE Certified Hospice and Palliative Nurse (CHPN)',
      ]),
    );
    expect(items.filter((i) => /retail storefront|would also be accepted|^NICE_TO_HAVE Nursing$/.test(i))).toEqual([]);
  });

  it('reads lines labelled "PLUS:" as wishes and "About Plant 3:" as the employer', () => {
    const items = kinds(
      [
        'MUST: Troubleshoot 480V three-phase power, motor control circuits, starters and VFDs using a meter and prints.',
        '',
        'PLUS: Current NFPA 70E arc flash training.',
        'PLUS: TIG welding on stainless, sanitary fabrication.',
        '',
        'About Plant 3: we make frozen breakfast sandwiches on six lines. USDA-inspected, SQF Level 2 certified, about 410 employees.',
      ].join('\n'),
      'Maintenance Technician III',
    );
    expect(items).toEqual(expect.arrayContaining(['NICE_TO_HAVE NFPA 70E', 'NICE_TO_HAVE TIG Welding']));
    expect(items.filter((i) => /^MUST_HAVE (?:NFPA|TIG)|Plant 3|USDA/.test(i))).toEqual([]);
  });
});

describe('deriveRubric keeps what the rules of sets 25 and 26 would have taken with them (review of local-v25)', () => {
  it('keeps a name spelled out that the vocabulary knows, by its words or its letters', () => {
    expect(kinds('Licenses:\n- Registered Nurse (RN)\n- Basic Life Support (BLS)')).toEqual([
      'MUST_HAVE Registered Nurse',
      'MUST_HAVE BLS',
    ]);
    expect(kinds('Nice to have:\n- Basic Life Support (BLS)')).toEqual(['NICE_TO_HAVE BLS']);
  });

  it('reads no choice in a consequence after "or", nor years in the seasons of a hotel brand or a lawn', () => {
    expect(kinds('Requirements:\n- Advanced Excel or you will struggle.')).toContain('MUST_HAVE Excel');
    expect(
      kinds('Preferred:\n- Luxury hotel experience (Four Seasons, Ritz-Carlton or similar)').filter((i) =>
        i.startsWith('EXPERIENCE'),
      ),
    ).toEqual([]);
    expect(
      kinds('Requirements:\n- Experience maintaining turf through all 4 seasons').filter((i) =>
        i.startsWith('EXPERIENCE'),
      ),
    ).toEqual([]);
  });

  it('keeps a demand said with "will be accepted", "useful" inside a clause, and a negative demand after a dash', () => {
    expect(kinds('Requirements:\n- Only applicants with an active CPA license will be accepted.')).not.toEqual([]);
    expect(kinds('Requirements:\n- Must be proficient in Excel; formulas are really useful in this role')).toContain(
      'MUST_HAVE Excel',
    );
    expect(
      kinds('Requirements:\nCDL A - clean MVR - not on probation - never had a DUI').some((i) =>
        /never had a DUI/.test(i),
      ),
    ).toBe(true);
  });

  it('reads no wish in "Plus:" over the perks after the pay, and no trait as a skill', () => {
    const perks = kinds(
      'Requirements:\n- Class A CDL\n\nPay: $0.62/mile\nPlus:\n- Home every weekend\n- Paid orientation',
    );
    expect(perks.filter((i) => /weekend|orientation/.test(i))).toEqual([]);
    const traits = kinds(
      'Requirements\nYou need to be on time, be honest, work hard, and find ways to help the team when the store is slammed on weekends and holidays, which happens more often than not in our busy season.',
    );
    expect(traits.filter((i) => /^MUST_HAVE (?:be honest|work hard)$/.test(i))).toEqual([]);
  });

  it('carries a list of tools parted by bars whole, and reads a long line of names in time', () => {
    const tools = kinds(
      'Tools we use: Jira | Confluence | Figma | Miro | GitHub | Slack | Notion | Datadog | Sentry | PagerDuty | Terraform | Kubernetes | PostgreSQL | Redis | Kafka | Snowflake | dbt | Looker | Amplitude',
    );
    expect(tools.length).toBeGreaterThanOrEqual(15);
    expect(tools.every((i) => i.startsWith('NICE_TO_HAVE'))).toBe(true);
    // (a choice is looked for a few words around each name: 20 KB of names costs no cubic time)
    expect(kinds(`Requirements:\n- ${'sql, '.repeat(4_000)}`).length).toBeGreaterThan(0);
  }, 20_000);
});

describe('deriveRubric on the use of a list of tools, said as a noun (set 26)', () => {
  it('reads each tool as a must-have, and a use of tools of one kind as none', () => {
    expect(
      kinds(
        'Requirements:\n- Safe, skilled use of band saw, grinder, slicer, cuber/tenderizer and boning knives',
        'Meat Cutter',
      ),
    ).toEqual(
      expect.arrayContaining([
        'MUST_HAVE band saw',
        'MUST_HAVE grinder',
        'MUST_HAVE slicer',
        'MUST_HAVE boning knives',
      ]),
    );
    expect(
      kinds('Requirements:\n- Safe use of hand and power tools, including powder-actuated tools.', 'Carpenter'),
    ).not.toContain('MUST_HAVE hand');
  });
});

describe('deriveRubric keeps the use of a list to tools (review of the second slice)', () => {
  it('reads no people, qualities, levels or places as tools, and nothing the employer will train', () => {
    const items = (line: string) => kinds(`Requirements:\n- ${line}`);
    expect(
      items('Handling of patients, residents and families with compassion').filter((i) => i.startsWith('MUST_HAVE')),
    ).toEqual([]);
    expect(
      items('Proficient use of judgment, tact and discretion required').filter((i) => i.startsWith('MUST_HAVE')),
    ).toEqual([]);
    expect(
      items('Use of proper body mechanics, lifting techniques and transfer equipment with patients').filter((i) =>
        i.startsWith('MUST_HAVE'),
      ),
    ).toEqual([]);
    expect(items('Use of forklifts, pallet jacks and scissor lifts (we will train)')).not.toContain(
      'MUST_HAVE scissor lifts',
    );
  });
});

describe("deriveRubric on a page of questions and answers, and a label's list (set 27)", () => {
  const faq = [
    'What will I actually be doing?',
    'Setting furnaces, air handlers, condensers and heat pumps; running and brazing copper line sets.',
    '',
    'What experience do you want?',
    "At least two years of hands-on residential installation work -- helper time on a service van doesn't count. You should already be able to braze with a nitrogen purge, pull a system down below 500 microns on a micron gauge, and build basic duct transitions without somebody standing over you.",
    '',
    'Do I need a license or certification?',
    "Yes -- you must already hold EPA Section 608 certification, Type II or Universal. You do NOT need a state contractor's or journeyman license to start; that's what the apprenticeship is for.",
    '',
    'Do I need to drive?',
    "Yes. You'll need a valid driver's license and a record our insurance will accept.",
    '',
    'What would make you stand out?',
    '- Ductless mini-split installs',
    '- Speaking Spanish on the job',
    '',
    'What does it pay?',
    '$21-$27 an hour to start depending on experience, plus health and dental.',
  ].join('\n');

  it("reads the reader's questions as headings and their answers as what they ask", () => {
    expect(headings(faq)).toEqual([
      ['What will I actually be doing?', 'duties'],
      ['What experience do you want?', 'required'],
      ['Do I need a license or certification?', 'required'],
      ['Do I need to drive?', 'required'],
      ['What would make you stand out?', 'optional'],
      ['What does it pay?', 'about'],
    ]);
    const items = kinds(faq, 'Residential HVAC Installer');
    expect(items).toEqual(
      expect.arrayContaining([
        'EXPERIENCE At least 2 years of hands-on residential installation work',
        'REQUIREMENT you must already hold EPA Section 608 certification, Type II or Universal',
        'REQUIREMENT You should already be able to braze with a nitrogen purge',
        'REQUIREMENT pull a system down below 500 microns on a micron gauge',
        'NICE_TO_HAVE Spanish',
      ]),
    );
    // the answer alone asks nothing, nor does what the page says is not needed, nor the question of pay
    expect(items.filter((i) => /^\w+ (?:Yes|What does it pay)|NOT need/.test(i))).toEqual([]);
  });

  it("keeps a question put to the candidate, and a form's questions, out of the headings", () => {
    expect(headings('Do you have a CDL-A?\nWe need one for the yard.')).toEqual([]);
    expect(headings('Which of our titles do you follow most closely? *\nSelect...')).toEqual([]);
    expect(
      headings('Is there on-call?\nYes — one week in five. You need to live within 30 minutes of the shop.'),
    ).toEqual([['Is there on-call?', 'plain']]);
  });

  it('parts a "Required:" label\'s list into its demands', () => {
    expect(
      kinds(
        'Required: current forklift operator certification, at least 1 year of warehouse order picking using an RF scanner, and able to lift 50 lb cases repeatedly.',
        'Freezer Order Picker',
      ),
    ).toEqual(
      expect.arrayContaining([
        'REQUIREMENT current forklift operator certification',
        'REQUIREMENT able to lift 50 lb cases repeatedly',
        'EXPERIENCE At least 1 year of warehouse order picking using an RF scanner',
      ]),
    );
  });

  it("keeps a body's list of abilities one condition, and a relative clause no skill", () => {
    expect(
      kinds(
        'Requirements:\nMust be able to climb wood poles to 80 ft using hooks and fall restriction devices, lift and carry up to 100 lbs, and work outdoors in extreme heat and cold.',
        'Journeyman Lineman',
      ).filter((i) => i.startsWith('REQUIREMENT')),
    ).toHaveLength(1);
    const loans = kinds(
      'The successful candidate will have at least five years of commercial lending experience in which they originated and managed their own portfolio of C&I and commercial real estate loans.',
      'Commercial Loan Officer',
    );
    expect(loans.filter((i) => /which/.test(i))).toEqual([]);
    expect(loans).toContain('EXPERIENCE At least 5 years of commercial lending experience');
  });
});

describe('deriveRubric on the parts of a course, and a bare adjective of credentials (set 28)', () => {
  it('reads the modules of a course as its parts, not as must-haves, and "Certified" as no skill', () => {
    const items = kinds(
      'Must Haves:\n- Current GWO Basic Safety Training, all four modules (Working at Heights, First Aid, Manual Handling, Fire Awareness), valid on your start date',
      'Wind Turbine Technician',
    );
    expect(items.filter((i) => i.startsWith('MUST_HAVE'))).toEqual([]);
    expect(
      kinds(
        'Requirements:\n- A current CHHE credential from AHLEI, or Certified/Registered Executive Housekeeper status with IEHA',
        'Executive Housekeeper',
      ),
    ).not.toContain('MUST_HAVE Certified');
  });
});

describe("deriveRubric on a recruiter's e-mail signed off (set 22, read again)", () => {
  it('reads nothing of the signature under a sign-off of a few words, nor a line of ways to reach the sender', () => {
    const items = kinds(
      [
        'Nice to haves: NCCCO Rigger Level II, TWIC card, Basic Plus card.',
        '',
        'Thanks and stay safe out there,',
        '',
        'Cody Vaughn',
        'Senior Recruiter, Skilled Trades',
        'Ironline Skilled Staffing | Pasadena, TX',
      ].join('\n'),
      'Mobile Crane Operator',
    );
    expect(items.filter((i) => /Cody|Recruiter|Ironline|stay safe|Thanks/.test(i))).toEqual([]);
    expect(kinds('Preferred:\n- TWIC card\n- Office 713-555-0100 | Text 713-555-0199\n- jobs@example.com')).toEqual([
      'NICE_TO_HAVE TWIC card',
    ]);
  });
});

describe('deriveRubric keeps what the rules of set 27 would have taken with them (review of the slice)', () => {
  it("keeps a list's section past a question of the reader's, and reads a negative answer as asking nothing", () => {
    expect(
      kinds(
        'Requirements:\nFood handler card\nAre nights and weekends a problem?\nKnife skills and line cooking experience\nServSafe certification',
        'Line Cook',
      ),
    ).toEqual(expect.arrayContaining(['MUST_HAVE Knife Skills', 'REQUIREMENT ServSafe certification']));
    expect(
      kinds(
        'Do I need a CDL?\nNot to start. We pay for your Class A CDL training.\n\nDo I need my own tools?\nNo, we provide all tools and a truck.\n\nIs travel required?\nRarely, maybe twice a year for training in Omaha.',
        'Driver',
      ),
    ).toEqual([]);
    expect(
      kinds('Can you sponsor visas?\nNo. You need to be authorized to work in the US without sponsorship.'),
    ).toContain('REQUIREMENT You need to be authorized to work in the US without sponsorship');
    expect(kinds('Requirements:\n- No felony convictions')).toEqual(['REQUIREMENT No felony convictions']);
  });

  it('keeps the demands beside what is not needed, and a degree not needed out', () => {
    const items = kinds(
      "Requirements:\nYou don't need a college degree, just a valid Class A CDL and 1 year of OTR experience.",
      'Driver',
    );
    expect(items.filter((i) => i.startsWith('EDUCATION'))).toEqual([]);
    expect(items).toContain('EXPERIENCE At least 1 year of OTR experience');
    expect(kinds('Requirements:\n- High school level education or equivalent', 'Clerk')).toEqual([
      'EDUCATION High school level education or equivalent',
    ]);
  });

  it('reads only counted modules as parts, a list of verbs sharing one object as one demand, and AS/400 as a name', () => {
    expect(
      kinds(
        'Requirements:\n- 3+ years troubleshooting industrial electrical components (PLCs, VFDs, servo drives)\n- Class A CDL with endorsements (Hazmat, Tanker)',
        'Maintenance Technician',
      ),
    ).toEqual(expect.arrayContaining(['MUST_HAVE PLC Programming', 'MUST_HAVE Dangerous Goods']));
    expect(
      kinds(
        'Requirements:\nMust be able to speak, read and write English fluently, follow written safety procedures, and operate a pallet jack and forklift safely.',
        'Warehouse Associate',
      ).filter((i) => /^MUST_HAVE (?:read|speak)$|^REQUIREMENT write English/.test(i)),
    ).toEqual([]);
    expect(kinds('Must have: AS/400, DB2, CL')).not.toEqual([]);
  });
});

describe('deriveRubric on the law that defines a term (set 30)', () => {
  it('reads no skill in what defines a demand', () => {
    expect(
      kinds(
        'Requirements:\n- Must be a U.S. Person as defined by ITAR (U.S. citizen or permanent resident)',
        'Quality Inspector',
      ),
    ).toEqual(['REQUIREMENT Must be a U.S. Person as defined by ITAR (U.S. citizen or permanent resident)']);
  });
});

describe('deriveRubric keeps the laws a post names (review of the slice)', () => {
  it('reads a standard that defines work as a skill, only the export law of a U.S. person as none', () => {
    expect(
      kinds('Requirements:\n- Manage IT service incidents and changes as defined by ITIL', 'IT Analyst'),
    ).toContain('MUST_HAVE ITIL');
  });
});

describe('deriveRubric on two demands of one line parted by an AND in capitals (set 19, read again)', () => {
  it('reads each credential as a demand of its own', () => {
    expect(
      kinds(
        'Requirements:\n- Current registration with the American Registry of Radiologic Technologists (ARRT) in Radiography (R), AND current ARRT post-primary certification in Computed Tomography (CT).',
        'CT Technologist',
      ),
    ).toEqual(
      expect.arrayContaining([
        'REQUIREMENT Current registration with the American Registry of Radiologic Technologists (ARRT) in Radiography (R)',
        'REQUIREMENT current ARRT post-primary certification in Computed Tomography (CT)',
      ]),
    );
    // (not in a line written all in capitals, where "AND" is any "and")
    expect(
      kinds('REQUIREMENTS:\n- VALID CDL, AND CLEAN MVR REQUIRED').filter((i) => i.startsWith('REQUIREMENT')),
    ).toHaveLength(1);
  });
});

describe('deriveRubric keeps a list whose last item follows an AND in capitals (third review)', () => {
  it('parts no list of verbs or checks at its AND', () => {
    expect(
      kinds('Requirements:\n- Must be able to lift, push, AND pull up to 50 pounds', 'Warehouse Associate').filter(
        (i) => /pull up to/.test(i),
      ),
    ).toEqual(['REQUIREMENT Must be able to lift, push, AND pull up to 50 pounds']);
  });
});

describe("deriveRubric on a recruiter's e-mail and wishes named after a verb (sets 31 and 32)", () => {
  it('reads "What they actually need" as the demands, and asks nothing of an invitation to talk or to pass the post on', () => {
    const mail = [
      'Subject: party chief opening - can you post this?',
      '',
      'What they actually need:',
      '• 5+ years as a DBA supporting production systems',
      '• Deep hands-on PostgreSQL and/or Oracle',
      '• Comfortable living on Linux',
      '',
      'Would you be open to a 15-minute call this week? I can share the full JD.',
    ].join('\n');
    const items = kinds(mail, 'Senior Database Administrator');
    expect(items).toEqual(
      expect.arrayContaining(['MUST_HAVE Linux', 'EXPERIENCE At least 5 years as a DBA supporting production systems']),
    );
    expect(items.filter((i) => /post this|15-minute|open to/i.test(i))).toEqual([]);
    // (a question that asks a demand is still one)
    expect(kinds('Are you open to working nights?\nCan you lift 50 lbs?\nCan you pass a DOT physical?')).toEqual(
      expect.arrayContaining(['REQUIREMENT lift 50 lbs', 'REQUIREMENT pass a DOT physical']),
    );
  });

  it('names what a wish is done in after its verb, and leaves the way to a credential out of it', () => {
    const items = kinds(
      [
        'Preferred:',
        '- CHT or actively working toward CHT eligibility',
        '- physical agent modalities (PAMs) training',
        '- experience documenting in WebPT',
        '- Comfort with Git-based workflows and CI pipelines',
      ].join('\n'),
      'Occupational Therapist',
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'NICE_TO_HAVE CHT',
        'NICE_TO_HAVE physical agent modalities training',
        'NICE_TO_HAVE WebPT',
        'NICE_TO_HAVE Git-based workflows',
        'NICE_TO_HAVE CI pipelines',
      ]),
    );
    // ("Training" alone is the training of staff, no course named before it; "BD+C" holds no C)
    expect(items).not.toContain('NICE_TO_HAVE Training');
    expect(kinds('Preferred:\n- LEED AP BD+C')).toEqual(['NICE_TO_HAVE LEED AP']);
  });

  it('reads a part that says how at ease one is as no name: the line is one demand', () => {
    expect(
      kinds(
        'REQUIREMENTS\n• Basic computer skills and comfort learning new teller and account-opening\nsystems',
        'Teller',
      ),
    ).toEqual(['REQUIREMENT Basic computer skills and comfort learning new teller and account-opening systems']);
  });
});

describe('deriveRubric keeps what the rules of sets 31 and 32 would have taken with them (review of the slice)', () => {
  it('asks a question that asks a demand, whatever its verb, and one of a meeting-heavy schedule', () => {
    expect(kinds('Can you post journal entries and reconcile accounts in NetSuite?', 'Staff Accountant')).toEqual(
      expect.arrayContaining(['MUST_HAVE NetSuite']),
    );
    expect(kinds('Can you send accurate quotes to customers within 24 hours?', 'Estimator')).toEqual([
      'REQUIREMENT send accurate quotes to customers within 24 hours',
    ]);
    expect(kinds('Are you willing to talk on the phone all day?', 'Call Center Agent')).toEqual([
      'REQUIREMENT willing to talk on the phone all day',
    ]);
    expect(kinds('Are you open to a meeting-heavy schedule?', 'Program Manager')).toHaveLength(1);
    // (a request to pass the ad on asks nothing)
    expect(kinds('Could you pass it along?\nCan you share this with your network?')).toEqual([]);
  });

  it('names no place or day after a verb, nor a wish what it is not', () => {
    expect(kinds('Preferred:\n- experience working in California\n- experience working on Saturdays')).toEqual([
      'NICE_TO_HAVE experience working in California',
      'NICE_TO_HAVE experience working on Saturdays',
    ]);
    expect(kinds('Preferred:\n- CPA or actively working toward CPA licensure')).toEqual(['NICE_TO_HAVE CPA']);
  });

  it('reads no demands under what they never expect', () => {
    expect(headings('What they never expect:\n- A college degree\n- Forklift certification')[0]).toEqual([
      'What they never expect:',
      'plain',
    ]);
  });
});

describe("deriveRubric on a job board's page copied whole (set 34)", () => {
  it("asks nothing of the board's buttons, alerts, similar jobs and the employer's blurb after the qualifications", () => {
    const page = [
      'Qualifications',
      'Doctor of Audiology (Required)',
      'VNG (Required)',
      '',
      '1-Click Apply',
      '',
      'Report this job',
      '',
      'About Coastal Carolina Ear, Nose & Throat',
      'Physician-owned ENT, allergy, audiology and balance practice. 51-200 employees. Wilmington, NC.',
      '',
      'Get new jobs for this search by email',
      'Create Alert',
      '',
      'Similar Jobs',
      'Pediatric Audiologist',
      'Atrium Health - Charlotte, NC',
    ].join('\n');
    const items = kinds(page, 'Audiologist');
    expect(items).toContain('EDUCATION Doctor of Audiology (Required)');
    expect(
      items.filter((i) => /Apply|Report|Coastal|Physician|employees|Wilmington|Alert|Similar|Atrium|Pediatric/.test(i)),
    ).toEqual([]);
  });
});

describe('deriveRubric on a flyer pasted from a PDF, wrapped at a narrow column (set 33)', () => {
  it('joins the lines an item was wrapped onto, and reads "WHAT WE REQUIRE" and "WE\'D LIKE TO SEE"', () => {
    const flyer = [
      'NOW HIRING',
      'Platte Valley Equipment is a family-owned John Deere',
      'dealership with four stores and more than 160',
      'employees. Our service team keeps tractors,',
      'combines, sprayers, planters and hay equipment',
      'running for some of the most productive',
      'operations in the state.',
      'WHAT WE REQUIRE',
      'Minimum 3 years experience repairing agricultural',
      'or heavy equipment (dealer or independent shop)',
      "Valid driver's license and an insurable driving",
      'record',
      'Able to lift 75 lbs and work in all weather',
      'conditions',
      'Must pass pre-employment drug screen and',
      'physical',
      "WE'D LIKE TO SEE",
      "CDL Class A (or willing to get it - we'll help)",
      'Experience with Service ADVISOR, StarFire',
      'receivers, Gen 4 displays and AutoTrac',
    ].join('\n');
    const items = kinds(flyer, 'Agricultural Service Technician');
    expect(items).toEqual(
      expect.arrayContaining([
        'EXPERIENCE At least 3 years of experience repairing agricultural or heavy equipment',
        "REQUIREMENT Valid driver's license and an insurable driving record",
        'REQUIREMENT Able to lift 75 lbs and work in all weather conditions',
        'NICE_TO_HAVE Service ADVISOR',
      ]),
    );
    expect(items.filter((i) => i.startsWith('MUST_HAVE'))).not.toContain('MUST_HAVE Service ADVISOR');
  });
});

describe("deriveRubric keeps what a job board's page rules would have taken with them (review of the slice)", () => {
  it("reads on past an apply button, and keeps items that open like the board's words", () => {
    expect(
      kinds(
        'Forklift Operator\nAcme Logistics\n1-Click Apply\n\nRequirements:\n- Forklift certification\n- Must pass a drug screen',
      ),
    ).toEqual(expect.arrayContaining(['REQUIREMENT Must pass a drug screen']));
    expect(kinds('Requirements:\n- Create alerts in Splunk\n- Python scripting\n- Linux')).toEqual(
      expect.arrayContaining(['MUST_HAVE Python', 'MUST_HAVE Linux']),
    );
    expect(kinds("About Role & Requirements\n- Bachelor's degree\n- 3 years of medical device sales")).toEqual(
      expect.arrayContaining(["EDUCATION Bachelor's degree"]),
    );
  });
});

describe('deriveRubric: the thirtieth session (sets 37 and 38)', () => {
  it("reads a messaging page's export by its messages: each sender's name over its time is no item", () => {
    const chat = [
      'Dana Kessler - Kestrel Search',
      'Tue 9:12 AM',
      'morning! new search just came in',
      '',
      'Me',
      'Tue 9:18 AM',
      'must haves?',
      '',
      'Dana Kessler - Kestrel Search',
      'Tue 9:21 AM',
      '1) ACTIVE PA NHA license',
      '2) 5+ yrs LTC leadership',
      '',
      'Tue 9:22 AM',
      '3) PointClickCare',
    ].join('\n');
    const kept = pastedDescription(chat);
    expect(kept).not.toMatch(/Kessler|9:\d\d AM|^Me$/m);
    // (a sender's messages a minute apart are one list)
    expect(kept).toContain('2) 5+ yrs LTC leadership\n3) PointClickCare');
    const items = kinds(kept, 'Nursing Home Administrator');
    expect(items).toEqual(expect.arrayContaining(['MUST_HAVE PointClickCare']));
    expect(items.filter((i) => /Kessler|AM$|^MUST_HAVE Me$/.test(i))).toEqual([]);
    // a schedule's times are no chat's: two times on lines of their own leave the text as it is
    const schedule = 'Shift start\n7:00 AM\nShift end\n3:30 PM\nRequirements\n- Forklift';
    expect(pastedDescription(schedule)).toBe(schedule);
  });

  it('reads a kind asked after a name and "or similar" as the kind, held by the names (with those listed after it)', () => {
    expect(kinds('Requirements\n- Experience with ServiceNow or a similar ITSM ticketing tool', 'Analyst')).toEqual([
      'MUST_HAVE ITSM ticketing tool (e.g. ServiceNow)',
      'NICE_TO_HAVE ServiceNow',
    ]);
    const hoa = kinds(
      "What we're looking for\n- Working knowledge of Vantaca (our platform) or comparable association software (CINC, AppFolio, TOPS)",
      'Community Association Manager',
    );
    expect(hoa).toContain('MUST_HAVE association software (e.g. Vantaca, CINC, AppFolio, TOPS)');
    expect(hoa).not.toContain('MUST_HAVE AppFolio');
    expect(kinds('Requirements\n- HammerTech, Procore or another digital safety platform', 'Safety Manager')).toContain(
      'MUST_HAVE digital safety platform (e.g. HammerTech, Procore)',
    );
    // what the line asks besides stays asked
    expect(
      kinds(
        'Requirements\n- Experience administering Okta or another identity provider, including SAML/OIDC SSO',
        'Sysadmin',
      ),
    ).toEqual(expect.arrayContaining(['MUST_HAVE identity provider (e.g. Okta)', 'MUST_HAVE Single Sign-On']));
    // a kind holding a skill the vocabulary knows asks that skill, and a plain word holds no kind
    const books = kinds('Requirements\n- Experience with QuickBooks or similar accounting software', 'Bookkeeper');
    expect(books).toContain('MUST_HAVE Accounting');
    expect(books.some((i) => /e\.g\./.test(i))).toBe(false);
    expect(
      kinds(
        'Requirements\n- Experience with medical, patent, engineering or other technical testimony',
        'Court Reporter',
      ).some((i) => /e\.g\./.test(i)),
    ).toBe(false);
  });

  it('reads a choice of names under a label as the kind the label names; "and/or" offers a choice', () => {
    expect(
      kinds('Requirements\n✅ Access control: Lenel OnGuard and/or Software House C•CURE 9000', 'Commercial Locksmith'),
    ).toEqual([
      'MUST_HAVE Access control (e.g. Lenel OnGuard, Software House C•CURE 9000)',
      'NICE_TO_HAVE Lenel OnGuard',
      'NICE_TO_HAVE Software House C•CURE 9000',
    ]);
    expect(kinds('Requirements\n- Lenel OnGuard and/or Software House C•CURE 9000', 'Commercial Locksmith')).toEqual([
      'NICE_TO_HAVE Lenel OnGuard',
      'NICE_TO_HAVE Software House C•CURE 9000',
    ]);
    // (a label over names all asked is left as it was)
    expect(kinds('Requirements\n- Key systems: Best, Medeco', 'Commercial Locksmith')).toEqual([
      'MUST_HAVE Key systems: Best',
      'MUST_HAVE Medeco',
    ]);
  });

  it('reads a table whose first cell is the level: "Must have | Snowflake | 2+ yrs"; years "if no degree" stand in for it', () => {
    const table = [
      'Type | Skill / qualification | Level',
      'Must have | Snowflake | 2+ yrs',
      'Must have | Git + pull-request workflow | daily use',
      "Must have | Bachelor's in a quantitative field OR equivalent experience | 4+ yrs if no degree",
      'Must have | Total experience in analytics / data roles | 3+ yrs',
      'Nice to have | Python (pandas, scripting) | any',
    ].join('\n');
    const items = kinds(table, 'Analytics Engineer II');
    expect(items).toEqual(
      expect.arrayContaining([
        'MUST_HAVE Snowflake',
        'MUST_HAVE Git',
        'NICE_TO_HAVE Python',
        'EXPERIENCE At least 3 years of experience',
      ]),
    );
    expect(items.filter((i) => /Must have|if no degree$/.test(i) && !i.startsWith('EDUCATION'))).toEqual([]);
  });

  it('asks one item of a skill however the post names it twice', () => {
    // (set 22: "ArcGIS Pro" is ArcGIS to the vocabulary)
    const items = kinds(
      'Skill in: use of ArcGIS Pro and ArcGIS Online/Portal; writing Python scripts; use of Microsoft Office applications.',
      'GIS Analyst',
    );
    expect(items.filter((i) => /ArcGIS/.test(i))).toEqual(['MUST_HAVE ArcGIS']);
  });

  it('keeps what the review of the slice found the rules took too far', () => {
    // years standing in for a degree leave the years asked
    expect(kinds('Requirements\n- 3+ years of accounting experience (5+ without a degree)', 'Accountant')).toContain(
      'EXPERIENCE At least 3 years of accounting experience',
    );
    expect(kinds('Requirements\n- 4+ years of data analysis, with or without a degree', 'Analyst')).toContain(
      'EXPERIENCE At least 4 years of data analysis',
    );
    // a kind after "or similar" is a thing held, named by a product, demanded, not a credential
    for (const line of [
      'Experience in accounting or a similar finance role',
      'Experience in Retail or a similar fast-paced environment',
      'Valid CDL, DOT medical card, Forklift or other equipment certification',
      'ASE or similar automotive certifications',
    ])
      expect(
        kinds(`Requirements\n- ${line}`, 'Associate').filter((i) => /e\.g\./.test(i)),
        line,
      ).toEqual([]);
    expect(kinds('Nice to have\n- HammerTech, Procore or another digital safety platform', 'Safety Manager')).toEqual([
      'NICE_TO_HAVE HammerTech',
      'NICE_TO_HAVE Procore',
    ]);
    expect(kinds('Requirements\n- Excel or other spreadsheet tools (2+ years)', 'Clerk')).toContain(
      'MUST_HAVE spreadsheet tools (e.g. Excel)',
    );
    expect(
      kinds('Requirements\n- Google Workspace or Microsoft 365 or other productivity suites', 'Assistant'),
    ).toContain('MUST_HAVE productivity suites (e.g. Google Workspace, Microsoft 365)');
    // a label of when or on what terms is no kind; a row of when and what it pays no item
    expect(
      kinds('Requirements\n- Start date: ASAP or within 2 weeks', 'Clerk').filter((i) => /e\.g\./.test(i)),
    ).toEqual([]);
    expect(kinds('Type | Item | Rate\nRequired | Mon-Fri | $25/hr\nRequired | Forklift | 1+ yr', 'Operator')).toEqual(
      expect.not.arrayContaining(['MUST_HAVE Mon-Fri']),
    );
    // a sender's line is a name: a lowercase line over a time is kept
    const shifts = 'Shifts\n\nforklift certified\n7:00 AM\n\nreach truck\n3:00 PM\n\nnights\n11:00 PM';
    expect(pastedDescription(shifts)).toContain('forklift certified');
  });

  it('keeps what the second review of the slice found', () => {
    // schooling offered instead of years without a degree is no demand of years
    expect(
      kinds('Requirements\n- 2 years of college or 4 years of experience without a degree', 'Clerk').filter((i) =>
        i.startsWith('EXPERIENCE'),
      ),
    ).toEqual([]);
    // every name listed before "or similar" holds the kind
    expect(kinds('Requirements\n- Experience with Epic, Cerner or a similar electronic health record', 'RN')).toContain(
      'MUST_HAVE electronic health record (e.g. Epic, Cerner)',
    );
    // a table's item is a system, not its years; a day's name opens no product's
    expect(kinds('Type | Skill | Level\nRequired | Sunquest LIS | 2+ yrs', 'Lab Assistant')).toEqual([
      'MUST_HAVE Sunquest LIS',
    ]);
    // a level opens a row only as a cell of its own: a run-on ad's bar is no table (jd-resume-ranking V4)
    const runOn = kinds(
      'Minimum Required Skills: LAMP, Drupal, Python, AWS Top Reasons to Work with Us 1. Ranked on the LinkedIn Top Companies | Startups list! 2. Highly competitive base pay and benefits',
      'Backend Software Developer',
    );
    expect(runOn.filter((i) => /Startups list/.test(i))).toEqual([]);
    expect(runOn).toEqual(expect.arrayContaining(['MUST_HAVE Drupal', 'MUST_HAVE Python']));
  });

  it('reads sets 39 and 40: years offered as a choice, a post in two languages, a table of marked levels', () => {
    // what only one choice of years names is no gate; what both name is
    // (a line of more years is the experience item, so this line's names are items of their own)
    expect(
      kinds(
        'Required:\n- Minimum of 1 year of RN experience in a NICU, OR 2 years of RN experience in an acute care hospital setting\n- 4 years of work experience',
        'RN',
      ).filter((i) => !i.startsWith('EXPERIENCE')),
    ).toEqual(['MUST_HAVE Registered Nurse', 'NICE_TO_HAVE Neonatal Care']);
    // the same post in French after the English is read once, in English
    const french = [
      'Toiletteur ou toiletteuse',
      '',
      'Responsabilités',
      '- Toiletter des chiens de toutes tailles et de tous types de poil selon le standard de la race',
      '- Garder son poste, les bains et les cages propres et désinfectés',
      '',
      'Atouts',
      '- Expérience en toilettage de chats',
      '- Premiers soins et RCR pour animaux',
      '- Français et anglais',
    ].join('\n');
    const english = [
      'Responsibilities',
      "- Groom dogs of all sizes and coat types to breed standard or to the owner's request",
      '- Keep your station, tubs and kennels clean and sanitized',
      '',
      'Requirements',
      '- Able to do breed-standard cuts and hand scissoring',
      '- Your own professional tools (clippers, blades, shears)',
      '',
      'Assets',
      '- Cat grooming experience',
    ].join('\n');
    const both = `--- ENGLISH ---\n\n${english}\n\n--- FRANÇAIS ---\n\n${french}`;
    const items = deriveRubric('Pet Groomer', both).items;
    expect(items.map((i) => `${i.kind} ${i.text}`)).toEqual(kinds(english, 'Pet Groomer'));
    // (quotes stay the post's own)
    for (const i of items) expect(both).toContain(i.quote);
    // a list of languages asked, one a line, is no translation
    expect(kinds('Requirements\n- Languages:\nEnglish\nSpanish\n- 2 years of experience', 'Clerk')).toContain(
      'MUST_HAVE Spanish',
    );
    // a table whose header names the levels, each row marking its own
    const matrix = [
      'Competency | Essential | Desirable',
      '-----------|-----------|----------',
      "Valid driver's license and ability to travel up to 40% | X |",
      'Certified Safety Professional (CSP) | | X',
      'Technical report writing for client audiences | X |',
    ].join('\n');
    expect(kinds(matrix, 'Industrial Hygienist')).toEqual([
      "REQUIREMENT Valid driver's license and ability to travel up to 40%",
      'NICE_TO_HAVE Certified Safety Professional (CSP)',
      'MUST_HAVE Technical report writing for client audiences',
    ]);
  });

  it('keeps what the review of the slice found: years as a choice, tables of levels, languages listed', () => {
    // what the line asks beside its choice of years stays asked
    expect(
      kinds(
        'Requirements:\n- Proficiency in Salesforce with 2 years of B2B sales experience or 4 years of retail sales experience\n- 6 years of work experience',
        'Account Executive',
      ),
    ).toContain('MUST_HAVE Salesforce');
    // a side that names no work of its own asks the same work
    expect(
      kinds(
        'Basic Qualifications:\n- 4+ years of experience with Python and SQL, or 2+ years with a PhD in a quantitative field\n- 6 years of work experience',
        'Data Scientist',
      ),
    ).toEqual(expect.arrayContaining(['MUST_HAVE Python', 'MUST_HAVE SQL']));
    // marks of any kind; a Markdown table's outer bars; levels in words over the columns
    const marked = (rows: string) => kinds(rows, 'Project Coordinator');
    expect(marked("Competency | Essential | Desirable\nValid driver's license | ✓ |\nProcore | | ✓")).toEqual([
      "REQUIREMENT Valid driver's license",
      'NICE_TO_HAVE Procore',
    ]);
    expect(
      marked(
        "| Competency | Essential | Desirable |\n|---|---|---|\n| Valid driver's license | X | |\n| Procore | | X |",
      ),
    ).toEqual(["REQUIREMENT Valid driver's license", 'NICE_TO_HAVE Procore']);
    expect(marked('Skill | Required | Preferred\nSQL | X |\nSAP | | X')).toEqual(['MUST_HAVE SQL', 'NICE_TO_HAVE SAP']);
    expect(marked('Skill | Must have | Nice to have\n---|---|---\nPython | ✅ |\nDocker | | ✅')).toEqual([
      'MUST_HAVE Python',
      'NICE_TO_HAVE Docker',
    ]);
    // (tabs: an empty cell between two is a column)
    expect(marked('Criteria\tEssential\tDesirable\nExcel\tX\t\nProcore\t\tX')).toEqual([
      'MUST_HAVE Excel',
      'NICE_TO_HAVE Procore',
    ]);
    // a column per level: each cell an item of its column's
    expect(
      marked(
        "Qualifications\nRequirements\tPreferred\nProficient in CCC ONE estimating\tMitchell Cloud Estimating\nValid driver's license\t\n\tBilingual English/Spanish\n\nPay and Benefits\n$28-$38/hour",
      ),
    ).toEqual([
      'MUST_HAVE CCC ONE estimating',
      'NICE_TO_HAVE Mitchell Cloud Estimating',
      "REQUIREMENT Valid driver's license",
      'NICE_TO_HAVE Spanish',
    ]);
    // a list of languages in either half leaves the halves as they are
    const english =
      'Requirements\n- Two years of grooming experience in a busy salon with dogs of every size, and your own tools\nLanguages:\n- English\n- French';
    const french =
      "Exigences\n- Deux ans d'expérience en toilettage dans un salon achalandé avec des chiens de toutes tailles et ses propres outils\n- Français\n- Anglais";
    const both = `--- ENGLISH ---\n${english}\n\n--- FRANÇAIS ---\n${french}`;
    expect(kinds(both, 'Pet Groomer')).toEqual(kinds(english, 'Pet Groomer'));
  });

  it('reads sets 41 and 42: a job board\'s hiring-team panel and buttons ask nothing, "Bonus Points If You Have" wishes', () => {
    const board = kinds(
      [
        'Skills: IT General Controls, Sarbanes-Oxley Act, SOC Reports, +8 more',
        'See how you compare to over 100 applicants. Try Premium for $0',
        '',
        'Easy Apply    Save',
        '',
        'Meet the hiring team',
        'Dana Orsova · 2nd',
        'Director, IT Audit at Coldrane Financial Services',
        'Job poster',
        'Message',
        '',
        'About the job',
        "What we're looking for:",
        '• 3+ years of IT audit experience in public accounting or internal audit',
        '',
        'Bonus Points If You Have',
        '• Fiduciary, estate and gift returns (1041, 706, 709)',
      ].join('\n'),
      'IT Auditor',
    );
    expect(board.filter((i) => /Easy|Save|hiring team|Orsova|2nd|poster|Message|Director/.test(i))).toEqual([]);
    expect(board).toEqual(expect.arrayContaining(['MUST_HAVE IT General Controls', 'NICE_TO_HAVE gift returns']));
    expect(board.filter((i) => i.startsWith('MUST_HAVE') && /gift|Fiduciary/.test(i))).toEqual([]);
    // a wish in a list is no heading; a panel with no blank line after it ends at the post's heading
    const list = kinds(
      [
        'Requirements:',
        '- Able to lift 50 lbs',
        '- Bonus points if OSHA certified',
        '- 1 year of delivery driving experience',
      ].join('\n'),
      'Driver',
    );
    expect(list).toEqual(expect.arrayContaining(['REQUIREMENT Able to lift 50 lbs', 'NICE_TO_HAVE OSHA']));
    expect(list.filter((i) => /preferred/.test(i))).toEqual([]);
    const panel = kinds(
      [
        'Meet the hiring team',
        'Dana Orsova · 3rd+',
        'Service Manager at Acme Mechanical',
        'Message',
        'Requirements:',
        '• EPA 608 Universal certification',
        '• OSHA 10 card',
      ].join('\n'),
      'HVAC Technician',
    );
    expect(panel.filter((i) => /Orsova|Service Manager|Message/.test(i))).toEqual([]);
    expect(panel).toEqual(
      expect.arrayContaining(['REQUIREMENT EPA 608 Universal certification', 'REQUIREMENT OSHA 10 card']),
    );
  });

  it('reads sets 43 and 44: "know how to" is no skill named "how"', () => {
    const items = kinds(
      'what you need to have - at least 3 yrs finishing on commercial jobs, you need to know how to run a ride on trowel AND a walk behind.',
      'Concrete Finisher',
    );
    expect(items.filter((i) => /^MUST_HAVE how$/.test(i))).toEqual([]);
    // (knowing a thing is still asked: "you need to know Revit")
    expect(kinds('Requirements:\n- You need to know Revit and AutoCAD', 'Drafter')).toEqual(
      expect.arrayContaining(['MUST_HAVE Revit']),
    );
  });
});

describe('deriveRubric: sets 45 and 46', () => {
  it('asks nothing of a sentence that says only when the credential before it must be held', () => {
    const items = kinds(
      'Requirements:\n- Current AALAS certification at the ALAT level or higher. Certification must be held at time of hire.',
      'Animal Care Technician',
    );
    expect(items.some((i) => /must be held/.test(i))).toBe(false);
    expect(items.some((i) => /AALAS/.test(i))).toBe(true);
  });
  it('ends a bulleted list of wishes at a line in title case of its own after a blank line', () => {
    const items = kinds(
      'Preferred\n\t•\tForklift experience\n\t•\tBilingual English/Spanish\n\nParts Department Hours\nDay\tCounter Hours\tNotes\nSunday\tClosed\t\n',
      'Parts Counter Person',
    );
    expect(items).toContain('NICE_TO_HAVE Forklift Operation');
    expect(items.filter((i) => /Hours|Closed/.test(i))).toEqual([]);
  });
});

describe('deriveRubric: remarks and headings (sets 34 and 45)', () => {
  it('asks nothing of a part that says only that a credential must be valid', () => {
    const items = kinds('MUST HAVE:\n* CPO cert (Certified Pool/Spa Operator) - CURRENT. No exceptions', 'Pool Tech');
    expect(items.some((i) => /^\w+ CURRENT$/.test(i))).toBe(false);
  });
  it('reads "What they have to have:" as a heading of demands, and asks nothing of what is fine or not the same', () => {
    const items = kinds(
      'What they have to have:\n1. A current Tennessee Property & Casualty license.\n2. At least 2 years doing customer service in an insurance agency. Captive or independent is fine. Carrier call center or claims is not the same thing.\n3. Experience working in an agency management system.',
      'Licensed CSR',
    );
    expect(items).toContain('REQUIREMENT A current Tennessee Property & Casualty license');
    expect(items).toContain('REQUIREMENT Experience working in an agency management system');
    expect(items.filter((i) => /fine|same thing/.test(i))).toEqual([]);
  });
});

describe('deriveRubric: review of sets 45 and 46', () => {
  it('keeps a bulleted list under a title-case line of its own after a list and a blank line', () => {
    const items = kinds(
      'Qualifications:\n• CMA or RMA certification\n• 1 year clinic experience\n\nComputer Skills\n• Epic EHR\n• Microsoft Office',
      'Medical Assistant',
    );
    expect(items).toContain('MUST_HAVE Epic');
    expect(items).toContain('MUST_HAVE Microsoft Office');
  });
  it('keeps a title-case item that ends the post after a list and a blank line', () => {
    const items = kinds('Requirements:\n• ASE certifications\n• Own tools\n\nCDL Class B\n', 'Mechanic');
    expect(items).toContain('MUST_HAVE CDL Class B');
  });
  it('reads what a sentence of when credentials are required names after a colon', () => {
    const items = kinds(
      'Requirements:\n- Active RN license\n- Certifications required at time of hire: BLS and ACLS',
      'Registered Nurse',
    );
    expect(items).toContain('MUST_HAVE BLS');
    expect(items).toContain('MUST_HAVE ACLS');
    expect(kinds('Requirements:\n- Required at time of hire: BLS and ACLS', 'Registered Nurse')).toContain(
      'MUST_HAVE ACLS',
    );
  });
});

describe('deriveRubric: remarks of what is fine or valid (review of sets 34 and 45)', () => {
  it('keeps a demand a remark of what is fine follows after a comma', () => {
    const items = kinds(
      'Requirements:\n- 2 years of CSR work, captive or independent is fine.\n- Valid driver license',
      'CSR',
    );
    expect(items.some((i) => i.startsWith('EXPERIENCE'))).toBe(true);
  });
  it('reads a run of "&" after a credential in time', () => {
    const started = performance.now();
    kinds(`MUST HAVE:\n* CPO cert - current ${'& '.repeat(27)}x`, 'Pool Tech');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('deriveRubric: the thirty-fifth session (sets 47 and 48)', () => {
  it('asks the tool whose daily use is demanded, not "Daily use of" it', () => {
    const post = 'MUST-HAVES\n• Daily use of CentralReach (or a similar ABA data system)\n• Active BCBA certification';
    expect(kinds(post, 'Behavior Analyst')).toContain('MUST_HAVE CentralReach');
  });
  it("reads no item from a slide deck's slide numbers", () => {
    const post = 'Slide 5 of 9\nMUST-HAVES\n• CentralReach\n\nSlide 6 of 9\nNice to have\n• Spanish\n\nSlide 7 of 9';
    const items = kinds(post, 'Behavior Analyst');
    expect(items.filter((item) => /slide/i.test(item))).toEqual([]);
    expect(items).toContain('MUST_HAVE CentralReach');
  });
  it("asks no years of the shop's own time in the area", () => {
    const post =
      "Hey all, I own a repair shop. We're a small shop, been in the valley 11 years, we do warranty work for a few brands.\n\nWhat I need:\n- At least 3 years running in-home appliance repair calls";
    const rubric = deriveRubric('Appliance Repair Tech', post);
    expect(rubric.items.filter((i) => i.kind === 'EXPERIENCE').map((i) => i.minYears)).toEqual([3]);
    expect(rubric.items.some((i) => i.text.includes('11 years'))).toBe(false);
  });
  it('asks credentials offered by their letters as one demand held by any of them', () => {
    const post = "What you'll need\n• An active CPA, CIA or CISA. This is required.\n• Strong Excel";
    const items = kinds(post, 'Internal Auditor');
    expect(items).toContain('REQUIREMENT An active CPA, CIA or CISA');
    expect(items.filter((item) => item.startsWith('NICE_TO_HAVE'))).toEqual([]);
    // (a choice of tools stays a choice of wishes)
    expect(
      kinds("What you'll need\n• Experience with AWS or GCP", 'Engineer').filter((item) =>
        item.startsWith('REQUIREMENT'),
      ),
    ).toEqual([]);
  });
  it("reads a short ad's skill without how much it is asked", () => {
    const items = kinds("EXP'D SLEEP TECH - RPSGT req'd. BLS req'd. Peds exp a +.", 'Sleep Technologist');
    expect(items).toContain('MUST_HAVE RPSGT');
    expect(items.filter((item) => /req'd/.test(item))).toEqual([]);
  });
  it('reads no demand from the fields of an application form pasted with the post', () => {
    const post = [
      "What You'll Need",
      '- BOC certification (ATC) in good standing',
      '- Current BLS',
      '',
      'Apply for this Job',
      '* Required',
      '',
      'First Name *',
      'Last Name *',
      'Email *',
      'Resume/CV *',
      'Attach Dropbox Google Drive Enter manually',
      'Accepted file types: pdf, doc, docx, txt, rtf',
      'LinkedIn Profile',
      'Select...',
      'Submit Application',
      'Powered by Greenhouse',
    ].join('\n');
    const items = kinds(post, 'Athletic Trainer');
    expect(items).toContain('MUST_HAVE BLS');
    expect(
      items.filter((item) => /name|email|resume|docx|dropbox|linkedin|select|submit|greenhouse/i.test(item)),
    ).toEqual([]);
  });
  it('asks no kind of place the experience was gained in', () => {
    const post =
      'Minimum Qualifications\nPattern II: Two years of full-time paid experience in the custody and supervision of adult inmates in a jail, prison or detention facility operated by a public agency.';
    expect(
      kinds(post, 'Correctional Officer').filter((item) => /^MUST_HAVE (?:jail|prison|detention)/i.test(item)),
    ).toEqual([]);
  });
  it('asks a demand said to be one without the remark after it, unless the remark asks more', () => {
    const remark = kinds(
      'What I need:\n- OSHA 10 card is required, I need the card, not "I took it once", the GCs check it at badging',
      'Drywall Finisher',
    );
    expect(remark).toContain('REQUIREMENT OSHA 10 card');
    const more = kinds(
      'Requirements:\n- ABYC Marine Electrical Certification is required, or you must earn it within your first 12 months',
      'Marine Electrician',
    );
    expect(more.some((item) => item.includes('within your first 12 months'))).toBe(true);
  });
});

describe('deriveRubric: the thirty-fifth session (review)', () => {
  it('reads no credential in letters of a demand of something else', () => {
    for (const line of ['Knowledge of current CPT or HCPCS codes', 'Familiarity with current ERP or CRM systems']) {
      const items = kinds(`Requirements\n• ${line}\n• 2 years of coding experience`, 'Medical Coder');
      expect(items.filter((item) => item.startsWith('REQUIREMENT'))).toEqual([]);
      expect(items.filter((item) => item.startsWith('NICE_TO_HAVE'))).toHaveLength(2);
    }
    expect(kinds('Requirements\n• Must have an active RRT or CRT', 'Respiratory Therapist')).toEqual([
      'REQUIREMENT Must have an active RRT or CRT',
    ]);
  });
  it("asks no skill of a physical demand's regular use of the body", () => {
    const post =
      'Requirements\n• Regular use of hands, arms and fingers to handle small parts\n• Daily use of hand tools, drills and a torque wrench';
    const items = kinds(post, 'Assembler');
    expect(items).toContain('REQUIREMENT Regular use of hands, arms and fingers to handle small parts');
    expect(items.filter((item) => /MUST_HAVE (?:hands|arms|fingers)/.test(item))).toEqual([]);
    expect(items).toContain('MUST_HAVE hand tools');
  });
  it("asks the years of one who has been in an industry, not of the shop's own", () => {
    const rubric = deriveRubric('HVAC Tech', 'Requirements\n• Must have been in the HVAC industry for 5+ years');
    expect(rubric.items.filter((i) => i.kind === 'EXPERIENCE').map((i) => i.minYears)).toEqual([5]);
  });
  it('asks nothing more of a sentence that says when the demand before it must be met', () => {
    const post = [
      'Required',
      '• Current California CRT certificate. It must be active on your start date; we cannot hire while a California application is pending',
      "• Active Ohio Athletic Trainer license. The license must be issued before your start date; we can't start anyone on a pending application",
    ].join('\n');
    const items = kinds(post, 'Technologist');
    expect(items.filter((item) => /start date|pending/.test(item))).toEqual([]);
    expect(items.filter((item) => item.startsWith('REQUIREMENT'))).toHaveLength(2);
  });
  it('asks nothing of a sentence that says what the position is not', () => {
    const post =
      'Requirements\n- Hands-on OPERA PMS experience. This is not a PMS training position.\n- High school diploma';
    expect(kinds(post, 'Night Auditor').filter((item) => /training position/.test(item))).toEqual([]);
  });
  it("reads a list's items named like a form's fields, and the form's fields beside them (review)", () => {
    const channels = kinds(
      ['Requirements', 'Experience with these channels:', 'Email', 'Paid social', 'Website', 'SEO'].join('\n'),
      'Digital Marketing Coordinator',
    );
    expect(channels).toEqual(expect.arrayContaining(['MUST_HAVE Email', 'MUST_HAVE Website']));
    const form = kinds(
      [
        'Requirements',
        '- Current BLS',
        '',
        'Apply for this Job',
        'First Name *',
        'Email *',
        'Phone',
        'Resume/CV *',
        'LinkedIn Profile',
        'Website',
        'GitHub',
        'Select...',
      ].join('\n'),
      'Athletic Trainer',
    );
    expect(form.filter((item) => /phone|website|github|select/i.test(item))).toEqual([]);
  });
});

describe('deriveRubric: review of the thirty-fifth round (its last slices)', () => {
  it('keeps another demand named after "is required," as asked', () => {
    const items = kinds(
      [
        'Requirements:',
        "- A valid driver's license is required, clean driving record",
        '- ServSafe certification is required, TABC within 30 days',
        '- Weekend availability is required, we rotate every other weekend',
      ].join('\n'),
      'Delivery Driver',
    );
    expect(items).toContain("REQUIREMENT A valid driver's license is required, clean driving record");
    expect(items).toContain('REQUIREMENT ServSafe certification is required, TABC within 30 days');
    expect(items).toContain('REQUIREMENT Weekend availability');
  });
  it('keeps what a sentence of when a demand must be met asks beside it', () => {
    const items = kinds(
      [
        'Requirements:',
        '- Active CDL. It must be valid on your start date and include a Hazmat endorsement',
        '- Current RN license. It must be active on your start date; we do not hire nurses without BLS and ACLS',
        '- PALS required. Must be current at time of hire and maintained throughout employment.',
      ].join('\n'),
      'Registered Nurse',
    );
    expect(items.some((item) => item.includes('Hazmat endorsement'))).toBe(true);
    expect(items).toContain('MUST_HAVE BLS');
    // (keeping it is no more)
    expect(items.filter((item) => /maintained/.test(item))).toEqual([]);
  });
});
