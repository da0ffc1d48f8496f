import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractText as unpdfText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { PDF } from './extraction.types.js';
import { pageText, type PlacedText } from './pdf-layout.js';
import { interleavedTwoColumnPdf } from './pdf.test-helper.js';
import { extractText } from './resume.extractor.js';

const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
const FIXTURES = path.join(SHARED, 'fixtures');

const LEFT = [
  'Experience',
  'Acme Payments, Berlin',
  'Led the move to event sourcing',
  'for the ledger and settlement.',
  'Cut p99 latency by half.',
  'Globex, Munich',
  'Built the billing service in Go.',
  'Ran the on-call rotation.',
];
const RIGHT = [
  'Skills',
  'TypeScript, Node.js, Go',
  'PostgreSQL, Redis, Kafka',
  'Kubernetes and Terraform',
  'Languages',
  'English, German, French',
  'Education',
  'MSc Computer Science, TU Munich',
];

/** One item per line of a column, as pdf.js gives a simple producer's text. */
function column(lines: string[], x: number, top = 700, leading = 14): PlacedText[] {
  return lines.map((text, i) => ({
    text,
    hasEOL: true,
    x,
    y: top - i * leading,
    width: text.length * 5,
    size: 10,
    upright: true,
  }));
}

/** Items in the order a producer drew them. */
function interleave(a: PlacedText[], b: PlacedText[]): PlacedText[] {
  return a.flatMap((item, i) => (b[i] ? [item, b[i]!] : [item]));
}

function stream(items: PlacedText[]): string {
  return items.map((item) => item.text + (item.hasEOL ? '\n' : '')).join('');
}

describe('pageText: reading order', () => {
  it('reads columns that the stream interleaves line by line one after the other, top to bottom', () => {
    const heading = {
      text: 'Jane Roe, Backend Engineer',
      hasEOL: true,
      x: 50,
      y: 740,
      width: 400,
      size: 18,
      upright: true,
    };
    const items = [heading, ...interleave(column(LEFT, 50), column(RIGHT, 330))];
    expect(pageText(items)).toBe([heading.text, ...LEFT, ...RIGHT].join('\n'));
  });

  it('keeps the stream order of columns drawn one after the other', () => {
    const items = [...column(LEFT, 50), ...column(RIGHT, 330)];
    expect(pageText(items)).toBe(stream(items));
  });

  it('keeps a single column with right-aligned dates line by line', () => {
    const lines = LEFT.flatMap((text, i) => {
      const left = column([text], 50, 700 - i * 14)[0]!;
      return i % 3 === 1 ? [left, { ...left, text: '2019 - 2024', x: 500, width: 50 }] : [left];
    });
    expect(pageText(lines)).toBe(stream(lines));
  });

  it('keeps a table drawn row by row in row order', () => {
    const cells = ['Name', 'Role', 'Years', 'Jane', 'Backend', '10', 'Ann', 'Frontend', '4', 'Bob', 'Data', '7'];
    const rows = [...cells, ...cells].map((text, i) => ({
      text,
      hasEOL: i % 3 === 2,
      x: 50 + (i % 3) * 180,
      y: 700 - Math.floor(i / 3) * 14,
      width: text.length * 5,
      size: 10,
      upright: true,
    }));
    expect(pageText(rows)).toBe(stream(rows));
  });

  it('keeps the stream order of a page with too few items to judge', () => {
    const items = interleave(column(LEFT.slice(0, 4), 50), column(RIGHT.slice(0, 4), 330));
    expect(pageText(items)).toBe(stream(items));
  });
});

describe('extractText on multi-column PDFs', () => {
  it('reads a generated two-column resume column by column', async () => {
    const pdf = await interleavedTwoColumnPdf('Jane Roe', LEFT, RIGHT);
    const { text } = await extractText(pdf, PDF);
    expect(text).toBe(['Jane Roe', ...LEFT, ...RIGHT].join('\n'));
  });

  it('keeps the text of real two-column documents drawn column by column exactly as pdf.js orders it', async () => {
    for (const file of [
      'resumes/jiejiewang-groundtruth/sample_resumes/resume4.pdf',
      'pdf-robustness/pypdf-sample-files/026-latex-multicolumn/multicolumn.pdf',
    ]) {
      const bytes = readFileSync(path.join(FIXTURES, file));
      const pdfjs = await unpdfText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
      const { text } = await extractText(bytes, PDF);
      expect(text.replace(/\s+/g, ' '), file).toBe(pdfjs.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('reads a real two-column page drawn row by row column by column', async () => {
    // A government list in two columns, drawn as table rows: pdf.js alternates between the columns.
    const bytes = readFileSync(path.join(FIXTURES, 'pdf-robustness/opf-govdocs1-errors/error_set_1/225188.pdf'));
    const { text } = await extractText(bytes, PDF);
    const order = ['Crimean-Congo', 'Rickettsia rickettsii', 'T-2 toxin', 'Akabane virus', 'Vesicular stomatitis'];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
