/**
 * Content-type detection for uploaded resumes. The bytes decide; the file name and the declared
 * MIME type may only agree with them. A disagreement is rejected rather than resolved, because
 * either the client is confused or someone is probing the parsers with a disguised file.
 */
import { fileTypeFromBuffer } from 'file-type';
import { BadUserInputError, UnsupportedMediaTypeError } from '../shared/errors.js';
import { DOCX, JPEG, MARKDOWN, PDF, PNG, TEXT, TIFF, type ResumeMediaType } from './extraction.types.js';

/**
 * PDF, DOCX, text, or image. Plain text and Markdown are one family (both go through the same
 * path), and so are JPEG, PNG and TIFF (all read by OCR): a PNG saved as `.jpg` is a harmless slip,
 * not a disguise.
 */
type Family = 'pdf' | 'docx' | 'text' | 'image';

const FAMILY_NAMES: Record<Family, string> = { pdf: 'PDF', docx: 'DOCX', text: 'text', image: 'an image' };

/**
 * Why a file's type was refused, as `extensions.reason` and as the prefix of a refused file's
 * `error`: content that is no supported format, or a declared type or extension that names
 * another supported format than the content (a lying type).
 */
export type MediaTypeRefusal = 'UNSUPPORTED' | 'TYPE_MISMATCH';

// Maps, not object literals: a client-chosen key like "constructor" must not find a prototype member.
const DECLARED_FAMILIES = new Map<string, Family>([
  ['application/pdf', 'pdf'],
  ['application/x-pdf', 'pdf'],
  [DOCX, 'docx'],
  ['text/plain', 'text'],
  ['text/markdown', 'text'],
  ['text/x-markdown', 'text'],
  ['image/jpeg', 'image'],
  ['image/jpg', 'image'],
  ['image/pjpeg', 'image'],
  ['image/png', 'image'],
  ['image/tiff', 'image'],
  ['image/tif', 'image'],
]);

const EXTENSION_FAMILIES = new Map<string, Family>([
  ['pdf', 'pdf'],
  ['docx', 'docx'],
  ['txt', 'text'],
  ['md', 'text'],
  ['markdown', 'text'],
  ['jpg', 'image'],
  ['jpeg', 'image'],
  ['png', 'image'],
  ['tif', 'image'],
  ['tiff', 'image'],
]);

/**
 * Share of control characters above which valid UTF-8 is treated as binary: real text has
 * almost none, while a binary format that happens to decode (rare) is full of them.
 */
const MAX_CONTROL_SHARE = 0.02;

/** Signatures of formats that are themselves text, which must not pass as plain text. */
const TEXTUAL_FORMAT = /^(?:text\/|application\/(?:rtf|postscript|eps|xml)$)|[+/]xml$/;

/** Words for the formats people actually try to upload, with what to do about them. */
const DESCRIPTIONS = new Map<string, string>([
  ['application/x-cfb', 'a legacy Office file (Word 97-2003 .doc or similar; save it as DOCX or PDF)'],
  ['application/zip', 'a zip archive that is not a Word document'],
  ['application/rtf', 'an RTF document (save it as DOCX or PDF)'],
  ['application/vnd.oasis.opendocument.text', 'an OpenDocument text (save it as DOCX or PDF)'],
]);

const SUPPORTED = 'Sift accepts PDF, DOCX, plain text (UTF-8) and Markdown resumes, and JPEG, PNG or TIFF scans';

/** Formats recognised by their signature; everything else must pass as text. */
const SIGNED_TYPES = new Map<string, ResumeMediaType>([
  [PDF, PDF],
  [DOCX, DOCX],
  [JPEG, JPEG],
  [PNG, PNG],
  [TIFF, TIFF],
]);

/**
 * Detects what an uploaded resume really is, from its content.
 *
 * PDF, DOCX, JPEG, PNG and TIFF are recognised by their signatures (`file-type`); anything else
 * must be valid, mostly printable UTF-8 to count as text, and is Markdown when the file name says
 * `.md`.
 *
 * @param bytes the whole file
 * @param filename the client's file name, used for messages and as a cross-check
 * @param declaredMime the multipart part's MIME type, if any (`application/octet-stream` is ignored)
 * @throws BadUserInputError (`reason: 'EMPTY_FILE'`) for an empty or whitespace-only file
 * @throws UnsupportedMediaTypeError when the content is not supported (`reason: 'UNSUPPORTED'`),
 *   or the declared type or the file extension names another supported type than the content
 *   (`reason: 'TYPE_MISMATCH'`)
 */
export async function detectMediaType(
  bytes: Buffer,
  filename: string,
  declaredMime?: string | null,
): Promise<ResumeMediaType> {
  const declared = declaredMime?.trim() || null;
  if (bytes.length === 0) throw emptyFile(filename);

  const detected = await detectContent(bytes, filename);
  if (detected === 'EMPTY') throw emptyFile(filename);
  const details = (reason: MediaTypeRefusal) => ({ filename, detected: detected.mime, declared, reason });
  if (!detected.supported) {
    throw new UnsupportedMediaTypeError(
      `${filename} is ${detected.description}, not a supported resume format. ${SUPPORTED}`,
      details('UNSUPPORTED'),
    );
  }

  const type = detected.mime;
  const family = familyOf(type);
  const declaredFamily = declaredFamilyOf(declared);
  if (declaredFamily && declaredFamily !== family) {
    throw new UnsupportedMediaTypeError(
      `${filename} was sent as ${declared} but its content is ${FAMILY_NAMES[family]} (${type})`,
      details('TYPE_MISMATCH'),
    );
  }
  const extension = /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase();
  const extensionFamily = extension ? EXTENSION_FAMILIES.get(extension) : undefined;
  if (extensionFamily && extensionFamily !== family) {
    throw new UnsupportedMediaTypeError(
      `${filename} is named as ${FAMILY_NAMES[extensionFamily]} but its content is ${FAMILY_NAMES[family]} (${type})`,
      details('TYPE_MISMATCH'),
    );
  }
  return type;
}

type Unsupported = { supported: false; mime: string; description: string };
type Detected = 'EMPTY' | { supported: true; mime: ResumeMediaType } | Unsupported;

async function detectContent(bytes: Buffer, filename: string): Promise<Detected> {
  const signature = await fileTypeFromBuffer(bytes);
  const known = signature && SIGNED_TYPES.get(signature.mime);
  if (known) return { supported: true, mime: known };
  const signed: Unsupported | null = signature
    ? {
        supported: false,
        mime: signature.mime,
        description: DESCRIPTIONS.get(signature.mime) ?? `a ${signature.ext} file (${signature.mime})`,
      }
    : null;
  // RTF, XML, PostScript... are text too, but their markup is not a resume's text.
  if (signed && TEXTUAL_FORMAT.test(signed.mime)) return signed;

  const text = readAsText(bytes);
  if (text === 'EMPTY') return 'EMPTY';
  if (text === 'TEXT') {
    // Short binary magics are ordinary letters ("BM" bitmap, "MZ" executable, "ID3" audio): on
    // clean text they are a coincidence ("BMW Group, Munich..."), not a format.
    return { supported: true, mime: /\.(md|markdown)$/i.test(filename) ? MARKDOWN : TEXT };
  }
  return signed ?? text;
}

/** Whether the bytes are clean, non-blank UTF-8 text; if not, what they look like instead. */
function readAsText(bytes: Buffer): 'TEXT' | 'EMPTY' | Unsupported {
  // UTF-16 decodes as "text full of NULs": say what it is, since re-saving as UTF-8 fixes it.
  if (hasUtf16Bom(bytes)) {
    return { supported: false, mime: 'text/plain; charset=utf-16', description: 'UTF-16 text (save it as UTF-8)' };
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    return { supported: false, mime: 'application/octet-stream', description: 'binary data or text that is not UTF-8' };
  }
  if (text.trim() === '') return 'EMPTY';
  if (text.includes('\0') || controlShare(text) > MAX_CONTROL_SHARE) {
    return { supported: false, mime: 'application/octet-stream', description: 'binary data' };
  }
  return 'TEXT';
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** C0 controls except tab, LF, VT, FF and CR, plus DEL and the C1 range. */
function controlShare(text: string): number {
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return controls / text.length;
}

function familyOf(type: ResumeMediaType): Family {
  switch (type) {
    case 'application/pdf':
      return 'pdf';
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return 'docx';
    case 'text/plain':
    case 'text/markdown':
      return 'text';
    case 'image/jpeg':
    case 'image/png':
    case 'image/tiff':
      return 'image';
    default: {
      const unreachable: never = type;
      throw new Error(`unknown media type ${String(unreachable)}`);
    }
  }
}

/** The family a declared MIME type names, or null when it names none (unknown types are not evidence). */
function declaredFamilyOf(declared: string | null): Family | null {
  if (!declared) return null;
  const essence = declared.split(';')[0]!.trim().toLowerCase();
  return DECLARED_FAMILIES.get(essence) ?? null;
}

function emptyFile(filename: string): BadUserInputError {
  return new BadUserInputError(`${filename} is empty`, { filename, reason: 'EMPTY_FILE' });
}
