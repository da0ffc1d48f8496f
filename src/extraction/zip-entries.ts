/**
 * Reads a few named entries of a zip archive (a DOCX) into memory with yauzl, refusing any entry
 * that declares more than a limit; yauzl refuses one that inflates past what it declares.
 */
import yauzl from 'yauzl';

/**
 * Returns the named entries that exist, inflated.
 *
 * @throws Error when the archive cannot be read or an entry inflates past `maxEntryBytes`
 */
export async function readZipEntries(
  bytes: Buffer,
  names: readonly string[],
  maxEntryBytes: number,
): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (error, file) =>
      error || !file ? reject(error ?? new Error('unreadable zip')) : resolve(file),
    ),
  );
  const wanted = new Set(names);
  const found = new Map<string, Buffer>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted.has(entry.fileName)) {
          zip.readEntry();
          return;
        }
        inflate(zip, entry, maxEntryBytes).then((data) => {
          found.set(entry.fileName, data);
          zip.readEntry();
        }, reject);
      });
      zip.once('end', () => resolve());
      zip.once('error', reject);
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return found;
}

function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) {
    return Promise.reject(new Error(`${entry.fileName} is larger than ${maxBytes} bytes`));
  }
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error(`cannot read ${entry.fileName}`));
      // yauzl checks the inflated size against the declared one (validateEntrySizes) as it streams.
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('error', reject);
      stream.once('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

export interface ZipBudget {
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes the entries inflate to together. */
  maxTotalBytes: number;
}

/**
 * Inflates every entry whose name `select` accepts, keeping only its first `headBytes` bytes,
 * within a budget: an output budget that does not trust the zip headers. yauzl refuses an entry
 * that inflates past the size its headers declare (lying sizes); past `maxEntryBytes`, or past
 * `maxTotalBytes` for all of them, reading stops.
 *
 * @returns each selected entry's first `headBytes` bytes
 * @throws Error naming the entry and the limit when one is passed, or when the archive is unreadable
 */
export async function inflateWithinBudget(
  bytes: Buffer,
  select: (name: string) => boolean,
  { maxEntryBytes, maxTotalBytes }: ZipBudget,
  headBytes: number,
): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (error, file) =>
      error || !file ? reject(error ?? new Error('unreadable zip')) : resolve(file),
    ),
  );
  const heads = new Map<string, Buffer>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!select(entry.fileName)) {
          zip.readEntry();
          return;
        }
        if (entry.uncompressedSize > maxEntryBytes) {
          reject(new Error(`${entry.fileName} is larger than ${maxEntryBytes} bytes`));
          return;
        }
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Error(`cannot read ${entry.fileName}`));
          const head: Buffer[] = [];
          let kept = 0;
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxTotalBytes) {
              stream.destroy(new Error(`the entries inflate to more than ${maxTotalBytes} bytes together`));
              return;
            }
            if (kept < headBytes) {
              head.push(chunk.subarray(0, headBytes - kept));
              kept += Math.min(chunk.length, headBytes - kept);
            }
          });
          stream.once('error', (error: Error) => reject(entryError(entry, error)));
          stream.once('end', () => {
            heads.set(entry.fileName, Buffer.concat(head));
            zip.readEntry();
          });
        });
      });
      zip.once('end', () => resolve());
      zip.once('error', reject);
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return heads;
}

/** What went wrong with one entry, naming it; lying sizes said as such (yauzl: "too many bytes in the stream"). */
function entryError(entry: yauzl.Entry, error: Error): Error {
  if (/too many bytes/.test(error.message)) {
    return new Error(`${entry.fileName} inflates past the ${entry.uncompressedSize} bytes its zip headers declare`);
  }
  return new Error(`${entry.fileName}: ${error.message}`);
}
