import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../shared/errors.js';
import { assertSafeDocx } from './docx-guard.js';
import { DOCX } from './extraction.types.js';
import { detectMediaType } from './media-type.js';
import { buildZip, docxLikeZip } from './zip-writer.test-helper.js';

const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
const MiB = 1024 * 1024;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('assertSafeDocx', () => {
  it('accepts real Word documents', async () => {
    const generated = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Jane Roe')] }] }));
    await expect(assertSafeDocx(generated, 'generated.docx')).resolves.toBeUndefined();
    const real = readFileSync(
      path.join(SHARED, 'fixtures/resumes/jiejiewang-groundtruth/sample_resumes/resume10.docx'),
    );
    await expect(assertSafeDocx(real, 'resume10.docx')).resolves.toBeUndefined();
    await expect(assertSafeDocx(docxLikeZip(), 'minimal.docx')).resolves.toBeUndefined();
  });

  it('refuses a 60 MiB bomb from its central directory, which content sniffing takes for DOCX', async () => {
    const zeros = { name: 'word/media/padding.bin', data: Buffer.alloc(60 * MiB) };
    const bomb = docxLikeZip([zeros]);
    expect(bomb.length).toBeLessThan(MiB);
    expect(await detectMediaType(bomb, 'cv.docx')).toBe(DOCX);

    // How fast the refusal is is a figure for `npm run bench` (section guards), not a test.
    const error = await rejection(assertSafeDocx(bomb, 'cv.docx'));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    const { code, message, details } = error as PayloadTooLargeError;
    expect(code).toBe('PAYLOAD_TOO_LARGE');
    expect(message).toMatch(/^cv\.docx looks like a zip bomb/);
    expect(details).toMatchObject({ filename: 'cv.docx', reason: 'ZIP_BOMB', limit: 50 * MiB });
  });

  it('refuses one entry compressed beyond the ratio limit, even under the total', async () => {
    const bomb = docxLikeZip([{ name: 'word/media/padding.bin', data: Buffer.alloc(5 * MiB) }]);
    const error = await rejection(assertSafeDocx(bomb, 'cv.docx'));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect((error as PayloadTooLargeError).details).toMatchObject({
      reason: 'ZIP_BOMB',
      entry: 'word/media/padding.bin',
      limit: 100,
    });
    // Small entries compress well and are harmless: a 512 KiB run of zeros is fine.
    const small = docxLikeZip([{ name: 'word/media/padding.bin', data: Buffer.alloc(512 * 1024) }]);
    await expect(assertSafeDocx(small, 'cv.docx')).resolves.toBeUndefined();
  });

  it('refuses too many entries, and honours custom limits', async () => {
    const many = docxLikeZip(Array.from({ length: 2_000 }, (_, i) => ({ name: `word/x${i}.xml`, data: '<x/>' })));
    const error = await rejection(assertSafeDocx(many, 'many.docx'));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect((error as PayloadTooLargeError).details).toMatchObject({ reason: 'ZIP_BOMB', entries: 2_002, limit: 2_000 });

    const tight = { maxUncompressedBytes: 1_000, maxRatio: 100, maxEntries: 10 };
    const total = await rejection(
      assertSafeDocx(docxLikeZip([{ name: 'a.txt', data: 'a'.repeat(2_000) }]), 'a.docx', tight),
    );
    expect((total as PayloadTooLargeError).details).toMatchObject({ reason: 'ZIP_BOMB', limit: 1_000 });
  });

  it('refuses a zip without a Word main document', async () => {
    const zip = docxLikeZip([], { withDocument: false });
    const error = await rejection(assertSafeDocx(zip, 'fake.docx'));
    expect(error).toBeInstanceOf(UnsupportedMediaTypeError);
    expect((error as UnsupportedMediaTypeError).message).toMatch(/^fake\.docx .*no word\/document\.xml/);
    const other = buildZip([{ name: 'notes.txt', data: 'hello' }]);
    await expect(assertSafeDocx(other, 'notes.docx')).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });

  it('refuses bytes that are not a readable zip', async () => {
    for (const bytes of [Buffer.from('PK\u0003\u0004 not really a zip'), docxLikeZip().subarray(0, 200)]) {
      const error = await rejection(assertSafeDocx(bytes, 'broken.docx'));
      expect(error).toBeInstanceOf(UnsupportedMediaTypeError);
      expect((error as UnsupportedMediaTypeError).details).toMatchObject({ filename: 'broken.docx' });
    }
  });
});
