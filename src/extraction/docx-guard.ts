/**
 * Zip-bomb screening for DOCX uploads, done at intake so that a hostile archive is refused with
 * a clear error before it is stored, queued, or handed to mammoth (which inflates into memory).
 */
import yauzl from 'yauzl';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../shared/errors.js';

export interface DocxLimits {
  /** Largest sum of the entries' declared uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio for an entry over {@link RATIO_FLOOR} bytes. */
  maxRatio: number;
  /** Most entries in the archive. */
  maxEntries: number;
}

const MiB = 1024 * 1024;
/** Small entries compress absurdly well (an empty XML part, a run of spaces) and are harmless. */
const RATIO_FLOOR = MiB;
/**
 * The main part is normally `word/document.xml`; Word Online saves `word/document2.xml`, which
 * mammoth finds through `_rels/.rels`. Either shows the zip is meant as a Word document.
 */
const MAIN_PART = /^word\/document\d*\.xml$/;

const DEFAULT_LIMITS: DocxLimits = { maxUncompressedBytes: 50 * MiB, maxRatio: 100, maxEntries: 2_000 };

/**
 * Checks a DOCX archive from its central directory only, inflating nothing: too many entries, too
 * much declared content, or an entry compressed beyond any real document's ratio is a zip bomb.
 *
 * Declared sizes can lie; the extractor's timeout and the worker's memory limit are the backstop
 * for an archive whose headers understate its content.
 *
 * @throws PayloadTooLargeError with `reason: 'ZIP_BOMB'` when a limit is exceeded
 * @throws UnsupportedMediaTypeError when the zip cannot be read or holds no Word main document
 */
export async function assertSafeDocx(
  bytes: Buffer,
  filename: string,
  limits: DocxLimits = DEFAULT_LIMITS,
): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    throw new UnsupportedMediaTypeError(`${filename} is not a readable DOCX archive: ${messageOf(error)}`, {
      filename,
      detected: 'application/zip',
      reason: 'UNREADABLE_ZIP',
    });
  }
  try {
    const found = await scanEntries(zip, filename, limits);
    if (!found) {
      throw new UnsupportedMediaTypeError(
        `${filename} is a zip archive but not a Word document (no word/document.xml)`,
        {
          filename,
          detected: 'application/zip',
          reason: 'NOT_A_WORD_DOCUMENT',
        },
      );
    }
  } finally {
    zip.close();
  }
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // lazyEntries: we pull one central-directory record at a time and can stop at the first bad one.
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('unreadable zip')) : resolve(zip),
    );
  });
}

/** Walks the central directory; resolves whether a Word main part was seen, rejects on a limit. */
function scanEntries(zip: yauzl.ZipFile, filename: string, limits: DocxLimits): Promise<boolean> {
  const bomb = (why: string, extra: Record<string, unknown>) =>
    new PayloadTooLargeError(`${filename} looks like a zip bomb: ${why}`, {
      filename,
      reason: 'ZIP_BOMB',
      ...extra,
    });

  // The end-of-central-directory record gives the count up front: no need to walk 65k entries.
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(
      bomb(`${zip.entryCount} entries (at most ${limits.maxEntries})`, {
        entries: zip.entryCount,
        limit: limits.maxEntries,
      }),
    );
  }

  return new Promise((resolve, reject) => {
    let total = 0;
    let hasMainPart = false;
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > limits.maxUncompressedBytes) {
        reject(
          bomb(`more than ${limits.maxUncompressedBytes} bytes uncompressed`, {
            uncompressedBytes: total,
            limit: limits.maxUncompressedBytes,
          }),
        );
        return;
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > RATIO_FLOOR && ratio > limits.maxRatio) {
        reject(
          bomb(`${entry.fileName} expands ${Math.round(ratio)} times (at most ${limits.maxRatio})`, {
            entry: entry.fileName,
            ratio: Math.round(ratio),
            limit: limits.maxRatio,
          }),
        );
        return;
      }
      if (MAIN_PART.test(entry.fileName)) hasMainPart = true;
      zip.readEntry();
    });
    zip.once('end', () => resolve(hasMainPart));
    zip.once('error', (error: unknown) =>
      reject(
        new UnsupportedMediaTypeError(`${filename} is not a readable DOCX archive: ${messageOf(error)}`, {
          filename,
          detected: 'application/zip',
          reason: 'UNREADABLE_ZIP',
        }),
      ),
    );
    zip.readEntry();
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
