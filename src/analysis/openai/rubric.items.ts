/**
 * A job post's rubric as the list of items the model answers one by one. The items, their kinds
 * and their wording mirror the local analyzer's answers, so both analyzers score the same rubric.
 */
import type { JobRubric, RequirementKind } from '../analysis.types.js';
import { experienceRequirements } from '../rubric/experience-field.js';

/** One question put to the model: "does the resume show this?". */
export interface RubricItem {
  /** Stable key of the answer in the model's output: R1, R2, ... in rubric order. */
  id: string;
  kind: RequirementKind;
  /** The requirement as the job post states it (trimmed). */
  requirement: string;
  /** For an EXPERIENCE item: the years it asks for. */
  minYears?: number;
}

/**
 * The rubric items of `job`, in this order: one MUST_HAVE per must-have skill, one NICE_TO_HAVE
 * per nice-to-have skill, one REQUIREMENT per free-text requirement, one EDUCATION per degree asked
 * for (blank entries skipped), and one per EXPERIENCE item (see `experienceRequirements`): its
 * own text, which says what the years are of where it names a field ("At least 2 years of retail
 * pharmacy experience"), else "At least N years of experience".
 */
export function rubricItems(job: JobRubric): RubricItem[] {
  const clean = (items: string[]) => items.map((s) => s.trim()).filter(Boolean);
  const items: Omit<RubricItem, 'id'>[] = [
    ...clean(job.mustHaveSkills).map((requirement) => ({ kind: 'MUST_HAVE' as const, requirement })),
    ...clean(job.niceToHaveSkills).map((requirement) => ({ kind: 'NICE_TO_HAVE' as const, requirement })),
    ...clean(job.requirements).map((requirement) => ({ kind: 'REQUIREMENT' as const, requirement })),
    ...clean(job.education ?? []).map((requirement) => ({ kind: 'EDUCATION' as const, requirement })),
  ];
  for (const { text, minYears } of experienceRequirements(job)) {
    items.push({ kind: 'EXPERIENCE', requirement: text, minYears });
  }
  return items.map((item, i) => ({ id: `R${i + 1}`, ...item }));
}
