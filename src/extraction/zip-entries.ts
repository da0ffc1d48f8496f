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
