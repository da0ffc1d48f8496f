/**
 * `npm run samples`: writes the sample fixtures from samples.data.ts.
 *
 * - test/fixtures/samples/: job-post.json and the 24 fictional resumes (PDF, DOCX, text, Markdown);
 * - test/fixtures/bad/: inputs Sift must refuse or fail cleanly (all but encrypted.pdf).
 *
 * The output is deterministic, byte for byte: change the data, run this, commit the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { legacyDoc, lyingPdf, notDocx, tinyPng, truncatedPdf, windowsProgram, zipBombDocx } from './samples.bad.js';
import {
  badSamplesDir,
  formatOf,
  sampleJobPost,
  sampleResumes,
  samplesDir,
  type SampleResume,
} from './samples.data.js';
import { renderDocx, renderMarkdown, renderPdf, renderText } from './samples.render.js';

/** The sample PDF whose first 40% becomes bad/truncated.pdf. */
const TRUNCATED_SOURCE = '01-amara-okafor.pdf';

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The data is hand-written: catch slips before they become fixtures. */
function checkResumes(resumes: readonly SampleResume[]): void {
  const problems: string[] = [];
  const count = (predicate: (r: SampleResume) => boolean) => resumes.filter(predicate).length;
  if (resumes.length !== 24) problems.push(`expected 24 resumes, found ${resumes.length}`);
  for (const fit of ['strong', 'partial', 'weak'] as const) {
    const n = count((r) => r.expectedFit === fit);
    if (n !== 8) problems.push(`expected 8 ${fit} resumes, found ${n}`);
  }
  const pdf = count((r) => formatOf(r) === 'pdf');
  const docx = count((r) => formatOf(r) === 'docx');
  if (pdf !== 8 || docx !== 8) problems.push(`expected 8 PDF and 8 DOCX, found ${pdf} and ${docx}`);

  resumes.forEach((resume, i) => {
    const expected = `${String(i + 1).padStart(2, '0')}-${slugOf(resume.name)}.${formatOf(resume)}`;
    if (resume.file !== expected) problems.push(`${resume.file}: expected the name ${expected}`);
    if (!/^[a-z0-9.-]+@example\.(com|org)$/.test(resume.email)) {
      problems.push(`${resume.file}: e-mail ${resume.email} is not at example.com or example.org`);
    }
    if (resume.phone && !/555-01\d\d$/.test(resume.phone)) {
      problems.push(`${resume.file}: phone ${resume.phone} is not a fictional 555-01xx number`);
    }
  });
  if (problems.length > 0) throw new Error(`sample data is inconsistent:\n  ${problems.join('\n  ')}`);
}

async function render(resume: SampleResume): Promise<Buffer> {
  const format = formatOf(resume);
  switch (format) {
    case 'pdf':
      return renderPdf(resume);
    case 'docx':
      return renderDocx(resume);
    case 'txt': {
      // Alternate the two plain-text layouts so parsers meet both.
      const style = Number.parseInt(resume.file, 10) % 2 === 0 ? 'caps' : 'underline';
      return Buffer.from(renderText(resume, style));
    }
    case 'md':
      return Buffer.from(renderMarkdown(resume));
    default: {
      const unknown: never = format;
      throw new Error(`unknown format ${String(unknown)}`);
    }
  }
}

const written: { path: string; bytes: Buffer }[] = [];

function write(dir: string, name: string, bytes: Buffer): void {
  writeFileSync(join(dir, name), bytes);
  written.push({ path: join(dir, name), bytes });
}

async function main(): Promise<void> {
  checkResumes(sampleResumes);
  mkdirSync(samplesDir, { recursive: true });
  mkdirSync(badSamplesDir, { recursive: true });

  write(samplesDir, 'job-post.json', Buffer.from(`${JSON.stringify(sampleJobPost, null, 2)}\n`));
  const rendered = new Map<string, Buffer>();
  for (const resume of sampleResumes) {
    const bytes = await render(resume);
    rendered.set(resume.file, bytes);
    write(samplesDir, resume.file, bytes);
  }

  write(badSamplesDir, 'empty.txt', Buffer.alloc(0));
  write(badSamplesDir, 'image.png', tinyPng());
  write(badSamplesDir, 'lying.pdf', lyingPdf());
  write(badSamplesDir, 'legacy.doc', legacyDoc());
  write(badSamplesDir, 'not-docx.docx', notDocx());
  write(badSamplesDir, 'setup.exe', windowsProgram());
  write(badSamplesDir, 'zip-bomb.docx', zipBombDocx());
  write(badSamplesDir, 'truncated.pdf', truncatedPdf(rendered.get(TRUNCATED_SOURCE)!));

  for (const { path, bytes } of written) {
    const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    console.log(`${String(bytes.length).padStart(8)}  ${sha}  ${relative(process.cwd(), path)}`);
  }
  if (!existsSync(join(badSamplesDir, 'encrypted.pdf'))) {
    console.warn('test/fixtures/bad/encrypted.pdf is missing: see test/fixtures/bad/README.md');
  }
}

await main();
