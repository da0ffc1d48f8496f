/**
 * Hostile PDFs, built from nothing so that the bytes are the same on every run: decompression
 * bombs (content stream, font program, image), a page-count bomb, deep nesting, reference loops.
 * Each is a well-formed PDF as far as its cross-reference table goes: what is hostile is what a
 * reader finds when it follows it. See test/fixtures/hostile/README.md.
 */
import { deflateSync } from 'node:zlib';

/** An indirect object's body: plain (`<< ... >>`, `[ ... ]`, `5 0 R`) or a stream. */
export type PdfObject = string | { dict: string; data: Buffer };

const HEADER = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');

/**
 * Writes objects 1..n (object 1 is the catalog) with a correct cross-reference table. A stream's
 * `/Length` is added here, after its own dictionary entries.
 */
export function buildPdf(objects: readonly PdfObject[]): Buffer {
  const parts: Buffer[] = [HEADER];
  const offsets: number[] = [];
  let at = HEADER.length;
  const push = (part: Buffer) => {
    parts.push(part);
    at += part.length;
  };
  objects.forEach((object, i) => {
    offsets.push(at);
    if (typeof object === 'string') {
      push(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1'));
    } else {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.data.length} >>\nstream\n`, 'latin1'));
      push(object.data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = at;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

/** `count` copies of `unit`, deflated at level 9: the bomb's payload. */
export function deflatedRepeat(unit: string, count: number, { times = 1 } = {}): Buffer {
  let data = Buffer.alloc(unit.length * count, unit, 'latin1');
  for (let i = 0; i < times; i++) data = deflateSync(data, { level: 9 });
  return data;
}

/** `[/FlateDecode /FlateDecode]` for a payload deflated twice. */
function flate(times: number): string {
  return times === 1 ? '/Filter /FlateDecode' : `/Filter [${Array(times).fill('/FlateDecode').join(' ')}]`;
}

const PAGE_BOX = '/MediaBox [0 0 612 792]';
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
/**
 * Lines of ordinary resume text (well over the 80 visible characters of LOW_TEXT), so that a
 * reader that got past the hostile part would have a resume to score: a hostile file that ends
 * FAILED does so because of what is hostile in it.
 */
const TEXT_LINE =
  'BT /F1 12 Tf 14 TL 72 720 Td (Jane Roe, senior backend engineer, Berlin) Tj ' +
  "(Ten years of TypeScript, Node.js, PostgreSQL and Redis services) ' " +
  "(Led the move of a payments platform to event sourcing on Kubernetes) ' ET\n";

/** One page drawing `content` with Helvetica as /F1 and `resources` added to its resources. */
function onePage(content: PdfObject, resources = ''): PdfObject[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> ${resources} >> /Contents 5 0 R >>`,
    HELVETICA,
    content,
  ];
}

/**
 * The bomb: one content stream of `0 0 m\n` (a move-to) repeated `moves` times, deflated
 * at level 9. 60 million moves: 360 MB of operators from about 525 KB.
 */
export function contentStreamBomb(moves = 60_000_000): Buffer {
  return buildPdf(onePage({ dict: flate(1), data: deflatedRepeat('0 0 m\n', moves) }));
}

/**
 * The same operators deflated twice (`/Filter [/FlateDecode /FlateDecode]`): the first pass gives
 * back the 525 KB stream above, the second the 360 MB. About 2 KB on disk.
 */
export function doubleFlateBomb(moves = 60_000_000): Buffer {
  return buildPdf(onePage({ dict: flate(2), data: deflatedRepeat('0 0 m\n', moves, { times: 2 }) }));
}

/**
 * The double-deflated bomb with its filters out of sight: `/Filter 6 0 R`, an indirect object
 * holding `[/FlateDecode /FlateDecode]`. A reader follows the reference; a scan of the stream
 * dictionaries for `/FlateDecode` (Sift's stream budget) does not, so only the reader's own
 * memory limits stop it.
 */
export function hiddenFilterBomb(moves = 60_000_000): Buffer {
  return buildPdf(
    onePage({ dict: '/Filter 6 0 R', data: deflatedRepeat('0 0 m\n', moves, { times: 2 }) }).concat([
      '[/FlateDecode /FlateDecode]',
    ]),
  );
}

/**
 * Text set in an embedded TrueType font whose program (`/FontFile2`) inflates to `bytes` of zeros
 * (deflated twice: about 2 KB on disk). A reader loads the font to read the text.
 */
export function fontBomb(bytes = 512 * 1024 * 1024): Buffer {
  const widths = Array(95).fill(500).join(' ');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    `<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /Widths [${widths}] ` +
      '/Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>',
    { dict: '', data: Buffer.from(TEXT_LINE, 'latin1') },
    '<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 ' +
      '/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>',
    { dict: `${flate(2)} /Length1 ${bytes}`, data: deflatedRepeat('\0', bytes, { times: 2 }) },
  ]);
}

/**
 * A page that draws `images` different images of `width` x `height` pixels each (just under
 * pdf.js's 40 MP cap by default), every one deflated twice from zeros (under 1 KB each on disk),
 * beside a few lines of text. In colour (the default) they inflate to 117 MB each; in grey to 39 MB.
 */
export function imageBomb({ images = 12, width = 6_500, height = 6_000, grey = false } = {}): Buffer {
  const names = Array.from({ length: images }, (_, i) => `/Im${i} ${6 + i} 0 R`).join(' ');
  const draws = Array.from({ length: images }, (_, i) => `q 612 0 0 792 0 0 cm /Im${i} Do Q`).join('\n');
  const components = grey ? 1 : 3;
  const image: PdfObject = {
    dict:
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} ` +
      `/ColorSpace /${grey ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 ${flate(2)}`,
    data: deflatedRepeat('\0', width * height * components, { times: 2 }),
  };
  return buildPdf(
    onePage({ dict: '', data: Buffer.from(`${draws}\n${TEXT_LINE}`, 'latin1') }, `/XObject << ${names} >>`).concat(
      Array<PdfObject>(images).fill(image),
    ),
  );
}

/**
 * A page tree that is a chain of `levels` Pages nodes, each listing the next one `fanOut` times:
 * `fanOut ** levels` pages (10^9 by default) from a dozen objects, and a /Count that says so.
 */
export function pageCountBomb(fanOut = 10, levels = 9): Buffer {
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < levels; level++) {
    const self = level + 2;
    const kid = `${self + 1} 0 R `.repeat(fanOut).trim();
    const parent = level === 0 ? '' : `/Parent ${self - 1} 0 R `;
    objects.push(`<< /Type /Pages ${parent}/Kids [${kid}] /Count ${fanOut ** (levels - level)} >>`);
  }
  const page = objects.length + 1;
  objects.push(
    `<< /Type /Page /Parent ${page - 1} 0 R ${PAGE_BOX} /Resources << /Font << /F1 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`,
    HELVETICA,
    { dict: '', data: Buffer.from(TEXT_LINE, 'latin1') },
  );
  return buildPdf(objects);
}

/**
 * A page whose /Contents is the content stream inside `depth` arrays (`[[[...5 0 R...]]]`): the
 * page dictionary itself is that deep, 2 bytes a level.
 */
export function nestedArrays(depth = 10_000): Buffer {
  const contents = `${'['.repeat(depth)}5 0 R${']'.repeat(depth)}`;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> >> /Contents ${contents} >>`,
    HELVETICA,
    { dict: '', data: Buffer.from(TEXT_LINE, 'latin1') },
  ]);
}

/**
 * A page dictionary with an entry (`/PieceInfo`, application data a reader may skip) that is
 * `depth` dictionaries deep (`<</A<</A...>>>>`), 6 bytes a level: parsed with the page.
 */
export function nestedDictionaries(depth = 10_000): Buffer {
  const deep = `${'<</A'.repeat(depth)}${'>>'.repeat(depth)}`;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /PieceInfo ${deep} >>`,
    HELVETICA,
    { dict: '', data: Buffer.from(TEXT_LINE, 'latin1') },
  ]);
}

/**
 * Reference loops: the page tree's root lists itself as its only kid (so the first page is
 * looked for forever), beside a Form XObject that draws itself, a page whose /Parent is itself
 * (resources are inherited through /Parent) and a stream whose /Length is an object that refers to
 * itself.
 */
export function referenceLoops(): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 3 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> /XObject << /X1 5 0 R >> >> /Contents [6 0 R 7 0 R] >>`,
    HELVETICA,
    {
      dict: '/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 5 0 R >> >>',
      data: Buffer.from('/X1 Do\n', 'latin1'),
    },
    { dict: '', data: Buffer.from(`${TEXT_LINE}/X1 Do\n`, 'latin1') },
    // Its /Length is object 8, which is a reference to itself.
    '<< /Length 8 0 R >>\nstream\nBT ET\nendstream',
    '8 0 R',
  ]);
}
