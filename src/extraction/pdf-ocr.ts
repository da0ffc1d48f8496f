/**
 * OCR for PDF pages without a text layer (scans, photos of a resume, text turned into outlines):
 * pdf.js renders the page onto an @napi-rs/canvas (unpdf's `renderPageAsImage`), tesseract.js
 * reads the image. Everything ships in npm packages: the canvas as a prebuilt binary, tesseract as
 * WebAssembly, the English model as `@tesseract.js-data/eng`, loaded from node_modules, never
 * fetched, never cached to disk.
 *
 * Loaded lazily: a process that never meets a scan never loads the canvas or tesseract.
 * tesseract.js runs the model in a thread of its own; ending the calling thread ends it too.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createIsomorphicCanvasFactory, getDocumentProxy, renderPageAsImage } from 'unpdf';

/**
 * Long side of the rendered page in pixels: about 200 dpi on Letter or A4, enough for body text.
 * Image resumes are scaled to it too (image.reader.ts).
 */
export const OCR_LONG_SIDE_PX = 2_200;
/** Small pages (and small images) are not blown up past this scale (pixels per point, or per pixel). */
export const MAX_RENDER_SCALE = 4;
/**
 * Tesseract's mean word confidence (0-100) below which a page is noise (a photo, a smudge), not
 * text: its "words" would only mislead the analysis.
 */
const MIN_MEAN_CONFIDENCE = 40;
/** LSTM-only model, the smaller and faster of the two the package ships. */
const MODEL_DIR = '4.0.0_best_int';

const canvasImport = () => import('@napi-rs/canvas');

/** Tesseract, started on first use and kept until stopped: starting it costs about as much as reading a page. */
export interface OcrEngine {
  /** Reads a page image (PNG); null when it reads as noise. */
  read(png: Buffer): Promise<string | null>;
  /** Stops tesseract; a later `read` starts it again. */
  stop(): Promise<void>;
}

/** An OCR engine for one thread: the extraction pool's threads keep one for their whole life. */
export function createOcrEngine(): OcrEngine {
  let started: ReturnType<typeof startTesseract> | null = null;
  return {
    async read(png) {
      // A failed start is not kept: the next read tries again.
      started ??= startTesseract().catch((error: unknown) => {
        started = null;
        throw error;
      });
      const { data } = await (await started).recognize(png);
      return data.confidence >= MIN_MEAN_CONFIDENCE && data.text.trim() ? data.text : null;
    },
    async stop() {
      const stopping = started;
      started = null;
      await (await stopping?.catch(() => null))?.terminate();
    },
  };
}

export interface OcrOptions {
  /** Largest image pdf.js decodes, in pixels. */
  maxImageSize: number;
  /** The engine to use; by default one is started for this document and stopped after it. */
  engine?: OcrEngine;
}

/**
 * Reads the given pages (1-based) by OCR and returns their text. A page that cannot be rendered
 * or reads as noise is left out.
 *
 * @throws Error when the OCR engine cannot start (an installation problem, not a bad file)
 */
export async function recognisePages(
  bytes: Uint8Array,
  pageNumbers: readonly number[],
  { maxImageSize, engine }: OcrOptions,
): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  if (!pageNumbers.length) return texts;
  const CanvasFactory = await createIsomorphicCanvasFactory(canvasImport);
  // A copy: pdf.js takes ownership of the array it is given.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { CanvasFactory, verbosity: 0, maxImageSize });
  const ocr = engine ?? createOcrEngine();
  try {
    for (const pageNumber of pageNumbers) {
      const image = await renderPage(pdf, pageNumber);
      const text = image && (await ocr.read(image));
      if (text) texts.set(pageNumber, text);
    }
  } finally {
    if (!engine) await ocr.stop();
    await pdf.loadingTask.destroy();
  }
  return texts;
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

async function renderPage(pdf: PdfDocument, pageNumber: number): Promise<Buffer | null> {
  try {
    const { width, height } = (await pdf.getPage(pageNumber)).getViewport({ scale: 1 });
    const scale = Math.min(MAX_RENDER_SCALE, OCR_LONG_SIDE_PX / Math.max(width, height, 1));
    return Buffer.from(await renderPageAsImage(pdf, pageNumber, { canvasImport, scale }));
  } catch {
    // A page pdf.js cannot draw (a broken image stream) has nothing to read; the others may.
    return null;
  }
}

async function startTesseract() {
  const { default: tesseract } = await import('tesseract.js');
  const require = createRequire(import.meta.url);
  const langPath = path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), MODEL_DIR);
  // gzip: the package ships eng.traineddata.gz; cacheMethod 'none': read it from langPath every
  // time, never write a copy into the working directory (tesseract.js's default).
  return tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
}
