/**
 * Job posts for category retrieval on the livecareer dataset: one per category, written the way a
 * recruiter fills in Sift's job-post form for such a role (title, description, requirements,
 * skills, years). They were written from what these jobs ask for in general, not from the
 * dataset's resumes, and are not tuned to them: editing a post to raise its figure would make the
 * figure meaningless.
 */
import type { JobRubric } from '../analysis/analysis.types.js';

/** A job post and the livecareer category (`labels.csv`) whose resumes it is meant for. */
export interface CategoryPost {
  category: string;
  job: JobRubric;
}

/** Thresholds of a job post created without explicit ones. */
const THRESHOLDS = { shortlistThreshold: 70, rejectThreshold: 40 } as const;

export const CATEGORY_POSTS: readonly CategoryPost[] = [
  {
    category: 'ACCOUNTANT',
    job: {
      title: 'Staff Accountant',
      description:
        'Our finance team is hiring a staff accountant to own month-end close for two business units, ' +
        'keep the general ledger clean and prepare the reports our controller relies on.',
      requirements: [
        "Bachelor's degree in Accounting or Finance",
        'Prepares journal entries, account reconciliations and month-end close',
        'Experience with financial reporting and the general ledger',
      ],
      mustHaveSkills: ['Accounting', 'Excel'],
      niceToHaveSkills: ['QuickBooks', 'CPA', 'SAP', 'Financial Analysis'],
      minYearsExperience: 2,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'CHEF',
    job: {
      title: 'Sous Chef',
      description:
        'A busy downtown restaurant seeks a sous chef to run the line during service, train cooks, ' +
        'order product and keep the kitchen spotless and compliant.',
      requirements: [
        'Experience as a line cook or sous chef in a high-volume kitchen',
        'Food safety certification such as ServSafe',
        'Plans menus, manages kitchen inventory and places food orders',
      ],
      mustHaveSkills: ['Food Safety', 'Menu planning'],
      niceToHaveSkills: ['Inventory Management', 'Catering', 'Training'],
      minYearsExperience: 3,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'TEACHER',
    job: {
      title: 'Elementary School Teacher',
      description:
        'Our public elementary school is looking for a certified teacher for a third-grade classroom ' +
        'who plans engaging lessons and works closely with parents and colleagues.',
      requirements: [
        "Bachelor's degree in Education",
        'State teaching certification or license',
        'Experience teaching elementary school students',
      ],
      mustHaveSkills: ['Lesson planning', 'Classroom management'],
      niceToHaveSkills: ['Curriculum development', 'Special education', 'Tutoring'],
      minYearsExperience: 2,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'INFORMATION-TECHNOLOGY',
    job: {
      title: 'IT Systems Administrator',
      description:
        'We need a systems administrator to keep our offices running: servers, user accounts, the ' +
        'network and the help desk queue for 300 employees.',
      requirements: [
        'Provides help desk and desktop support to end users',
        'Administers Windows servers, user accounts and network infrastructure',
        'CompTIA A+, Network+ or Security+ certification',
      ],
      mustHaveSkills: ['Windows', 'Active Directory', 'Networking'],
      niceToHaveSkills: ['Linux', 'Troubleshooting', 'VMware', 'Cybersecurity'],
      minYearsExperience: 3,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'HR',
    job: {
      title: 'Human Resources Generalist',
      description:
        'A growing manufacturer is hiring an HR generalist to support 400 employees across recruiting, ' +
        'onboarding, benefits and employee relations.',
      requirements: [
        'Handles employee relations, onboarding and benefits administration',
        'Knowledge of employment law and HR policies',
        "Bachelor's degree in Human Resources or Business",
      ],
      mustHaveSkills: ['Human Resources', 'Recruiting'],
      niceToHaveSkills: ['Payroll', 'HRIS', 'Employee relations', 'Benefits administration'],
      minYearsExperience: 3,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'SALES',
    job: {
      title: 'Sales Representative',
      description:
        'Join our sales team to grow accounts in your territory, from prospecting to closing, with a ' +
        'base salary and uncapped commission.',
      requirements: [
        'Consistently meets or exceeds sales quotas and revenue targets',
        'Builds and maintains relationships with new and existing customers',
        'Experience in B2B or retail sales',
      ],
      mustHaveSkills: ['Sales', 'Negotiation'],
      niceToHaveSkills: ['CRM', 'Salesforce', 'Lead Generation', 'Account Management'],
      minYearsExperience: 2,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'HEALTHCARE',
    job: {
      title: 'Registered Nurse',
      description:
        'Our community hospital is hiring registered nurses for its medical-surgical unit, caring for ' +
        'adult patients on twelve-hour shifts.',
      requirements: [
        'Current registered nurse (RN) license',
        'Experience in a hospital or clinical setting',
        'Administers medications and monitors patient condition',
      ],
      mustHaveSkills: ['Patient care', 'Electronic Health Records'],
      niceToHaveSkills: ['CPR', 'Medical Terminology'],
      minYearsExperience: 1,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'FITNESS',
    job: {
      title: 'Personal Trainer',
      description:
        'A full-service gym is looking for a personal trainer who also leads group classes and helps ' +
        'members reach their goals safely.',
      requirements: [
        'Nationally recognised fitness certification (ACE, NASM or ACSM)',
        'Designs individual exercise programs for clients',
        'Leads group fitness classes',
      ],
      mustHaveSkills: ['Personal training', 'CPR'],
      niceToHaveSkills: ['Group fitness', 'Nutrition', 'Customer Service'],
      minYearsExperience: 1,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'AVIATION',
    job: {
      title: 'Aircraft Maintenance Technician',
      description:
        'A regional airline seeks a maintenance technician to inspect, troubleshoot and repair aircraft ' +
        'on the line and in the hangar.',
      requirements: [
        'FAA Airframe and Powerplant (A&P) certificate',
        'Performs inspections, troubleshooting and repairs of aircraft systems',
        'Works from technical manuals and keeps maintenance records',
      ],
      mustHaveSkills: ['Aircraft maintenance', 'Troubleshooting'],
      niceToHaveSkills: ['Hydraulics', 'Avionics', 'Sheet metal'],
      minYearsExperience: 3,
      location: null,
      ...THRESHOLDS,
    },
  },
  {
    category: 'CONSTRUCTION',
    job: {
      title: 'Construction Site Supervisor',
      description:
        'A general contractor is hiring a site supervisor to run commercial building projects day to ' +
        'day: crews, subcontractors, schedule and safety.',
      requirements: [
        'Supervises subcontractors and site crews',
        'Reads blueprints and construction drawings',
        'Manages budgets, schedules and safety on job sites',
      ],
      mustHaveSkills: ['Construction management', 'Project Management'],
      niceToHaveSkills: ['OSHA', 'AutoCAD', 'Estimating', 'Scheduling'],
      minYearsExperience: 5,
      location: null,
      ...THRESHOLDS,
    },
  },
];
