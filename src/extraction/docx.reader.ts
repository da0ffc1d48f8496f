/**
 * DOCX to text. mammoth builds the document and its raw text; the runs a reader cannot see
 * (docx-runs.ts) are left out of that text and returned as hidden text.
 *
 * mammoth's `extractRawText` takes no options, so its document is taken through the documented
 * `transformDocument` hook of `convertToHtml` (with images skipped) and turned into raw text here,
 * exactly as `extractRawText` does: text, tabs, and a blank line after each paragraph.
 */
import mammoth from 'mammoth';
import path from 'node:path/posix';
import { ExtractionError } from './extraction.error.js';
import { wordRuns, type WordRun } from './docx-runs.js';
import { elements, parseXml } from './xml-tree.js';
import { readZipEntries } from './zip-entries.js';

export interface DocxText {
  text: string;
  hiddenText: string;
}

/** Largest XML part read for the hidden-run check; the intake's zip-bomb limit is the same. */
const MAX_PART_BYTES = 50 * 1024 * 1024;
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

/** mammoth's `extractRawText`, without the hidden runs. */
function rawText(element: MammothElement, isHidden: (run: MammothElement) => boolean): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
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
