/**
 * A job post pasted as a title and a description: Sift derives its rubric (each item quoted from
 * the description), recruiters edit it (replace, add, remove, restore), every change bumps the
 * revision, and candidates are ranked from the description alone, never by the neutral default.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  JobPostDocument,
  ProcessResumesDocument,
  SiftApiError,
  UpdateJobPostDocument,
} from '@sift/sdk';
import { collectProgress } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/job-posts/descriptions');

/** A post file: the title on its first line, the description after a blank line. */
function post(file: string): { title: string; description: string } {
  const [title, ...rest] = readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');
  return { title: title!.trim(), description: rest.join('\n').trim() };
}

const DESCRIPTION = `We build scheduling software for clinics.

## Requirements
- 5+ years of backend development experience
- TypeScript and PostgreSQL
- Bachelor's degree in Computer Science or a related field

## Nice to have
- Kubernetes`;

const resume = (name: string, body: string) => `${name}\n${name.split(' ')[0]!.toLowerCase()}@example.com\n\n${body}\n`;
const STRONG = resume(
  'Sam Strong',
  'Senior Backend Engineer\nSummary: backend engineer building TypeScript services on PostgreSQL and Kubernetes.\n' +
    'Experience\nSenior Backend Engineer, Example Health, Jan 2016 - Present\n- TypeScript APIs, PostgreSQL schema design\n' +
    'Education\nBSc Computer Science, Example University, 2015',
);
const WEAK = resume(
  'Wes Weak',
  'Backend Engineer\nSummary: backend engineer.\nExperience\nBackend Engineer, Example Health, Jan 2023 - Present\n- APIs',
);

describe('job posts from a description alone', () => {
  let app: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    org = await app.createOrg(50);
  });

  afterAll(async () => {
    await app?.close();
  });

  const create = (input: { title: string; description: string }) =>
    org.client.request(CreateJobPostDocument, { input }).then((r) => r.createJobPost);

  it('derives a rubric whose items quote the description', async () => {
    const job = await create({ title: 'Senior Backend Engineer', description: DESCRIPTION });
    const items = job.rubric.items.map((i) => `${i.source} ${i.kind} ${i.text}`);
    expect(items).toEqual(
      expect.arrayContaining([
        'DERIVED MUST_HAVE TypeScript',
        'DERIVED MUST_HAVE PostgreSQL',
        'DERIVED NICE_TO_HAVE Kubernetes',
        'DERIVED EXPERIENCE At least 5 years of backend development experience',
        "DERIVED EDUCATION Bachelor's degree in Computer Science or a related field",
      ]),
    );
    for (const i of job.rubric.items) expect(DESCRIPTION).toContain(i.quote);
    expect(job.rubric.items.find((i) => i.kind === 'EXPERIENCE')!.minYears).toBe(5);
    expect(job.rubric.warnings).toEqual([]);
    expect(job.rubric.derivedBy).toBe('local');
    // the typed lists stay what was typed
    expect(job.mustHaveSkills).toEqual([]);
  });

  it('lets typed items win, and replaces, adds, removes and restores items, bumping the revision each time', async () => {
    const job = await create({ title: 'Senior Backend Engineer', description: DESCRIPTION });
    const update = (input: Record<string, unknown>) =>
      org.client.request(UpdateJobPostDocument, { id: job.id, input }).then((r) => r.updateJobPost);

    const typed = await update({
      rubricItems: [
        { kind: 'NICE_TO_HAVE', text: 'postgres' },
        { kind: 'EXPERIENCE', text: 'Three years', minYears: 3 },
      ],
    });
    expect(typed.revision).toBe(job.revision + 1);
    const kinds = (items: typeof typed.rubric.items) => items.map((i) => `${i.source} ${i.kind} ${i.text}`);
    // the typed skill and years replace the derived ones that say the same
    expect(kinds(typed.rubric.items)).toEqual(
      expect.arrayContaining(['AUTHORED NICE_TO_HAVE postgres', 'AUTHORED EXPERIENCE At least 3 years of experience']),
    );
    expect(kinds(typed.rubric.items)).not.toContain('DERIVED MUST_HAVE PostgreSQL');
    expect(typed.rubric.items.filter((i) => i.kind === 'EXPERIENCE')).toHaveLength(1);

    const added = await update({ addRubricItems: [{ kind: 'REQUIREMENT', text: 'On-call one week in six' }] });
    expect(added.revision).toBe(typed.revision + 1);
    expect(added.requirements).toEqual(['On-call one week in six']);

    const k8s = added.rubric.items.find((i) => i.text === 'Kubernetes')!;
    const oncall = added.rubric.items.find((i) => i.text === 'On-call one week in six')!;
    const removed = await update({ removeRubricItems: [k8s.id, oncall.id] });
    expect(removed.revision).toBe(added.revision + 1);
    expect(removed.rubric.items.map((i) => i.text)).not.toEqual(expect.arrayContaining(['Kubernetes']));
    expect(removed.requirements).toEqual([]);

    const restored = await update({ restoreDerivedItems: true });
    expect(restored.rubric.items.map((i) => i.text)).toContain('Kubernetes');
    expect(restored.revision).toBe(removed.revision + 1);

    // nothing changed, nothing bumped
    const same = await update({ shortlistThreshold: restored.shortlistThreshold });
    expect(same.revision).toBe(restored.revision);

    const unknown = await update({ removeRubricItems: ['d_000000000000'] }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(SiftApiError);
    expect((unknown as SiftApiError).code).toBe('BAD_USER_INPUT');
  });

  it('keeps the words of typed experience items, several of them, and counts the years in each field', async () => {
    const job = await create({ title: 'Senior Backend Engineer', description: DESCRIPTION });
    const update = (input: Record<string, unknown>) =>
      org.client.request(UpdateJobPostDocument, { id: job.id, input }).then((r) => r.updateJobPost);
    const typed = await update({
      addRubricItems: [
        { kind: 'EXPERIENCE', text: '3+ years of Kubernetes' },
        { kind: 'EXPERIENCE', text: '2 years of PostgreSQL administration', minYears: 2 },
      ],
    });
    const years = (items: typeof typed.rubric.items) =>
      items.filter((i) => i.kind === 'EXPERIENCE').map((i) => `${i.source} ${i.text} ${i.minYears}`);
    // as typed, both kept; the derived years give way to typed ones
    expect(years(typed.rubric.items)).toEqual([
      'AUTHORED 3+ years of Kubernetes 3',
      'AUTHORED 2 years of PostgreSQL administration 2',
    ]);
    expect(typed.minYearsExperience).toBeNull();
    expect(typed.revision).toBe(job.revision + 1);

    const platform = resume(
      'Kim Platform',
      'Platform Engineer\nExperience\nPlatform Engineer, Example Cloud, Jan 2019 - Present\n' +
        '- Ran Kubernetes clusters; PostgreSQL administration, backups and upgrades',
    );
    const accountant = resume(
      'Abe Ledger',
      'Accountant\nExperience\nSenior Accountant, Example Books, Jan 2008 - Present\n- Month-end close and audits',
    );
    const scores = await screen(job.id, { platform, accountant });
    const experience = (who: 'platform' | 'accountant') =>
      scores[who]!.components.find((c) => c.name === 'EXPERIENCE')!;
    expect(experience('platform').points).toBe(experience('platform').maxPoints);
    expect(experience('platform').detail).toMatch(/^3\+ years of Kubernetes: \d+(\.\d)? years in 1 job that names/);
    expect(experience('platform').detail).toContain('2 years of PostgreSQL administration: ');
    // sixteen years of other work are not years of Kubernetes
    expect(experience('accountant').points).toBe(0);
    expect(experience('accountant').detail).toContain('the field is not named');

    const k8s = typed.rubric.items.find((i) => i.text === '3+ years of Kubernetes')!;
    const removed = await update({ removeRubricItems: [k8s.id] });
    expect(years(removed.rubric.items)).toEqual(['AUTHORED 2 years of PostgreSQL administration 2']);
    // a typed item that names no field is the years of any work
    const anyWork = await update({ addRubricItems: [{ kind: 'EXPERIENCE', text: '4 years of experience' }] });
    expect(anyWork.minYearsExperience).toBe(4);
    expect(years(anyWork.rubric.items)).toEqual([
      'AUTHORED At least 4 years of experience 4',
      'AUTHORED 2 years of PostgreSQL administration 2',
    ]);
  });

  it('reads the description again when it changes', async () => {
    const job = await create({ title: 'Senior Backend Engineer', description: DESCRIPTION });
    const { updateJobPost } = await org.client.request(UpdateJobPostDocument, {
      id: job.id,
      input: { description: DESCRIPTION.replace('Kubernetes', 'Terraform') },
    });
    expect(updateJobPost.revision).toBe(job.revision + 1);
    expect(updateJobPost.rubric.items.map((i) => i.text)).toEqual(expect.arrayContaining(['Terraform']));
    expect(updateJobPost.rubric.items.map((i) => i.text)).not.toContain('Kubernetes');
  });

  it('keeps a pasted description as a reader sees it, and refuses one with nothing visible or too long once kept', async () => {
    const pasted =
      'Requirements:\n- Current certi\uFB01cation as MLS(ASCP)\u00AD\n- Five\u00A0years in a clinical laboratory';
    const job = await create({ title: 'Medical Laboratory Scientist', description: pasted });
    expect(job.description).toBe(
      'Requirements:\n- Current certification as MLS(ASCP)\n- Five years in a clinical laboratory',
    );
    for (const item of job.rubric.items) if (item.quote) expect(job.description).toContain(item.quote);
    // the same text sent again changes nothing
    const same = await org.client.request(UpdateJobPostDocument, { id: job.id, input: { description: pasted } });
    expect(same.updateJobPost.revision).toBe(job.revision);
    for (const description of ['\u200B\u00AD', '\uFB03'.repeat(10_000)]) {
      const refused = await create({ title: 'Role', description }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(SiftApiError);
      expect((refused as SiftApiError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('accepts a description with nothing to derive, says so, and still ranks by relevance', async () => {
    const job = await create(post('20-retail-store-manager.txt'));
    expect(job.rubric.items).toEqual([]);
    expect(job.rubric.warnings[0]).toMatch(/No requirements could be derived/);
    const read = await org.client.request(JobPostDocument, { id: job.id });
    expect(read.jobPost!.rubric.warnings).toEqual(job.rubric.warnings);

    const manager = resume(
      'Rita Retail',
      'Retail Store Manager\nExperience\nStore Manager, Example Outfitters, Jan 2015 - Present\n- Ran a store of 12 associates: sales, inventory, visual merchandising, scheduling',
    );
    const welder = resume(
      'Walt Welder',
      'Welder\nExperience\nWelder, Example Steel, Jan 2015 - Present\n- TIG and MIG welding',
    );
    const scores = await screen(job.id, { manager, welder });
    expect(scores.manager!.score).toBeGreaterThan(scores.welder!.score);
    expect(scores.manager!.components.map((c) => c.name)).toEqual(['RELEVANCE']);
  });

  it('ranks a matched resume above a weaker copy from the description alone, with its score explained', async () => {
    const job = await create({ title: 'Senior Backend Engineer', description: DESCRIPTION });
    const scores = await screen(job.id, { strong: STRONG, weak: WEAK });
    expect(scores.strong!.score).toBeGreaterThan(scores.weak!.score);
    expect(scores.strong!.score).not.toBe(50);
    const names = scores.strong!.components.map((c) => c.name);
    expect(names).toEqual(['MUST_HAVE', 'NICE_TO_HAVE', 'EXPERIENCE', 'EDUCATION', 'RELEVANCE']);
    const total = scores.strong!.components.reduce((sum, c) => sum + c.points, 0);
    expect(Math.round(total)).toBe(scores.strong!.score);
    expect(scores.strong!.components.at(-1)!.detail).toMatch(/relevance \d+% to the job post/);
    // the years asked are years of backend development: counted in the jobs that name it
    const years = (who: 'strong' | 'weak') => scores[who]!.components.find((c) => c.name === 'EXPERIENCE')!;
    expect(years('strong').detail).toMatch(
      /^\d+(?:\.\d)? years in 1 job that names the field; .* against 5 required in the field$/,
    );
    expect(years('strong').points).toBe(years('strong').maxPoints);
    expect(years('weak').points).toBeLessThan(years('weak').maxPoints);
  });

  async function screen(jobPostId: string, texts: Record<string, string>) {
    const { processResumes: task } = await org.client.request(ProcessResumesDocument, {
      jobPostId,
      resumes: Object.entries(texts).map(([name, text]) => ({ filename: `${name}.txt`, text })),
    });
    await collectProgress(org.client, task.id);
    const { applications } = await org.client.request(ApplicationsDocument, { filter: { taskId: task.id } });
    return Object.fromEntries(
      applications.edges.map((e) => [
        e.node.file.filename.replace('.txt', ''),
        { score: e.node.score!, components: e.node.evaluation!.components },
      ]),
    );
  }
});
