/**
 * 3. How long processResumes takes to answer: 1,000 inline text resumes, and 100 PDF files as a
 * multipart upload. The mutation checks the whole batch, stores the task and every application
 * in one transaction, and queues the jobs before it answers.
 */
import { print } from 'graphql';
import { ProcessResumesDocument } from '@sift/sdk';
import { scaled, type BenchContext } from '../context.js';
import { withSection, type Org } from '../harness.js';
import { cpuFigures, cpuMeter, describeCpu } from '../machine.js';
import { sampleFiles, textResume } from '../resumes.js';
import { distribution, ms, num } from '../stats.js';

const RUNS = 10;
/** Runs before the measured ones, not counted: the first requests of a process compile code paths. */
const WARMUP_RUNS = 1;
const TEXT_P95_TARGET_MS = 300;

export async function submitSection(ctx: BenchContext): Promise<void> {
  const { rec, log } = ctx;
  const texts = scaled(ctx, 1_000, 10);
  const uploads = scaled(ctx, 100, 5);
  const pdfs = await sampleFiles({ pdf: true, docx: false });
  if (pdfs.length === 0) throw new Error('no PDF resumes found in test/fixtures/samples or ../shared/fixtures/resumes');
  const runs = WARMUP_RUNS + RUNS;

  await withSection(
    ctx.services,
    'submit',
    async (section) => {
      // The API alone: with no worker consuming, the figure is the mutation's own cost.
      const api = await section.startApi();
      const org = await section.createOrganization(runs * (texts + uploads) + 100);
      const client = section.client(api, org);
      const jobPostId = await section.createJobPost(client);
      const query = print(ProcessResumesDocument);

      log(`${runs} × ${texts} inline text resumes`);
      const cpuText = cpuMeter(() => []);
      const textTimes: number[] = [];
      for (let r = 0; r < runs; r++) {
        const resumes = Array.from({ length: texts }, (_, i) => textResume(r * texts + i));
        // Serialised beforehand: the figure is the request, not the bench building it.
        const body = JSON.stringify({ query, variables: { jobPostId, resumes } });
        const t = await timed(api, org, { 'content-type': 'application/json' }, body, texts);
        if (r >= WARMUP_RUNS) textTimes.push(t);
      }
      const textCpu = cpuText();
      const bodyBytes = Buffer.byteLength(
        JSON.stringify({
          query,
          variables: { jobPostId, resumes: Array.from({ length: texts }, (_, i) => textResume(i)) },
        }),
      );
      const text = distribution(textTimes);
      rec.figure('text', {
        resumes: texts,
        requestBytes: bodyBytes,
        runs: RUNS,
        warmup: WARMUP_RUNS,
        samplesMs: textTimes,
        ...text,
        cpu: cpuFigures(textCpu),
      });
      rec.check(
        `processResumes, ${num(texts, 0)} inline text resumes (${num(bodyBytes / 1024 / 1024, 1)} MB): p50, p95 of ${RUNS}`,
        `${ms(text.p50)}, ${ms(text.p95)}`,
        `p95 < ${TEXT_P95_TARGET_MS} ms`,
        text.p95 < TEXT_P95_TARGET_MS,
      );

      log(`${runs} × ${uploads} PDF uploads (multipart)`);
      const files = Array.from({ length: uploads }, (_, i) => pdfs[i % pdfs.length]!);
      const uploadBytes = files.reduce((sum, f) => sum + f.content.length, 0);
      const cpuUpload = cpuMeter(() => []);
      const uploadTimes: number[] = [];
      for (let r = 0; r < runs; r++) {
        const form = multipart(query, jobPostId, files);
        const t = await timed(api, org, { 'apollo-require-preflight': 'true' }, form, uploads);
        if (r >= WARMUP_RUNS) uploadTimes.push(t);
      }
      const uploadCpu = cpuUpload();
      const upload = distribution(uploadTimes);
      rec.figure('pdfUpload', {
        files: uploads,
        distinctFiles: pdfs.length,
        bytes: uploadBytes,
        runs: RUNS,
        samplesMs: uploadTimes,
        ...upload,
        cpu: cpuFigures(uploadCpu),
      });
      rec.info(
        `processResumes, ${uploads} PDF uploads (${num(uploadBytes / 1024 / 1024, 1)} MB multipart): p50, p95 of ${RUNS}`,
        `${ms(upload.p50)}, ${ms(upload.p95)}`,
      );
      rec.info('text runs: CPU', describeCpu(textCpu));
      rec.note(
        `API process alone (no worker consuming); ${WARMUP_RUNS} warm-up run not counted; p95 of ${RUNS} runs is their slowest (nearest rank); PDFs: ${pdfs.length} distinct files from the samples and shared fixtures, cycled`,
      );
    },
    log,
  );
}

/** One request, timed from sending to the whole answer read; checks the task came back whole. */
async function timed(
  url: string,
  org: Org,
  headers: Record<string, string>,
  body: string | FormData,
  expected: number,
) {
  const t0 = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${org.apiKey}`, ...headers },
    body,
  });
  const text = await response.text();
  const elapsed = performance.now() - t0;
  const result = JSON.parse(text) as { data?: { processResumes?: { total: number } }; errors?: { message: string }[] };
  if (result.errors?.length || result.data?.processResumes?.total !== expected) {
    throw new Error(`processResumes failed (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
  return elapsed;
}

/** The GraphQL multipart request (operations, map, files), as the SDK sends it. */
function multipart(query: string, jobPostId: string, files: { filename: string; content: Buffer }[]): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { jobPostId, files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((f, i) => form.append(String(i), new Blob([f.content], { type: 'application/pdf' }), f.filename));
  return form;
}
