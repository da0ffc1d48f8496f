/**
 * Field accuracy of the local profile parser against labelled resumes: exact-match rates for
 * name, e-mail, phone and location, and skills precision and recall through the vocabulary.
 */
import type { CandidateProfile } from '../analysis/analysis.types.js';
import { normalizeSkill } from '../analysis/skills.vocabulary.js';
import { taxonomyConcept } from '../analysis/taxonomy/esco.js';
import type { LabelledResume } from './field-labels.js';

/** Hits out of labelled cases; the rate is NaN when nothing was labelled. */
export interface Rate {
  hits: number;
  total: number;
}

/** Skills against labels, micro-averaged over files (every labelled skill weighs the same). */
export interface SkillFigures {
  /** Labelled skills the vocabulary knows / all labelled skills: the ceiling on recall. */
  vocabularyCoverage: Rate;
  /** Labelled skills the vocabulary or the taxonomy behind it (ESCO) knows / all labelled skills. */
  taxonomyCoverage: Rate;
  /** Found / labelled skills the vocabulary knows. */
  recall: Rate;
  /**
   * Found skills that are labelled / all found skills, over files whose label list is the whole
   * (non-empty) skill list. Skills found outside the labelled list (a mention in a job bullet)
   * count as wrong, so this is a lower bound.
   */
  precision: Rate;
}

export interface FieldFigures {
  source: string;
  files: number;
  /** Files whose text could not be extracted (counted as misses on every labelled field). */
  unreadable: number;
  name: Rate;
  email: Rate;
  phone: Rate;
  location: Rate;
  skills: SkillFigures;
}

const rate = (): Rate => ({ hits: 0, total: 0 });

function tally(r: Rate, ok: boolean): void {
  r.total++;
  if (ok) r.hits++;
}

/** Case- and spacing-insensitive equality; two nulls are equal (an anonymised resume has no name). */
function sameText(got: string | null, want: string | null): boolean {
  if (want === null) return got === null;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return got !== null && norm(got) === norm(want);
}

/** A leading "+country code", as printed: "+91", "(+91)", "+1". */
const COUNTRY_CODE = /^\s*\(?\+\s?(\d{1,3})\)?/;

/**
 * Same number: the same digits ("(123) 456-7890" and "123-456-7890"; formatting is not an error),
 * or the same national number with and without its printed country code ("(+91) 8087996634" and
 * "8087996634"). Digits alone cannot tell a country code from an area code, so the code must
 * be marked with "+".
 */
export function samePhone(got: string | null, want: string): boolean {
  if (got === null) return false;
  const digits = (s: string) => s.replace(/\D/g, '');
  if (digits(got) === digits(want)) return true;
  const [withCode, without] = COUNTRY_CODE.test(got) ? [got, want] : [want, got];
  const code = COUNTRY_CODE.exec(withCode);
  // two different country codes, or none, with different digits: different numbers
  if (!code || COUNTRY_CODE.test(without)) return false;
  return digits(withCode).slice(code[1]!.length) === digits(without);
}

function canonicalSet(labels: readonly string[]): { known: Set<string>; total: number; inTaxonomy: number } {
  const known = new Set<string>();
  let inTaxonomy = 0;
  for (const l of labels) {
    const c = normalizeSkill(l);
    if (c) known.add(c);
    if (c || taxonomyConcept(l)) inTaxonomy++;
  }
  return { known, total: labels.length, inTaxonomy };
}

/**
 * Scores every labelled resume's profile, grouped by source, plus an "all" row over every group
 * but the anonymised ones (whose only label is a null name, reported on their own).
 *
 * @param profileOf the profile the analyzer under test gave a file, null when the file had no text.
 */
export function evaluateFields(
  labelled: readonly LabelledResume[],
  profileOf: (file: string) => CandidateProfile | null,
): FieldFigures[] {
  const groups = new Map<string, FieldFigures>();
  const group = (source: string): FieldFigures => {
    let g = groups.get(source);
    if (!g) {
      g = {
        source,
        files: 0,
        unreadable: 0,
        name: rate(),
        email: rate(),
        phone: rate(),
        location: rate(),
        skills: { vocabularyCoverage: rate(), taxonomyCoverage: rate(), recall: rate(), precision: rate() },
      };
      groups.set(source, g);
    }
    return g;
  };
  for (const r of labelled) {
    const g = group(r.source);
    g.files++;
    const p = profileOf(r.file);
    if (p === null) g.unreadable++;
    if (r.name !== undefined) tally(g.name, p !== null && sameText(p.name, r.name));
    if (r.email !== undefined) tally(g.email, p !== null && sameText(p.email, r.email));
    if (r.phone !== undefined) tally(g.phone, p !== null && samePhone(p.phone, r.phone));
    if (r.location !== undefined) tally(g.location, p !== null && sameText(p.location, r.location));
    if (r.skills) {
      const { known, total, inTaxonomy } = canonicalSet(r.skills.labels);
      const found = new Set(p?.skills ?? []);
      g.skills.vocabularyCoverage.hits += known.size;
      g.skills.vocabularyCoverage.total += total;
      g.skills.taxonomyCoverage.hits += inTaxonomy;
      g.skills.taxonomyCoverage.total += total;
      for (const s of known) tally(g.skills.recall, found.has(s));
      if (r.skills.complete && known.size > 0) {
        for (const s of found) tally(g.skills.precision, known.has(s));
      }
    }
  }
  return [...groups.values()];
}

/** Sums groups into one row named `source`. */
export function combineFields(source: string, rows: readonly FieldFigures[]): FieldFigures {
  const add = (pick: (f: FieldFigures) => Rate): Rate =>
    rows.reduce((sum, f) => ({ hits: sum.hits + pick(f).hits, total: sum.total + pick(f).total }), rate());
  return {
    source,
    files: rows.reduce((n, f) => n + f.files, 0),
    unreadable: rows.reduce((n, f) => n + f.unreadable, 0),
    name: add((f) => f.name),
    email: add((f) => f.email),
    phone: add((f) => f.phone),
    location: add((f) => f.location),
    skills: {
      vocabularyCoverage: add((f) => f.skills.vocabularyCoverage),
      taxonomyCoverage: add((f) => f.skills.taxonomyCoverage),
      recall: add((f) => f.skills.recall),
      precision: add((f) => f.skills.precision),
    },
  };
}
