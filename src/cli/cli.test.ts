import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SiftApiError } from './api.js';
import { classify, ExitCode, UsageError } from './exit-codes.js';
import { parseJobPost } from './job-file.js';
import { batches, type ResumeFile } from './resume-folder.js';
import { formatTable, outputFormat, rankRows, toCsv, type ApplicationNode } from './screen.results.js';
import { patiently } from './screen.command.js';

function application(file: string, status: string, score: number | null, extra: Partial<ApplicationNode> = {}) {
  return {
    id: `app-${file}`,
    status,
    score,
    flags: [],
    error: score === null ? 'UNSUPPORTED: not a resume' : null,
    decisionSource: score === null ? null : 'AI',
    duplicateOf: null,
    file: { filename: file, mimeType: 'application/pdf', sizeBytes: 1, sha256: 'x' },
    candidate: { name: `Name of ${file}`, email: null, totalYearsExperience: 3 },
    evaluation: score === null ? null : { summary: `Summary, "quoted", of ${file}\nsecond line` },
    task: { id: 'task-1' },
    ...extra,
  } as unknown as ApplicationNode;
}

describe('parseJobPost', () => {
  it('takes the first line (a Markdown heading too) as the title and the rest as the description', () => {
    expect(parseJobPost('\uFEFF# Backend Engineer\r\n\r\nNode.js and PostgreSQL.\r\n', 'job.md')).toEqual({
      title: 'Backend Engineer',
      description: 'Node.js and PostgreSQL.',
    });
  });

  it('with a title given, keeps the whole file as the description', () => {
    expect(parseJobPost('Line one\nLine two', 'job.txt', 'Chef')).toEqual({
      title: 'Chef',
      description: 'Line one\nLine two',
    });
  });

  it('reads CreateJobPostInput JSON', () => {
    const post = parseJobPost('{"title":"T","description":"D","mustHaveSkills":["Go"]}', 'job.json');
    expect(post).toEqual({ title: 'T', description: 'D', mustHaveSkills: ['Go'] });
  });

  it('refuses a post without a description, or broken JSON, as a usage error naming the file', () => {
    expect(() => parseJobPost('Only a title\n', 'job.md')).toThrow(UsageError);
    expect(() => parseJobPost('Only a title\n', 'job.md')).toThrow(/job\.md: the job post has no description/);
    expect(() => parseJobPost('{"title":', 'job.json')).toThrow(/job\.json: not valid JSON/);
    expect(() => parseJobPost('[]', 'job.json')).toThrow(/expected a JSON object/);
  });
});

describe('batches', () => {
  const file = (name: string, sizeBytes = 10): ResumeFile => ({ name, absolute: `/x/${name}`, sizeBytes });

  it('cuts the files into batches of the given size, in order', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => file(n));
    expect(batches(files, 2).map((b) => b.map((f) => f.name))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('starts a new batch before 100 MiB, and sends a bigger file alone', () => {
    const big = 60 * 1024 * 1024;
    const files = [file('a', big), file('b', big), file('c', 200 * 1024 * 1024), file('d')];
    expect(batches(files, 50).map((b) => b.map((f) => f.name))).toEqual([['a'], ['b'], ['c'], ['d']]);
  });
});

describe('rankRows', () => {
  it('ranks scored files by score, then the unscored and the skipped files, unranked', () => {
    const rows = rankRows(
      [
        application('low.pdf', 'REJECTED', 10),
        application('bad.pdf', 'FAILED', null),
        application('b-high.pdf', 'SHORTLISTED', 90),
        application('a-high.pdf', 'SHORTLISTED', 90),
      ],
      [{ name: 'notes.json', reason: 'not a resume file type' }],
    );
    expect(rows.map((r) => [r.rank, r.file, r.status])).toEqual([
      [1, 'a-high.pdf', 'SHORTLISTED'],
      [2, 'b-high.pdf', 'SHORTLISTED'],
      [3, 'low.pdf', 'REJECTED'],
      [null, 'bad.pdf', 'FAILED'],
      [null, 'notes.json', 'SKIPPED'],
    ]);
    expect(rows[3]!.reason).toBe('UNSUPPORTED: not a resume');
  });
});

describe('output', () => {
  const rows = rankRows(
    [application('a, "quoted".pdf', 'SHORTLISTED', 80), application('bad.pdf', 'FAILED', null)],
    [],
  );

  it('writes CSV that a CSV parser reads back whole (commas, quotes, newlines)', () => {
    const parsed = parse(toCsv(rows), { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toMatchObject({
      rank: '1',
      file: 'a, "quoted".pdf',
      score: '80',
      reason: 'Summary, "quoted", of a, "quoted".pdf\nsecond line',
    });
    expect(parsed[1]).toMatchObject({ rank: '', file: 'bad.pdf', status: 'FAILED', score: '' });
  });

  it('prints one line per file, with the reason on one line', () => {
    const table = formatTable(rows, 10).split('\n');
    expect(table[0]).toMatch(/^rank\s+file\s+score\s+decision\s+candidate\s+reason$/);
    expect(table[2]).toMatch(/^\s+1\s+a, "quoted"\.pdf\s+80\s+SHORTLISTED\s+Name of .*second line$/);
    expect(table.some((l) => /^bad\.pdf\s+FAILED\s+UNSUPPORTED: not a resume$/.test(l))).toBe(true);
  });

  it('knows CSV and JSON by the extension, and refuses anything else', () => {
    expect(outputFormat('out/Results.CSV')).toBe('csv');
    expect(outputFormat('r.json')).toBe('json');
    expect(() => outputFormat('r.xlsx')).toThrow(UsageError);
  });
});

describe('classify', () => {
  it('maps what went wrong to an exit code', () => {
    const api = (code: string | undefined, status = 200) =>
      new SiftApiError([{ message: 'm', extensions: code ? { code } : {} }], status);
    expect(classify(api('UNAUTHENTICATED')).exitCode).toBe(ExitCode.UNREACHABLE);
    expect(classify(api('INSUFFICIENT_CREDITS')).exitCode).toBe(ExitCode.REFUSED);
    expect(classify(api(undefined, 502)).exitCode).toBe(ExitCode.UNREACHABLE);
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    expect(classify(refused, 'http://h/graphql')).toEqual({
      exitCode: ExitCode.UNREACHABLE,
      message: 'cannot reach http://h/graphql (ECONNREFUSED)',
    });
    expect(classify(new UsageError('bad')).exitCode).toBe(ExitCode.USAGE);
    expect(classify(new Error('bug')).exitCode).toBe(ExitCode.INTERNAL);
    // A local file error is not an unreachable server.
    expect(classify(Object.assign(new Error('no such file'), { code: 'ENOENT' })).exitCode).toBe(ExitCode.INTERNAL);
  });
});

describe('patiently', () => {
  const limited = () =>
    new SiftApiError([{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 0 } }], 200);

  it('sends a request refused with RATE_LIMITED again, and gives up after five tries', async () => {
    let calls = 0;
    const answer = await patiently(async () => {
      if (++calls < 3) throw limited();
      return 'ok';
    });
    expect([answer, calls]).toEqual(['ok', 3]);

    calls = 0;
    await expect(
      patiently(async () => {
        calls++;
        throw limited();
      }),
    ).rejects.toThrow('slow down');
    expect(calls).toBe(5);
  });

  it('does not send again after any other refusal', async () => {
    let calls = 0;
    const refused = new SiftApiError([{ message: 'no', extensions: { code: 'INSUFFICIENT_CREDITS' } }], 200);
    await expect(
      patiently(async () => {
        calls++;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });
});
