/**
 * The human rankings of the jd-resume-ranking dataset (`annotations-for-the-first-30-vacancies.txt`).
 *
 * Format, as the file states it: for every CV (files 1.docx, 2.docx, … in array order) an array
 * of the 5 vacancies "ranked from the best (place 1 in the annotation array) to the worst (place 5
 * in the annotation array)": `[2,1,4,3,5]` means vacancy 2 fits that CV best and vacancy 5 worst.
 * Vacancies are numbered 1-5 in the row order of `5_vacancies.csv`. So the annotators ranked
 * vacancies per CV, not CVs per vacancy.
 *
 * The file is not quite as described: annotator 2 ranked only CVs 1-20, and two arrays of
 * annotator 1 repeat a vacancy (`[1,5,2,1,4]`, `[2,4,3,2,5]`). Such arrays are kept but marked
 * invalid, and left out of every figure.
 */

/** One annotator's ranking of the vacancies for one CV. */
export interface CvRanking {
  /** 1-based CV number: the file `${cv}.docx`. */
  cv: number;
  /** Vacancy numbers from best to worst, as written. */
  order: number[];
  /** Null when `order` is a permutation of 1..vacancies; else what is wrong with it. */
  problem: string | null;
}

/** One annotator's rankings, in CV order. */
export interface Annotator {
  /** As named in the file: 1 for ANNOTATOR_1_RANKINGS. */
  id: number;
  rankings: CvRanking[];
}

const BLOCK = /ANNOTATOR_(\d+)_RANKINGS\s*=/g;
const INNER_ARRAY = /\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]/g;

function problemOf(order: number[], vacancies: number): string | null {
  if (order.length !== vacancies) return `has ${order.length} places, not ${vacancies}`;
  const missing = Array.from({ length: vacancies }, (_, i) => i + 1).filter((v) => !order.includes(v));
  return missing.length > 0 ? `repeats a vacancy and leaves out ${missing.join(', ')}` : null;
}

/** Parses every `ANNOTATOR_n_RANKINGS=[[…],…]` block; `#` comments are ignored. */
export function parseAnnotations(text: string, vacancies: number): Annotator[] {
  const starts = [...text.matchAll(BLOCK)];
  return starts.map((m, i) => {
    const body = text.slice(m.index + m[0].length, starts[i + 1]?.index ?? text.length).replace(/#[^\n]*/g, '');
    const rankings = [...body.matchAll(INNER_ARRAY)].map((a, k): CvRanking => {
      const order = a[1]!.split(',').map((s) => Number(s.trim()));
      return { cv: k + 1, order, problem: problemOf(order, vacancies) };
    });
    return { id: Number(m[1]), rankings };
  });
}

/**
 * How much an annotator favours each vacancy for a CV, as a number where higher is better:
 * `vacancies + 1 - place`, so the best vacancy scores 5 of 5. Index 0 is vacancy 1.
 */
export function preferenceByVacancy(ranking: CvRanking, vacancies: number): number[] {
  return Array.from({ length: vacancies }, (_, v) => vacancies - ranking.order.indexOf(v + 1));
}
