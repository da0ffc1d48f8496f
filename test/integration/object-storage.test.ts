/**
 * Original files in S3-compatible object storage (FILE_STORAGE=s3), against s3rver in this
 * process: a batch is screened end to end with its bytes in the bucket and not in PostgreSQL; a
 * batch refused after its upload leaves no object; the orphan sweep deletes the objects of a batch
 * that never committed (a crash between upload and commit); deleteApplication deletes the object,
 * and erases nothing while the bucket does not answer; a resume FAILED while the bucket was down
 * is read from it again by retryFailed. Real PostgreSQL, Redis, HTTP and a worker.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationDocument,
  ApplicationsDocument,
  CreateJobPostDocument,
  DeleteApplicationDocument,
  ProcessResumesDocument,
  RetryFailedDocument,
  SiftApiError,
  TasksDocument,
  type UploadFile,
} from '@sift/sdk';
import type { JobWorker } from '../../src/queue/job.queue.js';
import { createLogger } from '../../src/shared/logger.js';
import { ResumeFile } from '../../src/storage/resume-file.entity.js';
import { ResumeFiles } from '../../src/storage/resume-files.js';
import type { S3FileStore } from '../../src/storage/s3.file-store.js';
import { nulls, sharedPath } from '../support/files.js';
import { collectProgress } from '../support/progress.js';
import { startLocalS3, type LocalS3 } from '../support/s3.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const RESUMES = [
  sharedPath('fixtures/resumes/open-resume/openresume-resume.pdf'),
  sharedPath('fixtures/resumes/open-resume/laverne-resume.pdf'),
  sharedPath('fixtures/resumes/resume-matcher-2023-docx/Resumes/AJAY CHINNI.docx'),
];

interface FileRow {
  id: string;
  storage: string;
  storage_key: string | null;
  has_content: boolean;
}

describe('original files in object storage', () => {
  let s3: LocalS3;
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;
  let worker: JobWorker;
  let uploads: (UploadFile & { content: Buffer })[];

  const bucket = () => app.container.files.objects as S3FileStore;
  const em = () => app.container.orm.em.fork();
  const keysOf = (organizationId: string) => bucket().keys(`resumes/${organizationId}/`);
  const filesOf = (taskId: string) =>
    em().execute<FileRow[]>(
      `SELECT f.id, f.storage, f.storage_key, f.content IS NOT NULL AS has_content
         FROM resume_file f JOIN application a ON a.file_id = f.id WHERE a.task_id = ? ORDER BY f.id`,
      [taskId],
    );
  const pending = async () =>
    Number((await em().execute<{ n: string }[]>('SELECT count(*) AS n FROM pending_object'))[0]!.n);
  const submit = (client: TestOrg['client'], files: UploadFile[], post = jobPostId) =>
    client
      .upload(
        ProcessResumesDocument,
        { jobPostId: post, files: nulls(files.length) },
        files.map((f, i) => ({ ...f, variable: `files.${i}` })),
      )
      .then((r) => r.processResumes);
  const applicationsOf = async (taskId: string) =>
    (await org.client.request(ApplicationsDocument, { filter: { taskId }, first: 100 })).applications.edges.map(
      (e) => e.node,
    );

  beforeAll(async () => {
    s3 = await startLocalS3();
    app = await startTestApp({ env: { ...s3.env, JOB_ATTEMPTS: '1' } });
    worker = app.startWorker();
    org = await app.createOrg(100);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Software engineer', description: 'Build web applications', mustHaveSkills: ['JavaScript'] },
      })
    ).createJobPost.id;
    uploads = await Promise.all(
      RESUMES.map(async (file, i) => ({
        variable: `files.${i}`,
        filename: path.basename(file),
        content: await readFile(file),
      })),
    );
  });

  afterAll(async () => {
    await app?.close();
    await s3?.close();
  });

  it('screens a batch end to end with the bytes in the bucket, not in PostgreSQL', async () => {
    const task = await submit(org.client, uploads);
    expect(await collectProgress(org.client, task.id)).toContainEqual(
      expect.objectContaining({ state: 'COMPLETED', total: 3, processed: 3, failed: 0, succeeded: 3 }),
    );
    const apps = await applicationsOf(task.id);
    expect(apps.map((a) => a.status).sort()).not.toContain('FAILED');
    expect(apps.every((a) => a.candidate !== null)).toBe(true);

    const rows = await filesOf(task.id);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ storage: 's3', has_content: false });
      // The key names the organization and the file's random ID: no file name, no candidate.
      expect(row.storage_key).toBe(`resumes/${org.organizationId}/${row.id}`);
    }
    expect((await keysOf(org.organizationId)).sort()).toEqual(rows.map((r) => r.storage_key).sort());
    // The bytes in the bucket are the uploaded files', byte for byte.
    const stored = await Promise.all(rows.map((r) => bucket().get(r.storage_key!)));
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(stored.map(sha).sort()).toEqual(uploads.map((u) => sha(Buffer.from(u.content))).sort());
    expect(await pending()).toBe(0);
  });

  it('reads each file from where its row says, whatever FILE_STORAGE says now', async () => {
    const [row] = await em().execute<{ id: string }[]>(`SELECT id FROM resume_file WHERE storage = 's3' LIMIT 1`);
    const file = await em().findOneOrFail(ResumeFile, { id: row!.id });
    // A deployment switched back to PostgreSQL, with the bucket still configured.
    const switched = new ResumeFiles({ storage: 'postgres', objects: bucket(), logger: createLogger('silent') });
    expect(await switched.read(em(), file)).toEqual(await bucket().get(file.storageKey!));
    const writer = em();
    const old = writer.create(ResumeFile, { content: Buffer.from('an old file') });
    await writer.flush();
    expect(
      (await app.container.files.read(em(), await em().findOneOrFail(ResumeFile, { id: old.id }))).toString(),
    ).toBe('an old file');
  });

  it('leaves no object behind when the batch is refused after its upload (INSUFFICIENT_CREDITS)', async () => {
    const poor = await app.createOrg(1, 'Poor Org');
    const { createJobPost } = await poor.client.request(CreateJobPostDocument, {
      input: { title: 'Software engineer', description: 'Build web applications' },
    });
    const error = await submit(poor.client, uploads, createJobPost.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiftApiError);
    expect((error as SiftApiError).code).toBe('INSUFFICIENT_CREDITS');
    expect(await keysOf(poor.organizationId)).toEqual([]);
    expect(await pending()).toBe(0);
  });

  it('sweeps the objects of a batch that never committed, once they are older than the grace period', async () => {
    // What a process that died between upload and commit leaves: objects, and their pending rows.
    const staged = await app.container.files.stage(em(), org.organizationId, [Buffer.from('orphan resume')]);
    const orphan = `resumes/${org.organizationId}/${staged.ids[0]}`;
    expect(await keysOf(org.organizationId)).toContain(orphan);
    expect(await pending()).toBe(1);

    expect(await app.container.files.sweepOrphans(em(), 3_600_000)).toBe(0);
    expect(await keysOf(org.organizationId)).toContain(orphan);

    const before = (await keysOf(org.organizationId)).filter((k) => k !== orphan);
    expect(await app.container.files.sweepOrphans(em(), 0)).toBe(1);
    // Gone, and only it: the committed files' objects stay.
    expect((await keysOf(org.organizationId)).sort()).toEqual(before.sort());
    expect(await pending()).toBe(0);
  });

  it('never commits a batch whose objects the sweep took (an upload slower than the grace period)', async () => {
    const staged = await app.container.files.stage(em(), org.organizationId, [Buffer.from('slow batch')]);
    expect(await app.container.files.sweepOrphans(em(), 0)).toBe(1);
    await expect(em().transactional((tx) => staged.claim(tx))).rejects.toThrow(/swept as orphans/);
  });

  it('stores nothing of a batch the bucket does not take, and sweeps what it may have kept', async () => {
    const { tasks } = await org.client.request(TasksDocument, { first: 100 });
    await s3.stop();
    try {
      const error = await submit(org.client, uploads).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SiftApiError);
      expect((error as SiftApiError).code).toBe('STORAGE_UNAVAILABLE');
    } finally {
      await s3.start();
    }
    const after = await org.client.request(TasksDocument, { first: 100 });
    expect(after.tasks.totalCount).toBe(tasks.totalCount);
    // The delete on failure could not reach the bucket either: the pending rows wait for the sweep.
    expect(await pending()).toBe(uploads.length);
    expect(await app.container.files.sweepOrphans(em(), 0)).toBe(uploads.length);
    expect(await pending()).toBe(0);
  });

  it('deletes the object with the application; while the bucket does not answer, erases nothing', async () => {
    const task = await submit(org.client, uploads.slice(0, 1));
    await collectProgress(org.client, task.id);
    const [app0] = await applicationsOf(task.id);
    const [row] = await filesOf(task.id);
    expect(await keysOf(org.organizationId)).toContain(row!.storage_key);

    await s3.stop();
    try {
      const error = await org.client.request(DeleteApplicationDocument, { id: app0!.id }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SiftApiError);
      expect((error as SiftApiError).code).toBe('STORAGE_UNAVAILABLE');
      // Not reported done, and nothing erased: the file and the candidate are still there.
      const { application } = await org.client.request(ApplicationDocument, { id: app0!.id });
      expect(application).toMatchObject({ erasedAt: null, file: { filename: 'openresume-resume.pdf' } });
      expect(await filesOf(task.id)).toHaveLength(1);
    } finally {
      await s3.start();
    }
    await org.client.request(DeleteApplicationDocument, { id: app0!.id });
    const { application } = await org.client.request(ApplicationDocument, { id: app0!.id });
    expect(application).toMatchObject({ erasedAt: expect.any(String), file: { filename: '[erased]' } });
    expect(await keysOf(org.organizationId)).not.toContain(row!.storage_key);
    const [left] = await em().execute<{ n: string }[]>('SELECT count(*) AS n FROM resume_file WHERE id = ?', [row!.id]);
    expect(left!.n).toBe('0');
  });

  it('reads the file from the bucket again when a resume FAILED while it was down is retried', async () => {
    // No worker while the batch is uploaded; the bucket goes down before one reads it.
    await worker.close();
    const task = await submit(org.client, uploads.slice(1, 2));
    await s3.stop();
    try {
      worker = app.startWorker();
      expect(await collectProgress(org.client, task.id)).toContainEqual(
        expect.objectContaining({ state: 'COMPLETED', failed: 1, succeeded: 0 }),
      );
      const [failed] = await applicationsOf(task.id);
      expect(failed).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^processing error/) });
    } finally {
      await s3.start();
    }
    await org.client.request(RetryFailedDocument, { taskId: task.id });
    expect(await collectProgress(org.client, task.id)).toContainEqual(
      expect.objectContaining({ state: 'COMPLETED', failed: 0, succeeded: 1 }),
    );
    const [scored] = await applicationsOf(task.id);
    expect(scored!.status).not.toBe('FAILED');
    expect(scored!.candidate).not.toBeNull();
  });
});
