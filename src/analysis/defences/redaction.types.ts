/**
 * The shared shape of blind-screening redactions: each rule proposes replacements on the original
 * text, and the redactor applies the non-overlapping ones in a single pass.
 */

/** What a redaction removed; the keys of `redactions` counts. */
export type RedactionCategory =
  | 'name'
  | 'email'
  | 'phone'
  | 'link'
  | 'address'
  | 'dateOfBirth'
  | 'age'
  | 'gender'
  | 'pronoun'
  | 'photo'
  | 'nationality'
  | 'maritalStatus'
  | 'personalDetail';

/** Replace `[start, end)` of the text by `replacement`. */
export interface Redaction {
  start: number;
  end: number;
  category: RedactionCategory;
  replacement: string;
}

/**
 * What identifying text becomes. A neutral token with no words a rubric could match: "[NAME]" or
 * "[PHONE]" would give a candidate the keyword of a requirement such as "phone support".
 */
export const REDACTED = '[REDACTED]';
