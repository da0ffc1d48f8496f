/**
 * Contact details from a resume header: e-mail, phone, location and links (the name is in name.ts).
 * General rules only (no per-template tricks): resumes come from every editor and exporter.
 */
import type { ResumeLine } from './sections.js';
import { findLocation } from './location.js';

/** How many lines from the top a name or location may be found in. */
export const HEADER_LINES = 15;

// starts only where an address-like run starts, so the scan stays linear on long runs
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The first e-mail address, cut where PDF extraction glued the next word on ("x@y.comPhone"). */
export function findEmail(text: string): string | null {
  for (const m of text.matchAll(EMAIL_RE)) {
    const email = m[0].replace(/(\.[a-z]{2,})[A-Z].*$/, '$1').replace(/\.+$/, '');
    if (/@.+\./.test(email)) return email;
  }
  return null;
}

// Separators are a space, dot or hyphen, never a tab: tabs separate table cells ("1.10.0\t2019").
const PHONE_RE =
  /(?<![\w+])(?:\+ ?\d{1,3}[ .-]?|\(\+?\d{1,3}\) ?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]{1,3}\d{1,12}){0,5}(?![\w])/g;
const PHONE_LABEL = /\b(?:phone|tel|telephone|mobile|cell|contact|ph)\b/i;
/** Most digits in a phone number (E.164). */
const MAX_DIGITS = 15;
/** Fewest digits of an unlabelled number: fewer is more often a count, an amount or an ID. */
const MIN_DIGITS = 9;
/**
 * Fewest digits with a "+country code" ("+1 555-0101"): the code marks it as a phone, and a
 * local number has at least 7 digits.
 */
const MIN_DIGITS_INTERNATIONAL = 8;
/** Fewest digits of a number the resume says is a phone (a label, or on its e-mail line). */
const MIN_DIGITS_LABELLED = 7;

function isPhone(candidate: string, labelled: boolean): boolean {
  const digits = candidate.replace(/\D/g, '');
  const min = labelled ? MIN_DIGITS_LABELLED : /^\(?\+/.test(candidate.trim()) ? MIN_DIGITS_INTERNATIONAL : MIN_DIGITS;
  if (digits.length > MAX_DIGITS || digits.length < min) return false;
  // "2015 - 2019", "2016 2020 1": years side by side, not a number
  const groups = candidate.trim().split(/[\s.()+-]+/);
  if (groups.filter((g) => /^(?:19|20)\d{2}$/.test(g)).length >= 2) return false;
  // "1.10.0 2019 2": version numbers and counts, not a phone (which has at most one 1-digit group)
  if (groups.filter((g) => g.length === 1).length >= 2) return false;
  return !/^(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}$/.test(candidate.trim());
}

/**
 * Drops trailing digit groups that make a number too long to be one phone: the house number
 * of an address often follows the phone on the same header line ("754-3010 1515 Pacific Ave").
 */
function trimPhone(candidate: string): string {
  let s = candidate.trim();
  const limit = /^\(?\+/.test(s) ? 13 : 11;
  while (s.replace(/\D/g, '').length > limit) {
    const cut = s.search(/[\s.-]+\d+$/);
    if (cut <= 0) break;
    s = s.slice(0, cut);
  }
  return s;
}

/**
 * The candidate's phone number, in international or national formats: the header first (where a
 * resume puts its own contact details; references further down have phones too), then lines
 * labelled Phone/Tel/Mobile, then any long enough number anywhere. A number on the header line
 * that holds the e-mail address is taken as labelled: that line is the contact line.
 */
export function findPhone(lines: ResumeLine[]): string | null {
  const header = lines.slice(0, HEADER_LINES * 2);
  const passes: [ResumeLine[], (l: ResumeLine) => boolean][] = [
    [header, (l) => l.text.includes('@')],
    [lines.filter((l) => PHONE_LABEL.test(l.text)), () => true],
    [lines, () => false],
  ];
  for (const [pass, labelled] of passes) {
    for (const l of pass) {
      for (const m of l.text.matchAll(PHONE_RE)) {
        const candidate = trimPhone(m[0]);
        if (isPhone(candidate, labelled(l))) return candidate.replace(/\s+/g, ' ').replace(/-{2,}/g, '-');
      }
    }
  }
  return null;
}

const LINK_RE =
  /(?:https?:\/\/[^\s<>()"'|,]+|\bwww\.[^\s<>()"'|,]+|(?<![a-z0-9.-])(?:[a-z0-9-]+\.)?(?:linkedin|github|gitlab)\.com\/[^\s<>()"'|,]+)/gi;

/** Web links (http(s), www., LinkedIn/GitHub/GitLab profiles), unique, in order. */
export function findLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LINK_RE)) {
    const link = m[0].replace(/[.,;:)\]]+$/, '');
    if (!out.includes(link)) out.push(link);
  }
  return out;
}

/** The candidate's location: a "City, ST" / "City, Country" in the header, before any job or school. */
export function findHeaderLocation(lines: ResumeLine[]): string | null {
  let seen = 0;
  for (const l of lines) {
    if (l.section === 'experience' || l.section === 'education') break;
    if (!l.text.trim()) continue;
    if (++seen > HEADER_LINES) break;
    const loc = findLocation(l.text.replace(/^\s*(?:location|address|based in)\s*[:\t-]\s*/i, ''));
    if (loc) return loc;
  }
  return null;
}
