/**
 * Hand-written fictional resumes and a job post for the local analyzer's tests. Every person,
 * company and contact detail here is invented.
 */
import type { JobRubric } from '../analysis.types.js';

/** The fixed "today" of the tests, so "Present" always means June 2025. */
export const NOW = new Date(Date.UTC(2025, 5, 15));

export const backendJob: JobRubric = {
  title: 'Senior Backend Engineer',
  description: 'Build and run the TypeScript services behind our logistics platform.',
  requirements: [
    'Experience designing GraphQL APIs',
    "Bachelor's degree in Computer Science or equivalent",
    'Has mentored junior developers',
  ],
  mustHaveSkills: ['TypeScript', 'Node.js', 'PostgreSQL'],
  niceToHaveSkills: ['Kubernetes', 'GraphQL', 'Golang'],
  minYearsExperience: 5,
  location: 'Austin, TX',
  shortlistThreshold: 70,
  rejectThreshold: 40,
};

/** Strong fit: every must-have, most nice-to-haves, ~10 years. */
export const strongResume = `PRIYA RAMANATHAN
Senior Backend Engineer
Austin, TX | +1 (512) 555-0142 | priya.ramanathan@example.com
linkedin.com/in/priya-ramanathan-example | https://github.com/priya-r-example

Summary
Backend engineer with 9 years of experience building APIs in TypeScript and Node.js. She has led the move of two monoliths to GraphQL services on Kubernetes. She cares about calm on-call rotations.

Experience
Senior Backend Engineer, Northwind Logistics — Jan 2020 - Present
• Lead a team of four building Node.js and TypeScript services on PostgreSQL and Redis.
• Designed the GraphQL gateway and its APIs; moved deployments to Kubernetes on AWS with Terraform.
• Introduced CI/CD with GitHub Actions and contract tests.

Backend Developer
Contoso Health
03/2016 - 12/2019
• Built REST APIs in Node.js with Express and PostgreSQL for patient scheduling.
• Mentored two junior developers and ran weekly code reviews.

Software Developer, Fabrikam Studio    2015 – 2016
• Built PHP and JavaScript web applications for retail clients.

Education
B.S. in Computer Science, University of Texas at Austin, 2015

Skills
TypeScript, JavaScript, Node.js, PostgreSQL, Redis, GraphQL, Docker, Kubernetes, AWS, Terraform, Git
`;

/** Weak fit: a barista; no must-have skill. */
export const weakResume = `Tomasz Kowalczyk
tomasz.k@example.org · 07700 900123
Manchester, UK

Profile
Friendly barista who enjoys busy mornings. He keeps the queue moving and the regulars happy.

Work History
Barista, Bean There Cafe    June 2021 to Current
• Served customers, handled cash and card payments, trained new staff.
Retail Assistant — High Street Books — 2019 – 2021
• Ran the till and kept the shelves in order.

Skills
Customer service, Excel, teamwork
`;

/** Good engineer missing one must-have (MySQL, not PostgreSQL). */
export const missingMustHaveResume = `Daniel Ortega
Backend Engineer · Denver, CO · daniel.ortega@example.net · 303-555-0187

Summary
Backend engineer with 8 years of experience in TypeScript and Node.js services.

Experience
Lead Backend Engineer at Tailspin Toys
Feb 2018 - Present
• Built GraphQL APIs in TypeScript on Node.js backed by MySQL and Redis; ran them on Kubernetes.
• Mentored junior developers through a structured onboarding programme.
Backend Developer, Adventure Works    Jan 2015 - Jan 2018
• Wrote Node.js services and MySQL schemas.

Education
BSc in Computer Science, University of Colorado, 2014
`;

/** Same candidate under another name and pronouns, for the fairness test. */
export function swapIdentity(text: string): string {
  return text
    .replace(/PRIYA RAMANATHAN/g, 'JAMAL OKONKWO')
    .replace(/priya\.ramanathan/g, 'jamal.okonkwo')
    .replace(/priya-ramanathan/g, 'jamal-okonkwo')
    .replace(/priya-r/g, 'jamal-o')
    .replace(/\bShe\b/g, 'He')
    .replace(/\bshe\b/g, 'he')
    .replace(/\bher\b/g, 'his');
}

/**
 * The first entry of a Europass CV's work experience, its values after a column's gap of spaces
 * (which text extraction closes to one): its fields stand under its labelled dates.
 */
export const EUROPASS_ENTRY = [
  'Dates (from–to)           03/2021 – present',
  'Name of employer          Pinecrest Logistics Inc., Cary, NC',
  'Type of business          Freight brokerage',
  'Occupation or position    PostgreSQL Database Administrator',
  'Main activities and responsibilities',
] as const;
