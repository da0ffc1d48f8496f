/**
 * Blind screening: the resume as an analyzer may see it when the job post asks for it, without
 * who the candidate is (name, contact details, links, address, birth date, age, gender words,
 * photo, nationality, marital status) but with everything the rubric judges (skills, job titles,
 * employers, dates of employment, education).
 */
import { genderRedactions } from './gender.redaction.js';
import { findEmails, findLinks, findPhones, type Found } from './contact.scanners.js';
import {
  findIdentity,
  foldAccents,
  isIdentifyingToken,
  nameSpans,
  nameTokens,
  toIdentity,
  type Identity,
  type IdentityInput,
} from './identity.js';
import { personalDetailRedactions } from './personal-details.redaction.js';
import { REDACTED, type Redaction, type RedactionCategory } from './redaction.types.js';

export type { RedactionCategory } from './redaction.types.js';

export interface BlindScreeningOptions {
  /**
   * What identifies the candidate, when already known (e.g. `findIdentity` of the text before
   * injection neutralisation, or a parsed profile); else it is found in `text`. E-mail addresses,
   * phone numbers and links are always looked for in `text` as well.
   */
  identity?: IdentityInput;
}

export interface RedactedText {
  text: string;
  /** How many passages of each {@link RedactionCategory} were replaced; categories with none are absent. */
  redactions: Record<string, number>;
}

/** Shortest name token redacted at all; two-letter ones ("Li", "Wu") only in their own spelling. */
const MIN_REDACTED_TOKEN = 2;
const CASE_SENSITIVE_BELOW = 3;
/** A nickname or a name in another script right after the name: "Wei Zhang (张伟)", "Robert (Bob)". */
const ALIAS = /^\s*[(（][^()（）\n\d@]{1,40}[)）]/u;
/** A gendered honorific right before the name, in any case ("MS LISA SHAW", "Mr. John Doe"). */
const HONORIFIC_BEFORE = /(?<![\p{L}\p{N}])(?:mr|mrs|ms|miss|mx|mme|mlle|sir|madam)\.?\s+$/iu;
const HONORIFIC_REACH = 8;

function found(list: Found[], category: RedactionCategory): Redaction[] {
  return list.map(({ start, end }) => ({ start, end, category, replacement: REDACTED }));
}

/**
 * The full name (after a gendered honorific, before an alias in brackets) and each of its
 * identifying tokens and hyphen parts, wherever they are.
 */
function nameRedactions(text: string, name: string | null): Redaction[] {
  const tokens = nameTokens(name);
  const folded = foldAccents(text);
  const spans = nameSpans(folded, tokens).map(([start, end]): [number, number] => {
    const before = HONORIFIC_BEFORE.exec(folded.slice(Math.max(0, start - HONORIFIC_REACH), start));
    const alias = ALIAS.exec(folded.slice(end));
    return [start - (before?.[0].length ?? 0), end + (alias?.[0].length ?? 0)];
  });
  const parts = new Set(tokens.flatMap((t) => [t, ...t.split(/[-'’]/)]));
  for (const token of parts) {
    if (!isIdentifyingToken(token, MIN_REDACTED_TOKEN)) continue;
    spans.push(...nameSpans(folded, [token], { caseSensitive: [...token].length < CASE_SENSITIVE_BELOW }));
  }
  return spans.map(([start, end]) => ({ start, end, category: 'name', replacement: REDACTED }));
}

/** Literal occurrences of known values the scanners might not recognise (a phone in an odd format). */
function knownValues(text: string, identity: Identity): Redaction[] {
  const out: Redaction[] = [];
  const lower = text.toLowerCase();
  const lists: [RedactionCategory, string[]][] = [
    ['email', identity.emails],
    ['phone', identity.phones],
    ['link', identity.links],
  ];
  for (const [category, values] of lists) {
    for (const value of values) {
      const needle = value.toLowerCase();
      for (let at = lower.indexOf(needle); at >= 0 && needle; at = lower.indexOf(needle, at + needle.length)) {
        out.push({ start: at, end: at + needle.length, category, replacement: REDACTED });
      }
    }
  }
  return out;
}

/** Applies the redactions that do not overlap an earlier (or, at the same start, longer) one. */
function apply(text: string, redactions: Redaction[]): RedactedText {
  const sorted = [...redactions].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  const counts: Record<string, number> = {};
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start), r.replacement);
    counts[r.category] = (counts[r.category] ?? 0) + 1;
    at = r.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), redactions: counts };
}

/**
 * Redacts what identifies the candidate, for a job post with blind screening on.
 *
 * - the name (found by the local profile parser, or a header line in a script without letter
 *   case), as a phrase with any bracketed alias, then every later occurrence of each of its
 *   tokens, case- and accent-insensitively (two-letter tokens only as spelled); tokens that are
 *   also a skill or a month (Ruby, June) are kept outside the full name, see `identity.ts`;
 * - every e-mail address, phone number and link (URLs, LinkedIn/GitHub profiles, personal
 *   sites, handles after a "GitHub:" label);
 * - street addresses and labelled address, birth, age, gender, nationality, marital, family,
 *   religion and photo fields, "born in …", "34 years old", photo references;
 * - pronouns become "they" forms (sentences stay readable), honorifics are dropped, gendered
 *   words ("female", "sorority", "wife") become `[REDACTED]`.
 *
 * Everything is replaced by `[REDACTED]`, a token with no word a rubric could match. The text is
 * NFC-normalised first. Pair it with `assertNoLeak` before sending the result anywhere.
 */
export function redactForBlindScreening(text: string, options: BlindScreeningOptions = {}): RedactedText {
  const nfc = text.normalize('NFC');
  const identity = options.identity ? toIdentity(options.identity) : findIdentity(nfc);
  return apply(nfc, [
    ...nameRedactions(nfc, identity.name),
    ...found(findEmails(nfc), 'email'),
    ...found(findPhones(nfc), 'phone'),
    ...found(findLinks(nfc), 'link'),
    ...knownValues(nfc, identity),
    ...personalDetailRedactions(nfc),
    ...genderRedactions(nfc),
  ]);
}
