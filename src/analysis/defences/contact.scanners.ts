/**
 * Contact details anywhere in resume text: e-mail addresses, phone numbers and web links, with the
 * keys the leak check compares them by. Tuned against real resumes so that dates, version numbers,
 * amounts, skills written like domains (Node.js, ASP.NET) and degrees (B.Tech, M.Com) are left alone.
 */
import { normalizeSkill } from '../skills.vocabulary.js';

/** A value found in the text, `[start, end)`. */
export interface Found {
  start: number;
  end: number;
  value: string;
}

/** Digits compared for a phone number: the subscriber part, without country or area code variants. */
const PHONE_KEY_DIGITS = 7;

const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Lines of the header, where a bare personal domain ("janedoe.dev") is a link wherever it stands. */
const SITE_HEADER_LINES = 10;
/** How far from a bare domain, on its line, a contact label is looked for. */
const CONTACT_LABEL_REACH = 80;
const CONTACT_LABEL =
  /\b(?:linkedin|github|gitlab|website|web|site|portfolio|blog|url|homepage|e-?mail|phone|mobile|contact)\b/i;
/** Top-level domains of personal sites; two-letter country domains are accepted too. */
const SITE_TLDS = new Set(
  'com org net io dev me co ai app page site info xyz tech design blog online website portfolio codes'.split(' '),
);
/** A scheme or www. address, or a dotted host with an optional path. */
const LINK_RE =
  /(?:https?:\/\/|www\.)[^\s<>()"'|,]+|(?<![\p{L}\p{N}@._/-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/[^\s<>()"'|,]*)?(?![\p{L}\p{N}@])/giu;

/**
 * Whether a dotted host (and path) is a web address rather than a skill, a degree or a company
 * written like one ("Node.js/Express", "ASP.NET", "B.Tech", "M.Com", "Booking.com"): the
 * domain must end in a site or country domain after a label of two or more characters, must not
 * be a skill, and without a path must be written in lower case, as people print their own sites.
 */
function isWebAddress(value: string): boolean {
  if (/^(?:https?:\/\/|www\.)/i.test(value)) return true;
  const slash = value.indexOf('/');
  const host = slash < 0 ? value : value.slice(0, slash);
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (labels[labels.length - 2]!.length < 2 || (!SITE_TLDS.has(tld) && tld.length !== 2)) return false;
  if (normalizeSkill(host)) return false;
  return slash >= 0 || host === host.toLowerCase();
}

/**
 * Phone-like digit runs: optional +country code and (area) code, then groups split by a space,
 * dot or hyphen (Word's soft and non-breaking hyphens included). Tabs and line breaks separate
 * table cells, never the digits of one number.
 */
const PHONE_RE =
  /(?<![\p{L}\p{N}+/.,$€£¥₹])(?:\+[ \u00A0]?\d{1,3}[ \u00A0.\-\u00AD\u2010\u2011]{0,3})?(?:\(\+?\d{1,5}\)[ \u00A0.\-\u00AD\u2010\u2011]{0,3})?\d{1,12}(?:[ \u00A0.\-\u00AD\u2010\u2011]{1,3}\d{1,12}){0,5}(?![\p{L}\p{N}%/]|[.,]\d)/gu;
const PHONE_LABEL = /\b(?:phone|tel|telephone|mobile|cell|contact|ph|whatsapp)\b/i;
/** How far before a number on its line a phone label is looked for. */
const PHONE_LABEL_REACH = 40;
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
/** Unlabelled runs need this many digits, unless they are written like a phone ("+…", "(…)", "555-0113"). */
const MIN_UNLABELLED_PHONE_DIGITS = 9;

/** Whether a digit run reads as a phone number rather than years, a date, a version or an amount. */
function isPhone(run: string, labelled: boolean): boolean {
  const digits = run.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return false;
  const groups = run.split(/[^\d]+/).filter(Boolean);
  if (groups.filter((g) => /^(?:19|20)\d{2}$/.test(g)).length >= 2) return false;
  if (groups.filter((g) => g.length === 1).length >= 2) return false;
  if (/^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$/.test(run)) return false;
  const shaped = /^[+(]/.test(run) || /^\d{3}[ .\-\u2010\u2011]\d{4}$/.test(run);
  return labelled || shaped || digits.length >= MIN_UNLABELLED_PHONE_DIGITS;
}

/** Every phone number in `text`. */
export function findPhones(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(PHONE_RE)) {
    const run = m[0].replace(/[ \u00A0.\-\u00AD\u2010\u2011]+$/, '');
    const before = text.slice(Math.max(0, m.index - PHONE_LABEL_REACH), m.index);
    const labelled = PHONE_LABEL.test(before.slice(before.lastIndexOf('\n') + 1));
    if (isPhone(run, labelled)) out.push({ start: m.index, end: m.index + run.length, value: run });
  }
  return out;
}

/** Every e-mail address in `text`. */
export function findEmails(text: string): Found[] {
  return [...text.matchAll(EMAIL_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }));
}

/**
 * Every web link in `text`: URLs, www. addresses, domain/path profiles (linkedin.com/in/…,
 * github.com/…) and bare personal domains, but not skills written like domains (ASP.NET, Socket.io).
 */
export function findLinks(text: string): Found[] {
  const header = headerEnd(text);
  const out: Found[] = [];
  for (const m of text.matchAll(LINK_RE)) {
    const value = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (isWebAddress(value) && (!isBareDomain(value) || m.index < header || onContactLine(text, m.index))) {
      out.push({ start: m.index, end: m.index + value.length, value });
    }
  }
  return out;
}

/** A domain with neither scheme, "www." nor path: "janedoe.dev", but also "ado.net" in a skills list. */
function isBareDomain(value: string): boolean {
  return !/^(?:https?:\/\/|www\.)/i.test(value) && !value.includes('/');
}

/** Offset where the header ends: after its first {@link SITE_HEADER_LINES} non-blank lines. */
function headerEnd(text: string): number {
  let seen = 0;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (/\S/.test(text.slice(start, end)) && ++seen === SITE_HEADER_LINES) return end;
    start = end + 1;
  }
  return text.length;
}

/** Whether a contact or link label is near `at` on its line, where personal sites are printed. */
function onContactLine(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - CONTACT_LABEL_REACH), at);
  const after = text.slice(at, at + CONTACT_LABEL_REACH);
  return CONTACT_LABEL.test(`${before.slice(before.lastIndexOf('\n') + 1)}${after.split('\n')[0]}`);
}

/** The digits that identify a phone number: its last {@link PHONE_KEY_DIGITS}. */
export function phoneKey(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= PHONE_KEY_DIGITS ? digits.slice(-PHONE_KEY_DIGITS) : null;
}

/** A link as compared: lower case, without scheme, "www." or trailing slashes. */
export function linkKey(link: string): string {
  return link
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
