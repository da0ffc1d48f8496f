/**
 * Renders a sample resume as plain text, Markdown, PDF (pdfkit) or DOCX (docx). Every renderer is
 * deterministic: fixed metadata dates, fixed zip timestamps, no random identifiers.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { SampleExperience, SampleResume } from './samples.data.js';
import { readZip, writeZip } from './samples.zip.js';

/** The creation date written into every generated document. */
export const SAMPLES_DATE = new Date('2025-01-15T09:00:00Z');
const CREATOR = 'Sift sample generator';

const DEFAULT_HEADINGS = {
  summary: 'Summary',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
};

function headingsOf(resume: SampleResume): typeof DEFAULT_HEADINGS {
  return { ...DEFAULT_HEADINGS, ...resume.headings };
}

function contactLine(resume: SampleResume, separator: string): string {
  const parts = [resume.email, resume.phone, resume.location, ...resume.links];
  return parts.filter((part): part is string => Boolean(part)).join(separator);
}

function dateRange(resume: SampleResume, job: SampleExperience): string {
  return `${job.start}${resume.dateSeparator ?? ' – '}${job.end}`;
}

function employer(job: SampleExperience): string {
  return job.location ? `${job.company}, ${job.location}` : job.company;
}

/** Greedy word wrap to `width` columns; `first` prefixes the first line, `rest` the others. */
function wrap(text: string, width: number, first = '', rest = ''): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * Plain text as people paste it: `caps` puts section titles in capitals, `underline` underlines
 * them with dashes and writes roles as "Title at Company".
 */
export function renderText(resume: SampleResume, style: 'caps' | 'underline'): string {
  const headings = headingsOf(resume);
  const out: string[] = [resume.name];
  if (resume.headline) out.push(resume.headline);
  out.push(contactLine(resume, ' | '));

  const section = (title: string): void => {
    out.push('');
    if (style === 'caps') out.push(title.toUpperCase());
    else out.push(title, '-'.repeat(title.length));
  };
  const bullet = (text: string): void => {
    out.push(...wrap(text, 80, '  - ', '    '));
  };

  section(headings.summary);
  out.push(...wrap(resume.summary, 80));

  section(headings.experience);
  resume.experience.forEach((job, i) => {
    if (i > 0) out.push('');
    out.push(
      style === 'caps'
        ? `${job.title}, ${employer(job)}`
        : `${job.title} at ${job.company}${job.location ? ` (${job.location})` : ''}`,
    );
    out.push(dateRange(resume, job));
    job.bullets.forEach(bullet);
  });

  section(headings.education);
  for (const school of resume.education) {
    out.push(`${school.degree}, ${school.institution}, ${school.year}`);
  }

  section(headings.skills);
  out.push(...wrap(resume.skills.join(', '), 80));

  for (const extra of resume.extra ?? []) {
    section(extra.heading);
    if (extra.items.length === 1) out.push(...wrap(extra.items[0]!, 80));
    else extra.items.forEach(bullet);
  }
  return `${out.join('\n')}\n`;
}

/** Markdown with one `#` title, `##` sections and `###` roles. */
export function renderMarkdown(resume: SampleResume): string {
  const headings = headingsOf(resume);
  const out: string[] = [`# ${resume.name}`, ''];
  if (resume.headline) out.push(`**${resume.headline}**`, '');
  out.push(contactLine(resume, ' · '), '');

  out.push(`## ${headings.summary}`, '', resume.summary, '');
  out.push(`## ${headings.experience}`, '');
  for (const job of resume.experience) {
    out.push(`### ${job.title} — ${employer(job)}`, '', `*${dateRange(resume, job)}*`, '');
    out.push(...job.bullets.map((b) => `- ${b}`), '');
  }
  out.push(`## ${headings.education}`, '');
  out.push(...resume.education.map((s) => `- **${s.degree}**, ${s.institution}, ${s.year}`), '');
  out.push(`## ${headings.skills}`, '', resume.skills.join(', '), '');
  for (const extra of resume.extra ?? []) {
    out.push(`## ${extra.heading}`, '', ...extra.items.map((item) => `- ${item}`), '');
  }
  return out.join('\n');
}

/** Characters the standard PDF fonts can show (WinAnsiEncoding): Latin-1 plus a few. */
const WIN_ANSI = /^[\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;

/** A one-column A4 resume in Helvetica, one or two pages, with real (extractable) text. */
export function renderPdf(resume: SampleResume): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 54, bottom: 54, left: 60, right: 60 },
    info: {
      Title: `${resume.name} – Resume`,
      Author: resume.name,
      Creator: CREATOR,
      CreationDate: SAMPLES_DATE,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const text = (value: string, x = left, options: PDFKit.Mixins.TextOptions = {}): void => {
    if (!WIN_ANSI.test(value)) throw new Error(`${resume.file}: not WinAnsi, cannot print "${value}"`);
    doc.text(value, x, doc.y, { width: width - (x - left), ...options });
  };
  const keepRoom = (points: number): void => {
    if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const section = (title: string): void => {
    doc.moveDown(0.9);
    keepRoom(60);
    doc.font('Helvetica-Bold').fontSize(11.5).fillColor('#1f3a5f');
    text(title.toUpperCase());
    const y = doc.y + 1;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.6)
      .strokeColor('#9aa9bb')
      .stroke();
    doc.moveDown(0.4);
  };
  const bullet = (value: string): void => {
    const y = doc.y;
    doc.font('Helvetica').fontSize(10).fillColor('#222222');
    text('•', left + 4, { lineBreak: false });
    doc.y = y;
    text(value, left + 16, { lineGap: 1 });
  };

  doc.font('Helvetica-Bold').fontSize(20).fillColor('#111111');
  text(resume.name);
  if (resume.headline) {
    doc.font('Helvetica').fontSize(12).fillColor('#333333');
    text(resume.headline);
  }
  doc.moveDown(0.2).font('Helvetica').fontSize(9.5).fillColor('#555555');
  text(contactLine(resume, '  |  '));

  const headings = headingsOf(resume);
  section(headings.summary);
  doc.font('Helvetica').fontSize(10).fillColor('#222222');
  text(resume.summary, left, { lineGap: 1.5 });

  section(headings.experience);
  resume.experience.forEach((job, i) => {
    if (i > 0) doc.moveDown(0.6);
    keepRoom(48);
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor('#111111');
    text(job.title, left, { continued: true });
    doc.font('Helvetica');
    text(` — ${employer(job)}`);
    doc.font('Helvetica-Oblique').fontSize(9.5).fillColor('#555555');
    text(dateRange(resume, job));
    doc.moveDown(0.15);
    job.bullets.forEach(bullet);
  });

  section(headings.education);
  for (const school of resume.education) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#111111');
    text(school.degree, left, { continued: true });
    doc.font('Helvetica').fillColor('#222222');
    text(`, ${school.institution}, ${school.year}`);
  }

  section(headings.skills);
  doc.font('Helvetica').fontSize(10).fillColor('#222222');
  text(resume.skills.join(', '));

  for (const extra of resume.extra ?? []) {
    section(extra.heading);
    if (extra.items.length === 1) {
      doc.font('Helvetica').fontSize(10).fillColor('#222222');
      text(extra.items[0]!);
    } else {
      extra.items.forEach(bullet);
    }
  }

  doc.end();
  return done;
}

/** A DOCX with a Title, Heading 1 sections, Heading 2 roles and real bulleted paragraphs. */
export async function renderDocx(resume: SampleResume): Promise<Buffer> {
  const headings = headingsOf(resume);
  const section = (title: string): Paragraph =>
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, text: title });
  const bullet = (text: string): Paragraph => new Paragraph({ text, bullet: { level: 0 } });

  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, text: resume.name })];
  if (resume.headline) {
    children.push(new Paragraph({ children: [new TextRun({ text: resume.headline, bold: true })] }));
  }
  children.push(
    new Paragraph({ children: [new TextRun({ text: contactLine(resume, ' | '), color: '555555' })] }),
    section(headings.summary),
    new Paragraph(resume.summary),
    section(headings.experience),
  );
  for (const job of resume.experience) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun(job.title), new TextRun(` — ${employer(job)}`)],
      }),
      new Paragraph({
        children: [new TextRun({ text: dateRange(resume, job), italics: true, color: '555555' })],
      }),
      ...job.bullets.map(bullet),
    );
  }
  children.push(section(headings.education));
  for (const school of resume.education) {
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: school.degree, bold: true }),
          new TextRun(`, ${school.institution}, ${school.year}`),
        ],
      }),
    );
  }
  children.push(section(headings.skills), new Paragraph(resume.skills.join(', ')));
  for (const extra of resume.extra ?? []) {
    children.push(section(extra.heading));
    if (extra.items.length === 1) children.push(new Paragraph(extra.items[0]!));
    else children.push(...extra.items.map(bullet));
  }

  const doc = new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title: `${resume.name} – Resume`,
    description: 'Fictional resume generated for the Sift tests',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return normalizeDocx(await Packer.toBuffer(doc));
}

/**
 * `docx` stamps the current time into docProps/core.xml and into every zip entry: rewrite both
 * so the same resume always gives the same bytes.
 */
function normalizeDocx(docx: Buffer): Buffer {
  const stamp = SAMPLES_DATE.toISOString().replace('.000Z', 'Z');
  const entries = readZip(docx).map(({ name, data }) =>
    name === 'docProps/core.xml'
      ? {
          name,
          data: Buffer.from(
            data.toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`),
          ),
        }
      : { name, data },
  );
  return writeZip(entries);
}
