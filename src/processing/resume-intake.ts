import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { BadUserInputError, PayloadTooLargeError, SiftError } from '../shared/errors.js';
import { detectMediaType } from '../extraction/media-type.js';
import { assertSafeDocx } from '../extraction/docx-guard.js';
import { DOCX, type ResumeMediaType } from '../extraction/extraction.types.js';
import type { ResumeInput } from './processing.inputs.js';

/** A resume that passed every check and may be stored. */
export interface AcceptedResume {
  filename: string;
  mimeType: ResumeMediaType;
  bytes: Buffer;
  sha256: string;
}

/**
 * Why one file of a batch was refused: the `reason` of its error, and the first word of the FAILED
 * application it becomes. Anything else wrong with a batch refuses the whole batch.
 */
export const FILE_REFUSALS = [
  /** Content that is no supported format (an .exe, a GIF, a Word 97 .doc...). */
  'UNSUPPORTED',
  /** A declared type or extension naming another supported format than the content (a lying type). */
  'TYPE_MISMATCH',
  /** An empty or blank file. */
  'EMPTY_FILE',
  /** Larger than MAX_FILE_BYTES. */
  'FILE_TOO_LARGE',
  /** A DOCX whose archive declares too much content, or content compressed beyond any document's ratio. */
  'ZIP_BOMB',
  /** A DOCX whose zip cannot be read. */
  'UNREADABLE_ZIP',
  /** A zip that holds no Word document. */
  'NOT_A_WORD_DOCUMENT',
] as const;
export type FileRefusal = (typeof FILE_REFUSALS)[number];

/**
 * A file refused at intake: stored as a FAILED application without its content (nothing will ever
 * read it), never charged, never retried.
 */
export interface RefusedResume {
  filename: string;
  /** What the content was found to be; else what the client declared; else `application/octet-stream`. */
  mimeType: string;
  /** Bytes received; for an upload cut off at the size limit, the limit plus one (a lower bound). */
  sizeBytes: number;
  /** SHA-256 of the content; empty when Sift did not receive all of it (an upload over the size limit). */
  sha256: string;
  reason: FileRefusal;
  /** `<reason>: <what is wrong, naming the file>`: the application's `error`. */
  error: string;
}

export interface AcceptedBatch {
  accepted: AcceptedResume[];
  refused: RefusedResume[];
}

export interface IntakeLimits {
  maxFilesPerBatch: number;
  maxFileBytes: number;
  maxBatchBytes: number;
  maxDocxUncompressedBytes: number;
}

export interface IntakeOptions {
  /**
   * Refuse the whole batch at the first refused file (the error names it: `filename`, `index`,
   * `reason`), as clients that want all or nothing ask; by default such a file is set aside.
   */
  strict?: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Longest declared MIME type kept for a refused file (the client chose it). */
const MAX_DECLARED_LENGTH = 100;
const FILE_REFUSAL_SET: ReadonlySet<string> = new Set(FILE_REFUSALS);

/**
 * Reads and checks a whole batch before anything is stored: count, sizes, content type by bytes,
 * DOCX archives. A batch-level problem (no file, too many, over the batch size, a malformed inline
 * resume) rejects the batch. A file that cannot be read ({@link FILE_REFUSALS}) is set aside as
 * refused, or, with `strict`, rejects the batch with an error naming it.
 */
export async function acceptBatch(
  uploads: Promise<FileUpload>[],
  inline: ResumeInput[],
  limits: IntakeLimits,
  { strict = false }: IntakeOptions = {},
): Promise<AcceptedBatch> {
  const count = uploads.length + inline.length;
  if (count === 0) throw new BadUserInputError('Send at least one resume (files or resumes)');
  if (count > limits.maxFilesPerBatch) {
    throw new BadUserInputError(`Too many resumes: ${count}; at most ${limits.maxFilesPerBatch} per batch`, {
      reason: 'TOO_MANY_FILES',
      limit: limits.maxFilesPerBatch,
    });
  }

  const batch: AcceptedBatch = { accepted: [], refused: [] };
  let batchBytes = 0;
  const take = async (index: number, filename: string, declared: string | null, read: () => Promise<Received>) => {
    const name = cleanFilename(filename, index);
    let received: Received | null = null;
    try {
      received = await read();
      batchBytes += received.bytes.length;
      if (batchBytes > limits.maxBatchBytes) {
        throw new PayloadTooLargeError(`The batch is larger than ${limits.maxBatchBytes} bytes`, {
          reason: 'BATCH_TOO_LARGE',
          limit: limits.maxBatchBytes,
        });
      }
      const { bytes } = received;
      if (received.cutAt !== null || bytes.length > limits.maxFileBytes) throw fileTooLarge(limits.maxFileBytes);
      const mimeType = await detectMediaType(bytes, name, declared);
      if (mimeType === DOCX) {
        await assertSafeDocx(bytes, name, {
          maxUncompressedBytes: limits.maxDocxUncompressedBytes,
          maxRatio: 100,
          maxEntries: 2_000,
        });
      }
      batch.accepted.push({ filename: name, mimeType, bytes, sha256: sha256(bytes) });
    } catch (error) {
      const named = withFile(error, index, name);
      const reason = refusalOf(named);
      if (strict || !reason) throw named;
      batch.refused.push(refused(name, declared, received, reason, named as SiftError));
    }
  };

  for (const [i, upload] of uploads.entries()) {
    const file = await upload;
    await take(i, file.filename, file.mimetype, () => readUpload(file, limits.maxFileBytes));
  }
  for (const [j, resume] of inline.entries()) {
    await take(uploads.length + j, resume.filename, null, async () => decodeInline(resume));
  }
  return batch;
}

/** A file's bytes as read; `cutAt` is the size limit when reading stopped there (the file is larger). */
interface Received {
  bytes: Buffer;
  cutAt: number | null;
}

/** The per-file reason an intake error carries, if it is one that sets only that file aside. */
function refusalOf(error: unknown): FileRefusal | null {
  const reason = error instanceof SiftError ? error.details.reason : undefined;
  return typeof reason === 'string' && FILE_REFUSAL_SET.has(reason) ? (reason as FileRefusal) : null;
}

function refused(
  filename: string,
  declared: string | null,
  received: Received | null,
  reason: FileRefusal,
  error: SiftError,
): RefusedResume {
  const detected = error.details.detected;
  const declaredType = declared?.trim().slice(0, MAX_DECLARED_LENGTH) || null;
  const bytes = received?.bytes ?? Buffer.alloc(0);
  const cutAt = received?.cutAt ?? null;
  return {
    filename,
    mimeType: typeof detected === 'string' ? detected : (declaredType ?? 'application/octet-stream'),
    sizeBytes: cutAt === null ? bytes.length : cutAt + 1,
    sha256: cutAt === null ? sha256(bytes) : '',
    reason,
    error: `${reason}: ${error.message}`,
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function cleanFilename(filename: string, index: number): string {
  // Only the base name matters; paths from browsers or zips are not ours to keep.
  const base = path
    .basename(filename.replaceAll('\\', '/'))
    .replace(/[\u0000-\u001f]/g, '')
    .trim();
  if (!base) throw withFile(new BadUserInputError('filename must not be empty'), index, filename);
  return base.slice(0, 255);
}

/** An inline resume's bytes, whole: the request carried all of them (the caller checks the size). */
function decodeInline(resume: ResumeInput): Received {
  const hasText = resume.text != null;
  const hasBase64 = resume.contentBase64 != null;
  if (hasText === hasBase64) {
    throw new BadUserInputError('Give exactly one of text and contentBase64', { reason: 'INVALID_RESUME_INPUT' });
  }
  let bytes: Buffer;
  if (hasText) {
    bytes = Buffer.from(resume.text!, 'utf8');
  } else {
    const b64 = resume.contentBase64!.replace(/\s+/g, '');
    if (!BASE64.test(b64) || b64.length % 4 === 1) {
      throw new BadUserInputError('contentBase64 is not valid base64', { reason: 'INVALID_BASE64' });
    }
    bytes = Buffer.from(b64, 'base64');
  }
  return { bytes, cutAt: null };
}

async function readUpload(file: FileUpload, maxBytes: number): Promise<Received> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of file.createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) return { bytes: Buffer.concat(chunks), cutAt: maxBytes };
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    // graphql-upload stops a file at maxFileSize with an HTTP 413 error; the rest of the request
    // is still read, so the batch's other files are not lost.
    if ((error as { status?: number }).status === 413) return { bytes: Buffer.concat(chunks), cutAt: maxBytes };
    throw error;
  }
  return { bytes: Buffer.concat(chunks), cutAt: null };
}

function fileTooLarge(maxBytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(`The file is larger than ${maxBytes} bytes`, {
    reason: 'FILE_TOO_LARGE',
    limit: maxBytes,
  });
}

function withFile(error: unknown, index: number, filename: string): unknown {
  if (error instanceof SiftError) {
    // Name the file once: the extraction checks already put it in their messages.
    const message = error.message.includes(filename) ? error.message : `${filename}: ${error.message}`;
    return new SiftError(error.code, message, { ...error.details, index, filename });
  }
  return error;
}
