import { describe, expect, it } from 'vitest';
import { parseProfile } from './profile.parser.js';
import { NOW } from './test-resumes.fixture.js';

const nameOf = (...lines: string[]) => parseProfile(lines.join('\n'), NOW).name;

describe('the name of an anonymised resume is null', () => {
  it('does not take a job headline above a section heading when the resume has no contact details', () => {
    expect(
      nameOf('SOUS CHEF', 'Work Experience', 'Sous Chef Jul 2010 - Jan 2013', 'Company Name, City, State'),
    ).toBeNull();
    expect(nameOf('BENEFIT ADVOCATE SUPERVISOR', 'Summary', 'Ten years in member services.')).toBeNull();
  });

  it('stops at the first section heading: skills and headings under it are not names', () => {
    expect(
      nameOf('ACCOUNTANT', 'Summary', 'Detail-oriented accountant.', 'Highlights', 'Google Earth', 'Microsoft Word'),
    ).toBeNull();
    expect(
      nameOf('Career Overview', 'Seasoned planner.', 'Core Qualifications', 'New Business Development'),
    ).toBeNull();
  });

  it('does not take a skill for a name', () => {
    expect(nameOf('Adobe Photoshop', 'Problem Solving', 'Experience', 'Designer at Studio, 2019 - 2021')).toBeNull();
  });

  it('does not take a city named alone, section words, or a list of skills that opens with a name-shaped one', () => {
    // lines as DOCX templates give them once their line breaks are kept
    expect(nameOf('Tel Aviv', 'Senior Software Developer', 'For more than 5 years I develop software.')).toBeNull();
    expect(nameOf('NETWORK ENGINEER', 'DESCRIPTION WORK EXPIRIENCE', 'Experienced network engineer.')).toBeNull();
    expect(nameOf('Frontend developer', 'Web Dev Positions', '2022 - EPAM Systems. Software Engineer.')).toBeNull();
    expect(nameOf('Java Developer, Backend', 'Java Core, C#, C++, WPF, Spring Boot, SQL, Git.')).toBeNull();
  });
});

describe('names that must still be found', () => {
  it('keeps a name above a heading when the resume gives a way to reach its author', () => {
    expect(nameOf('Tim Cook', 'Summary', 'Operations leader.', 'tim.cook@example.com')).toBe('Tim Cook');
  });

  it('passes over skills and form fields before the name', () => {
    expect(nameOf('Adobe Photoshop', 'Dana Levi', 'dana.levi@example.com')).toBe('Dana Levi');
    expect(nameOf('⌂: Rishon LeZion', 'Dana Levi', 'dana.levi@example.com')).toBe('Dana Levi');
    expect(nameOf('Location: Haifa Bay', 'Dana Levi', 'dana.levi@example.com')).toBe('Dana Levi');
  });

  it('keeps a name after a Contact heading, and a name that shares a word with a skill', () => {
    expect(nameOf('Contact', 'Maria Rossi', '+39 333 123 4567')).toBe('Maria Rossi');
    expect(nameOf('Julia Swift', 'julia.swift@example.com', 'Skills: Kotlin, Java')).toBe('Julia Swift');
    expect(nameOf('Tel Aviv', 'Dana Levi', 'dana.levi@example.com')).toBe('Dana Levi');
    expect(nameOf('Dana Levi, CPA, CMA', 'dana.levi@example.com')).toBe('Dana Levi');
    expect(nameOf('Julia Swift, CPA, CMA', 'julia.swift@example.com')).toBe('Julia Swift');
  });

  it('finds the name of a profile exported to PDF, after the sidebar, above its headline and place', () => {
    const lines = [
      'Contact',
      'yesenia.carrillo@example.com',
      'www.linkedin.com/in/yeseniacarrillo',
      '',
      'Top Skills',
      'Contact Center Operations',
      'Workforce Management',
      '',
      'Certifications',
      'HDI Support Center Manager',
      '',
      'Yesenia Carrillo',
      'Manager, Claims Contact Center at Prairie Shield Mutual Insurance',
      'Omaha, Nebraska, United States',
      '',
      'Summary',
      'Twelve years in contact centers.',
    ];
    expect(nameOf(...lines)).toBe('Yesenia Carrillo');
    // a project's name over a sentence is no name
    expect(
      nameOf('Projects', 'Job Search Engine', 'Coordinated a group of five team members', 'Austin, TX'),
    ).toBeNull();
  });
});

describe('the name of a resume sent as an e-mail (local-v32)', () => {
  it('takes no item of a list for a name, but a name set off between two marks is one', () => {
    const letter = [
      'Subject: Tower tech posting',
      'Hi,',
      'Saw your ad. Please find my background below.',
      'Certs, all current:',
      '- Comtrain Authorized Climber/Rescuer (exp 04/2027)',
      '- RF Safety Awareness, OSHA 30, First Aid/CPR/AED (2026)',
    ];
    expect(nameOf(...letter)).toBeNull();
    expect(nameOf('▪ JORDAN WHITCOMBE ▪', 'Help Desk Technician', 'jw@mail.example')).toBe('JORDAN WHITCOMBE');
  });
});

describe('the name on a header line opened by a mark (review of local-v32)', () => {
  it('takes the name of a header’s one marked line', () => {
    expect(nameOf('• Maria Lopez • Registered Nurse • Austin, TX', 'maria@example.com')).toBe('Maria Lopez');
    expect(nameOf('▪ JORDAN WHITCOMBE▪', 'Help Desk Technician', 'jw@mail.example')).toBe('JORDAN WHITCOMBE');
  });
});

describe("the name of one whose letters after it are a state's code too (set 47)", () => {
  it('reads the name before "MD, PhD" or "MS, LAT, ATC", and a place as a place', () => {
    expect(nameOf('Dana Levi, MD, PhD', 'dana@mail.example')).toBe('Dana Levi');
    expect(nameOf('Megan R. Kowalczyk, MS, LAT, ATC, CSCS', 'Head Athletic Trainer', 'mk@mail.example')).toBe(
      'Megan R. Kowalczyk',
    );
    expect(nameOf('Silver Spring, MD', 'dana@mail.example')).toBeNull();
    expect(nameOf('Kansas City, MO, USA', 'dana@mail.example')).toBeNull();
  });
});

describe('a place with how one works there after it (review of set 47)', () => {
  it('reads no name in "Kansas City, MO, Remote", and still the name before "MD, FACP"', () => {
    expect(nameOf('Kansas City, MO, Remote', 'Registered Nurse', 'dana@mail.example')).toBeNull();
    expect(nameOf('Silver Spring, MD, Hybrid', 'dana@mail.example')).toBeNull();
    expect(nameOf('Jordan Avery, MD, FACP', 'dana@mail.example')).toBe('Jordan Avery');
  });
});
