import { describe, expect, it } from 'vitest';
import { roleNamedOutsideTitle } from './post-role.js';

describe('roleNamedOutsideTitle', () => {
  it('finds the role a description hires where the title names none of it', () => {
    expect(
      roleNamedOutsideTitle(
        'MERIDIAN TERRAIN STUDIO',
        'JOB ANNOUNCEMENT\nPosition: Project Landscape Architect\nStatus: Full-time',
      ),
    ).toBe('Project Landscape Architect');
    expect(
      roleNamedOutsideTitle(
        'Clear Creek Family Eye Care',
        "Hey Greeley friends! We're looking for an experienced Optometric Technician to join our pretest team!",
      ),
    ).toBe('Optometric Technician');
    expect(
      roleNamedOutsideTitle(
        'From: Maya Castellanos <maya@talent.example>',
        'Sent: Tuesday\nSubject: Planner II opportunity - City of Larkspur Falls\n\nHi Jordan,',
      ),
    ).toBe('Planner II');
    // a job board's page: the role's own line under the employer's
    expect(
      roleNamedOutsideTitle(
        'Skip to main content',
        'Home\nJobs\nThe Harrow House Hotel\nSales Manager - Group & Association\nCharleston, SC',
      ),
    ).toBe('Sales Manager');
  });

  it('reads an ad’s call for the role without its "Wanted"', () => {
    expect(
      roleNamedOutsideTitle(
        'QR Code Link to This Post',
        'Concrete Finishers Wanted - Commercial Flatwork - $26-$36/hr (DFW)',
      ),
    ).toBe('Concrete Finishers');
  });

  it('finds none where the title names the role already, or the line is no role of the post', () => {
    expect(roleNamedOutsideTitle('Tool and Die Maker', 'We are seeking an experienced Die Maker.')).toBeNull();
    // (a title that is a role's name is not replaced by a line near the top: "Senior Recruiter" is who posted it)
    expect(roleNamedOutsideTitle('Mobile Crane Operator', 'Posted by\nSenior Recruiter\nWe run cranes.')).toBeNull();
    // (a union's dispatcher in capitals sends the call)
    expect(
      roleNamedOutsideTitle('INTL BROTHERHOOD OF BOILERMAKERS', 'LOCAL LODGE 1073\nDISPATCHER\nCall 555-0100'),
    ).toBeNull();
    expect(roleNamedOutsideTitle('TULE RIVER COUNTY', 'A county of rivers and farms.')).toBeNull();
  });
});

describe('roleNamedOutsideTitle: review of set 44', () => {
  it('reads no role from a hiring manager, another opening, a sidebar or a post whose title is a role', () => {
    expect(roleNamedOutsideTitle('Production Brewer', 'Hiring Manager: Dana Lee\nBrew 30bbl batches.')).toBeNull();
    expect(roleNamedOutsideTitle('Sous Chef', "We're also hiring Line Cooks and Dishwashers.")).toBeNull();
    expect(roleNamedOutsideTitle('ACME LABS', 'Not seeking Recruiters.\nRun assays.')).toBeNull();
    expect(roleNamedOutsideTitle('Barber', 'Similar jobs\nHair Stylist - Great Clips\nCut hair.')).toBeNull();
    expect(roleNamedOutsideTitle('Kroger', 'Similar jobs\nCashier\nStocker')).toBeNull();
    expect(
      roleNamedOutsideTitle('MERCY HOSPITAL', 'The role of the Director of Nursing is to support our staff nurses.'),
    ).toBeNull();
    expect(
      roleNamedOutsideTitle('MERCY HOSPITAL', 'Reports To\nDirector of Nursing\nThe Charge Nurse leads the unit.'),
    ).toBeNull();
  });
});

describe('roleNamedOutsideTitle: sets 45 and 46', () => {
  it('reads the role from "HIRING:", from "a … role" and from a labelled role of a person or a tech', () => {
    expect(
      roleNamedOutsideTitle(
        'From: Tamsin Okafor <tokafor@example.com>',
        'Subject: NOW HIRING: Certified ASL Interpreters – Staff & Per Diem – Chicago\n\nHi everyone!',
      ),
    ).toBe('Certified ASL Interpreters');
    expect(
      roleNamedOutsideTitle(
        'Nextdoor · McCormick Ranch · 3 days ago',
        'Brett\n🏊 HIRING: Pool Service Tech - full time 🏊',
      ),
    ).toBe('Pool Service Tech');
    expect(
      roleNamedOutsideTitle('Messaging', 'Your background caught my eye for a Wound Care Nurse role we just opened.'),
    ).toBe('Wound Care Nurse');
    // (a title that shares a word of another kind with the role does not name it)
    expect(
      roleNamedOutsideTitle(
        'Kessler Chevrolet Buick GMC – Parts Department',
        'Job Title:\tParts Counter Person (Retail / Service Counter)\nLocation: Springfield, MO',
      ),
    ).toBe('Parts Counter Person');
  });

  it('takes no brand written its own way for a role, and no title of the person who writes', () => {
    expect(
      roleNamedOutsideTitle('ZipRecruiter', 'Jobs > Ohio > Columbus\n\nBakery Production Supervisor\nGolden Crest'),
    ).toBe('Bakery Production Supervisor');
    expect(roleNamedOutsideTitle('idealist', 'Jobs   Volunteer   Log In\n\nGrant Writer\nHarvest Commons')).toBe(
      'Grant Writer',
    );
    expect(
      roleNamedOutsideTitle(
        'Messaging',
        'InMail · Sponsored\nAllison Greer (She/Her) · 2nd\nSenior Clinical Recruiter at Lakeshore Home Health\nHi there,',
      ),
    ).toBeNull();
    // (a title whose last word is a role's, written as a role is, still names one: "Barber")
    expect(roleNamedOutsideTitle('Barber', 'Jobs\n\nHair Stylist\nCut hair.')).toBeNull();
  });
});

describe('roleNamedOutsideTitle: review of sets 45 and 46', () => {
  it('reads a title line with one cell beside it after wide spaces up to the gap', () => {
    expect(roleNamedOutsideTitle('Job Posting', 'Maintenance Technician     Full Time\nAcme Plant')).toBe(
      'Maintenance Technician',
    );
    expect(roleNamedOutsideTitle('Job Posting', 'CNC Machinist       Job ID: 4471\nAcme Plant')).toBe('CNC Machinist');
    // (a menu of three items or more is still no title)
    expect(roleNamedOutsideTitle('idealist', 'Jobs   Volunteer   Log In\n\nGrant Writer\nHarvest Commons')).toBe(
      'Grant Writer',
    );
  });
});
