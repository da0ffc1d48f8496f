/**
 * One file must never kill a process. The hostile corpus (test/fixtures/hostile, and a text of one
 * 9.5 MB line written to a temporary directory) is uploaded beside ordinary resumes to an API
 * process, and read by a worker process whose extraction readers are child processes: every
 * hostile file ends FAILED with its typed reason, every ordinary resume is scored, and the API
 * and the worker are the same processes at the end as at the start. The flate bomb whose filters
 * the stream budget cannot see is stopped by its reader's memory limit: the reader dies, the
 * worker does not. Retried, it ends its second reader and is then never read again.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateJobPostDocument, ProcessResumesDocument, RetryFailedDocument, ViewerDocument } from '@sift/sdk';
import { diagnose, expectSettled, followProgress, useCluster, waitUntil, type SiftCluster } from '../support/faults.js';
import { nulls, SAMPLES } from '../support/files.js';
import { HOSTILE_OUTCOMES } from '../support/hostile.expected.js';
import { HOSTILE, HOSTILE_FILES, HUGE_TEXT_NAME, hugeSingleLineText } from '../support/make-hostile.js';

/** Ordinary resumes sent beside the hostile files: three PDF, three DOCX, three text. */
const ORDINARY = [
  '01-amara-okafor.pdf',
  '02-mateus-oliveira-santos.docx',
  '03-grace-mwangi.txt',
  '04-kenji-watanabe.pdf',
  '05-priya-raghunathan.docx',
  '06-isabella-rossi.txt',
  '10-fatima-zahra-el-amrani.pdf',
  '11-dmitri-volkov.docx',
  '12-hamid-rezaei.txt',
];
const SCORED = ['SHORTLISTED', 'REVIEW', 'REJECTED'];
/** The one hostile file that gets past the stream budget and ends its reader. */
const READER_KILLER = 'flate-bomb-hidden-filter.pdf';
const TASK_TIMEOUT_MS = 300_000; // 5 minutes: a hang fails the test, never a slow machine

interface AppRow {
  file_name: string;
  status: string;
  error: string | null;
  reader_deaths: number | null;
}

async function applications(cluster: SiftCluster, taskId: string): Promise<Map<string, AppRow>> {
  const { rows } = await cluster.sql.query<AppRow>(
    `SELECT a.file_name, a.status::text AS status, a.error, f.reader_deaths
       FROM application a LEFT JOIN resume_file f ON f.id = a.file_id
      WHERE a.task_id = $1`,
    [taskId],
  );
  return new Map(rows.map((r) => [r.file_name, r]));
}

/** Waits for the task to be COMPLETED again (after retryFailed), straight from PostgreSQL. */
async function completed(cluster: SiftCluster, taskId: string): Promise<void> {
  await waitUntil(
    async () => {
      const { rows } = await cluster.sql.query(`SELECT 1 FROM processing_task WHERE id = $1 AND state = 'COMPLETED'`, [
        taskId,
      ]);
      return rows.length ? true : undefined;
    },
    {
      timeoutMs: TASK_TIMEOUT_MS,
      intervalMs: 250,
      describe: () => `task ${taskId} COMPLETED\n${cluster.logs()}`,
    },
  ).catch(async (error: Error) => {
    throw new Error(`${error.message}\n${await diagnose(cluster, taskId)}`);
  });
}

/** How many times the worker logged a dead extraction reader. */
function readerDeathsLogged(cluster: SiftCluster): number {
  return cluster.workers[0]!.output().match(/an extraction reader died/g)?.length ?? 0;
}

describe('hostile files beside ordinary resumes, on real processes', () => {
  const setup = useCluster(
    { latencyMs: 20, jitterMs: 10 },
    {
      apis: 1,
      workers: 1,
      credits: 500,
      env: { MAX_FILES_PER_BATCH: '100' },
      workerEnv: {
        EXTRACTION_CONCURRENCY: '2',
        WORKER_CONCURRENCY: '4',
        // Production's limits, said out loud; the time limit is generous so that on a loaded
        // machine a bomb still meets the memory limit first.
        EXTRACTION_MAX_MEMORY_MB: '512',
        EXTRACTION_MAX_RSS_MB: '1024',
        EXTRACTION_TIMEOUT_MS: '120000',
      },
    },
  );
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sift-hostile-'));
    await writeFile(path.join(dir, HUGE_TEXT_NAME), hugeSingleLineText());
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('fails every hostile file with its reason and scores the others; the API and the worker stay up', async () => {
    const { cluster } = setup;
    const [api, worker] = [cluster.apis[0]!, cluster.workers[0]!];
    const [apiPid, workerPid] = [api.child.pid, worker.child.pid];
    const client = cluster.clients[0]!;

    const hostile = [
      ...Object.keys(HOSTILE_FILES).map((name) => path.join(HOSTILE, name)),
      path.join(dir, HUGE_TEXT_NAME),
    ];
    const ordinary = ORDINARY.map((name) => path.join(SAMPLES, name));
    // Hostile and ordinary interleaved, so that both kinds are in flight together.
    const paths = hostile.flatMap((file, i) => [file, ...(ordinary[i] ? [ordinary[i]] : [])]);
    const files = await Promise.all(
      paths.map(async (file, i) => ({
        variable: `files.${i}`,
        filename: path.basename(file),
        content: await readFile(file),
      })),
    );

    const { createJobPost } = await client.request(CreateJobPostDocument, {
      input: {
        title: 'Backend engineer',
        description: 'Node.js services on PostgreSQL and Redis',
        mustHaveSkills: ['Node.js', 'PostgreSQL'],
      },
    });
    const creditsBefore = await cluster.credits();
    const { processResumes: task } = await client.upload(
      ProcessResumesDocument,
      { jobPostId: createJobPost.id, files: nulls(files.length) },
      files,
    );
    const follower = followProgress(client, task.id, TASK_TIMEOUT_MS);
    await follower.subscribed;
    const progress = await follower.done;
    await expectSettled(cluster, {
      taskId: task.id,
      filenames: files.map((f) => f.filename),
      creditsBefore,
      progress,
    });

    const apps = await applications(cluster, task.id);
    const report = () => `${[...apps.values()].map((a) => JSON.stringify(a)).join('\n')}\n${cluster.logs(60)}`;
    for (const file of hostile) {
      const name = path.basename(file);
      const expected = HOSTILE_OUTCOMES[name]!;
      expect(apps.get(name)?.status, `${name}\n${report()}`).toBe('FAILED');
      expect(apps.get(name)?.error, name).toMatch(expected.intake ?? expected.read);
    }
    for (const name of ORDINARY) {
      expect(SCORED, `${name}: ${JSON.stringify(apps.get(name))}\n${report()}`).toContain(apps.get(name)?.status);
    }
    // One reader died, at its memory limit, reading the one bomb the stream budget cannot see.
    const died = [...apps.values()].filter((a) => (a.reader_deaths ?? 0) > 0);
    expect(died.map((a) => [a.file_name, a.reader_deaths])).toEqual([[READER_KILLER, 1]]);
    expect(readerDeathsLogged(cluster)).toBe(1);

    // The processes that started the test are the ones still running it.
    expect(api.child.pid).toBe(apiPid);
    expect(worker.child.pid).toBe(workerPid);
    expect([api.child.exitCode, api.child.signalCode, worker.child.exitCode, worker.child.signalCode]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(worker.output()).not.toMatch(/FATAL ERROR|heap out of memory/);
    expect((await client.request(ViewerDocument)).viewer.credits).toBe(await cluster.credits());

    // Retried, the bomb ends a second reader, and is then refused without being read.
    await client.request(RetryFailedDocument, { taskId: task.id });
    await completed(cluster, task.id);
    const again = await applications(cluster, task.id);
    const neverAgain = /\(the file ended its reader 2 times: it is not read again\)$/;
    expect(again.get(READER_KILLER)).toMatchObject({ status: 'FAILED', reader_deaths: 2 });
    expect(again.get(READER_KILLER)?.error).toMatch(HOSTILE_OUTCOMES[READER_KILLER]!.read);
    expect(again.get(READER_KILLER)?.error).toMatch(neverAgain);
    expect(readerDeathsLogged(cluster)).toBe(2);

    await client.request(RetryFailedDocument, { taskId: task.id });
    await completed(cluster, task.id);
    const third = await applications(cluster, task.id);
    expect(third.get(READER_KILLER)).toMatchObject({ status: 'FAILED', reader_deaths: 2 });
    expect(third.get(READER_KILLER)?.error).toMatch(neverAgain);
    // Not read: no reader died this time.
    expect(readerDeathsLogged(cluster)).toBe(2);
    for (const file of hostile) expect(third.get(path.basename(file))?.status, file).toBe('FAILED');
    for (const name of ORDINARY) expect(SCORED).toContain(third.get(name)?.status);

    expect([worker.child.pid, worker.child.exitCode, worker.child.signalCode]).toEqual([workerPid, null, null]);
    expect([api.child.pid, api.child.exitCode, api.child.signalCode]).toEqual([apiPid, null, null]);
  }, 900_000);
});
