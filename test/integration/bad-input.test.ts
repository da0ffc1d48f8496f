import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationsDocument,
  type ApplicationsQuery,
  CloseJobPostDocument,
  CreateJobPostDocument,
  ProcessResumesDocument,
  SiftApiError,
  ViewerDocument,
  type UploadFile,
} from '@sift/sdk';
import { BAD, nulls, SAMPLES, sharedPath, uploadOf } from '../support/files.js';
import { collectProgress } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const CREDITS = 50;
const GOOD_TEXT =
  'Casey Example\ncasey@example.com\nNode.js and TypeScript engineer since 2018, PostgreSQL and Redis.\n';

describe('bad input gets a clear error with a code, and nothing is stored', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;
  let goodPdf: UploadFile;

  beforeAll(async () => {
    app = await startTestApp({
      worker: true,
      env: {
        MAX_FILES_PER_BATCH: '5',
        MAX_FILE_BYTES: String(2 * 1024 * 1024),
        MAX_BATCH_BYTES: String(3 * 1024 * 1024),
        MAX_QUERY_DEPTH: '5',
      },
    });
    org = await app.createOrg(CREDITS);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Backend engineer', description: 'Node.js', mustHaveSkills: ['Node.js'] },
      })
    ).createJobPost.id;
    const firstPdf = (await readdir(SAMPLES)).find((f) => f.endsWith('.pdf'))!;
    goodPdf = await uploadOf(path.join(SAMPLES, firstPdf), 0);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Rows this organization has, and its credits: must not move on a rejected request. */
  async function stored() {
    const em = app.container.orm.em.fork();
    const [row] = await em.execute<{ tasks: string; apps: string; files: string; credits: number }[]>(
      `SELECT (SELECT count(*) FROM processing_task WHERE organization_id = o.id) AS tasks,
              (SELECT count(*) FROM application WHERE organization_id = o.id) AS apps,
              (SELECT count(*) FROM resume_file) AS files,
              o.credits
         FROM organization o WHERE o.id = ?`,
      [org.organizationId],
    );
    return row;
  }

  async function rejects(send: () => Promise<unknown>, code: string, reason?: string): Promise<SiftApiError> {
    const before = await stored();
    const error = await send().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, `expected ${code}`).toBeInstanceOf(SiftApiError);
    const apiError = error as SiftApiError;
    expect(apiError.code, apiError.message).toBe(code);
    if (reason) expect(apiError.errors[0]?.extensions?.reason).toBe(reason);
    expect(apiError.message.length).toBeGreaterThan(10);
    expect(await stored()).toEqual(before);
    return apiError;
  }

  const upload = (
    files: UploadFile[],
    resumes: { filename: string; text?: string; contentBase64?: string }[] = [],
    id = jobPostId,
    strict?: boolean,
  ) =>
    org.client.upload(
      ProcessResumesDocument,
      { jobPostId: id, files: nulls(files.length), resumes, strict },
      files.map((f, i) => ({ ...f, variable: `files.${i}` })),
    );
  /** All or nothing: one unreadable file refuses the batch (by default it is set aside: intake.test.ts). */
  const strictly = (files: UploadFile[], resumes: { filename: string; text?: string }[] = []) =>
    upload(files, resumes, jobPostId, true);
  const bad = (name: string, mimeType?: string) => uploadOf(path.join(BAD, name), 0, mimeType);

  it('with strict, refuses the batch for a file whose content is not a supported type, or lies about it', async () => {
    await rejects(async () => strictly([await bad('empty.txt')]), 'BAD_USER_INPUT', 'EMPTY_FILE');
    await rejects(async () => strictly([await bad('setup.exe')]), 'UNSUPPORTED_MEDIA_TYPE', 'UNSUPPORTED');
    await rejects(async () => strictly([await bad('lying.pdf')]), 'UNSUPPORTED_MEDIA_TYPE', 'TYPE_MISMATCH');
    await rejects(async () => strictly([await bad('legacy.doc')]), 'UNSUPPORTED_MEDIA_TYPE', 'UNSUPPORTED');
    await rejects(async () => strictly([await bad('not-docx.docx')]), 'UNSUPPORTED_MEDIA_TYPE', 'UNSUPPORTED');
    // Real PDF bytes declared as DOCX by the client.
    await rejects(
      async () =>
        strictly([
          {
            ...goodPdf,
            filename: 'cv',
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          },
        ]),
      'UNSUPPORTED_MEDIA_TYPE',
      'TYPE_MISMATCH',
    );
  });

  it('with strict, refuses a DOCX zip bomb without inflating it', async () => {
    await rejects(async () => strictly([await bad('zip-bomb.docx')]), 'PAYLOAD_TOO_LARGE', 'ZIP_BOMB');
  });

  it('with strict, one bad file refuses the whole batch, and the error names it and its reason', async () => {
    const error = await rejects(
      async () => strictly([goodPdf, await bad('setup.exe')], [{ filename: 'ok.txt', text: GOOD_TEXT }]),
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(error.errors[0]?.extensions).toMatchObject({ filename: 'setup.exe', index: 1, reason: 'UNSUPPORTED' });
    // Inline resumes are numbered after the uploads.
    const blank = await rejects(
      () => strictly([goodPdf], [{ filename: 'blank.txt', text: ' \n ' }]),
      'BAD_USER_INPUT',
      'EMPTY_FILE',
    );
    expect(blank.errors[0]?.extensions).toMatchObject({ filename: 'blank.txt', index: 1 });
  });

  it('enforces the limits on size (per file with strict, per batch always) and count', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 10, 'a');
    const tooLarge = await rejects(
      () => strictly([{ variable: 'files.0', filename: 'big.txt', content: big }]),
      'PAYLOAD_TOO_LARGE',
      'FILE_TOO_LARGE',
    );
    expect(tooLarge.errors[0]?.extensions).toMatchObject({ filename: 'big.txt', index: 0, limit: 2 * 1024 * 1024 });
    await rejects(
      () => strictly([], [{ filename: 'big.txt', text: big.toString() }]),
      'PAYLOAD_TOO_LARGE',
      'FILE_TOO_LARGE',
    );
    // The batch-level limits below refuse the batch whether or not the client asked for strict.
    const half = (i: number) => ({
      variable: `files.${i}`,
      filename: `f${i}.txt`,
      content: Buffer.alloc(1024 * 1024 + 1, 'b'),
    });
    await rejects(() => upload([half(0), half(1), half(2)]), 'PAYLOAD_TOO_LARGE', 'BATCH_TOO_LARGE');
    const six = Array.from({ length: 6 }, (_, i) => ({ filename: `r${i}.txt`, text: GOOD_TEXT }));
    await rejects(() => upload([], six), 'BAD_USER_INPUT', 'TOO_MANY_FILES');
    const sixFiles = Array.from({ length: 6 }, (_, i) => ({
      variable: `files.${i}`,
      filename: `r${i}.txt`,
      content: Buffer.from(GOOD_TEXT),
    }));
    await rejects(() => upload(sixFiles), 'PAYLOAD_TOO_LARGE');
    await rejects(() => upload([]), 'BAD_USER_INPUT');
  });

  it('rejects malformed inline resumes (a malformed request, not an unreadable file)', async () => {
    await rejects(
      () => upload([], [{ filename: 'both.txt', text: GOOD_TEXT, contentBase64: 'aGk=' }]),
      'BAD_USER_INPUT',
      'INVALID_RESUME_INPUT',
    );
    await rejects(() => upload([], [{ filename: 'none.txt' }]), 'BAD_USER_INPUT', 'INVALID_RESUME_INPUT');
    await rejects(
      () => upload([], [{ filename: 'x.txt', contentBase64: '!!not base64!!' }]),
      'BAD_USER_INPUT',
      'INVALID_BASE64',
    );
    await rejects(() => upload([], [{ filename: '   ', text: GOOD_TEXT }]), 'BAD_USER_INPUT');
  });

  it('rejects unknown, malformed and closed job posts', async () => {
    await rejects(
      () => upload([], [{ filename: 'a.txt', text: GOOD_TEXT }], '00000000-0000-4000-8000-000000000000'),
      'NOT_FOUND',
    );
    await rejects(() => upload([], [{ filename: 'a.txt', text: GOOD_TEXT }], 'not-an-id'), 'NOT_FOUND');
    const closed = (await org.client.request(CreateJobPostDocument, { input: { title: 'Old', description: 'Gone' } }))
      .createJobPost.id;
    await org.client.request(CloseJobPostDocument, { id: closed });
    await rejects(
      () => upload([], [{ filename: 'a.txt', text: GOOD_TEXT }], closed),
      'BAD_USER_INPUT',
      'JOB_POST_CLOSED',
    );
  });

  it('rejects bad job post input, bad paging arguments, and over-deep or over-complex queries', async () => {
    const c = org.client;
    await rejects(() => c.request(CreateJobPostDocument, { input: { title: '', description: 'x' } }), 'BAD_USER_INPUT');
    await rejects(
      () =>
        c.request(CreateJobPostDocument, {
          input: { title: 'T', description: 'x', shortlistThreshold: 40, rejectThreshold: 60 },
        }),
      'BAD_USER_INPUT',
    );
    await rejects(() => c.request(ApplicationsDocument, { first: 1000 }), 'BAD_USER_INPUT');
    await rejects(() => c.request(ApplicationsDocument, { after: 'garbage' }), 'BAD_USER_INPUT');
    const raw = (query: string) =>
      fetch(app.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${org.apiKey}` },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ errors: { message: string; extensions: Record<string, unknown> }[] }>);
    const deep = await raw('{ applications { edges { node { task { jobPost { applicationCounts { total } } } } } } }');
    expect(deep.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors[0].message).toMatch(/depth/);
    // Four full pages of 100 in one request: over the default budget of 10,000.
    const page = (alias: string) =>
      `${alias}: applications(first: 100) { edges { node { id status score flags error createdAt updatedAt processedAt attempts decisionSource file { filename mimeType sizeBytes } candidate { name email phone location skills summary } evaluation { score summary strengths gaps requirementMatches { requirement evidence met kind } } } } }`;
    const complex = await raw(`{ ${page('a')} ${page('b')} ${page('c')} ${page('d')} }`);
    expect(complex.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(complex.errors[0].extensions.reason).toBe('QUERY_TOO_COMPLEX');
  });

  it('accepts corrupt and encrypted PDFs, then fails them with a reason and refunds them', async () => {
    const files = [
      await uploadOf(
        sharedPath(
          'fixtures/pdf-robustness/pypdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf',
        ),
        0,
      ),
      await uploadOf(sharedPath('fixtures/pdf-robustness/pdfjs/REDHAT-1531897-0.pdf'), 1),
      await uploadOf(path.join(BAD, 'truncated.pdf'), 2),
    ];
    const before = (await org.client.request(ViewerDocument)).viewer.credits;
    const { processResumes: task } = await upload(files, [{ filename: 'good.txt', text: GOOD_TEXT }]);
    const events = await collectProgress(org.client, task.id);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 4, failed: 3, succeeded: 1 });
    const { applications } = await org.client.request(ApplicationsDocument, {
      filter: { taskId: task.id, status: ['FAILED'] },
    });
    const errors = Object.fromEntries(applications.edges.map((e) => [e.node.file.filename, e.node.error]));
    expect(errors['libreoffice-writer-password.pdf']).toMatch(/^ENCRYPTED/);
    expect(errors['REDHAT-1531897-0.pdf']).toMatch(/^CORRUPT/);
    expect(errors['truncated.pdf']).toMatch(/^(CORRUPT|LOW_TEXT)/);
    expect((await org.client.request(ViewerDocument)).viewer.credits).toBe(before - 1);

    // Paging by score, one at a time, crosses from the scored one to the unscored ones (NULLs last).
    const walked: (number | null)[] = [];
    let after: string | null = null;
    do {
      const { applications: page }: ApplicationsQuery = await org.client.request(ApplicationsDocument, {
        filter: { taskId: task.id },
        orderBy: { field: 'SCORE', direction: 'DESC' },
        first: 1,
        after,
      });
      walked.push(...page.edges.map((e) => e.node.score));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toHaveLength(4);
    expect(walked[0]).not.toBeNull();
    expect(walked.slice(1)).toEqual([null, null, null]);
  });

  it('answers INSUFFICIENT_CREDITS and stores nothing when credits are short', async () => {
    const poor = await app.createOrg(1, 'Poor Co');
    const id = (await poor.client.request(CreateJobPostDocument, { input: { title: 'T', description: 'D' } }))
      .createJobPost.id;
    const resumes = [
      { filename: 'a.txt', text: GOOD_TEXT },
      { filename: 'b.txt', text: GOOD_TEXT.replace('Casey', 'Morgan') },
    ];
    const error = await poor.client.request(ProcessResumesDocument, { jobPostId: id, resumes }).then(
      () => null,
      (e: unknown) => e as SiftApiError,
    );
    expect(error?.code).toBe('INSUFFICIENT_CREDITS');
    expect(error?.errors[0]?.extensions).toMatchObject({ required: 2, available: 1 });
    expect((await poor.client.request(ViewerDocument)).viewer.credits).toBe(1);
    const [{ n }] = await app.container.orm.em
      .fork()
      .execute<{ n: string }[]>('SELECT count(*) AS n FROM application WHERE organization_id = ?', [
        poor.organizationId,
      ]);
    expect(Number(n)).toBe(0);
  });
});
