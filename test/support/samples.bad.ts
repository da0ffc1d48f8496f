/**
 * Files that Sift must refuse or fail cleanly: each one is built here from nothing, so the bytes are
 * the same on every run. `encrypted.pdf` is the exception: it is a committed third-party file (see
 * test/fixtures/bad/README.md) that this generator leaves alone.
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { writeRawZip, writeZip } from './samples.zip.js';

/** Declared size of word/document.xml inside zip-bomb.docx. */
export const ZIP_BOMB_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** A 1x1 opaque teal PNG. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: truecolour RGB
  const scanline = Buffer.from([0, 0x1f, 0x8a, 0x8a]); // filter byte, then R G B
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanline, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Resume text in a file that claims to be a PDF. */
export function lyingPdf(): Buffer {
  return Buffer.from(
    [
      'Noor Bakr',
      'noor.bakr@example.com | +1 555-0150 | Vienna, Austria',
      '',
      'This file is plain text with a .pdf name; it has no PDF structure at all.',
      '',
      'EXPERIENCE',
      'Backend Developer, Donau Ticketing, Vienna, 2019 - Present',
      '  - Node.js and TypeScript services on PostgreSQL.',
      '',
    ].join('\n'),
  );
}

/** The OLE2 compound-file signature of a Word 97-2003 .doc, a plausible header, then zeros. */
export function legacyDoc(): Buffer {
  const doc = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc, 0);
  doc.writeUInt16LE(0x003e, 24); // minor version
  doc.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  doc.writeUInt16LE(0xfffe, 28); // byte order mark
  doc.writeUInt16LE(9, 30); // sector shift: 2^9
  doc.writeUInt16LE(6, 32); // mini sector shift: 2^6
  return doc;
}

/**
 * The start of a Windows program: the DOS header ("MZ") pointing at a PE header for i386, then
 * zeros. What a folder of resumes sometimes holds beside them (an installer, a viewer).
 */
export function windowsProgram(): Buffer {
  const exe = Buffer.alloc(1024);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c); // e_lfanew: where the PE header starts
  exe.write('PE\0\0', 0x80, 'latin1');
  exe.writeUInt16LE(0x014c, 0x84); // machine: i386
  return exe;
}

/** A valid zip holding one text file and nothing of a Word document. */
export function notDocx(): Buffer {
  return writeZip([{ name: 'hello.txt', data: Buffer.from('Hello! This zip is not a Word document.\n') }]);
}

/**
 * A docx-shaped zip whose word/document.xml inflates to 200 MiB (one paragraph of "A"s) from
 * about 200 KiB. The central directory declares the true size, as a real bomb would.
 */
export function zipBombDocx(): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${WORD_NS}"><w:body><w:p><w:r><w:t>`;
  const tail = '</w:t></w:r></w:p></w:body></w:document>';
  const document = Buffer.alloc(ZIP_BOMB_UNCOMPRESSED_BYTES, 'A');
  document.write(head, 0, 'utf8');
  document.write(tail, document.length - Buffer.byteLength(tail), 'utf8');

  const small = (name: string, text: string) => {
    const data = Buffer.from(text);
    return {
      name,
      compressed: deflateRawSync(data, { level: 9 }),
      crc: crc32(data),
      uncompressedSize: data.length,
    };
  };
  return writeRawZip([
    small('[Content_Types].xml', CONTENT_TYPES),
    small('_rels/.rels', PACKAGE_RELS),
    {
      name: 'word/document.xml',
      compressed: deflateRawSync(document, { level: 9 }),
      crc: crc32(document),
      uncompressedSize: document.length,
    },
  ]);
}

/** The first 40% of a PDF: no cross-reference table, no trailer. */
export function truncatedPdf(pdf: Buffer): Buffer {
  return Buffer.from(pdf.subarray(0, Math.floor(pdf.length * 0.4)));
}
