/**
 * PDFs made for tests with pdfkit (and @napi-rs/canvas for scanned pages): small, exact, and
 * built to show one behaviour each. Not for production use.
 */
import { createCanvas } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';

/** US Letter, in points. */
export const PAGE = { width: 612, height: 792 };

/** A short resume, as lines, for the OCR tests to draw on a page and read back. */
export const OCR_RESUME = [
  'Jane Roe',
  'Senior Backend Engineer, Berlin',
  'jane.roe@example.com',
  'Skills: TypeScript, PostgreSQL, Redis, Kubernetes',
  'Acme Payments 2018-2024: led the move to event sourcing',
  'MSc Computer Science, TU Munich',
];

/** Builds a one-page (or more, if `draw` adds pages) Letter PDF with no margins. */
export async function pdfOf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * A two-column page drawn as some producers do: line by line across the page, so that the
 * content stream interleaves the columns. A full-width heading sits on top.
 */
export function interleavedTwoColumnPdf(heading: string, left: string[], right: string[]): Promise<Buffer> {
  return pdfOf((doc) => {
    doc.font('Helvetica-Bold').fontSize(18).text(heading, 50, 40, { lineBreak: false });
    doc.font('Helvetica').fontSize(10);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const y = 90 + i * 14;
      if (left[i]) doc.text(left[i]!, 50, y, { lineBreak: false });
      if (right[i]) doc.text(right[i]!, 330, y, { lineBreak: false });
    }
  });
}

/** A page that is only a picture of text (a scan): the lines rendered to a PNG, placed full-page. */
export async function scannedPdf(lines: string[]): Promise<Buffer> {
  const dpi = 150;
  const scale = dpi / 72;
  const canvas = createCanvas(Math.round(PAGE.width * scale), Math.round(PAGE.height * scale));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111111';
  lines.forEach((line, i) => {
    context.font = i === 0 ? 'bold 46px sans-serif' : '28px sans-serif';
    context.fillText(line, 100, 150 + i * 50);
  });
  const png = await canvas.encode('png');
  return pdfOf((doc) => doc.image(png, 0, 0, { width: PAGE.width, height: PAGE.height }));
}

/** A small PNG of one colour, like a blank scan. */
export async function solidPng(colour: string): Promise<Buffer> {
  const canvas = createCanvas(64, 64);
  const context = canvas.getContext('2d');
  context.fillStyle = colour;
  context.fillRect(0, 0, canvas.width, canvas.height);
  return canvas.encode('png');
}
