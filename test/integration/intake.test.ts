/**
 * Intake keeps the good files: a batch with unreadable files in it is accepted, each unreadable
 * file becomes a FAILED application with its reason and no charge, the task counts them from the
 * start, and the rest is screened; image resumes are read by OCR. Real PostgreSQL, Redis, HTTP
 * (multipart) and a worker. The all-or-nothing answer (`strict: true`) is in bad-input.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  JobPostDocument,
  ProcessResumesDocument,
  RetryFailedDocument,
  TaskDocument,
  ViewerDocument,
  type UploadFile,
} from '@sift/sdk';
import { pageJpeg, pagePng } from '../../src/extraction/image.test-helper.js';
import { BAD, nulls, SAMPLES, uploadOf } from '../support/files.js';
import { collectProgress } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const MAX_FILE_BYTES = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const resumeText = (i: number) =>
  `Candidate Number${i}\ncandidate${i}@example.com\n\n` +
  `Backend engineer since ${2005 + (i % 15)}: Node.js, TypeScript, PostgreSQL and Redis (batch item ${i}).\n`;
const RESUME_LINES = [
  'Robin Scanner',
  'robin.scanner@example.com',
  'Backend engineer, Node.js and TypeScript since 2016',
  'PostgreSQL, Redis and Kubernetes in production',
  'Example Payments 2016-2024: led the billing services team',
];

describe('intake keeps the good files', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;

  const credits = async () => (await org.client.request(ViewerDocument)).viewer.credits;
  const storedFiles = async () => {
    const [row] = await app.container.orm.em.fork().execute<{ n: string }[]>('SELECT count(*) AS n FROM resume_file');
    return Number(row!.n);
  };
  const applicationsOf = async (taskId: string) =>
    (await org.client.request(ApplicationsDocument, { filter: { taskId }, first: 100 })).applications.edges.map(
      (e) => e.node,
    );
  const byName = async (taskId: string) => new Map((await applicationsOf(taskId)).map((a) => [a.file.filename, a]));
  const upload = (files: UploadFile[], resumes: { filename: string; text?: string; contentBase64?: string }[] = []) =>
    org.client
      .upload(
        ProcessResumesDocument,
        { jobPostId, files: nulls(files.length), resumes },
        files.map((f, i) => ({ ...f, variable: `files.${i}` })),
      )
      .then((r) => r.processResumes);
  const bad = (name: string) => uploadOf(path.join(BAD, name), 0);
  const sample = (name: string) => uploadOf(path.join(SAMPLES, name), 0);

  beforeAll(async () => {
    app = await startTestApp({
      worker: true,
      env: {
        MAX_FILES_PER_BATCH: '60',
        MAX_FILE_BYTES: String(MAX_FILE_BYTES),
        MAX_BATCH_BYTES: String(4 * MAX_FILE_BYTES),
      },
    });
    org = await app.createOrg(500);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Backend engineer', description: 'Node.js services', mustHaveSkills: ['Node.js'] },
      })
    ).createJobPost.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('accepts a batch with unreadable files: each is FAILED with its reason, uncharged; the rest is screened', async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 10, 'a');
    const exe = await readFile(path.join(BAD, 'setup.exe'));
    const files: UploadFile[] = [
      await sample('01-amara-okafor.pdf'),
      await bad('empty.txt'),
      await bad('setup.exe'),
      await bad('lying.pdf'),
      await bad('not-docx.docx'),
      await bad('zip-bomb.docx'),
      { variable: 'files.6', filename: 'big.txt', content: big },
      { ...(await sample('04-kenji-watanabe.pdf')), filename: 'cv', mimeType: DOCX },
    ];
    const beforeCredits = await credits();
    const beforeFiles = await storedFiles();

    const task = await upload(files, [{ filename: 'inline.txt', text: resumeText(1) }]);
    // The refused files count as processed and failed from the start; only the 2 others are charged.
    expect(task).toMatchObject({ state: 'QUEUED', total: 9, processed: 7, failed: 7, succeeded: 0 });
    expect(await credits()).toBe(beforeCredits - 2);

    const events = await collectProgress(org.client, task.id);
    expect(events[0]!.failed).toBeGreaterThanOrEqual(7);
    for (const event of events) expect(event.processed).toBeGreaterThanOrEqual(event.failed);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', total: 9, processed: 9, failed: 7, succeeded: 2 });
    expect(await credits()).toBe(beforeCredits - 2);
    // Refused files are not stored: nothing will read them.
    expect(await storedFiles()).toBe(beforeFiles + 2);

    const apps = await byName(task.id);
    const errorOf = (name: string) => apps.get(name)?.error;
    expect(apps.get('01-amara-okafor.pdf')?.status).not.toBe('FAILED');
    expect(apps.get('inline.txt')?.status).not.toBe('FAILED');
    expect(errorOf('empty.txt')).toBe('EMPTY_FILE: empty.txt is empty');
    expect(errorOf('setup.exe')).toMatch(/^UNSUPPORTED: setup\.exe is a exe file \(application\/x-msdownload\)/);
    expect(errorOf('lying.pdf')).toMatch(/^TYPE_MISMATCH: lying\.pdf is named as PDF but its content is text/);
    expect(errorOf('not-docx.docx')).toMatch(/^UNSUPPORTED: not-docx\.docx is a zip archive that is not a Word/);
    expect(errorOf('zip-bomb.docx')).toMatch(/^ZIP_BOMB: zip-bomb\.docx looks like a zip bomb/);
    expect(errorOf('big.txt')).toBe(`FILE_TOO_LARGE: big.txt: The file is larger than ${MAX_FILE_BYTES} bytes`);
    expect(errorOf('cv')).toMatch(/^TYPE_MISMATCH: cv was sent as .+ but its content is PDF/);
    for (const name of ['empty.txt', 'setup.exe', 'lying.pdf', 'not-docx.docx', 'zip-bomb.docx', 'big.txt', 'cv']) {
      expect(apps.get(name), name).toMatchObject({ status: 'FAILED', attempts: 0, flags: [] });
      expect(apps.get(name)?.processedAt, name).not.toBeNull();
    }
    expect(apps.get('setup.exe')?.file).toEqual({
      filename: 'setup.exe',
      mimeType: 'application/x-msdownload',
      sizeBytes: exe.length,
      sha256: createHash('sha256').update(exe).digest('hex'),
    });
    expect(apps.get('cv')?.file.mimeType).toBe('application/pdf');
    // Cut off at the limit: Sift knows a lower bound of the size, and no hash.
    expect(apps.get('big.txt')?.file).toMatchObject({ sizeBytes: MAX_FILE_BYTES + 1, sha256: '' });

    const { jobPost } = await org.client.request(JobPostDocument, { id: jobPostId });
    expect(jobPost?.applicationCounts.failed).toBeGreaterThanOrEqual(7);
  });

  it('screens 38 of a folder of 40 with an executable and an empty file in it, and refuses 2', async () => {
    const exe = await readFile(path.join(BAD, 'setup.exe'));
    const resumes = [
      ...Array.from({ length: 19 }, (_, i) => ({ filename: `r${i + 100}.txt`, text: resumeText(i + 100) })),
      { filename: 'setup.exe', contentBase64: exe.toString('base64') },
      { filename: 'notes.txt', text: '' },
      ...Array.from({ length: 19 }, (_, i) => ({ filename: `r${i + 200}.txt`, text: resumeText(i + 200) })),
    ];
    const before = await credits();
    const task = await upload([], resumes);
    expect(task).toMatchObject({ total: 40, processed: 2, failed: 2 });
    expect(await credits()).toBe(before - 38);
    const last = (await collectProgress(org.client, task.id)).at(-1);
    expect(last).toMatchObject({ state: 'COMPLETED', total: 40, processed: 40, succeeded: 38, failed: 2 });
    expect(await credits()).toBe(before - 38);
    const apps = await byName(task.id);
    expect(apps.get('setup.exe')?.error).toMatch(/^UNSUPPORTED: /);
    expect(apps.get('notes.txt')?.error).toMatch(/^EMPTY_FILE: /);
  });

  it('completes at once a batch whose files were all refused, charging nothing', async () => {
    const before = await credits();
    const task = await upload([await bad('empty.txt'), await bad('setup.exe')]);
    expect(task).toMatchObject({ state: 'COMPLETED', total: 2, processed: 2, failed: 2, succeeded: 0 });
    expect(task.finishedAt).not.toBeNull();
    expect(await credits()).toBe(before);
    // The subscription's snapshot is already final: the stream ends with it.
    const events = await collectProgress(org.client, task.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ state: 'COMPLETED', processed: 2, failed: 2, percent: 100 });

    // Retrying cannot make them readable: nothing changes, nothing is charged.
    const { retryFailed } = await org.client.request(RetryFailedDocument, { taskId: task.id });
    expect(retryFailed).toMatchObject({ state: 'COMPLETED', processed: 2, failed: 2 });
    expect(await credits()).toBe(before);
  });

  it('retryFailed runs again what can be read again, and leaves refused files FAILED with their reason', async () => {
    const task = await upload(
      [await bad('truncated.pdf'), await bad('setup.exe')],
      [{ filename: 'good.txt', text: resumeText(7) }],
    );
    await collectProgress(org.client, task.id);
    const refusedBefore = (await byName(task.id)).get('setup.exe')!;
    const before = await credits();

    const { retryFailed } = await org.client.request(RetryFailedDocument, { taskId: task.id });
    // Only truncated.pdf, which was stored and failed in a worker, is retried.
    expect(retryFailed).toMatchObject({ state: 'RUNNING', total: 3, processed: 2, failed: 1 });
    expect(await credits()).toBe(before - 1);
    expect((await collectProgress(org.client, task.id)).at(-1)).toMatchObject({
      state: 'COMPLETED',
      processed: 3,
      failed: 2,
      succeeded: 1,
    });
    expect(await credits()).toBe(before);

    const apps = await byName(task.id);
    expect(apps.get('truncated.pdf')).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(apps.get('setup.exe')).toMatchObject({
      status: 'FAILED',
      attempts: 0,
      error: refusedBefore.error,
      updatedAt: refusedBefore.updatedAt,
    });
    const { task: after } = await org.client.request(TaskDocument, { id: task.id });
    expect(after).toMatchObject({ state: 'COMPLETED', processed: 3, failed: 2 });
  });

  it('reads image resumes (PNG, JPEG) by OCR and screens them; a picture without text fails LOW_TEXT', async () => {
    const png = await pagePng(RESUME_LINES);
    const jpeg = await pageJpeg(RESUME_LINES.map((line) => line.replace('Robin', 'Alex').replace('robin', 'alex')));
    const before = await credits();
    const task = await upload([
      { variable: 'files.0', filename: 'scan.png', content: png, mimeType: 'image/png' },
      { variable: 'files.1', filename: 'photo.jpg', content: jpeg },
      await bad('image.png'),
    ]);
    expect(task).toMatchObject({ total: 3, processed: 0 });
    expect((await collectProgress(org.client, task.id, 120_000)).at(-1)).toMatchObject({
      state: 'COMPLETED',
      succeeded: 2,
      failed: 1,
    });
    expect(await credits()).toBe(before - 2);
    const apps = await byName(task.id);
    expect(apps.get('scan.png')).toMatchObject({ file: { mimeType: 'image/png' } });
    expect(apps.get('scan.png')?.flags).toContain('OCR');
    expect(apps.get('scan.png')?.candidate?.email).toBe('robin.scanner@example.com');
    expect(apps.get('scan.png')?.candidate?.skills).toEqual(expect.arrayContaining(['Node.js', 'PostgreSQL']));
    expect(apps.get('photo.jpg')).toMatchObject({ file: { mimeType: 'image/jpeg' } });
    expect(apps.get('photo.jpg')?.candidate?.email).toBe('alex.scanner@example.com');
    expect(apps.get('image.png')).toMatchObject({ status: 'FAILED', file: { mimeType: 'image/png' } });
    expect(apps.get('image.png')?.error).toMatch(/^LOW_TEXT: /);
  });
});
