/**
 * The defences a resume's text goes through before any analyzer sees it, in one call for the
 * worker: prompt-injection neutralisation always, then blind-screening redaction and the leak
 * check when the job post asks for blind screening.
 *
 * ```ts
 * const prepared = prepareForAnalysis(extracted.text, {
 *   blindScreening: post.blindScreening,
 *   hiddenText: extracted.hiddenText,
 * }); // throws BlindScreeningLeakError (code BLIND_SCREENING_LEAK, retryable: false)
 * const result = await analyzer.analyze(prepared.text, rubric);
 * application.flags = [...new Set([...prepared.flags, ...result.flags])];
 * ```
 */
import { redactForBlindScreening } from './blind.redactor.js';
import { findIdentity } from './identity.js';
import { detectInjection, neutraliseInjection, PROMPT_INJECTION_FLAG } from './injection.detector.js';
import { assertNoLeak } from './leak.guard.js';

export { redactForBlindScreening, type BlindScreeningOptions, type RedactedText } from './blind.redactor.js';
export { findIdentity, type Identity, type IdentityInput } from './identity.js';
export {
  detectInjection,
  INJECTION_MARKER,
  neutraliseInjection,
  PROMPT_INJECTION_FLAG,
  type InjectionReason,
  type InjectionReport,
  type InjectionSpan,
  type NeutralisedText,
} from './injection.detector.js';
export { assertNoLeak, BlindScreeningLeakError, findLeaks, type LeakKind } from './leak.guard.js';
export type { RedactionCategory } from './redaction.types.js';

export interface PrepareOptions {
  /** The job post's blind-screening setting: redact identity, then check nothing identifying is left. */
  blindScreening: boolean;
  /**
   * Text the file holds but a reader cannot see (white, tiny, off-page; see `ExtractedText`). It
   * is never analysed; an injection in it flags the resume.
   */
  hiddenText?: string;
}

/** The text an analyzer may see, with the flags and redaction counts to store on the application. */
export interface PreparedText {
  text: string;
  /** `PROMPT_INJECTION_SUSPECTED` when the visible or the hidden text held an injection. */
  flags: string[];
  /** Redactions per category (blind screening only; empty otherwise). */
  redactions: Record<string, number>;
}

/**
 * Prepares extracted resume text for an analyzer:
 * 1. {@link neutraliseInjection}: passages addressed to the reader (with what they open: the rest
 *    of a fake end of the resume, the instruction under a header) and long base64 blocks are
 *    replaced by `[…]`, and the resume is flagged `PROMPT_INJECTION_SUSPECTED` when an injection
 *    was found, plain or encoded, in the text or only in `hiddenText`;
 * 2. with `blindScreening`, {@link redactForBlindScreening} on the neutralised text, using the
 *    identity found in the original text, then {@link assertNoLeak} on the result.
 *
 * Pure and synchronous: the same input always gives the same output, so it is safe to run again
 * on a retried job, and its output can be hashed for the analysis cache.
 *
 * @throws BlindScreeningLeakError when blind and an identifying value survived redaction: fail
 *   the application (the error is not retryable) rather than send the text.
 */
export function prepareForAnalysis(text: string, { blindScreening, hiddenText = '' }: PrepareOptions): PreparedText {
  const neutral = neutraliseInjection(text);
  const hiddenInjection = hiddenText.trim() !== '' && detectInjection(hiddenText).suspected;
  const flags = neutral.flags.length > 0 || hiddenInjection ? [PROMPT_INJECTION_FLAG] : [];
  if (!blindScreening) return { text: neutral.text, flags, redactions: {} };
  const identity = findIdentity(text.normalize('NFC'));
  const redacted = redactForBlindScreening(neutral.text, { identity });
  assertNoLeak(redacted.text, identity);
  return { text: redacted.text, flags, redactions: redacted.redactions };
}
