/** Where an original file's bytes live: a `resume_file` row says which, so old files stay readable after a switch. */
export type FileStorage = 'postgres' | 's3';

/** A file's bytes and the key they are stored under. */
export interface StoredBytes {
  key: string;
  bytes: Buffer;
}

/**
 * Bytes by key: the two places original files are kept (PostgreSQL's `resume_file.content`, or an
 * S3-compatible bucket). Keys name no person: an organization's ID and a file's random ID.
 */
export interface FileStore {
  readonly kind: FileStorage;
  /** Writes each file's bytes under its key. */
  put(files: StoredBytes[]): Promise<void>;
  /** @throws FileMissingError when nothing is stored under `key` */
  get(key: string): Promise<Buffer>;
  /** Deletes what is stored under each key; a key with nothing under it is no error. */
  delete(keys: string[]): Promise<void>;
}

/** Nothing is stored under the key (erased, or lost): a permanent condition, not an outage. */
export class FileMissingError extends Error {
  constructor(readonly key: string) {
    super(`no file is stored under ${key}`);
    this.name = 'FileMissingError';
  }
}

/** The object key of a file: no file name, no candidate's data; the organization first, so a tenant's files share a prefix. */
export function objectKey(organizationId: string, fileId: string): string {
  return `resumes/${organizationId}/${fileId}`;
}
