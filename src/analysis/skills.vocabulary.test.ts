import { describe, expect, it } from 'vitest';
import { SKILL_IMPLIES, SKILL_NOT_NAMED, SKILL_ROWS, SKILL_SUITES } from './skills.data.js';
import { CANONICAL_SKILLS, findSkills, normalizeSkill, showsSkill, suiteHolds } from './skills.vocabulary.js';

const skillsIn = (text: string) => findSkills(text).map((m) => m.skill);

describe('skills vocabulary', () => {
  it('has about 200 canonical skills, each named once', () => {
    expect(CANONICAL_SKILLS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CANONICAL_SKILLS).size).toBe(CANONICAL_SKILLS.length);
  });

  it('maps no alias to two different skills', () => {
    const owner = new Map<string, string>();
    for (const row of SKILL_ROWS) {
      for (const alias of [row[0]!, ...row.slice(1)]) {
        const key = alias.replace(/^[=~]/, '').toLowerCase();
        expect(owner.get(key) ?? row[0], `alias "${alias}"`).toBe(row[0]);
        owner.set(key, row[0]!);
      }
    }
  });

  it.each([
    ['JS', 'JavaScript'],
    ['javascript', 'JavaScript'],
    ['TS', 'TypeScript'],
    ['Postgres', 'PostgreSQL'],
    ['postgresql', 'PostgreSQL'],
    ['k8s', 'Kubernetes'],
    ['Node', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['node js', 'Node.js'],
    ['React.js', 'React'],
    ['ReactJS', 'React'],
    ['GCP', 'Google Cloud'],
    ['Google Cloud Platform', 'Google Cloud'],
    ['Amazon Web Services', 'AWS'],
    ['c#', 'C#'],
    ['C++', 'C++'],
    ['.net', '.NET'],
    ['ci/cd', 'CI/CD'],
    ['ML', 'Machine Learning'],
    ['machine learning', 'Machine Learning'],
    ['golang', 'Go'],
    ['go', 'Go'],
    ['MS Excel', 'Excel'],
    ['SAP', 'SAP'],
    ['Python 3.11', 'Python'],
    ['Angular (2+)', 'Angular'],
    ['registered nurse', 'Registered Nurse'],
    ['nurse', 'Nursing'],
    ['customer support', 'Customer Service'],
    ['Proficient in CNC machining', 'CNC Machining'],
    ['Excellent time management skills', 'Time Management'],
    ['Working knowledge of SQL', 'SQL'],
    ['Advanced Excel', 'Excel'],
    ['OSHA trained', 'OSHA'],
    ['regulatory compliance', 'Compliance'],
    ['Proficient with project management software', 'Project Management'],
  ])('normalizes %s to %s', (raw, canonical) => {
    expect(normalizeSkill(raw)).toBe(canonical);
  });

  it('reads a CDL class after the licence, a language by its own name, and no C in "P&C"', () => {
    expect(skillsIn('Commercial Driver License, Class A    TX 30918826')).toContain('CDL Class A');
    expect(skillsIn('¿Hablas español? Huge plus')).toContain('Spanish');
    expect(skillsIn('Licensed P&C Insurance Sales Agent')).not.toContain('C');
    expect(skillsIn('Java, C and Python')).toContain('C');
  });

  it('returns null for unknown skills and blanks', () => {
    expect(normalizeSkill('Underwater basket weaving')).toBeNull();
    expect(normalizeSkill('   ')).toBeNull();
    // words of degree are dropped, but only around a known name
    expect(normalizeSkill('Advanced Underwater Basket Weaving')).toBeNull();
    expect(normalizeSkill('Advanced Cardiac Life Support')).toBe('ACLS');
    expect(normalizeSkill('Strong skills')).toBeNull();
  });

  it('keeps punctuation-bearing names apart: C, C++, C#, .NET, ASP.NET, Node.js', () => {
    expect(skillsIn('Languages: C, C++, C#; .NET and ASP.NET; Node.js')).toEqual([
      'C',
      'C++',
      'C#',
      '.NET',
      'ASP.NET',
      'Node.js',
    ]);
  });

  it('is word-boundary aware', () => {
    expect(skillsIn('JavaScript developer')).toEqual(['JavaScript']);
    expect(skillsIn('Scalable Javanese reactors')).toEqual([]);
    expect(skillsIn('React-based UI, Vue.js, Next.js.')).toEqual(['React', 'Vue.js', 'Next.js']);
    // research run, by what it is called and by the tools it is run in
    expect(skillsIn('Moderated usability sessions; synthesis in Dovetail; tests in Maze')).toEqual([
      'Usability Testing',
      'Dovetail',
      'Maze',
    ]);
    expect(skillsIn('Lost in a maze of rules')).toEqual([]);
    // a warehouse system by its product's name
    expect(skillsIn('Manhattan SCALE, Manhattan Active WM')).toEqual(['Manhattan WMS', 'Manhattan WMS']);
    // a CDL's class, and the rig a driver drives
    expect(skillsIn("Class A Commercial Driver's License; CDL-B; 53' dry van")).toEqual([
      'CDL Class A',
      'CDL Class B',
      'Tractor-Trailer Driving',
    ]);
    // Azure's Key Vault is not HashiCorp's Vault
    expect(skillsIn('Azure, Key Vault, Terraform')).toEqual(['Azure', 'Terraform']);
    expect(skillsIn('Terraform, Vault, Consul')).toEqual(['Terraform', 'HashiCorp Vault', 'Consul']);
  });

  it('reports index and the text as written', () => {
    const text = 'Skills: postgres, K8S';
    expect(findSkills(text)).toEqual([
      { skill: 'PostgreSQL', index: 8, match: 'postgres' },
      { skill: 'Kubernetes', index: 18, match: 'K8S' },
    ]);
  });

  it('prefers the longest alias at a position', () => {
    expect(skillsIn('Spring Boot, Ruby on Rails, React Native')).toEqual(['Spring', 'Ruby on Rails', 'React Native']);
  });

  it('does not read prose as short or ambiguous skills', () => {
    expect(skillsIn('Go to market plan. R&D budget. Grade C. C-level stakeholders.')).toEqual([]);
    expect(skillsIn('I excel at planning and Excel in teams')).toEqual([]);
    expect(skillsIn('Spring 2023 semester')).toEqual([]);
    expect(skillsIn('we react quickly')).toEqual([]);
    // the hardware of a trade is no framework; the framework is written with its capital
    expect(skillsIn('Carry modules, rails and batteries; install guard rails')).toEqual([]);
    expect(skillsIn('Built APIs in Rails')).toEqual(['Ruby on Rails']);
    // Good Clinical Practice is spelled as Google Cloud is
    expect(skillsIn('ICH-GCP and ICH GCP E6(R2); Good Clinical Practice (GCP); GCP guidelines')).toEqual([]);
    expect(skillsIn('Deployed on GCP and AWS')).toEqual(['Google Cloud', 'AWS']);
    // CDK is also a dealer management system: the AWS tool needs its name or other skills beside it
    expect(skillsIn('Experience with CDK, Reynolds & Reynolds or similar dealer management system')).toEqual([]);
    expect(skillsIn('AWS, Terraform, CDK and Python')).toEqual(['AWS', 'Terraform', 'AWS CDK', 'Python']);
    // a credential's code joined by a hyphen is no language: FP-C, TS-C
    expect(skillsIn('FP-C or CCP-C a plus; TS-C (NCCT) certification')).toEqual([]);
    expect(skillsIn('AWS-certified, Python-based tools, T-SQL, TS and JS')).toEqual([
      'AWS',
      'Python',
      'T-SQL',
      'TypeScript',
      'JavaScript',
    ]);
    expect(skillsIn('P R O F I L E: UX Designer')).toEqual(['UX Design']);
  });

  it('finds short skills inside a list of skills', () => {
    expect(skillsIn('Python, R, TensorFlow')).toEqual(['Python', 'R', 'TensorFlow']);
    expect(skillsIn('Backend: Go, Rust, PostgreSQL')).toEqual(['Go', 'Rust', 'PostgreSQL']);
    expect(skillsIn('Tools: Excel, Word, SAP')).toEqual(['Excel', 'SAP']);
  });

  it('skips e-mail addresses and URLs', () => {
    expect(skillsIn('python.dev@example.com github.com/react-tools https://go.dev/java')).toEqual([]);
  });

  it('matches multi-word skills across line breaks and spacing', () => {
    expect(skillsIn('applied machine\nlearning and project  management')).toEqual([
      'Machine Learning',
      'Project Management',
    ]);
  });

  it('covers non-software professions', () => {
    expect(skillsIn('Registered Nurse; QuickBooks bookkeeping; lesson planning; customer service; SAP')).toEqual([
      'Registered Nurse',
      'QuickBooks',
      'Bookkeeping',
      'Lesson Planning',
      'Customer Service',
      'SAP',
    ]);
  });

  it('keeps a narrower skill apart from the broad one, which it shows one way only', () => {
    expect(normalizeSkill('forklift')).toBe('Forklift Operation');
    expect(normalizeSkill('first aid')).toBe('First Aid');
    expect(normalizeSkill('CPR')).toBe('CPR');
    expect(showsSkill('Forklift Operation', 'Warehouse Operations')).toBe(true);
    expect(showsSkill('Warehouse Operations', 'Forklift Operation')).toBe(false);
    expect(showsSkill('BLS', 'CPR')).toBe(true);
    expect(showsSkill('First Aid', 'CPR')).toBe(false);
    expect(normalizeSkill('VLOOKUP')).toBe('VLOOKUP');
    expect(showsSkill('VLOOKUP', 'Excel')).toBe(true);
    expect(showsSkill('Excel', 'VLOOKUP')).toBe(false);
    // a module's name as resumes write it
    expect(skillsIn('SAP FI/CO, SAP MM')).toEqual(['SAP FICO', 'SAP MM']);
  });

  it('implies only skills it knows, and suites hold only programs it knows', () => {
    const known = new Set(CANONICAL_SKILLS);
    for (const [narrow, broad] of [
      ...Object.entries(SKILL_IMPLIES),
      ...Object.entries(SKILL_SUITES),
      ...Object.entries(SKILL_NOT_NAMED),
    ]) {
      expect(known.has(narrow), narrow).toBe(true);
      for (const b of broad) expect(known.has(b), b).toBe(true);
    }
  });

  it("reads industrial automation's product names as what they are", () => {
    expect(skillsIn('Built screens in FactoryTalk View ME and PanelView Plus')).toEqual(['HMI', 'HMI']);
    expect(skillsIn('Replaced PowerFlex 755 drives and motor control centers')).toEqual([
      'Motor Controls',
      'Motor Controls',
    ]);
    // "MCC" is also a coaching credential
    expect(skillsIn('MCC - Master Certified Coach (ICF)')).not.toContain('Motor Controls');
    expect(showsSkill('Allen-Bradley', 'PLC Programming')).toBe(true);
    expect(showsSkill('Siemens TIA Portal', 'PLC Programming')).toBe(true);
    expect(showsSkill('IBM Maximo', 'CMMS')).toBe(true);
    expect(showsSkill('PLC Programming', 'Allen-Bradley')).toBe(false);
  });

  it('reads the dental procedures a certificate is for', () => {
    expect(skillsIn('Texas coronal polishing and pit and fissure sealant certificates')).toEqual([
      'Coronal Polishing',
      'Dental Sealants',
    ]);
  });

  it("reads a restaurant's cost lines and a P&L", () => {
    expect(skillsIn('Ran the full P&L; kept prime cost under 60%')).toEqual(['P&L Management', 'Prime Cost']);
    expect(showsSkill('Prime Cost', 'Food Costing')).toBe(true);
    expect(showsSkill('Prime Cost', 'Labor Cost Control')).toBe(true);
    expect(skillsIn('Federal and state wage and hour laws; FLSA exemptions')).toEqual([
      'Wage and Hour Law',
      'Wage and Hour Law',
    ]);
    expect(skillsIn('Tracked wage and hour data for 300 employees')).toEqual([]);
  });

  it('reads Outlook by its name only, and a suite as holding its everyday programs, not the other way', () => {
    expect(skillsIn('Microsoft Outlook, MS Outlook, Outlook calendars')).toEqual(['Outlook', 'Outlook', 'Outlook']);
    expect(skillsIn('a positive outlook on change')).toEqual([]);
    expect(skillsIn('Economic Outlook Report, 2024')).toEqual([]);
    expect(skillsIn('Excel, Outlook, PowerPoint')).toEqual(['Excel', 'Outlook', 'PowerPoint']);
    expect(suiteHolds('Microsoft Office', 'Outlook')).toBe(true);
    expect(suiteHolds('Outlook', 'Microsoft Office')).toBe(false);
    expect(suiteHolds('Adobe Creative Suite', 'Adobe InDesign')).toBe(false);
  });

  it('reads Epic, the health record, by its capital, apart from an insurer\'s "Applied Epic", and its modules as part of it', () => {
    expect(skillsIn('Chart everything in Epic (flowsheets); documented in Epic daily')).toEqual(['Epic', 'Epic']);
    expect(skillsIn('an epic journey; Applied Epic agency system; Epic Games')).toEqual([]);
    // an agile team's epics are no health record, nor is "the epic ASAP"
    expect(skillsIn('Broke each Epic into user stories; closed out the epic ASAP')).toEqual([]);
    expect(skillsIn('Document in Epic Stork; Epic Beaker LIS')).toEqual(['Epic Stork', 'Epic Beaker']);
    expect(showsSkill('Epic Stork', 'Epic')).toBe(true);
    expect(showsSkill('Epic', 'Epic Stork')).toBe(false);
  });

  it("reads workplace chat and meeting tools by their capitals, and a diesel shop's diagnostic software", () => {
    expect(skillsIn('Expert in Zoom; comfortable in Notion and Slack')).toEqual(['Zoom', 'Notion', 'Slack']);
    expect(skillsIn('cut some slack, zoom in, the notion that')).toEqual([]);
    expect(skillsIn('Cummins Insite and Detroit DiagnosticLink')).toEqual(['Cummins INSITE', 'Detroit DiagnosticLink']);
    expect(showsSkill('Cummins INSITE', 'Diesel Mechanics')).toBe(true);
  });

  it("reads trucking's logs, driving-time rules and dispatch systems, and a phlebotomist's work", () => {
    expect(skillsIn('Watch HOS clocks in Samsara ELD; FMCSA hours-of-service rules')).toEqual([
      'Hours of Service',
      'Samsara',
      'Electronic Logging Devices',
      'Hours of Service',
    ]);
    expect(skillsIn('hos and eld in lower case are other words')).toEqual([]);
    expect(showsSkill('McLeod', 'Transportation Management Systems')).toBe(true);
    expect(showsSkill('Samsara', 'Electronic Logging Devices')).toBe(true);
    expect(skillsIn('Phlebotomist; adult venepuncture; take blood from 45 patients a day')).toEqual([
      'Phlebotomy',
      'Phlebotomy',
      'Phlebotomy',
    ]);
  });

  it("reads commercial roofing's systems, each a kind of roofing", () => {
    expect(skillsIn('TPO and EPDM re-roofs; mod bit torch-downs; PVC single-ply')).toEqual([
      'TPO Roofing',
      'EPDM Roofing',
      'Modified Bitumen',
      'PVC Roofing',
    ]);
    expect(showsSkill('TPO Roofing', 'Single-Ply Roofing')).toBe(true);
    expect(showsSkill('Modified Bitumen', 'Roofing')).toBe(true);
    expect(skillsIn('PVC pipe and fittings')).toEqual([]);
  });
});

describe('findSkills on a course named before "training" and a letter joined by a plus (sets 31 and 32)', () => {
  const skills = (text: string) => findSkills(text).map((m) => m.skill);
  it('reads "X training" as no training of staff, and "BD+C" as no C', () => {
    expect(skills('physical agent modalities (PAMs) training')).not.toContain('Training');
    expect(skills('Completed forklift training in 2021')).not.toContain('Training');
    expect(skills('Skills: Training, Coaching')).toContain('Training');
    expect(skills('Led staff training for 40 cashiers')).toContain('Training');
    for (const t of [
      'Led new hire training',
      'Corporate Training Manager',
      'Conducted training sessions',
      'Skills: Coaching and Training',
    ])
      expect(skills(t)).toContain('Training');
    expect(skills('Completed OSHA safety training')).not.toContain('Training');
    expect(skills('LEED AP BD+C, LEED AP O+M')).toEqual(['LEED AP', 'LEED AP']);
    expect(skills('C, C++ and Python+SQL')).toEqual(expect.arrayContaining(['C', 'C++', 'SQL']));
  });

  it("reads the Salesforce platform's own frameworks by their letters: LWC is Lightning Web Components, not web components (set 35)", () => {
    expect(skills('Built LWCs for the member console; SOQL, Visualforce')).toEqual([
      'Lightning Web Components',
      'SOQL',
      'Visualforce',
    ]);
    expect(skills('At least a year building Lightning Web Components')).toEqual(['Lightning Web Components']);
    expect(skills('Custom elements and shadow DOM with web components')).toEqual(['Web Components']);
    // (its letters in capitals only: "lwc" in a paper mill's grades is none)
    expect(skills('producing lwc and sc paper grades')).not.toContain('Lightning Web Components');
  });
});

describe('vocabulary: a meter and wound care by their trade names (set 46)', () => {
  it('reads a Fluke meter, a volt-ohm meter and a DMM as a multimeter', () => {
    for (const line of [
      'Chase shorts with a Fluke meter',
      'field wiring faults (volt-ohm meter)',
      'Tested circuits with a DMM',
    ])
      expect(
        findSkills(line).map((m) => m.skill),
        line,
      ).toContain('Multimeter');
  });
  it('reads a wound clinic and wound, ostomy and continence nursing as wound care', () => {
    for (const line of [
      'Staff RN, Outpatient Wound Clinic',
      'CWOCN - Wound, Ostomy and Continence Nursing Certification Board',
    ])
      expect(
        findSkills(line).map((m) => m.skill),
        line,
      ).toContain('Wound Care');
  });
});

describe('vocabulary: a meter and wound care by their trade names (review of set 46)', () => {
  const skills = (line: string) => findSkills(line).map((m) => m.skill);
  it('reads the WOCN name with its serial comma, and the plurals of the work', () => {
    for (const line of [
      'Wound, Ostomy, and Continence Nursing Certification Board (WOCNCB)',
      'Performed wound assessments and wound consults',
      'Tested circuits with Fluke meters',
      'Used DMMs and VOMs daily',
    ])
      expect(
        skills(line).some((s) => s === 'Wound Care' || s === 'Multimeter'),
        line,
      ).toBe(true);
  });
  it("reads no meter in a buyer's DMM, nor wound care in a lab's wound healing", () => {
    for (const line of [
      'Partnered with the DMM and buyers on assortment planning',
      'Divisional Merchandise Manager (DMM), Macy’s',
    ])
      expect(skills(line), line).not.toContain('Multimeter');
    expect(skills('Performed scratch wound healing assays in fibroblasts')).not.toContain('Wound Care');
    expect(skills('Tested circuits with a DMM')).toContain('Multimeter');
  });
});
