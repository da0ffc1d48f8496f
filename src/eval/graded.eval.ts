/**
 * Applicants to one post, graded (`test/fixtures/graded-applicants`, see its README): per post, a
 * job description and five resumes of one trade or near it, written to a grade (A: a strong fit,
 * B: meets every demand and no wish, C: of the trade but misses a demand, D: an adjacent trade,
 * E: another trade), with the pairs any recruiter would order the same way. What category
 * retrieval cannot show: whether the rubric read from a description tells a post's applicants of
 * the trade apart, the way a recruiter screening them would.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Analyzer } from '../analysis/analysis.types.js';
import { extractText } from '../extraction/resume.extractor.js';
import { descriptionOnlyRubric, readPost } from './job-posts.js';
import { REPO_ROOT } from './shared-dir.js';

export const GRADED_DIR = path.join(REPO_ROOT, 'test/fixtures/graded-applicants');

/** The sets, oldest first, each with what it is: development (rules were chosen on it) or never tuned on, and its first run. */
export const GRADED_SETS = [
  { which: 'set 1 (development: rules of resume reading and the weights were chosen on it)', dir: 'set-1' },
  { which: 'set 2 (development, as set 1)', dir: 'set-2' },
  { which: 'set 3 (written after the rules, never tuned on)', dir: 'set-3' },
  { which: 'set 4 (written after the rules, never tuned on)', dir: 'set-4' },
  { which: 'set 5 (development: read after sets 3 and 4 were measured)', dir: 'set-5' },
  { which: 'set 6 (development, as set 5)', dir: 'set-6' },
  {
    which: 'set 7 (written after the rules of local-v19, never tuned on; at its first run 49 of 56, local-v18 48)',
    dir: 'set-7',
  },
  {
    which: 'set 8 (written after the rules of local-v19, never tuned on; at its first run 53 of 56, local-v18 52)',
    dir: 'set-8',
  },
  {
    which: 'set 9 (development: read for resume layouts after sets 7 and 8 were measured; 51 of 56 at its first run)',
    dir: 'set-9',
  },
  { which: 'set 10 (development, as set 9; 53 of 56 at its first run)', dir: 'set-10' },
  {
    which:
      'set 11 (development since local-v21: written blind after the rules of local-v20; at its first run 52 of 56, local-v19 53)',
    dir: 'set-11',
  },
  {
    which: 'set 12 (development since local-v21, as set 11; at its first run 53 of 56, local-v19 53)',
    dir: 'set-12',
  },
  {
    which:
      'set 13 (development since its first run: written blind after the first rules of local-v21; 49 of 56 then, local-v20 49)',
    dir: 'set-13',
  },
  { which: 'set 14 (development since its first run, as set 13; 51 of 56 then, local-v20 52)', dir: 'set-14' },
  {
    which:
      'set 15 (written blind after the rules of local-v21, never tuned on; at its first run 54 of 56, local-v20 53)',
    dir: 'set-15',
  },
  {
    which:
      'set 16 (written blind after the rules of local-v21, never tuned on; at its first run 53 of 56, local-v20 53)',
    dir: 'set-16',
  },
  {
    which:
      'set 17 (development since its first run: written blind after the rules of local-v21, run once with them, 50 of 56, local-v20 50)',
    dir: 'set-17',
  },
  { which: 'set 18 (development since its first run, as set 17; 52 of 56 then, local-v20 53)', dir: 'set-18' },
  {
    which:
      'set 19 (development since local-v23: written blind during local-v22, run once with its final rules, 50 of 56, local-v21 50)',
    dir: 'set-19',
  },
  { which: 'set 20 (development since local-v23, as set 19; 53 of 56 then, local-v21 53)', dir: 'set-20' },
  {
    which:
      'set 21 (development since local-v24: written blind at the start of local-v23, run once before its rules, 54 of 56 with local-v22, local-v21 53)',
    dir: 'set-21',
  },
  {
    which: 'set 22 (development since local-v24, as set 21; 52 of 56 then, local-v21 52)',
    dir: 'set-22',
  },
  {
    which:
      'set 23 (development since local-v24: written blind at the end of local-v23, run before its rules at 52 of 56, local-v22 52)',
    dir: 'set-23',
  },
  {
    which: 'set 24 (development since local-v24, as set 23; 54 of 56 then, local-v22 54)',
    dir: 'set-24',
  },
  {
    which:
      'set 25 (development since local-v25: written blind at the start of local-v24, run once with its rules, 50 of 56, local-v23 50)',
    dir: 'set-25',
  },
  {
    which: 'set 26 (development since local-v25, as set 25; 54 of 56 then, local-v23 54)',
    dir: 'set-26',
  },
  {
    which:
      'set 27 (development since local-v26: written blind during local-v24, run once with its final rules, 48 of 56, local-v23 47)',
    dir: 'set-27',
  },
  {
    which: 'set 28 (development since local-v26, as set 27; 52 of 56 then, local-v23 52)',
    dir: 'set-28',
  },
  {
    which:
      'set 29 (development since local-v26: written blind at the start of local-v25, run once before its rules, 55 of 56 with local-v24, local-v23 55)',
    dir: 'set-29',
  },
  {
    which: 'set 30 (development since local-v26, as set 29; 53 of 56 then with local-v24, local-v23 53)',
    dir: 'set-30',
  },
  {
    which:
      'set 31 (development since local-v27: written blind at the end of local-v25, run once before any rule of local-v26, 54 of 56 with local-v25, local-v24 54)',
    dir: 'set-31',
  },
  {
    which: 'set 32 (development since local-v27, as set 31; 52 of 56 then with local-v25, local-v24 52)',
    dir: 'set-32',
  },
  {
    which:
      'set 33 (development since local-v27: written blind at the start of local-v26, run once before any of its rules, 48 of 56 with local-v25, local-v24 48)',
    dir: 'set-33',
  },
  {
    which: 'set 34 (development since local-v27, as set 33; 49 of 56 then with local-v25, local-v24 49)',
    dir: 'set-34',
  },
  {
    which:
      'set 35 (development since local-v28: written blind at the end of local-v26, run in two sessions before it was read; at its first run, with its final rules, 47 of 56, local-v25 47)',
    dir: 'set-35',
  },
  {
    which: 'set 36 (development since local-v28, as set 35; at its first run 50 of 56, local-v25 50)',
    dir: 'set-36',
  },
  {
    which:
      'set 37 (development since local-v29: written blind at the start of local-v27, run in three sessions before it was read; at its first run, before any of its rules, 51 of 56 with local-v26, local-v25 51)',
    dir: 'set-37',
  },
  {
    which: 'set 38 (development since local-v29, as set 37; at its first run 52 of 56 with local-v26, local-v25 52)',
    dir: 'set-38',
  },
  {
    which:
      'set 39 (development since local-v30: written blind during local-v27, run in four sessions before it was read; at its first run, with the rules of f824070, 54 of 56, local-v26 54)',
    dir: 'set-39',
  },
  {
    which: 'set 40 (development since local-v30, as set 39; at its first run 53 of 56, local-v26 53)',
    dir: 'set-40',
  },
  {
    which:
      'set 41 (development since local-v31: written blind at the end of local-v27, run in five sessions before it was read; at its first run, with its final rules, 50 of 56, local-v26 50)',
    dir: 'set-41',
  },
  {
    which: 'set 42 (development since local-v31, as set 41; at its first run 51 of 56, local-v26 51)',
    dir: 'set-42',
  },
  {
    which:
      'set 43 (development since local-v32: written blind at the start of local-v28, run in five sessions before it was read; at its first run, before any of its rules, 50 of 56 with local-v27)',
    dir: 'set-43',
  },
  {
    which: 'set 44 (development since local-v32, as set 43; at its first run 51 of 56 with local-v27)',
    dir: 'set-44',
  },
  {
    which:
      'set 45 (development since local-v33: written blind at the end of local-v28, run in six sessions before it was read; at its first run, with its final rules, 49 of 56, local-v27 49)',
    dir: 'set-45',
  },
  {
    which: 'set 46 (development since local-v33, as set 45; at its first run 49 of 56, local-v27 49)',
    dir: 'set-46',
  },
  {
    which:
      'set 47 (development since local-v34: written blind at the start of local-v29, run in six sessions before it was read; at its first run, before any of its rules, 47 of 56 with local-v28)',
    dir: 'set-47',
  },
  {
    which: 'set 48 (development since local-v34, as set 47; at its first run 50 of 56 with local-v28)',
    dir: 'set-48',
  },
  {
    which:
      'set 49 (written blind at the end of local-v29, never tuned on; at its first run, with its final rules, 51 of 56, local-v28 51)',
    dir: 'set-49',
  },
  {
    which: 'set 50 (written blind at the end of local-v29, never tuned on; at its first run 49 of 56, local-v28 49)',
    dir: 'set-50',
  },
  {
    which:
      'set 51 (written blind at the start of local-v30, never tuned on; at its first run, before any of its rules, 48 of 56 with local-v29)',
    dir: 'set-51',
  },
  {
    which: 'set 52 (written blind at the start of local-v30, never tuned on; at its first run 53 of 56 with local-v29)',
    dir: 'set-52',
  },
  {
    which:
      'set 53 (written blind at the end of local-v30, never tuned on; at its first run, with its final rules, 52 of 56, local-v29 52)',
    dir: 'set-53',
  },
  {
    which: 'set 54 (written blind at the end of local-v30, never tuned on; at its first run 52 of 56, local-v29 52)',
    dir: 'set-54',
  },
  {
    which:
      'set 55 (written blind at the start of local-v31, never tuned on; at its first run, before any of its rules, 48 of 56 with local-v30)',
    dir: 'set-55',
  },
  {
    which: 'set 56 (written blind at the start of local-v31, never tuned on; at its first run 51 of 56 with local-v30)',
    dir: 'set-56',
  },
  {
    which:
      'set 57 (written blind at the end of local-v31, never tuned on; at its first run, with its final rules, 50 of 56, local-v30 48)',
    dir: 'set-57',
  },
  {
    which: 'set 58 (written blind at the end of local-v31, never tuned on; at its first run 52 of 56, local-v30 52)',
    dir: 'set-58',
  },
  {
    which:
      'set 59 (written blind at the start of local-v32, never tuned on; at its first run, before any of its rules, 48 of 56 with local-v31)',
    dir: 'set-59',
  },
  {
    which: 'set 60 (written blind at the start of local-v32, never tuned on; at its first run 54 of 56 with local-v31)',
    dir: 'set-60',
  },
  {
    which:
      'set 61 (written blind at the end of local-v32, never tuned on; at its first run, with its final rules, 47 of 56, local-v31 48)',
    dir: 'set-61',
  },
  {
    which: 'set 62 (written blind at the end of local-v32, never tuned on; at its first run 56 of 56, local-v31 55)',
    dir: 'set-62',
  },
  {
    which:
      'set 63 (written blind at the start of local-v33, never tuned on; at its first run, before any of its rules, 53 of 56 with local-v32)',
    dir: 'set-63',
  },
  {
    which: 'set 64 (written blind at the start of local-v33, as set 63; at its first run 50 of 56 with local-v32)',
    dir: 'set-64',
  },
  {
    which:
      'set 65 (written blind at the end of local-v33, never tuned on; at its first run, with its final rules, 49 of 56, local-v32 49)',
    dir: 'set-65',
  },
  {
    which: 'set 66 (written blind at the end of local-v33, never tuned on; at its first run 49 of 56, local-v32 48)',
    dir: 'set-66',
  },
  {
    which: 'set 67 (written blind at the start of local-v34, never tuned on; at its first run 47 of 56 with local-v33)',
    dir: 'set-67',
  },
  {
    which: 'set 68 (written blind at the start of local-v34, as set 67; at its first run 49 of 56 with local-v33)',
    dir: 'set-68',
  },
  {
    which:
      'set 69 (written blind at the end of local-v34, never tuned on; at its first run, with its final rules, 52 of 56, local-v33 52)',
    dir: 'set-69',
  },
  {
    which: 'set 70 (written blind at the end of local-v34, never tuned on; at its first run 46 of 56, local-v33 46)',
    dir: 'set-70',
  },
] as const;

const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;

/** What "Present" stands for in the graded resumes: they were written in December 2026. */
export const GRADED_NOW = new Date(Date.UTC(2026, 11, 1));

/** The grades file beside a post. */
interface Grades {
  /** Pairs [better, worse] any recruiter would order so for this post. */
  certain: [string, string][];
}

export interface GradedSetFigures {
  which: string;
  posts: number;
  pairs: number;
  /** Pairs whose better applicant scored strictly higher. */
  right: number;
  ties: number;
  /** By kind of pair ("A>B": a strong fit over one who meets the minimum): right of pairs. */
  byPair: Record<string, { right: number; pairs: number }>;
  /** Pairs not right, as "post: A>B (81 vs 83)". */
  wrong: string[];
}

/** Scores every applicant of every post of a set against its description alone, and counts the pairs. */
export async function evaluateGradedSet(dir: string, which: string, analyzer: Analyzer): Promise<GradedSetFigures> {
  const figures: GradedSetFigures = { which, posts: 0, pairs: 0, right: 0, ties: 0, byPair: {}, wrong: [] };
  const posts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.post.txt'))
    .sort();
  for (const file of posts) {
    const slug = file.slice(0, -'.post.txt'.length);
    const post = readPost(path.join(dir, file));
    const job = descriptionOnlyRubric(post.title, post.description);
    const grades = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.grades.json`), 'utf8')) as Grades;
    const scores = new Map<string, number>();
    for (const g of GRADES) {
      const resume = path.join(dir, `${slug}.${g}.txt`);
      // read as an upload of the file is: through text extraction, which also puts a resume kept
      // in two columns side by side one column after the other
      if (fs.existsSync(resume)) {
        const { text } = await extractText(fs.readFileSync(resume), 'text/plain', { minTextChars: 0 });
        scores.set(g, (await analyzer.analyze(text, job)).evaluation.score);
      }
    }
    figures.posts++;
    for (const [better, worse] of grades.certain) {
      const [a, b] = [scores.get(better), scores.get(worse)];
      if (a === undefined || b === undefined) continue;
      const kind = `${better}>${worse}`;
      const tally = (figures.byPair[kind] ??= { right: 0, pairs: 0 });
      figures.pairs++;
      tally.pairs++;
      if (a > b) {
        figures.right++;
        tally.right++;
      } else {
        if (a === b) figures.ties++;
        figures.wrong.push(`${slug}: ${kind} (${a} vs ${b})`);
      }
    }
  }
  return figures;
}

/** Every set, oldest first. */
export async function evaluateGraded(analyzer: Analyzer): Promise<GradedSetFigures[]> {
  const out: GradedSetFigures[] = [];
  for (const set of GRADED_SETS) out.push(await evaluateGradedSet(path.join(GRADED_DIR, set.dir), set.which, analyzer));
  return out;
}
