/**
 * The occupational field of each livecareer resume judged by hand (`test/fixtures/livecareer-fields`,
 * see its README): what a recruiter reading the resume would call the person's trade, beside the
 * dataset's category label, which is where the resume was filed and often not the person's trade
 * (an AUTOMOBILE resume of a deputy principal). Retrieval is measured against both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsvRecords } from './csv.js';
import { REPO_ROOT } from './shared-dir.js';

export const JUDGED_FIELDS_FILE = path.join(REPO_ROOT, 'test/fixtures/livecareer-fields/fields.csv');

/** The field a resume's career mostly belongs to, and up to two more it seriously counts for. */
export interface JudgedFields {
  /** A livecareer category name, `OTHER` (none of them) or `UNKNOWN` (no text to judge). */
  primary: string;
  secondary: string[];
}

/** Whether a resume judged `fields` belongs to `category` (its primary or a secondary field). */
export function judgedIn(fields: JudgedFields, category: string): boolean {
  return fields.primary === category || fields.secondary.includes(category);
}

/** Judgements by livecareer resume id. */
export function loadJudgedFields(file = JUDGED_FIELDS_FILE): Map<string, JudgedFields> {
  const out = new Map<string, JudgedFields>();
  for (const r of parseCsvRecords(fs.readFileSync(file, 'utf8'))) {
    if (!r.id || !r.primary) throw new Error(`${file}: a line without id or primary field`);
    const secondary = (r.secondary ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    out.set(r.id, { primary: r.primary.trim(), secondary });
  }
  return out;
}
