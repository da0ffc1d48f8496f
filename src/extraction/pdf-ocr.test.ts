/**
 * OCR of image-only PDFs. Few tests: reading a page takes about a second.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionError } from './extraction.error.js';
import { PDF } from './extraction.types.js';
import { createOcrEngine } from './pdf-ocr.js';
import { OCR_RESUME, PAGE, pdfOf, scannedPdf, solidPng } from './pdf.test-helper.js';
import { extractText } from './resume.extractor.js';

const RESUME = OCR_RESUME;

describe('extractText on scanned PDFs', () => {
  // One tesseract for both tests, as a pool thread keeps one.
  const ocrEngine = createOcrEngine();
  afterAll(() => ocrEngine.stop());

  it('reads a page without a text layer by OCR, offline, and flags it', async () => {
    const { text, flags, pages, hiddenText } = await extractText(await scannedPdf(RESUME), PDF, { ocrEngine });
    for (const phrase of ['Jane Roe', 'jane.roe@example.com', 'TypeScript', 'PostgreSQL', 'Kubernetes', 'TU Munich']) {
      expect(text).toContain(phrase);
    }
    expect(flags).toEqual(['OCR']);
    expect(pages).toBe(1);
    expect(hiddenText).toBe('');
  });

  it('fails a scan with nothing to read with LOW_TEXT, never an empty resume', async () => {
    const blank = await solidPng('#fbfbf8');
    const pdf = await pdfOf((doc) => doc.image(blank, 0, 0, { width: PAGE.width, height: PAGE.height }));
    const error = await extractText(pdf, PDF, { ocrEngine }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).failure).toBe('LOW_TEXT');
  });
});
