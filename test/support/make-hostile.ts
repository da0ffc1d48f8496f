/**
 * `npm run hostile`: writes the hostile corpus, test/fixtures/hostile/ (see its README.md), from
 * hostile.pdf.ts and hostile.docx.ts. The DOCX files are built from the sample resume
 * test/fixtures/samples/02-mateus-oliveira-santos.docx (`npm run samples`).
 *
 * The output is deterministic, byte for byte: change a generator, run this, commit the files.
 * The one hostile file too large to commit, a text of one 9.5 MB line, is written at test time
 * by {@link hugeSingleLineText} instead.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { entityBomb, honestZipBomb, lyingNumberingBomb, lyingZipBomb } from './hostile.docx.js';
import {
  contentStreamBomb,
  doubleFlateBomb,
  fontBomb,
  hiddenFilterBomb,
  imageBomb,
  nestedArrays,
  nestedDictionaries,
  pageCountBomb,
  referenceLoops,
} from './hostile.pdf.js';
import { ROOT, SAMPLES } from './files.js';

export const HOSTILE = path.join(ROOT, 'test/fixtures/hostile');
const DOCX_BASE = path.join(SAMPLES, '02-mateus-oliveira-santos.docx');

/** Every committed hostile file, by name, with what builds it. */
export const HOSTILE_FILES: Record<string, (docx: Buffer) => Buffer> = {
  'flate-bomb-content.pdf': () => contentStreamBomb(),
  'flate-bomb-double.pdf': () => doubleFlateBomb(),
  'flate-bomb-hidden-filter.pdf': () => hiddenFilterBomb(),
  'flate-bomb-font.pdf': () => fontBomb(),
  'flate-bomb-image.pdf': () => imageBomb(),
  'image-pixel-bomb.pdf': () => imageBomb({ images: 6, grey: true }),
  'page-count-bomb.pdf': () => pageCountBomb(),
  'nested-arrays.pdf': () => nestedArrays(),
  'nested-dictionaries.pdf': () => nestedDictionaries(),
  'reference-loops.pdf': () => referenceLoops(),
  'docx-zip-bomb.docx': (docx) => honestZipBomb(docx),
  'docx-zip-bomb-lying.docx': (docx) => lyingZipBomb(docx),
  'docx-zip-bomb-lying-numbering.docx': (docx) => lyingNumberingBomb(docx),
  'docx-entity-bomb.docx': (docx) => entityBomb(docx),
};

/** Name of the text generated at test time. */
export const HUGE_TEXT_NAME = 'huge-single-line.txt';

/**
 * A resume-like text of one line of `bytes` (9.5 MB by default: under the 10 MiB upload limit, far
 * over the 200,000 characters of text a resume may have): words, no line break.
 */
export function hugeSingleLineText(bytes = 9.5 * 1024 * 1024): Buffer {
  const words = 'Jane Roe senior backend engineer TypeScript Node.js PostgreSQL Redis Kubernetes ';
  return Buffer.alloc(Math.floor(bytes), words, 'utf8');
}

function main(): void {
  mkdirSync(HOSTILE, { recursive: true });
  const docx = readFileSync(DOCX_BASE);
  for (const [name, build] of Object.entries(HOSTILE_FILES)) {
    const bytes = build(docx);
    writeFileSync(path.join(HOSTILE, name), bytes);
    const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    console.log(`${name.padEnd(36)} ${String(bytes.length).padStart(8)} bytes  sha256 ${sha}…`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
