/**
 * An API process killed with SIGKILL between uploading a batch's files to object storage and
 * committing the batch: nothing of the batch is in PostgreSQL, its objects are in the bucket with
 * their pending rows, and a worker process's orphan sweep deletes them. Real processes, s3rver in
 * this process holding one upload so that the kill lands exactly between put and commit.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { CreateJobPostDocument, ProcessResumesDocument } from '@sift/sdk';
import { S3FileStore } from '../../src/storage/s3.file-store.js';
import { killHard, startCluster, type SiftCluster } from '../support/faults.js';
import { nulls, sharedPath } from '../support/files.js';
import { startLocalS3, type LocalS3 } from '../support/s3.js';
import { eventually } from '../support/test-app.js';

const RESUMES = [
  sharedPath('fixtures/resumes/open-resume/openresume-resume.pdf'),
  sharedPath('fixtures/resumes/open-resume/laverne-resume.pdf'),
  sharedPath('fixtures/resumes/resume-matcher-2023-docx/Resumes/AJAY CHINNI.docx'),
];

describe('an API process killed between upload and commit', () => {
  let s3: LocalS3;
  let cluster: SiftCluster;
  let bucket: S3FileStore;

  beforeAll(async () => {
    s3 = await startLocalS3();
    bucket = new S3FileStore(loadConfig(s3.env).files.s3!);
    cluster = await startCluster({
      apis: 1,
      workers: 0,
      credits: 100,
      llmUrl: 'http://127.0.0.1:9/v1',
      env: { ...s3.env, ANALYZER: 'local', OPENAI_API_KEY: '' },
    });
  });

  afterAll(async () => {
    await cluster?.close();
    bucket?.dispose();
    await s3?.close();
  });

  const count = async (sql: string) => Number((await cluster.sql.query<{ n: string }>(sql)).rows[0]!.n);

  it('leaves objects no row references, and a worker’s sweep deletes them', async () => {
    const client = cluster.clients[0]!;
    const { createJobPost } = await client.request(CreateJobPostDocument, {
      input: { title: 'Software engineer', description: 'Build web applications' },
    });
    // Two uploads go through; the third is held until the API process is dead.
    let started = 0;
    let finished = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const between = new Promise<void>((resolve) => (reached = resolve));
    const check = () => started === 3 && finished === 2 && reached();
    s3.intercept = (req, res) => {
      if (req.method !== 'PUT') return;
      started++;
      if (started === 3) {
        check();
        return gate;
      }
      res.once('finish', () => {
        finished++;
        check();
      });
    };

    const files = await Promise.all(
      RESUMES.map(async (file, i) => ({
        variable: `files.${i}`,
        filename: path.basename(file),
        content: await readFile(file),
      })),
    );
    const submitted = client
      .upload(ProcessResumesDocument, { jobPostId: createJobPost.id, files: nulls(files.length) }, files)
      .catch((error: unknown) => error);
    await between;
    await killHard(cluster.apis[0]!);
    s3.intercept = null;
    release();
    expect(await submitted).toBeInstanceOf(Error);

    // Nothing of the batch committed; its objects are in the bucket, recorded as pending.
    const prefix = `resumes/${cluster.organizationId}/`;
    expect(await count('SELECT count(*) AS n FROM processing_task')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM resume_file')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM pending_object')).toBe(3);
    const left = await bucket.keys(prefix);
    expect(left.length).toBeGreaterThanOrEqual(2);

    // A worker sweeps them (here with no grace period, every 200 ms).
    await cluster.addWorker({ RECONCILE_INTERVAL_MS: '200', S3_ORPHAN_GRACE_MS: '0' });
    await eventually(async () => ((await bucket.keys(prefix)).length === 0 ? true : undefined), 60_000);
    expect(await count('SELECT count(*) AS n FROM pending_object')).toBe(0);
  });
});
