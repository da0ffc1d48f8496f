/**
 * Base64 and hex blocks in resume text. No person reads base64, but a model does: "aWdub3JlIGFsbC…"
 * is "ignore all…" to it, and so is "69676e6f726520616c6c…". So a block is decoded and its text scanned like the resume's own (see
 * `injection.detector.ts`), and a long block is never sent to an analyzer at all, whatever it
 * says: it is not resume content a recruiter could check.
 *
 * Real resumes hold long unbroken tokens too: URL paths ("com/in/jane-doe-example"), hex ids,
 * words glued by extraction ("SkillsPythonJavaScriptReact"). A block counts as encoded only when it
 * decodes to readable text or looks like random data (both letter cases and several digits), and
 * a token that is part of a URL or an address is only ever scanned, never cut.
 */

/** The shortest block worth decoding: 16 characters carry 12 bytes, a short instruction. */
const MIN_DECODED_BLOCK = 16;
/**
 * The shortest block removed from the text sent to an analyzer, readable or not: shorter tokens
 * are ids and codes a resume may legitimately hold.
 */
export const MIN_REMOVED_BLOCK = 40;
/** A run of base64 characters (standard or URL-safe alphabet), with its padding. */
const BLOCK = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,6}(?![A-Za-z0-9+/_=-])/g;
/** Characters right before a block that make it part of a URL, a domain or an address. */
const URL_CONTEXT = /[.:/@?&=#%~]$/;

/** A base64-looking block of the original text. */
export interface EncodedBlock {
  /** `[start, end)` in the text searched. */
  start: number;
  end: number;
  /** What it decodes to when that is readable text, else null. */
  decoded: string | null;
  /** Whether it is to be cut from the text an analyzer sees (long, encoded, not part of a URL). */
  removable: boolean;
}

/**
 * Every block of 16 or more base64 characters in `text` that decodes to readable text or is
 * removable. Linear: each block is decoded once.
 */
export function findEncodedBlocks(text: string): EncodedBlock[] {
  const out: EncodedBlock[] = [];
  for (const m of text.matchAll(BLOCK)) {
    const block = m[0];
    if (block.length < MIN_DECODED_BLOCK) continue;
    const decoded = decodeReadable(block);
    const body = block.replace(/=+$/, '');
    const inUrl = URL_CONTEXT.test(text.slice(Math.max(0, m.index - 1), m.index));
    const removable = !inUrl && body.length >= MIN_REMOVED_BLOCK && (decoded !== null || looksRandom(body));
    if (decoded !== null || removable) out.push({ start: m.index, end: m.index + block.length, decoded, removable });
  }
  return out;
}

/**
 * The block decoded as UTF-8 when the result reads as text: at least 90 % letters, digits,
 * punctuation and spaces, and at least half letters or digits. Random data and ordinary words
 * that happen to use only base64 characters decode to noise and give null.
 */
function decodeReadable(block: string): string | null {
  // hex ("69676e6f7265…") is read as hex; upper-case letters and 2 to 7 as base32 when that reads
  // as text; base64 anything else
  const hex = /^(?:[0-9a-f]{2})+$/i.test(block);
  if (!hex && /^[A-Z2-7]+=*$/.test(block)) {
    const text = readable(base32(block.replace(/=+$/, '')));
    if (text !== null) return text;
  }
  const standard = block.replace(/-/g, '+').replace(/_/g, '/');
  return readable(hex ? Buffer.from(block, 'hex').toString('utf8') : Buffer.from(standard, 'base64').toString('utf8'));
}

/** RFC 4648 base32 (A–Z, 2–7), padding removed, as UTF-8 text. */
function base32(body: string): string {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of body) {
    value = (value << 5) | 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `decoded` when it reads as text (see {@link decodeReadable}), else null. */
function readable(decoded: string): string | null {
  if (decoded.length < 6) return null;
  const chars = [...decoded];
  const readable = chars.filter((c) => /[\p{L}\p{N}\p{P}\p{S} \n\t]/u.test(c) && c !== '\uFFFD').length;
  const alphanumeric = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  return readable >= chars.length * 0.9 && alphanumeric >= chars.length * 0.5 ? decoded : null;
}

/**
 * Whether a block looks like encoded binary data (a key, an image, a token): base64 of random
 * bytes is about half upper case and one character in seven a digit, while words glued together
 * ("SkillsPythonJavaScript") are mostly lower case with no digits, and hex ids have almost no
 * upper case.
 */
function looksRandom(body: string): boolean {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (const c of body) {
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
    else if (c >= '0' && c <= '9') digits++;
  }
  const letters = upper + lower;
  return letters > 0 && upper >= letters * 0.25 && lower >= letters * 0.15 && digits >= 2;
}
