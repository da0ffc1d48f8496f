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

export interface IntakeLimits {
  maxFilesPerBatch: number;
  maxFileBytes: number;
  maxBatchBytes: number;
  maxDocxUncompressedBytes: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Reads and checks a whole batch before anything is stored: count, sizes, content type by bytes,
 * DOCX archives. The first problem rejects the batch with an error naming the file.
 */
export async function acceptBatch(
  uploads: Promise<FileUpload>[],
  inline: ResumeInput[],
  limits: IntakeLimits,
): Promise<AcceptedResume[]> {
  const count = uploads.length + inline.length;
  if (count === 0) throw new BadUserInputError('Send at least one resume (files or resumes)');
  if (count > limits.maxFilesPerBatch) {
    throw new BadUserInputError(`Too many resumes: ${count}; at most ${limits.maxFilesPerBatch} per batch`, {
      reason: 'TOO_MANY_FILES',
      limit: limits.maxFilesPerBatch,
    });
  }

  const accepted: AcceptedResume[] = [];
  let batchBytes = 0;
  const take = async (index: number, filename: string, declared: string | null, read: () => Promise<Buffer>) => {
    const name = cleanFilename(filename, index);
    try {
      const bytes = await read();
      batchBytes += bytes.length;
      if (batchBytes > limits.maxBatchBytes) {
        throw new PayloadTooLargeError(`The batch is larger than ${limits.maxBatchBytes} bytes`, {
          reason: 'BATCH_TOO_LARGE',
          limit: limits.maxBatchBytes,
        });
      }
      const mimeType = await detectMediaType(bytes, name, declared);
      if (mimeType === DOCX) {
        await assertSafeDocx(bytes, name, {
          maxUncompressedBytes: limits.maxDocxUncompressedBytes,
          maxRatio: 100,
          maxEntries: 2_000,
        });
      }
      accepted.push({ filename: name, mimeType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    } catch (error) {
      throw withFile(error, index, name);
    }
  };

  for (const [i, upload] of uploads.entries()) {
    const file = await upload;
    await take(i, file.filename, file.mimetype, () => readUpload(file, limits.maxFileBytes));
  }
  for (const [j, resume] of inline.entries()) {
    await take(uploads.length + j, resume.filename, null, async () => decodeInline(resume, limits.maxFileBytes));
  }
  return accepted;
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

function decodeInline(resume: ResumeInput, maxBytes: number): Buffer {
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
  if (bytes.length > maxBytes) throw fileTooLarge(maxBytes);
  return bytes;
}

async function readUpload(file: FileUpload, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of file.createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw fileTooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    // graphql-upload stops a file at maxFileSize with an HTTP 413 error.
    if ((error as { status?: number }).status === 413) throw fileTooLarge(maxBytes);
    throw error;
  }
  return Buffer.concat(chunks);
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
