/**
 * How each hostile file ends (test/fixtures/hostile/README.md): the failure its reader gives, and
 * for the few that intake refuses first, the reason intake gives. Shared by the extraction test
 * (the reader alone) and the end-to-end test (API, worker, readers as real processes).
 */
import { HUGE_TEXT_NAME } from './make-hostile.js';

export interface HostileOutcome {
  /** The application's `error` when a worker reads the file: `<FAILURE>: <message>`. */
  read: RegExp;
  /** The application's `error` when intake refuses the file before anything reads it. */
  intake?: RegExp;
}

const STREAM_BOMB =
  /^TOO_LARGE: a stream of the PDF at byte \d+ inflates to more than 67108864 bytes \(a decompression bomb\)$/;
/** Killed at its resident-memory limit or dead of heap exhaustion, whichever comes first. */
const READER_KILLED =
  /^TOO_LARGE: reading the file (took more than \d+ MB of memory|needs more than \d+ MB of heap)( \(the file ended its reader \d+ times: it is not read again\))?$/;
const STACK_OVERFLOW = /^CORRUPT: the PDF is damaged and cannot be read \(.*Maximum call stack size exceeded\)$/;

export const HOSTILE_OUTCOMES: Record<string, HostileOutcome> = {
  'flate-bomb-content.pdf': { read: STREAM_BOMB },
  'flate-bomb-double.pdf': { read: STREAM_BOMB },
  'flate-bomb-hidden-filter.pdf': { read: READER_KILLED },
  'flate-bomb-font.pdf': { read: STREAM_BOMB },
  'flate-bomb-image.pdf': {
    read: /^TOO_LARGE: the PDF's streams inflate to more than 268435456 bytes together \(a decompression bomb\)$/,
  },
  'image-pixel-bomb.pdf': {
    read: /^TOO_LARGE: the PDF draws more than 200000000 pixels of images \(234000000 by page 1\)$/,
  },
  'page-count-bomb.pdf': { read: /^TOO_LARGE: the PDF has 1000000000 pages \(at most 50\)$/ },
  'nested-arrays.pdf': { read: STACK_OVERFLOW },
  'nested-dictionaries.pdf': { read: STACK_OVERFLOW },
  'reference-loops.pdf': {
    read: /^CORRUPT: the PDF is damaged and cannot be read \(.*Pages tree contains circular reference\.\)$/,
  },
  'docx-zip-bomb.docx': {
    read: /^CORRUPT: the DOCX file is damaged and cannot be read \(word\/document\.xml is larger than 52428800 bytes\)$/,
    intake: /^ZIP_BOMB: docx-zip-bomb\.docx looks like a zip bomb: more than 52428800 bytes uncompressed$/,
  },
  'docx-zip-bomb-lying.docx': {
    read: /^CORRUPT: the DOCX file is damaged and cannot be read \(word\/document\.xml inflates past the 6302 bytes its zip headers declare\)$/,
  },
  'docx-zip-bomb-lying-numbering.docx': {
    read: /^CORRUPT: the DOCX file is damaged and cannot be read \(word\/numbering\.xml inflates past the 3154 bytes its zip headers declare\)$/,
  },
  'docx-entity-bomb.docx': {
    read: /^CORRUPT: the DOCX file is damaged and cannot be read \(word\/document\.xml declares a DTD \(<!DOCTYPE>\), which Office documents never do\)$/,
  },
  [HUGE_TEXT_NAME]: { read: /^TOO_LARGE: the document has \d+ characters of text \(at most 200000\)$/ },
};
