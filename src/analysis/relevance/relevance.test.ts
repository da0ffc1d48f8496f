import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFrequencyTable, FREQUENCIES_FILE } from './build-frequencies.js';
import { idf } from './frequencies.js';
import { jobTerms, relevance, resumeTerms, titleVariants } from './relevance.js';
import { familiesOf } from './occupations.js';
import { headlineOf, relevanceFor, withoutIdentity } from './resume-relevance.js';
import { termSpans, termsOf } from './terms.js';

const NOW = new Date(Date.UTC(2025, 5, 15));

const POST = {
  title: 'Staff Accountant',
  description: `Our finance team needs a staff accountant to own month-end close.

Responsibilities:
- Prepare journal entries and account reconciliations
- Maintain the general ledger and prepare financial statements

Requirements:
- 2+ years of accounting experience
- Proficiency in Excel and QuickBooks

About us: we are a family-owned bakery chain with 40 stores and a great dental plan.`,
};

const ACCOUNTANT = `Dana Example
ACCOUNTANT II
Summary
Accountant with six years of experience in month-end close, journal entries, account reconciliations
and the general ledger. Prepares financial statements in Excel and QuickBooks.
Experience
Accountant II, Northwind Traders, 01/2019 - Present
- Own month-end close and reconciliations for three entities
Staff Accountant, Contoso, 01/2016 - 12/2018
- Journal entries, general ledger, financial statements`;

const BAKER = `Sam Example
PASTRY CHEF
Summary
Pastry chef with six years in bakeries: laminated doughs, cakes, and a dental-clinic catering contract.
Experience
Pastry Chef, Fourth Coffee, 01/2019 - Present
- Bakes bread and pastry for 40 stores`;

const rel = (text: string) => relevanceFor(text, parseFor(text), POST, NOW);
function parseFor(text: string) {
  // the analyzers pass their parsed profile; these texts need only titles and years
  const lines = text.split('\n');
  return {
    name: lines[0]!,
    totalYearsExperience: 6,
    experience: [...text.matchAll(/^(.+?), .+?, (\d{2})\/(\d{4}) - (?:(\d{2})\/(\d{4})|Present)$/gm)].map((m) => ({
      title: m[1]!,
      company: null,
      start: `${m[3]}-${m[2]}`,
      end: m[5] ? `${m[5]}-${m[4]}` : null,
    })),
  };
}

describe('terms', () => {
  it('keeps technical names whole and folds a skill to one term however it is written', () => {
    expect(termsOf('C++, C#, .NET and Node.js')).toEqual(
      expect.arrayContaining(['skill:c++', 'skill:c#', 'skill:.net', 'skill:node.js']),
    );
    expect(termsOf('Postgres')).toEqual(termsOf('PostgreSQL'));
  });

  it('stems words, spells out trade acronyms, and leaves acronyms and numbers unstemmed or out', () => {
    expect(termsOf('managing managers')).toEqual(['manag', 'manag']);
    expect(termsOf('IT Manager')).toEqual(expect.arrayContaining(['inform', 'technolog', 'manag']));
    expect(termsOf('CPR/AED')).toEqual(expect.arrayContaining(['aed']));
    expect(termsOf('2+ years, 24/7, 401k')).toEqual([]);
  });

  it('leaves out pay, hours and weekdays, which say nothing of the trade (set 27)', () => {
    expect(termsOf('$22.50/hr + $2.00/hr freezer premium, 10-hour shifts, Sun-Wed, Mon-Fri 8-4, 50lbs')).toEqual([
      'freezer',
      'premium',
      'shift',
    ]);
  });

  it('says where each term stands, a spelled-out acronym where the acronym does', () => {
    const text = 'Staff RN in the ICU, IT records';
    const spans = termSpans(text);
    expect(spans.map((t) => t.term)).toEqual(termsOf(text));
    expect(spans.filter((t) => t.index === text.indexOf('IT')).map((t) => t.term)).toEqual(
      expect.arrayContaining(['inform', 'technolog']),
    );
    expect(spans.find((t) => t.term === 'record')?.index).toBe(text.indexOf('records'));
    expect(spans.find((t) => t.term === 'staff')?.index).toBe(0);
  });

  it('weighs rare words more than common ones', () => {
    expect(idf('ledger')).toBeGreaterThan(idf('work') + 1);
  });

  it('has a table of document frequencies that matches the corpus and the code (npm run relevance:frequencies)', () => {
    expect(readFileSync(FREQUENCIES_FILE, 'utf8')).toBe(buildFrequencyTable().text);
  });
});

describe('resumeTerms', () => {
  it('counts a narrower skill for the broader one it shows, one way only', () => {
    const tsql = resumeTerms('Wrote T-SQL stored procedures', []);
    expect(tsql.counts.get('skill:t-sql')).toBe(1);
    expect(tsql.counts.get('skill:sql')).toBe(1);
    expect(tsql.length).toBe(termsOf('Wrote T-SQL stored procedures').length);
    expect(resumeTerms('Wrote SQL queries', []).counts.get('skill:t-sql')).toBeUndefined();
  });
});

describe('relevance', () => {
  it('ranks the resume of the post’s trade above another, with a title match and shared terms', () => {
    const accountant = rel(ACCOUNTANT);
    const baker = rel(BAKER);
    expect(accountant.score).toBeGreaterThan(baker.score + 0.3);
    expect(accountant.result.title.score).toBeGreaterThan(0.5);
    expect(accountant.result.matchedTerms).toEqual(expect.arrayContaining(['accounting', 'excel']));
    // the company blurb ("bakery", "dental plan") is not what the post asks
    expect(baker.result.matchedTerms).not.toContain('bakery');
    expect(accountant.detail).toMatch(/title "ACCOUNTANT II" matches the post's title/);
  });

  it('gives less to a copy with the skills cut and the years shortened', () => {
    const weakened = ACCOUNTANT.replace(/QuickBooks|Excel/g, '')
      .replace('01/2016', '01/2018')
      .replace('01/2019', '01/2024');
    const original = rel(ACCOUNTANT);
    const weak = rel(weakened);
    expect(original.score).toBeGreaterThan(weak.score);
    expect(original.result.relevantYears).toBeGreaterThan(weak.result.relevantYears);
  });

  it('reads a resume’s headline, not its author’s name or contact line', () => {
    expect(
      headlineOf('Dana Example\ndana@example.com | 555-0100\nSenior Data Engineer\nSummary\n…', {
        name: 'Dana Example',
      }),
    ).toBe('Senior Data Engineer');
    // a role heading the contact line is the headline; a heading the sections did not know, or the
    // document's name, is none
    expect(
      headlineOf(
        'Ingrid Solvang-Reyes, PE, SE\nStructural Engineer | Harrow Bay, WA | 360-555-0114 | i@example.com\n\nSELECTED PROJECTS\n',
        { name: 'Ingrid Solvang-Reyes' },
      ),
    ).toBe('Structural Engineer');
    expect(headlineOf('Kim Lee\nk@example.com\nKEY ACHIEVEMENTS\nCut costs.', { name: 'Kim Lee' })).toBeNull();
    // (a resume with no headings opens on its first job: the employer's line is no headline)
    expect(
      headlineOf(
        'Jasmine Ortiz\nWyndale, PA | j@example.com\n\nFairmount Hills Health & Rehab, Wyndale PA\nCertified Nurse Aide (June 2021 – Present)\n',
        {
          name: 'Jasmine Ortiz',
          experience: [
            { title: 'Certified Nurse Aide', company: 'Fairmount Hills Health & Rehab', start: '2021-06', end: null },
          ],
        },
      ),
    ).not.toBe('Fairmount Hills Health & Rehab, Wyndale PA');
    // (…but a headline that opens with the employer's name is one: "Epic Certified Analyst")
    expect(
      headlineOf('Kim Lee\nkim@example.com\nEpic Certified Analyst | Madison, WI\n', {
        name: 'Kim Lee',
        experience: [{ title: 'Analyst', company: 'Epic', start: '2020-01', end: null }],
      }),
    ).toBe('Epic Certified Analyst');
    expect(
      headlineOf('Priya Natarajan | Procurement Buyer | Dayton, OH | priya.n@example.com | 937-555-0133\n', {
        name: 'Priya Natarajan',
      }),
    ).toBe('Procurement Buyer');
    expect(headlineOf('CURRICULUM VITAE\nKim Lee\nk@example.com', { name: 'Kim Lee' })).toBeNull();
    // a role hoped for is not held
    expect(
      headlineOf('Lucía B\nProduct designer moving into frontend development\nl@example.com', { name: 'Lucía B' }),
    ).toBe('Product designer');
    expect(headlineOf('Kim Lee\nAspiring Data Analyst\nk@example.com', { name: 'Kim Lee' })).toBeNull();
    // a title that ends in such a word is still one
    expect(headlineOf('Kim Lee\nDirector of Special Projects\nk@example.com', { name: 'Kim Lee' })).toBe(
      'Director of Special Projects',
    );
    expect(headlineOf('Dana Example\nSummary\nI build things.', { name: 'Dana Example' })).toBeNull();
    // a section's heading, a note of what is left out, and a place are no headlines
    expect(
      headlineOf('Rafael Ibarra\nr@example.com\nCHEF PROFILE\nSous Chef with ten years.\n', { name: 'Rafael Ibarra' }),
    ).toBeNull();
    expect(
      headlineOf('Denise Okafor\nAAPC Member ID on request\nSenior Medical Coder\n', { name: 'Denise Okafor' }),
    ).toBe('Senior Medical Coder');
    expect(headlineOf('Gemma Whitfield\nHorsforth, Leeds LS18\nMI Analyst\n', { name: 'Gemma Whitfield' })).toBe(
      'MI Analyst',
    );
    // contact fields whose values blind screening removed
    expect(headlineOf('Phone:\nEmail: m\nAddress: Petah-Tikva, Hadera 1\nProduct Manager\n', { name: null })).toBe(
      'Product Manager',
    );
    // a country before its town, a country alone, a citizenship, the names of messengers
    expect(
      headlineOf('Israel, Tel-Aviv\n- Israel\nCitizenship: Russia\nMob | Telegram |\nUnity Developer\n', {
        name: null,
      }),
    ).toBe('Unity Developer');
    // the letters of credentials after the name are part of the name's line
    expect(
      headlineOf('MARICEL D. DELA CRUZ, BSN, RN, CCRN\nCincinnati, OH | m@example.com\nEXPERIENCE\n', {
        name: 'MARICEL D. DELA CRUZ',
      }),
    ).toBeNull();
    // Markdown's marks are not part of the title.
    expect(headlineOf('# Dana Example\n\n**Backend Engineer (Go)**\n\n## Summary\n', { name: 'Dana Example' })).toBe(
      'Backend Engineer (Go)',
    );
  });

  it('splits titles into variants with their head nouns', () => {
    expect(titleVariants('Executive Chef / Chef Manager').map((v) => v.head)).toEqual(['chef', 'manag']);
    expect(titleVariants('Director of Finance')[0]!.head).toBe('director');
    // a role's letters in brackets are the title's; another remark is not
    expect([...titleVariants('Charge Nurse (LPN)')[0]!.terms.keys()]).toContain('skill:lpn');
    expect([...titleVariants('Workforce Specialist (WFM)')[0]!.terms.keys()]).toEqual(['workforc', 'specialist']);
    expect(titleVariants('Software Developer (1-4 years experience)')[0]!.head).toBe('develop');
    // a rank that ends a title is its role; before the role, only a rank
    expect(titleVariants('Customer Service Team Lead')[0]!.head).toBe('lead');
    // a rank alone is no role: "Head of Marketing" is headed by none
    expect(titleVariants('Head of Marketing')[0]!.head).toBeNull();
    expect(titleVariants('Lead Software Developer')[0]!.head).toBe('develop');
    expect([...titleVariants('Lead Software Developer')[0]!.terms.keys()]).not.toContain('lead');
    const { job, labels } = jobTerms(
      'Customer Service Team Lead - Contact Center',
      'Lead a team of 12 customer service agents in our contact center: coaching, queues, schedules.',
    );
    const titled = (title: string) =>
      relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(titled('Call Center Supervisor')).toBeGreaterThan(titled('Service Technician'));
  });

  it('reads a word a PDF broke across lines as one word (set 27)', () => {
    const { job } = jobTerms('English Teacher', 'Coaching high school compet-\n  itive speech and debate.');
    expect([...job.weights.keys()]).toContain(termsOf('competitive')[0]);
    expect([...job.weights.keys()]).not.toContain('itiv');
  });

  it('credits the doer of a work of a short root as another form of it: "Baker" for "Baking"', () => {
    const bake = jobTerms('Baking Supervisor', 'Lead the overnight bake shift.');
    const asBake = (title: string) =>
      relevance(bake.job, bake.labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(asBake('Baker Supervisor')).toBeGreaterThan(0.8);
    const code = jobTerms('Coding Auditor', 'Audit professional fee coding.');
    expect(
      relevance(code.job, code.labels, resumeTerms('', [{ title: 'Coder Auditor', years: null }], null)).title.score,
    ).toBeGreaterThan(0.8);
  });

  it("reads another name of the role in a title's brackets as a title too: 'Stationary Engineer (Boiler Operator)'", () => {
    expect(titleVariants('Stationary Engineer (Boiler Operator)').map((v) => v.text)).toEqual([
      'Stationary Engineer',
      'Boiler Operator',
    ]);
    // a remark is no title: "(Contract-to-hire)", "(2nd Shift)"
    expect(titleVariants('Maintenance Technician (2nd Shift)').map((v) => v.text)).toEqual(['Maintenance Technician']);
    expect(titleVariants('Dental Receptionist (Reports to Practice Manager)').map((v) => v.text)).toEqual([
      'Dental Receptionist',
    ]);
    expect(titleVariants('Welder (Trainee Welcome)').map((v) => v.text)).toEqual(['Welder']);
    // an arrow parts roles held in turn; a registration mark is no letter
    expect(titleVariants("Buyer's Agent → Listing Agent").map((v) => v.text)).toEqual([
      "Buyer's Agent",
      'Listing Agent',
    ]);
    expect(titleVariants('REALTOR®').map((v) => v.text)).toEqual(['Real Estate Agent']);
    // a realtor is a real estate agent, not any agent
    const realty = jobTerms('Residential Real Estate Agent', 'Help buyers and sellers.');
    const asRealty = (title: string) =>
      relevance(realty.job, realty.labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(asRealty('REALTOR®')).toBeGreaterThan(0.5);
    expect(asRealty('Help Desk Agent')).toBeLessThan(0.3);
  });

  it('leaves out of a title how and when the work is done: a remote developer post is a developer post', () => {
    expect([...titleVariants('Remote Software Developer (Contract-to-hire)')[0]!.terms.keys()]).toEqual([
      'softwar',
      'develop',
    ]);
    expect([...titleVariants('Seasonal Part-Time Warehouse Associate')[0]!.terms.keys()]).toEqual(['warehous']);
    const { job, labels } = jobTerms('Remote Software Developer', 'Build services in Java. Requirements: Java.');
    const titled = (title: string) =>
      relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(titled('Software Developer')).toBe(1);
  });

  it('credits a title of the same role with part of a skill the post’s title names in words of its own', () => {
    // "Customer Support" is Customer Service: "Support Specialist" holds half of it, as the same role
    const { job, labels } = jobTerms('Customer Support Specialist, Tier 2', 'Own escalated tickets in Zendesk.');
    const titled = (title: string) =>
      relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(titled('Support Specialist')).toBeGreaterThan(0.45);
    expect(titled('Customer Support Representative')).toBeGreaterThan(titled('Support Specialist'));
    // another trade's words keep it down
    expect(titled('IT Support Specialist')).toBeLessThan(titled('Support Specialist'));
    // another role gets none of the skill for a word of it: "Service Technician" is no team lead
    const lead = jobTerms('Customer Service Team Lead - Contact Center', 'Lead customer service agents.');
    const asLead = (title: string) =>
      relevance(lead.job, lead.labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(asLead('Service Technician')).toBeLessThan(0.2);
  });

  it('reads a part of the post title that names no role as where the role is held, not as another role', () => {
    const { job, labels } = jobTerms(
      'Registered Nurse - Labor and Delivery (Full Time, Nights)',
      'Care for laboring patients; interpret fetal monitoring.',
    );
    const titled = (title: string) =>
      relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(titled('Registered Nurse')).toBe(1);
    expect(titled('Delivery Driver')).toBeLessThan(0.3);
    expect(titled('Warehouse & Distribution Operations Supervisor')).toBe(0);
    // a side of "&" that names no role shares the other's
    expect(titleVariants('Accounts Receivable & Collections Specialist').map((v) => [...v.terms.keys()])).toEqual([
      ['skill:accounts receivable', 'account', 'receiv', 'specialist'],
      ['collect', 'specialist'],
    ]);
  });

  it('matches related role nouns for part of the credit', () => {
    const { job, labels } = jobTerms('Personal Trainer', 'Coach members through fitness programs. Requirements: CPR.');
    const titled = (title: string) =>
      relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(titled('Fitness Instructor')).toBeGreaterThan(0.2);
    expect(titled('Personal Trainer')).toBeGreaterThan(titled('Fitness Instructor'));
    expect(titled('Payroll Clerk')).toBe(0);
  });

  it('weighs the words that name the trade over role nouns many trades share', () => {
    const titledFor = (post: string, description: string) => {
      const { job, labels } = jobTerms(post, description);
      return (title: string) => relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    };
    const pr = titledFor('Public Relations Specialist', 'Media relations, press releases and public relations plans.');
    expect(pr('Public Relations Director')).toBeGreaterThan(pr('Software Support Specialist'));
    expect(pr('Public Relations Specialist')).toBeGreaterThan(pr('Public Relations Director'));
    // another form of the same root: "finance" for "financial"
    const fa = titledFor('Financial Analyst', 'Financial models, forecasts and budgets for the finance team.');
    expect(fa('Finance Manager')).toBeGreaterThan(fa('Clinical Data Operations Support Analyst'));
    // a generic modifier does not outweigh the role
    const mc = titledFor('Management Consultant', 'Advise clients on strategy and operations.');
    expect(mc('Consultant')).toBeGreaterThan(mc('Operations Manager'));
    // the role noun weighs more than a word beside it, however rare
    const nurse = titledFor('Pediatric Nurse', 'Care for children in our pediatric unit as a nurse.');
    expect(nurse('Nurse')).toBeGreaterThan(nurse('Pediatric Dentist'));
    expect(nurse('Pediatric Nurse')).toBe(1);
  });

  it('measures a resume against a post’s key terms, not against every word of a long post', () => {
    // the post with n more duties in words the resume lacks (made-up tool names, equally rare)
    const withDuties = (n: number) => {
      const names = Array.from(
        { length: n },
        (_, i) => `qz${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`,
      );
      const duties = names.map((w) => `- Operate ${w} daily`).join('\n');
      return jobTerms(POST.title, POST.description.replace('Requirements:', `${duties}\n\nRequirements:`)).job;
    };
    const resume = resumeTerms(ACCOUNTANT, [{ title: 'ACCOUNTANT II', years: 6 }], 9);
    const content = (n: number) => relevance(withDuties(n), new Map(), resume).content;
    expect(content(40)).toBeGreaterThan(0);
    // five times the duties: the credit for what the resume holds stays where it was
    expect(content(200)).toBeGreaterThan(content(40) * 0.9);
  });

  it('knows titles of one family of occupations that share no word', () => {
    expect([...familiesOf('CONSTRUCTION LABORER')]).toEqual(['construction']);
    expect([...familiesOf('Site Superintendent')]).toEqual(['construction']);
    expect(familiesOf('Registered Nurse (RN)').has('healthcare')).toBe(true);
    expect(familiesOf('Mechanical Engineer').has('automotive')).toBe(false);
    // a word of rank names no kind of work: "Payroll Accounting Apprentice" is not in the trades
    expect([...familiesOf('Payroll Accounting Apprentice')]).toEqual(['accounting', 'hr']);
    // word for word, not stem for stem: a business developer is no software developer, arts are not art
    expect([...familiesOf('Business Development Director')]).toEqual(['sales']);
    expect([...familiesOf('Java Developer')]).toEqual(['software']);
    expect([...familiesOf('Arts Program Coordinator')]).toEqual(['arts']);
    // the testing of software, by its acronym or its words; "QA" alone may be a plant's
    expect(familiesOf('Senior SDET').has('testing')).toBe(true);
    expect(familiesOf('QA Automation Engineer (Selenium / Cypress)').has('testing')).toBe(true);
    expect(familiesOf('QA Technician').has('testing')).toBe(false);
    expect([...familiesOf('Art Director')]).toEqual(expect.arrayContaining(['design', 'arts']));
    const { job, labels } = jobTerms('Construction Project Manager', 'Run commercial construction projects.');
    const titled = (title: string) =>
      relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(titled('Carpenter Apprentice')).toBeGreaterThan(0.4);
    expect(titled('Pastry Chef')).toBe(0);
  });

  it('gives less to a title whose telling words name another trade than the post', () => {
    const { job, labels } = jobTerms('Construction Project Manager', 'Run commercial construction projects.');
    const titled = (title: string) =>
      relevance(job, labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    // every word of the post's title but one, and "IT" or "Software" instead: another trade
    expect(titled('Global IT Project Manager')).toBeLessThan(titled('Project Manager') * 0.7);
    expect(titled('Software Project Manager')).toBeLessThan(titled('Project Manager') * 0.7);
    expect(titled('Construction Project Manager')).toBeCloseTo(1, 6);
    // seniority words are no trade
    expect(titled('Senior Project Manager')).toBeCloseTo(titled('Project Manager'), 6);
    // a word of the post's own family of occupations is no other trade: a fleet is a dispatcher's
    const truck = jobTerms('Truck Dispatcher', 'Dispatch drivers and loads. Requirements: 2 years of dispatching.');
    const dispatch = (title: string) =>
      relevance(truck.job, truck.labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(dispatch('Senior Fleet Dispatcher')).toBeGreaterThan(0.6);
    expect(dispatch('Senior Fleet Dispatcher')).toBeGreaterThan(dispatch('Medical Dispatcher') + 0.3);
    // how far the work reaches is no trade either: an area supervisor of a warehouse's outbound
    const warehouse = jobTerms(
      'Warehouse Supervisor',
      'Supervise a shift of outbound warehouse associates. Requirements: WMS.',
    );
    const supervise = (title: string) =>
      relevance(warehouse.job, warehouse.labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(supervise('Area Supervisor')).toBeCloseTo(supervise('Supervisor'), 6);
    // …and a word the post itself uses is none: outbound work, for a post that speaks of it
    expect(supervise('Outbound Warehouse Lead')).toBeGreaterThan(supervise('Marketing Warehouse Lead') + 0.2);
  });

  it('reads one title\'s words joined by "&" as one title, and two titles as two', () => {
    expect(titleVariants('Coding & Billing Specialist').map((v) => [...v.terms.keys()])).toEqual([
      ['code', 'bill', 'specialist'],
    ]);
    expect(titleVariants('Store Manager & Visual Merchandiser').map((v) => v.head)).toEqual(['manag', 'merchandis']);
    expect(titleVariants('Cashier & Stocker').map((v) => v.head)).toEqual(['cashier', 'stocker']);
    expect(titleVariants('Manager, Payroll & Benefits').length).toBe(2);
    // a skill's words as a post writes them count, not its name's: "billing" in "Medical Billing
    // and Coding"; no "management" in "Supply Chain Planner"
    expect(termsOf('Medical Billing and Coding Specialist')).toContain('bill');
    expect(termsOf('Supply Chain Planner')).not.toContain('manag');
    // a word the post itself uses is no other trade: a material planner for a post that plans materials
    const planner = jobTerms(
      'Supply Chain Planner / Buyer',
      'Plan materials and production with MRP in SAP. Requirements: MRP.',
    );
    const titled = (title: string) =>
      relevance(planner.job, planner.labels, resumeTerms('', [{ title, years: null }], null)).title.score;
    expect(titled('Material Planner')).toBeGreaterThan(titled('Marketing Planner') + 0.15);
  });

  it('counts a title that names the role at 90% or more in full', () => {
    const { job, labels } = jobTerms('Truck Dispatcher', 'Dispatch truckload freight. Requirements: McLeod.');
    const scored = (title: string) =>
      relevance(job, labels, resumeTerms('Dispatch truckload freight on McLeod', [{ title, years: null }], null));
    const near = scored('Truckload Dispatcher');
    expect(near.title.score).toBeLessThan(1);
    expect(near.title.score).toBeGreaterThanOrEqual(0.9);
    expect(near.score).toBeCloseTo(scored('Truck Dispatcher').score, 6);
  });

  it('reads the prose of a resume without headings as content, whatever figures it holds', () => {
    const bio = [
      'Dana Example',
      'Tampa, FL · (813) 555-0149 · dana@example.com',
      '',
      'Dana Example is a staff accountant with six years of month-end close, journal entries and account reconciliations in Excel and QuickBooks for a $40,000,000 distributor (CPA no. 218847).',
    ].join('\n');
    const r = rel(bio);
    expect(r.result.matchedTerms).toEqual(expect.arrayContaining(['quickbooks', 'excel']));
    expect(r.result.content).toBeGreaterThan(0.5);
    // the contact line is still no content
    expect(resumeTerms(withoutIdentity(bio, { name: 'Dana Example' }), []).counts.has('tampa')).toBe(false);
  });

  it("leaves out of a post's terms what it says does not count or is not enough, and its lines to recruiters", () => {
    const { job } = jobTerms(
      'Site Reliability Engineer',
      [
        'Requirements:',
        "- 5+ years in SRE / DevOps. helpdesk or desktop support yrs don't count",
        '- writes real code in Python or Go, not just bash glue',
        'pls tag candidates in Greenhouse w/ REQ-4471',
      ].join('\n'),
    );
    const terms = [...job.weights.keys()];
    expect(terms).toEqual(expect.arrayContaining(['skill:devops', 'skill:python']));
    expect(terms.filter((t) => /desk|bash|greenhouse|glue/.test(t))).toEqual([]);
  });

  it('reads a slash between a qualifier and a role as two roles, two roles joined by a hyphen as both, and a gender mark as the end of the role', () => {
    const variants = (t: string) => titleVariants(t).map((v) => v.text);
    expect(variants('Structural / Pipe Welder')).toEqual(['Structural Welder', 'Pipe Welder']);
    expect(variants('Cashier/Stocker')).toEqual(['Cashier', 'Stocker']);
    expect(variants('Pipe Fitter-Welder')).toEqual(['Pipe Fitter', 'Welder']);
    expect(variants('Front-End Developer')).toEqual(['Front-End Developer']);
    expect(variants('Buyer (m/f/d) Direct Material')).toEqual(['Buyer', 'Direct Material']);
    const { job, labels } = jobTerms('Buyer (m/f/d) Direct Material – Procurement', '');
    const title = (t: string) => relevance(job, labels, resumeTerms('', [{ title: t, years: null }], null)).title.score;
    expect(title('Senior Buyer')).toBe(1);
  });

  it('reads a headline in capitalised words that name a role as the headline, not as a name', () => {
    const text = ['GARETH LINDHOLM, SRA', 'Certified Residential Appraiser', 'Windsor, CO 80550 · (970) 555-0124'].join(
      '\n',
    );
    expect(headlineOf(text, { name: 'GARETH LINDHOLM' })).toBe('Certified Residential Appraiser');
  });

  it('shares the role of a slash in the place of its first word, keeps a rank in training, and reads a line of fields field by field', () => {
    const variants = (t: string) => titleVariants(t).map((v) => v.text);
    expect(variants('Night/Weekend Security Officer')).toEqual(['Night Security Officer', 'Weekend Security Officer']);
    expect(variants('Assistant Manager-Trainee')).toEqual(['Assistant Manager-Trainee']);
    const text = [
      'Jordan Reyes',
      'Available for travel and relocation | US citizen with an active Secret clearance | 555-0100 | j.reyes@example.com | San Diego, CA',
    ].join('\n');
    expect(resumeTerms(withoutIdentity(text, { name: 'Jordan Reyes' }), []).counts.has('relocat')).toBe(false);
  });

  it('gives half the role\'s credit to a title that names the post\'s role before another role noun ("Welder Helper")', () => {
    const { job, labels } = jobTerms('Pipe Welder', '');
    const title = (t: string) => relevance(job, labels, resumeTerms('', [{ title: t, years: null }], null)).title.score;
    expect(title('Welder Helper')).toBeLessThan(title('Welder') * 0.7);
    expect(title('Welding Supervisor')).toBeLessThan(title('Welder'));
    expect(title('Pipe Welder II')).toBe(1);
  });

  it('reads a resume title in letters the post spells out as their words ("COTA/L" for a Certified Occupational Therapy Assistant)', () => {
    const { job, labels } = jobTerms(
      'Certified Occupational Therapy Assistant (COTA) - School Based',
      'POSITION: Certified Occupational Therapy Assistant (COTA)\nProvides therapy services to students.',
    );
    const title = (t: string) => relevance(job, labels, resumeTerms('', [{ title: t, years: null }], null)).title.score;
    expect(title('COTA/L')).toBeGreaterThanOrEqual(title('Certified Occupational Therapy Assistant') * 0.9);
    // (a level after the letters aside)
    expect(title('COTA II')).toBeGreaterThanOrEqual(title('Certified Occupational Therapy Assistant') * 0.9);
    expect(title('COTA III, Pediatrics')).toBeGreaterThanOrEqual(
      title('Certified Occupational Therapy Assistant') * 0.9,
    );
    // (letters the post does not spell out stay letters)
    const other = jobTerms('Occupational Therapy Assistant - School Based', 'Provides therapy services to students.');
    expect(
      relevance(other.job, other.labels, resumeTerms('', [{ title: 'COTA/L', years: null }], null)).title.score,
    ).toBeLessThan(0.5);
    // (the review) letters that are no role of the title stay letters, and a title the letters
    // met as written keeps what it had
    const read = (post: string, spelled: string, t: string) => {
      const { job: j, labels: l } = jobTerms(post, spelled);
      return relevance(j, l, resumeTerms('', [{ title: t, years: null }], null)).title.score;
    };
    // (the same words, the letters not spelled out: "Project Manager, PM")
    const asWritten = (post: string, spelled: string, t: string) =>
      read(post, spelled.replace(/ \((\w+)\)/, ', $1'), t);
    for (const [post, spelled, t] of [
      ['Project Manager', 'Project Manager (PM)', 'PM Technician'],
      ['Medical Assistant', 'Medical Assistant (MA)', 'MA Candidate'],
      ['SQL Developer', 'Structured Query Language (SQL)', 'SQL Developer'],
      ['General Manager', 'General Manager (GM)', 'GM'],
    ])
      expect(read(post!, spelled!, t!), t).toBeGreaterThanOrEqual(asWritten(post!, spelled!, t!));
    expect(read('Project Manager', 'Project Manager (PM)', 'PM Technician')).toBe(
      asWritten('Project Manager', 'Project Manager (PM)', 'PM Technician'),
    );
  });

  it('is deterministic and bounded', () => {
    const a = rel(ACCOUNTANT);
    expect(rel(ACCOUNTANT)).toEqual(a);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(1);
    expect(relevanceFor('', { name: null, experience: [], totalYearsExperience: null }, POST, NOW).score).toBe(0);
  });
});

describe('relevance: the thirtieth session (sets 37 and 38)', () => {
  const titleScore = (postTitle: string, resumeTitle: string) => {
    const { job, labels } = jobTerms(postTitle, '');
    return relevance(job, labels, resumeTerms('', [{ title: resumeTitle, years: null }], null)).title.score;
  };

  it('reads a headline of fields too long to be one by its first, the role (not a credential held)', () => {
    expect(
      headlineOf(
        'Jonah Petersen\nEpic Ambulatory Analyst  |  Clinical Content Build  |  Upgrade Testing\nj@example.com\n',
        {
          name: 'Jonah Petersen',
        },
      ),
    ).toBe('Epic Ambulatory Analyst');
    // (a short one is read whole, its specialty with it)
    expect(
      headlineOf('Miriam Castellano\nStaff Software Engineer · Ruby / Rails\nm@example.com\n', {
        name: 'Miriam Castellano',
      }),
    ).toBe('Staff Software Engineer · Ruby / Rails');
    expect(
      headlineOf(
        "Toby Grunwald\nt@example.com\nKansas driver's license, clean MVR | Open to 80% travel | Willing to climb daily\n",
        {
          name: 'Toby Grunwald',
        },
      ),
    ).toBeNull();
  });

  it('reads a role by its gender-neutral name, and a foreman of the trade as near its journeyman', () => {
    expect(termsOf('Journeyperson Sheet Metal Worker')).toEqual(termsOf('Journeyman Sheet Metal Worker'));
    expect(termsOf('lineworker')).toEqual(termsOf('lineman'));
    const post = 'Sheet Metal Journeyman';
    expect(titleScore(post, 'Sheet Metal Foreman')).toBeGreaterThan(titleScore(post, 'Sheet Metal Estimator'));
    expect(titleScore(post, 'Journeyperson Sheet Metal Worker')).toBe(
      titleScore(post, 'Journeyman Sheet Metal Worker'),
    );
  });

  it('reads a career listed oldest first from its end: the latest title counts most', () => {
    const jobs = [
      'Accounts Payable Clerk, Contoso, 01/2012 - 12/2014',
      'Bookkeeper, Fabrikam, 01/2015 - 12/2018',
      'Staff Accountant, Northwind Traders, 01/2019 - Present',
    ];
    const newestFirst = ['Pat Example', 'Experience', ...[...jobs].reverse()].join('\n');
    const oldestFirst = ['Pat Example', 'Experience', ...jobs].join('\n');
    expect(rel(oldestFirst).result.title).toEqual(rel(newestFirst).result.title);
    expect(rel(oldestFirst).result.title.matched).toBe('Staff Accountant');
    // not a job held beside another: the first keeps the latest's weight
    const alone = ['Pat Example', 'Experience', 'Payroll Accountant, Northwind, 01/2016 - Present'];
    const beside = [...alone, 'Tax Intern, Contoso, 01/2021 - Present'];
    expect(rel(alone.join('\n')).result.title.score).toBeLessThan(0.9);
    expect(rel(beside.join('\n')).result.title).toEqual(rel(alone.join('\n')).result.title);
    // a month's overlap between jobs held in turn is still a career listed oldest first
    const overlap = [
      'Pat Example',
      'Experience',
      'Accounts Payable Clerk, Contoso, 01/2012 - 04/2015',
      'Bookkeeper, Fabrikam, 03/2015 - 06/2019',
      'Staff Accountant, Northwind Traders, 07/2019 - Present',
    ];
    expect(rel(overlap.join('\n')).result.title.matched).toBe('Staff Accountant');
  });

  it('reads a headline whose role a dash parts from the rest, in a line that is no sentence', () => {
    const head = (line: string) =>
      headlineOf(['Ray Tolliver', 'ray@example.com', line, 'CARDS', '- OSHA 30'].join('\n'), { name: 'Ray Tolliver' });
    expect(head('Journeyman Ironworker - Local 172 book member since 2019')).toBe('Journeyman Ironworker');
    expect(head('Registered Nurse - 8 years of ICU experience in Level I trauma centers')).toBe('Registered Nurse');
    // (not a dash before a year: a job of its own)
    expect(head('Teacher Assistant - 2012 to 2014 at Lincoln Elementary, reading groups and recess duty')).not.toBe(
      'Teacher Assistant',
    );
    expect(head('Certified Dental Technician — fixed prosthetics, digital design and ceramics')).toBe(
      'Certified Dental Technician',
    );
    // not a dash of a range of dates, nor a sentence
    expect(
      head('• Renaissance Hotel (by the convention center), Aug 2021 - present, full-time banquet server'),
    ).not.toBe('present, full-time banquet server');
    expect(
      head('Swiss setup machinist — 12 years on sliding-headstock machines, almost all of it in medical work.'),
    ).not.toBe('Swiss setup machinist');
  });

  it('reads a clipped word as the whole one: "Cath Lab" is a catheterization laboratory', () => {
    expect(termsOf('Cardiac Cath Lab Technologist')).toEqual(termsOf('Cardiac Catheterization Lab Technologist'));
    // (a heart's catheterization, not a bladder's)
    expect(termsOf('heart caths')).toContain('skill:cardiac catheterization');
    expect(termsOf('Foley catheter insertion')).not.toContain('skill:cardiac catheterization');
    expect(termsOf('Lab Technician')).toEqual(termsOf('Laboratory Technician'));
    expect(termsOf('Peds rehab')).toEqual(termsOf('pediatrics rehabilitation'));
    // (not a firm's plural name)
    expect(termsOf('Acme Labs')).not.toContain(termsOf('laboratory')[0]);
    // (the table of document frequencies is what the corpus gives under these terms)
    expect(readFileSync(FREQUENCIES_FILE, 'utf8')).toBe(buildFrequencyTable().text);
  });

  it('keeps what the review of the slice found the rules took too far', () => {
    for (const line of [
      'Aspiring Data Analyst | Google Data Analytics Certificate | SQL, Tableau, Excel | Former Teacher',
      'Retired Police Officer | Seeking Security Supervisor role | Available nights and weekends',
    ])
      expect(headlineOf(`Kim Lee\nkim@example.com\n${line}\n`, { name: 'Kim Lee' }), line).toBeNull();
    // a worker of another trade is no journeyman's kin
    expect(titleScore('Sheet Metal Journeyman', 'Social Worker')).toBe(0);
  });

  it('keeps what the second review of the slice found', () => {
    // a worker of the trade is its journeyman; a worker of another is not
    expect(titleScore('Sheet Metal Journeyman', 'Sheet Metal Worker')).toBeGreaterThan(
      titleScore('Sheet Metal Journeyman', 'Sheet Metal Estimator'),
    );
    expect(titleScore('Sheet Metal Journeyman', 'Social Worker')).toBe(0);
    // a role held no more heads no resume, on a line of its own too
    expect(headlineOf('Kim Lee\nkim@example.com\nFormer Teacher\n', { name: 'Kim Lee' })).toBeNull();
    expect(termsOf('ACME LABS')).not.toContain(termsOf('laboratory')[0]);
  });
});

describe('relevance: posts pasted whole and resumes sent as e-mails (sets 43 and 44)', () => {
  const titleScore = (postTitle: string, description: string, resumeTitle: string) => {
    const { job, labels } = jobTerms(postTitle, description);
    return relevance(job, labels, resumeTerms('', [{ title: resumeTitle, years: null }], null)).title.score;
  };

  it('reads a title that names no role with the role its description hires', () => {
    const county =
      'invites applications for the position of:\nNuclear Medicine Technologist II\n\nSALARY: $50.86 Hourly';
    expect(titleScore('TULE RIVER COUNTY', county, 'Nuclear Medicine Technologist')).toBeGreaterThan(0.8);
    expect(titleScore('TULE RIVER COUNTY', '', 'Nuclear Medicine Technologist')).toBe(0);
    // (the title given stays: a resume of the title's own words still reads it)
    expect(titleScore('Production Brewer', 'We are hiring a Cellar Operator.', 'Production Brewer')).toBeGreaterThan(
      0.8,
    );
  });

  it('takes no e-mail subject or greeting of a resume for its headline', () => {
    const mail =
      'Subject: Sales Manager - Group & Association\n\nHi there,\n\nI run the front desk at a Hampton Inn.\n';
    expect(headlineOf(mail, { name: null })).toBeNull();
  });
});

describe('headlineOf: review of set 44', () => {
  it('keeps a headline that opens on "Hi-"', () => {
    expect(
      headlineOf('Maria Lopez\nHi-Lo Operator | Forklift Certified\nmaria@mail.example\n', { name: 'Maria Lopez' }),
    ).toBe('Hi-Lo Operator | Forklift Certified');
  });
});

describe("jobTerms: a page's banner as the title (set 45)", () => {
  it('reads no words of a title that is a sentence where the description names the role', () => {
    const banner =
      'This website uses cookies to enhance your experience, analyze site traffic and personalize content. Cookie Settings';
    const description =
      'Accept All\n\nWe are looking for an Occupational Health Nurse to lead clinic coverage on 2nd shift.';
    const { job } = jobTerms(banner, description);
    expect([...job.weights.keys()].filter((t) => /cooki|traffic|personal/.test(t))).toEqual([]);
    // (a title that is no sentence stays read beside the role)
    expect([...jobTerms('Prairie State University', description).job.weights.keys()]).toContain('prairi');
  });
});

describe('relevanceFor on a title with a remark after it', () => {
  it("reads the title without a remark in words, keeping a parenthesis of the role's letters", () => {
    const post = { title: 'Internal Auditor II', description: 'Internal audit of a regional bank.' };
    const profile = (title: string) => ({
      name: 'Dana Levi',
      totalYearsExperience: 3,
      experience: [{ title, company: 'Carolina Bank', start: '2023-09', end: null }],
    });
    const titled = (title: string) => relevanceFor(`Dana Levi\n${title}`, profile(title), post, NOW);
    const remark = titled('Internal Auditor II (promoted from Internal Auditor I in 10/2024)');
    expect(remark.result.title?.score).toBe(titled('Internal Auditor II').result.title?.score);
    expect(titled('Internal Auditor II (SOX)').result.title?.matched).toBe('Internal Auditor II (SOX)');
  });
});

describe('relevanceFor on a title with a remark after it (review)', () => {
  const titled = (jobTitle: string, title: string) =>
    relevanceFor(
      `Dana Levi\nEXPERIENCE\n${title}, Acme Co, 2023 - Present`,
      {
        name: 'Dana Levi',
        totalYearsExperience: 3,
        experience: [{ title, company: 'Acme Co', start: '2023-09', end: null }],
      },
      { title: jobTitle, description: `${jobTitle} wanted.` },
      NOW,
    ).result.title;
  it('keeps a parenthesis that names the trade, not a time or a move', () => {
    expect(titled('Diesel Mechanic', 'Mechanic (diesel and heavy equipment)').matched).toBe(
      'Mechanic (diesel and heavy equipment)',
    );
    expect(titled('Internal Auditor II', 'Internal Auditor II (acting, while the lead was on leave)').matched).toBe(
      'Internal Auditor II',
    );
  });
});
