/**
 * The two external datasets in `shared/datasets` (see its README): jd-resume-ranking (5 vacancies,
 * 65 anonymised CVs, two people's rankings for CVs 1-30) and livecareer (240 anonymised resume
 * PDFs in 24 job categories).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAnnotations, type Annotator } from './annotations.js';
import { parseCsvRecords } from './csv.js';
import type { DataRequirements } from './shared-dir.js';

const JD_RANKING = 'datasets/jd-resume-ranking';
const LIVECAREER = 'datasets/livecareer';

/** A vacancy of the jd-resume-ranking dataset; `number` is its 1-based row in `5_vacancies.csv`. */
export interface Vacancy {
  number: number;
  id: string;
  title: string;
  description: string;
}

export interface JdRankingData {
  vacancies: Vacancy[];
  annotators: Annotator[];
  /** Every CV file (absolute path) by its number: `cvFiles.get(7)` is `CV/7.docx`. */
  cvFiles: Map<number, string>;
}

/** Reads the vacancies, the annotations and the CV list; absent paths are noted in `req`. */
export function loadJdRanking(req: DataRequirements): JdRankingData {
  const csv = req.read(path.join(JD_RANKING, '5_vacancies.csv'));
  const vacancies = (csv ? parseCsvRecords(csv) : []).map((r, i): Vacancy => ({
    number: i + 1,
    id: r.id ?? '',
    title: r.job_title ?? '',
    description: r.job_description ?? '',
  }));
  const annotationText = req.read(path.join(JD_RANKING, 'annotations-for-the-first-30-vacancies.txt'));
  const annotators = annotationText ? parseAnnotations(annotationText, vacancies.length) : [];
  const cvDir = req.need(path.join(JD_RANKING, 'CV'));
  const cvFiles = new Map<number, string>();
  if (fs.existsSync(cvDir)) {
    for (const f of fs.readdirSync(cvDir)) {
      const m = /^(\d+)\.docx$/.exec(f);
      if (m) cvFiles.set(Number(m[1]), path.join(cvDir, f));
    }
  }
  // every annotated CV must be there
  for (const a of annotators) {
    for (const r of a.rankings) if (!cvFiles.has(r.cv)) req.need(path.join(JD_RANKING, 'CV', `${r.cv}.docx`));
  }
  return { vacancies, annotators, cvFiles };
}

/** A livecareer resume and its category label. */
export interface CategorisedResume {
  id: string;
  category: string;
  file: string;
}

/** Reads `labels.csv` and checks that every file it lists exists. */
export function loadLivecareer(req: DataRequirements): CategorisedResume[] {
  const csv = req.read(path.join(LIVECAREER, 'labels.csv'));
  if (!csv) return [];
  return parseCsvRecords(csv)
    .filter((r) => r.path)
    .map((r) => ({ id: r.id ?? '', category: r.category ?? '', file: req.need(path.join(LIVECAREER, r.path!)) }));
}

/**
 * The whole livecareer dataset, when a copy of it is at hand (`--whole-livecareer`): the
 * repository `../shared/datasets/livecareer` was drawn from (Sbhawal/resumeScraper, 2,484 resume
 * PDFs in `data/<CATEGORY>/<id>.pdf`), less the resumes whose ids are in `exclude` (the 240 of
 * `../shared`, so that the figures are on resumes the ranking was never looked at on).
 *
 * @throws Error naming the folder when it holds no `data/<CATEGORY>/<id>.pdf` file
 */
export function loadWholeLivecareer(dir: string, exclude: ReadonlySet<string>): CategorisedResume[] {
  const data = path.join(dir, 'data');
  const out: CategorisedResume[] = [];
  const categories = fs.existsSync(data)
    ? fs.readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  for (const category of categories.map((d) => d.name).sort()) {
    for (const f of fs.readdirSync(path.join(data, category)).sort()) {
      const m = /^(\d+)\.pdf$/i.exec(f);
      if (m && !exclude.has(m[1]!)) out.push({ id: m[1]!, category, file: path.join(data, category, f) });
    }
  }
  if (out.length === 0) {
    throw new Error(
      `${dir} holds no resume as data/<CATEGORY>/<id>.pdf outside ../shared: give a checkout of Sbhawal/resumeScraper`,
    );
  }
  return out;
}
