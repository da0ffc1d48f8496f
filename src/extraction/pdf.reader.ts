/**
 * PDF to text with unpdf's pdf.js: per page, the text content (positions) and the operator list
 * (ink) are read together, hidden text is set aside (pdf-visibility.ts), the visible text is put
 * in reading order (pdf-layout.ts), and pages with (almost) no text layer are read by OCR
 * (pdf-ocr.ts).
 *
 * Hostile files: Flate streams are inflated within a budget before pdf.js sees them
 * (pdf-streams.ts); images count against a pixel budget, and the reading of a page waits for its
 * images to be decoded, so that the work (and memory) a file causes happens while it is being read,
 * inside its time and memory limits, not after its result is returned.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { ExtractionError } from './extraction.error.js';
import { pageText } from './pdf-layout.js';
import { assertStreamsWithinBudget } from './pdf-streams.js';
import { recognisePages, type OcrEngine } from './pdf-ocr.js';
import { readPaintedPage } from './pdf-operators.js';
import { seeText, type SeenPage, type TextItemLike } from './pdf-visibility.js';

export interface PdfOptions {
  /** More pages than this is TOO_LARGE. */
  maxPages: number;
  /** Most pages read by OCR; later pages without a text layer stay empty. */
  maxOcrPages: number;
  /** A long-lived OCR engine; by default one is started for the document when a page needs it. */
  ocrEngine?: OcrEngine;
}

export interface PdfText {
  text: string;
  hiddenText: string;
  pages: number;
  /** Whether any page's text came from OCR. */
  ocr: boolean;
}

/** Largest image pdf.js decodes (pixels): 40 MP, over twice a 300-dpi A3 scan. Bounds memory. */
const MAX_IMAGE_PIXELS = 40_000_000;
/**
 * Most image pixels a document may draw, all pages together, each image counted once: five of
 * the largest images, or 23 pages scanned in colour at 300 dpi. pdf.js decodes every image it
 * meets; a page drawing a dozen 39-megapixel images took 20 s and 1.7 GB after its text was read.
 */
const MAX_DOCUMENT_IMAGE_PIXELS = 5 * MAX_IMAGE_PIXELS;
/** A page with fewer visible characters than this has no real text layer and is read by OCR... */
const MIN_PAGE_TEXT_CHARS = 20;
/** ... when images cover at least this share of it (a scan, a photo of a page)... */
const MIN_SCAN_COVERAGE = 0.1;
/** ... or it fills at least this many paths (text turned into outlines). */
const MIN_OUTLINE_FILLS = 30;

type Pdfjs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

interface ReadPage extends SeenPage {
  /** Drawn, but not as text: worth reading by OCR when there is no text layer. */
  pictured: boolean;
}

/**
 * Reads a PDF's visible text, its hidden text, and its page count. A page that pdf.js cannot
 * read is left empty as long as another page can be read.
 *
 * @throws ExtractionError ENCRYPTED, CORRUPT, or TOO_LARGE (too many pages)
 * @throws Error when a page needs OCR and the OCR engine cannot start
 */
export async function readPdf(bytes: Buffer, options: PdfOptions): Promise<PdfText> {
  assertStreamsWithinBudget(bytes);
  const layer = await readTextLayer(bytes, options);
  const recognised = await recognisePages(bytes, layer.scanned.slice(0, options.maxOcrPages), {
    maxImageSize: MAX_IMAGE_PIXELS,
    engine: options.ocrEngine,
  });
  for (const [number, text] of recognised) layer.texts[number - 1] = text;
  return {
    text: joinPages(layer.texts),
    hiddenText: layer.hidden.join('\n'),
    pages: layer.texts.length,
    ocr: recognised.size > 0,
  };
}

interface TextLayer {
  /** Per page: the visible text in reading order. */
  texts: string[];
  hidden: string[];
  /** Pages (1-based) with (almost) no text but something drawn: candidates for OCR. */
  scanned: number[];
}

async function readTextLayer(bytes: Buffer, { maxPages }: PdfOptions): Promise<TextLayer> {
  // Outside the try: a pdf.js that fails to load is an outage, not a corrupt file.
  const pdfjs = await getResolvedPDFJS();
  let pdf: PdfDocument | undefined;
  try {
    // pdf.js takes ownership of (and may detach) the array it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      maxImageSize: MAX_IMAGE_PIXELS,
    });
    if (pdf.numPages > maxPages) {
      throw new ExtractionError('TOO_LARGE', `the PDF has ${pdf.numPages} pages (at most ${maxPages})`);
    }
    const layer: TextLayer = { texts: [], hidden: [], scanned: [] };
    const images: DocumentImages = { pixels: 0, seen: new Set() };
    let failure: unknown;
    let read = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await readPage(pdf, number, pdfjs, images).catch((error: unknown) => {
        // Over a budget: the document is refused, whatever the other pages hold.
        if (error instanceof ExtractionError) throw error;
        failure ??= error;
        return null;
      });
      if (page) read++;
      layer.texts.push(page ? pageText(page.items) : '');
      layer.hidden.push(page?.hidden ?? '');
      if (page && page.visibleChars < MIN_PAGE_TEXT_CHARS && page.pictured) layer.scanned.push(number);
    }
    if (!read && failure !== undefined) throw failure;
    return layer;
  } catch (error) {
    throw error instanceof ExtractionError ? error : pdfFailure(error);
  } finally {
    // In this pdf.js the proxy has no destroy(): its loading task frees the document and worker.
    await pdf?.loadingTask.destroy().catch(() => undefined);
  }
}

async function readPage(pdf: PdfDocument, number: number, pdfjs: Pdfjs, images: DocumentImages): Promise<ReadPage> {
  const page = await pdf.getPage(number);
  try {
    const [content, operators] = await Promise.all([
      page.getTextContent(),
      // Annotations (form fields, comments) are not in the text content: leave them out here too.
      page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }),
    ]);
    const drawn = imagesOf(operators.fnArray, operators.argsArray, pdfjs.OPS);
    for (const { objId, pixels } of drawn) {
      if (!images.seen.has(objId)) images.pixels += pixels;
      images.seen.add(objId);
    }
    if (images.pixels > MAX_DOCUMENT_IMAGE_PIXELS) {
      throw new ExtractionError(
        'TOO_LARGE',
        `the PDF draws more than ${MAX_DOCUMENT_IMAGE_PIXELS} pixels of images (${images.pixels} by page ${number})`,
      );
    }
    // pdf.js decodes images after it returns the operator list: wait for them here.
    await Promise.all(drawn.map(({ objId }) => decoded(page, objId)));
    const painted = readPaintedPage(operators.fnArray, operators.argsArray, pdfjs.OPS);
    const items: TextItemLike[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const pictured =
      painted.imageArea >= MIN_SCAN_COVERAGE * (x1 - x0) * (y1 - y0) || painted.fills >= MIN_OUTLINE_FILLS;
    return { ...seeText(items, painted, { x0, y0, x1, y1 }), pictured };
  } finally {
    page.cleanup();
  }
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** The images a document drew so far: each counted once (pdf.js decodes a shared image once). */
interface DocumentImages {
  pixels: number;
  seen: Set<string>;
}

/** An image a page draws: pdf.js's object ID for its decoded data, and its size in pixels. */
interface DrawnImage {
  objId: string;
  pixels: number;
}

/**
 * The images an operator list paints by reference: `paintImageXObject` (object ID, width,
 * height), and `paintImageXObjectRepeat` (one image drawn many times: its object ID, then scales,
 * so its pixels are not known here; they were counted where it was first drawn, if anywhere).
 */
function imagesOf(fnArray: number[], argsArray: unknown[][], ops: Pdfjs['OPS']): DrawnImage[] {
  const images: DrawnImage[] = [];
  fnArray.forEach((fn, i) => {
    if (fn !== ops.paintImageXObject && fn !== ops.paintImageXObjectRepeat) return;
    const [objId, width, height] = argsArray[i] ?? [];
    if (typeof objId !== 'string') return;
    const sized = fn === ops.paintImageXObject && typeof width === 'number' && typeof height === 'number';
    images.push({ objId, pixels: sized ? width * height : 0 });
  });
  return images;
}

/**
 * Resolves when pdf.js has decoded (or given up on) the image: images cached for the whole
 * document (`g_` IDs) live in the common objects, the others in the page's.
 */
function decoded(page: PdfPage, objId: string): Promise<void> {
  const objects = objId.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => objects.get(objId, () => resolve()));
}

/** Pages joined as unpdf's `extractText({ mergePages: true })` joins them. */
function joinPages(texts: string[]): string {
  return texts
    .join('\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** pdf.js rebuilds its errors after its message port and unpdf does not re-export the classes: match on `name`. */
function pdfFailure(error: unknown): ExtractionError {
  const name = (error as { name?: unknown })?.name;
  const message = (error as { message?: unknown })?.message;
  const detail = typeof message === 'string' && message ? message : String(error);
  if (name === 'PasswordException') {
    return new ExtractionError('ENCRYPTED', 'the PDF is encrypted (password protected)');
  }
  if (name === 'InvalidPDFException') {
    return new ExtractionError('CORRUPT', `the file is not a valid PDF (${detail})`);
  }
  const kind = typeof name === 'string' && name !== 'Error' ? `${name}: ` : '';
  return new ExtractionError('CORRUPT', `the PDF is damaged and cannot be read (${kind}${detail})`);
}
