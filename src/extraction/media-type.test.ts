import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, UnsupportedMediaTypeError } from '../shared/errors.js';
import { DOCX, JPEG, MARKDOWN, PDF, PNG, TEXT, TIFF } from './extraction.types.js';
import { greyOf, pageCanvas, tiffOf } from './image.test-helper.js';
import { detectMediaType } from './media-type.js';
import { buildZip } from './zip-writer.test-helper.js';

const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
const RESUMES = path.join(SHARED, 'fixtures/resumes');
const pdf = readFileSync(path.join(RESUMES, 'open-resume/openresume-resume.pdf'));
const docx = readFileSync(path.join(RESUMES, 'jiejiewang-groundtruth/sample_resumes/resume10.docx'));
const text = Buffer.from('Jane Roe\nSenior engineer, Zürich\n\n- TypeScript\n- PostgreSQL\n', 'utf8');
const page = pageCanvas(['Jane Roe', 'Senior engineer'], { dpi: 20 });
const png = page.encodeSync('png');
const jpeg = page.encodeSync('jpeg');
const tiff = tiffOf([greyOf(page)]);
/** The start of a Windows program. */
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x40, 0, 0, 0]),
  Buffer.from('PE\0\0'),
  Buffer.alloc(64),
]);
/** The compound-file header of a legacy Word 97-2003 .doc. */
const LEGACY_DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);

async function unsupported(promise: Promise<unknown>): Promise<UnsupportedMediaTypeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnsupportedMediaTypeError);
  return error as UnsupportedMediaTypeError;
}

describe('detectMediaType: what the content is', () => {
  it('recognises PDF and DOCX by their bytes', async () => {
    expect(await detectMediaType(pdf, 'cv.pdf', 'application/pdf')).toBe(PDF);
    expect(await detectMediaType(docx, 'cv.docx', DOCX)).toBe(DOCX);
    const generated = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Jane')] }] }));
    expect(await detectMediaType(generated, 'generated.docx')).toBe(DOCX);
  });

  it('recognises JPEG, PNG and TIFF images by their bytes, whatever image extension they carry', async () => {
    expect(await detectMediaType(png, 'scan.png', 'image/png')).toBe(PNG);
    expect(await detectMediaType(jpeg, 'photo.jpeg', 'image/jpeg')).toBe(JPEG);
    expect(await detectMediaType(jpeg, 'photo.JPG')).toBe(JPEG);
    expect(await detectMediaType(tiff, 'fax.tif', 'image/tiff')).toBe(TIFF);
    expect(await detectMediaType(tiff, 'fax')).toBe(TIFF);
    // One family, read the same way: a PNG saved as .jpg is a slip, not a disguise.
    expect(await detectMediaType(png, 'scan.jpg', 'image/jpeg')).toBe(PNG);
  });

  it('recognises UTF-8 text, and Markdown by its file name', async () => {
    expect(await detectMediaType(text, 'cv.txt', 'text/plain; charset=utf-8')).toBe(TEXT);
    expect(await detectMediaType(text, 'cv')).toBe(TEXT);
    expect(await detectMediaType(text, 'cv.md')).toBe(MARKDOWN);
    expect(await detectMediaType(text, 'CV.Markdown', 'text/plain')).toBe(MARKDOWN);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]);
    expect(await detectMediaType(bom, 'cv.txt')).toBe(TEXT);
  });

  it('takes clean text for text even when its first letters match a binary magic number', async () => {
    for (const start of ['BMW Group, Munich', 'MZ Consulting', 'ID3 Systems', 'FORM Design Studio', 'GIF89 Studio']) {
      const bytes = Buffer.from(`${start}\nSenior engineer, 2015-2024\n`, 'utf8');
      expect(await detectMediaType(bytes, 'cv.txt'), start).toBe(TEXT);
    }
  });

  it('ignores a missing, empty or generic declared type and unknown extensions', async () => {
    for (const declared of [undefined, null, '', '  ', 'application/octet-stream', 'binary/whatever']) {
      expect(await detectMediaType(pdf, 'cv.pdf', declared)).toBe(PDF);
    }
    expect(await detectMediaType(pdf, 'scan.final')).toBe(PDF);
    expect(await detectMediaType(pdf, 'cv.constructor', 'constructor')).toBe(PDF);
    expect(await detectMediaType(pdf, 'CV.PDF', 'APPLICATION/PDF')).toBe(PDF);
  });

  it('refuses content that is none of the supported types, saying what it is', async () => {
    const cases: [Buffer, string, string][] = [
      [EXE, 'setup.exe', 'application/x-msdownload'],
      [LEGACY_DOC, 'cv.doc', 'application/x-cfb'],
      [buildZip([{ name: 'cv.txt', data: 'Jane Roe' }]), 'cv.zip', 'application/zip'],
      [Buffer.alloc(256, 0xc3), 'junk.bin', 'application/octet-stream'],
      [Buffer.from('Jane\0Roe\0\0\0binary', 'utf8'), 'cv', 'application/octet-stream'],
      [Buffer.from('\u0001\u0002\u0003\u0004'.repeat(20) + 'Jane Roe', 'utf8'), 'cv', 'application/octet-stream'],
      [Buffer.from('Caf\xe9 au lait, r\xe9sum\xe9', 'latin1'), 'cv.txt', 'application/octet-stream'],
      [Buffer.from('\uFEFFJane Roe', 'utf16le'), 'cv.txt', 'text/plain; charset=utf-16'],
      [Buffer.from('{\\rtf1\\ansi Jane Roe\\par}'), 'cv.rtf', 'application/rtf'],
      [Buffer.from('<?xml version="1.0"?><resume>Jane Roe</resume>'), 'cv.xml', 'application/xml'],
      [Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64)]), 'cv.gif', 'image/gif'],
    ];
    for (const [bytes, filename, detected] of cases) {
      const error = await unsupported(detectMediaType(bytes, filename, null));
      expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(error.details, filename).toEqual({ filename, detected, declared: null, reason: 'UNSUPPORTED' });
      expect(error.message, filename).toContain(filename);
      expect(error.message).toMatch(
        /Sift accepts PDF, DOCX, plain text \(UTF-8\) and Markdown resumes, and JPEG, PNG or TIFF/,
      );
    }
  });

  it('refuses an empty or blank file as bad input', async () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from(' \r\n\t \n'), Buffer.from('\uFEFF  \n', 'utf8')]) {
      const error = await detectMediaType(bytes, 'blank.txt').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).details).toEqual({ filename: 'blank.txt', reason: 'EMPTY_FILE' });
      expect((error as BadUserInputError).message).toContain('blank.txt');
    }
  });
});

describe('detectMediaType: content against name and declared type', () => {
  it('refuses a declared type naming another supported format (a lying MIME type)', async () => {
    const error = await unsupported(detectMediaType(pdf, 'cv', DOCX));
    expect(error.details).toEqual({ filename: 'cv', detected: PDF, declared: DOCX, reason: 'TYPE_MISMATCH' });
    expect(error.message).toMatch(/^cv was sent as .+document but its content is PDF/);
    await unsupported(detectMediaType(text, 'cv.txt', 'application/pdf'));
    await unsupported(detectMediaType(docx, 'cv.docx', 'text/plain'));
    const image = await unsupported(detectMediaType(png, 'scan.png', 'application/pdf'));
    expect(image.details).toMatchObject({ detected: PNG, reason: 'TYPE_MISMATCH' });
    expect(image.message).toBe('scan.png was sent as application/pdf but its content is an image (image/png)');
    await unsupported(detectMediaType(pdf, 'cv.pdf', 'image/jpeg'));
  });

  it('refuses an extension naming another supported format', async () => {
    const asPdf = await unsupported(detectMediaType(text, 'x.pdf'));
    expect(asPdf.details).toEqual({ filename: 'x.pdf', detected: TEXT, declared: null, reason: 'TYPE_MISMATCH' });
    expect(asPdf.message).toBe('x.pdf is named as PDF but its content is text (text/plain)');
    await unsupported(detectMediaType(pdf, 'cv.docx', 'application/pdf'));
    await unsupported(detectMediaType(pdf, 'cv.txt'));
    await unsupported(detectMediaType(docx, 'cv.md'));
    await unsupported(detectMediaType(jpeg, 'cv.pdf'));
    await unsupported(detectMediaType(pdf, 'scan.tiff'));
    await unsupported(detectMediaType(text, 'cv.png'));
  });

  it('treats plain text and Markdown as one family', async () => {
    expect(await detectMediaType(text, 'cv.md', 'text/plain')).toBe(MARKDOWN);
    expect(await detectMediaType(text, 'cv.txt', 'text/markdown')).toBe(TEXT);
    expect(await detectMediaType(text, 'cv.markdown', 'text/x-markdown')).toBe(MARKDOWN);
  });
});
