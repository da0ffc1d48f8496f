/**
 * DOCX to text. mammoth builds the document and its raw text; the runs a reader cannot see
 * (docx-runs.ts) are left out of that text and returned as hidden text.
 *
 * mammoth's `extractRawText` takes no options, so its document is taken through the documented
 * `transformDocument` hook of `convertToHtml` (with images skipped) and turned into raw text here,
 * as `extractRawText` does (text, tabs, and a blank line after each paragraph), but with a line
 * break inside a paragraph kept as a new line, which `extractRawText` drops.
 *
 * Hostile archives: before either reader opens the package, every XML part is inflated within a
 * budget that does not trust the zip headers (mammoth's JSZip inflates a part whole before it
 * checks the size its headers declare), and a part that declares a DTD is refused: Office
 * documents never carry one, and a DTD is how an XML "billion laughs" entity bomb is written.
 */
import mammoth from 'mammoth';
import path from 'node:path/posix';
import { ExtractionError } from './extraction.error.js';
import { wordRuns, type WordRun } from './docx-runs.js';
import { elements, parseXml } from './xml-tree.js';
import { inflateWithinBudget, readZipEntries } from './zip-entries.js';

export interface DocxText {
  text: string;
  hiddenText: string;
}

/** Largest XML part read for the hidden-run check; the intake's zip-bomb limit is the same. */
const MAX_PART_BYTES = 50 * 1024 * 1024;
/** Most bytes all XML parts may inflate to together (as declared, the intake allows as much). */
const MAX_PARTS_BYTES = 50 * 1024 * 1024;
/** Parts an XML reader opens: mammoth parses these, and nothing else (images are skipped). */
const XML_PART = /\.(?:xml|rels)$/i;
/** A DTD comes before the root element: the start of a part is enough to find one. */
const PROLOG_BYTES = 4 * 1024;
/** How many of our runs to look through for the one mammoth is at (it skips a few we list). */
const MAX_RUN_LOOKAHEAD = 64;
const PACKAGE_RELATIONSHIPS = '_rels/.rels';
const DEFAULT_MAIN_PART = 'word/document.xml';

/** mammoth's document model, as far as raw text needs it. */
interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
}

/**
 * Reads a DOCX's visible text and its hidden runs.
 *
 * @throws ExtractionError CORRUPT when the archive or its XML cannot be read
 */
export async function readDocx(bytes: Buffer): Promise<DocxText> {
  let runs: WordRun[];
  try {
    await assertPartsSafe(bytes);
    runs = await readRuns(bytes);
  } catch (error) {
    throw damaged(error);
  }
  const isHidden = hiddenRunMatcher(runs);
  let text = '';
  try {
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        transformDocument: (document: MammothElement) => {
          text = rawText(document, isHidden);
          return document;
        },
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (error) {
    throw damaged(error);
  }
  return { text, hiddenText: hiddenText(runs) };
}

/**
 * Inflates every XML part within the budget and looks for a DTD in each.
 *
 * @throws Error naming the part: it inflates past its declared size or the budget, or declares a DTD
 */
async function assertPartsSafe(bytes: Buffer): Promise<void> {
  const prologs = await inflateWithinBudget(
    bytes,
    (name) => XML_PART.test(name),
    { maxEntryBytes: MAX_PART_BYTES, maxTotalBytes: MAX_PARTS_BYTES },
    PROLOG_BYTES,
  );
  for (const [name, prolog] of prologs) {
    if (prolog.toString('latin1').includes('<!DOCTYPE')) {
      throw new Error(`${name} declares a DTD (<!DOCTYPE>), which Office documents never do`);
    }
  }
}

async function readRuns(bytes: Buffer): Promise<WordRun[]> {
  const relationships = (await readZipEntries(bytes, [PACKAGE_RELATIONSHIPS], MAX_PART_BYTES)).get(
    PACKAGE_RELATIONSHIPS,
  );
  const main = (relationships && mainPart(relationships.toString('utf8'))) ?? DEFAULT_MAIN_PART;
  const styles = path.join(path.dirname(main), 'styles.xml');
  const parts = await readZipEntries(bytes, [main, styles], MAX_PART_BYTES);
  const document = parts.get(main);
  if (!document) throw new Error(`no ${main}`);
  return wordRuns(document.toString('utf8'), parts.get(styles)?.toString('utf8') ?? null);
}

/** The main document part named by the package relationships (Word Online writes `document2.xml`). */
function mainPart(relationshipsXml: string): string | undefined {
  const target = elements(parseXml(relationshipsXml), 'Relationship')
    .find((r) => r.attributes.get('Type')?.endsWith('/officeDocument'))
    ?.attributes.get('Target');
  return target && path.normalize(target).replace(/^\/+/, '');
}

/**
 * Tells, for each run mammoth meets (in document order), whether it is one of our hidden runs:
 * the next of our runs with the same text, a few runs ahead at most.
 */
function hiddenRunMatcher(runs: readonly WordRun[]): (run: MammothElement) => boolean {
  let cursor = 0;
  return (run) => {
    const text = (run.children ?? []).map((child) => (child.type === 'text' ? (child.value ?? '') : '')).join('');
    if (!text) return false;
    const last = Math.min(runs.length, cursor + MAX_RUN_LOOKAHEAD);
    for (let i = cursor; i < last; i++) {
      if (runs[i]!.text === text) {
        cursor = i + 1;
        return runs[i]!.hidden;
      }
    }
    return false;
  };
}

/** mammoth's `extractRawText`, without the hidden runs and with line breaks kept. */
function rawText(element: MammothElement, isHidden: (run: MammothElement) => boolean): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  // a line break inside a paragraph (Shift+Enter, and page and column breaks) parts lines:
  // mammoth's own raw text drops it and runs "Senior Developer" into "Israel, Beer Sheva"
  if (element.type === 'break') return '\n';
  if (element.type === 'run' && isHidden(element)) return '';
  const children = (element.children ?? []).map((child) => rawText(child, isHidden)).join('');
  return element.type === 'paragraph' ? `${children}\n\n` : children;
}

/** Hidden runs, a paragraph's runs together, one paragraph per line. */
function hiddenText(runs: readonly WordRun[]): string {
  const lines = new Map<number, string>();
  for (const run of runs) if (run.hidden) lines.set(run.paragraph, (lines.get(run.paragraph) ?? '') + run.text);
  return [...lines.values()].join('\n');
}

function damaged(error: unknown): ExtractionError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ExtractionError('CORRUPT', `the DOCX file is damaged and cannot be read (${detail})`);
}
