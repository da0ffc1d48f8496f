/**
 * The stream budget on PDFs built for each case: what passes, what is refused as a bomb, and what
 * it does not see (left to the reader's memory limits).
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPdf, deflatedRepeat } from '../../test/support/hostile.pdf.js';
import { ExtractionError } from './extraction.error.js';
import { assertStreamsWithinBudget, type StreamBudget } from './pdf-streams.js';

const MiB = 1024 * 1024;
/** A small budget, so that the bombs here stay small: 1 MiB a stream, 3 MiB in all. */
const BUDGET: StreamBudget = { maxStreamBytes: 1 * MiB, maxTotalBytes: 3 * MiB };

/** A catalog and page tree, then one stream object per entry. */
function pdfWithStreams(streams: { dict: string; data: Buffer }[]): Buffer {
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', ...streams]);
}

function refusal(pdf: Buffer): string {
  try {
    assertStreamsWithinBudget(pdf, BUDGET);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).failure).toBe('TOO_LARGE');
    return (error as ExtractionError).message;
  }
  throw new Error('the PDF was not refused');
}

describe('assertStreamsWithinBudget', () => {
  it('passes streams within the budget, deflated once or twice, and streams it cannot inflate', () => {
    const pdf = pdfWithStreams([
      { dict: '/Filter /FlateDecode', data: deflatedRepeat('0 0 m\n', 100_000) },
      { dict: '/Filter [/FlateDecode /FlateDecode]', data: deflatedRepeat('0 0 m\n', 100_000, { times: 2 }) },
      // Damaged (or encrypted) data is pdf.js's to judge.
      { dict: '/Filter /FlateDecode', data: Buffer.from('not deflate data at all') },
    ]);
    expect(() => assertStreamsWithinBudget(pdf, BUDGET)).not.toThrow();
  });

  it('refuses a stream that inflates past the budget, deflated once, twice, or under the abbreviated name', () => {
    const moves = 200_000; // 1.2 MB of operators
    const once = pdfWithStreams([{ dict: '/Filter /FlateDecode', data: deflatedRepeat('0 0 m\n', moves) }]);
    expect(refusal(once)).toMatch(/^a stream of the PDF at byte \d+ inflates to more than 1048576 bytes/);
    const twice = pdfWithStreams([
      { dict: '/Filter [/FlateDecode /FlateDecode]', data: deflatedRepeat('0 0 m\n', moves, { times: 2 }) },
    ]);
    expect(refusal(twice)).toMatch(/inflates to more than 1048576 bytes/);
    const abbreviated = pdfWithStreams([{ dict: '/Filter /Fl', data: deflatedRepeat('0 0 m\n', moves) }]);
    expect(refusal(abbreviated)).toMatch(/inflates to more than 1048576 bytes/);
  });

  it('refuses streams that are each within the budget but past it together', () => {
    const stream = { dict: '/Filter /FlateDecode', data: deflatedRepeat('0 0 m\n', 150_000) }; // 900 KB
    expect(() => assertStreamsWithinBudget(pdfWithStreams([stream, stream, stream]), BUDGET)).not.toThrow();
    expect(refusal(pdfWithStreams([stream, stream, stream, stream]))).toMatch(
      /^the PDF's streams inflate to more than 3145728 bytes together/,
    );
  });

  it('lets an image inflate to its samples (width x height x 4 components), and no further', () => {
    const image = (width: number, height: number, bytes: number) => ({
      dict: `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /BitsPerComponent 8 /Filter /FlateDecode`,
      data: deflateSync(Buffer.alloc(bytes)),
    });
    // 1000 x 1000 RGB: 3 MB of samples, more than a content stream's budget, and its due.
    expect(() => assertStreamsWithinBudget(pdfWithStreams([image(1000, 1000, 3_000_000)]), BUDGET)).not.toThrow();
    expect(refusal(pdfWithStreams([image(1000, 1000, 5_000_000)]))).toMatch(/inflates to more than 4000000 bytes/);
  });

  it('does not see filters it cannot read from the stream dictionary (the reader limits stop those)', () => {
    const moves = 200_000;
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      // An indirect filter, and a chain with a filter other than Flate: both left alone.
      { dict: '/Filter 5 0 R', data: deflatedRepeat('0 0 m\n', moves) },
      { dict: '/Filter [/ASCIIHexDecode /FlateDecode]', data: Buffer.from('00>') },
      '/FlateDecode',
    ]);
    expect(() => assertStreamsWithinBudget(pdf, BUDGET)).not.toThrow();
  });
});
