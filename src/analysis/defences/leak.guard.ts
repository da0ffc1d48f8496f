/**
 * The last check before a blind-screening resume leaves the process: if any identifying value
 * survived redaction, the job fails rather than send it. Values are matched the way the redactor
 * removes them (see `identity.ts`), and the error never repeats them: its message is stored as
 * the application's failure reason, which recruiters on a blind job post can read.
 */
import { linkKey, phoneKey } from './contact.scanners.js';
import { foldAccents, isIdentifyingToken, nameSpans, nameTokens, toIdentity, type IdentityInput } from './identity.js';

/** Which kind of identifying value was found. */
export type LeakKind = 'name' | 'email' | 'phone' | 'link';

/** Runs of digits with the separators phone numbers are written with, within one line. */
const DIGIT_RUN = /\d(?:[\d \t().+\-\u00AD\u2010\u2011]*\d)?/g;

/**
 * Identifying values survived blind-screening redaction. Permanent (`retryable: false`): the
 * same text redacts the same way, so the caller fails the application instead of retrying.
 */
export class BlindScreeningLeakError extends Error {
  readonly code = 'BLIND_SCREENING_LEAK';
  readonly retryable = false;

  constructor(readonly kinds: readonly LeakKind[]) {
    super(`blind screening: the redacted resume still identifies the candidate (${kinds.join(', ')}); not sent`);
    this.name = 'BlindScreeningLeakError';
  }
}

/**
 * The kinds of identifying value still present in `sentText`: a name token of three or more
 * characters (whole word, case- and accent-insensitive; particles, skills and months excepted,
 * see {@link isIdentifyingToken}), an e-mail address (case-insensitive), a phone number (its last
 * seven digits inside any run of digits), or a link (without scheme, "www." or trailing slash).
 */
export function findLeaks(sentText: string, original: IdentityInput): LeakKind[] {
  const identity = toIdentity(original);
  const lower = sentText.toLowerCase();
  const folded = foldAccents(sentText);
  const kinds: LeakKind[] = [];
  const tokens = nameTokens(identity.name).filter((t) => isIdentifyingToken(t));
  if (tokens.some((t) => nameSpans(folded, [t]).length > 0)) kinds.push('name');
  if (identity.emails.some((e) => lower.includes(e.toLowerCase()))) kinds.push('email');
  const runs = [...sentText.matchAll(DIGIT_RUN)].map((m) => m[0].replace(/\D/g, ''));
  const phoneKeys = identity.phones.map(phoneKey).filter((k): k is string => k !== null);
  if (phoneKeys.some((k) => runs.some((r) => r.includes(k)))) kinds.push('phone');
  if (identity.links.map(linkKey).some((k) => k && lower.includes(k))) kinds.push('link');
  return kinds;
}

/**
 * Throws {@link BlindScreeningLeakError} when {@link findLeaks} finds anything in `sentText`.
 * `original` is what identifies the candidate: a parsed profile, or the `Identity` found
 * in the unredacted text.
 */
export function assertNoLeak(sentText: string, original: IdentityInput): void {
  const kinds = findLeaks(sentText, original);
  if (kinds.length > 0) throw new BlindScreeningLeakError(kinds);
}
