/**
 * Hostile DOCX files, built from an ordinary sample resume (a real Word package: styles,
 * numbering, notes) by replacing or swelling one part, so that everything else about them is what
 * a reader expects. The bytes are the same on every run. See test/fixtures/hostile/README.md.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { readZip, writeRawZip, type RawZipEntry, type ZipEntry } from './samples.zip.js';

const MiB = 1024 * 1024;
const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A part as written by the sample generator: deflated at level 9, its true size declared. */
function honest({ name, data }: ZipEntry): RawZipEntry {
  return { name, compressed: deflateRawSync(data, { level: 9 }), crc: crc32(data), uncompressedSize: data.length };
}

/**
 * The sample's parts with `name` replaced by `data`, declared as `declaredSize` bytes (its true
 * size when not given: an honest archive). The CRC is the true one, so that only the size lies.
 */
function withPart(base: Buffer, name: string, data: Buffer, declaredSize = data.length): Buffer {
  const parts = readZip(base);
  if (!parts.some((p) => p.name === name)) throw new Error(`the base document has no ${name}`);
  return writeRawZip(
    parts.map((part) =>
      part.name === name
        ? { name, compressed: deflateRawSync(data, { level: 9 }), crc: crc32(data), uncompressedSize: declaredSize }
        : honest(part),
    ),
  );
}

/** `bytes` of XML: `head`, then spaces, then `tail`. Spaces deflate about 1,000 to 1. */
function padded(head: string, bytes: number, tail: string): Buffer {
  const data = Buffer.alloc(bytes, ' ');
  data.write(head, 0, 'utf8');
  data.write(tail, bytes - Buffer.byteLength(tail), 'utf8');
  return data;
}

/** The base document's main part with `bytes` of spaces inside a preserved text run of its first paragraph. */
function swollenDocument(base: Buffer, bytes: number): Buffer {
  const xml = readZip(base)
    .find((p) => p.name === 'word/document.xml')!
    .data.toString('utf8');
  const at = xml.indexOf('<w:body>') + '<w:body>'.length;
  const head = `${xml.slice(0, at)}<w:p><w:r><w:t xml:space="preserve">`;
  const tail = `</w:t></w:r></w:p>${xml.slice(at)}`;
  return padded(head, bytes, tail);
}

/**
 * An honest zip bomb: word/document.xml inflates to `bytes` (64 MiB by default, about 64 KB on
 * disk) and the zip headers say so.
 */
export function honestZipBomb(base: Buffer, bytes = 64 * MiB): Buffer {
  return withPart(base, 'word/document.xml', swollenDocument(base, bytes));
}

/**
 * The same bomb with lying sizes: the zip headers (local and central) declare the original
 * document's 6 KB, the part inflates to `bytes`.
 */
export function lyingZipBomb(base: Buffer, bytes = 64 * MiB): Buffer {
  const original = readZip(base).find((p) => p.name === 'word/document.xml')!.data.length;
  return withPart(base, 'word/document.xml', swollenDocument(base, bytes), original);
}

/**
 * Lying sizes in a part that only the Word reader (mammoth) opens, not the hidden-run scan:
 * word/numbering.xml declares its original 3 KB and inflates to `bytes`.
 */
export function lyingNumberingBomb(base: Buffer, bytes = 64 * MiB): Buffer {
  const numbering = readZip(base).find((p) => p.name === 'word/numbering.xml')!.data;
  const xml = numbering.toString('utf8');
  const close = xml.lastIndexOf('</w:numbering>');
  const data = padded(xml.slice(0, close), bytes, xml.slice(close));
  return withPart(base, 'word/numbering.xml', data, numbering.length);
}

/**
 * "Billion laughs": word/document.xml declares ten entities, each ten of the one before, and
 * uses the last: 10^9 copies of "lol" (3 GB) for a parser that expands internal entities.
 */
export function entityBomb(base: Buffer): Buffer {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<!DOCTYPE w:document [\n${entities.join('\n')}\n]>\n` +
    `<w:document xmlns:w="${WORD_NS}"><w:body>` +
    '<w:p><w:r><w:t>Jane Roe, senior backend engineer, Berlin. Ten years of TypeScript, Node.js, PostgreSQL and Redis.</w:t></w:r></w:p>' +
    '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>' +
    '</w:body></w:document>';
  return withPart(base, 'word/document.xml', Buffer.from(xml, 'utf8'));
}
