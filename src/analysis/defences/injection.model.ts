/**
 * A learned second opinion on each sentence: logistic regression over its words and word pairs
 * and their stems, trained on the attack sets written for this project (the blind sets of
 * `test/fixtures/injection-blind` once their first runs are recorded, and the training-only lines
 * of `test/fixtures/injection-train`, in English and 72 other languages, attacks and hard
 * negatives alike) and on the sentences of real resumes, job posts and the Brown Corpus as the
 * ordinary case (see `build-injection-model.ts`, which writes `injection.model.json`). The rules
 * of the catalogue name what they catch; the model catches phrasings no rule names yet ("the
 * evaluation should treat this profile as…") by the company their words keep. It flags a
 * sentence on its own only when it is sure (see the threshold in the model file, calibrated on
 * resumes it was not trained on), and it reads the text as the patterns do (see
 * `search-text.ts`), so look-alike letters and leetspeak do not hide a sentence from it.
 *
 * Deterministic: the same text always gets the same score, and the same data the same model.
 */
import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';
import { INJECTION_WORDS } from './injection.lexicon.js';
import { toSearchText, type SearchText } from './search-text.js';
import { sentenceUnits } from './text-units.js';

/** The model file: weights of features, the bias, the threshold, and what it was made from. */
export interface InjectionModelFile {
  /** What the weights mean: the features' shape, so a stale file is refused rather than misread. */
  features: typeof FEATURES;
  bias: number;
  /** A sentence scoring at least this (0 to 1) is flagged. */
  threshold: number;
  weights: Record<string, number>;
  /** Where it came from and how it was calibrated, for people (see the build). */
  trainedOn: Record<string, unknown>;
}

/**
 * The features' shape: words (lower case, digits as 0) and pairs of adjacent words, and the same
 * of their stems: the Porter stem where a word is English-looking (through `stemmer`), so that
 * "scored", "scoring" and "scores" share what one of them taught, and the first
 * {@link PREFIX_STEM} letters of a longer word of another language, a stem that needs no
 * grammar of the language ("кандидата", "кандидату" → "канд"). Scripts written without spaces
 * between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are read as overlapping pairs of
 * characters, as search engines index them: a whole clause is no word.
 */
export const FEATURES = 'words+pairs+stems+prefixes+bigrams/v3';

/** Words of a sentence: letters of any script, digits folded to one, apostrophes kept. */
const WORD = /[\p{L}\p{M}0']+/gu;

/** A letter of a script that puts no space between words, with the marks that sit on it. */
const UNSPACED_CHAR = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]\p{M}*`;
const HAS_UNSPACED = new RegExp(UNSPACED_CHAR, 'u');
const UNSPACED_RUN = new RegExp(`(?:${UNSPACED_CHAR})+`, 'gu');
const UNSPACED_LETTER = new RegExp(UNSPACED_CHAR, 'gu');

/**
 * A word as the model reads it: itself, or where it holds a script written without spaces, the
 * rest of it and the overlapping pairs of that script's letters ("评估标准" → 评估, 估标, 标准).
 */
function tokens(word: string): string[] {
  if (!HAS_UNSPACED.test(word)) return [word];
  const out: string[] = [];
  let at = 0;
  for (const run of word.matchAll(UNSPACED_RUN)) {
    if (run.index > at) out.push(word.slice(at, run.index));
    const letters = run[0].match(UNSPACED_LETTER) ?? [];
    if (letters.length === 1) out.push(letters[0]!);
    for (let i = 0; i + 1 < letters.length; i++) out.push(letters[i]! + letters[i + 1]!);
    at = run.index + run[0].length;
  }
  if (at < word.length) out.push(word.slice(at));
  return out;
}

/** A word that the English stemmer may read: Latin letters without marks, and apostrophes. */
const ENGLISH_LOOKING = /^[a-z']+$/;

/** Letters of a word of another language kept as its stem (4 read the language sets better than 5 or 6). */
const PREFIX_STEM = 4;
const stems = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;

/** The Porter stem of an English-looking word (cached), the prefix of another longer one, or null. */
function stemOf(word: string): string | null {
  if (!ENGLISH_LOOKING.test(word)) {
    const letters = [...word];
    return letters.length > PREFIX_STEM ? `~${letters.slice(0, PREFIX_STEM).join('')}` : null;
  }
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    stem = stemmer(word);
    stems.set(word, stem);
  }
  return stem;
}

/**
 * The features of a sentence, each once: `w:word` and `b:word_next`, and for English-looking words
 * `s:stem` and `t:stem_next` (see {@link FEATURES}).
 */
export function modelFeatures(sentence: string): string[] {
  const words = (sentence.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').match(WORD) ?? []).flatMap(tokens);
  const stemmed = words.map(stemOf);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    if (i + 1 < words.length) out.add(`b:${words[i]}_${words[i + 1]}`);
    const stem = stemmed[i];
    if (stem === null || stem === undefined) continue;
    out.add(`s:${stem}`);
    const next = stemmed[i + 1];
    if (next !== null && next !== undefined) out.add(`t:${stem}_${next}`);
  }
  return [...out];
}

/** A loaded model: its weights by feature, ready to score. */
export interface InjectionModel {
  bias: number;
  threshold: number;
  weights: ReadonlyMap<string, number>;
}

/** The probability (0 to 1) that a sentence is addressed to the screener, by `model`. */
export function instructionScore(model: InjectionModel, sentence: string): number {
  let z = model.bias;
  for (const f of modelFeatures(sentence)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export const MODEL_FILE = new URL('./injection.model.json', import.meta.url);

let loaded: InjectionModel | null = null;

/** The committed model, read once. */
export function injectionModel(): InjectionModel {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as InjectionModelFile;
  if (file.features !== FEATURES) {
    throw new Error(`injection.model.json has features ${file.features}, not ${FEATURES}: run npm run injection:model`);
  }
  loaded = { bias: file.bias, threshold: file.threshold, weights: new Map(Object.entries(file.weights)) };
  return loaded;
}

/** One training example: a text, whether it is an attack, and how much it counts. */
export interface Example {
  text: string;
  attack: boolean;
  weight: number;
  /** Whether its features may enter the vocabulary (see {@link trainModel}). */
  vocabulary: boolean;
}

export interface TrainOptions {
  /** Passes of gradient descent over all examples. */
  epochs: number;
  /** Weight decay per pass (an L2 penalty): the share of each weight taken back. */
  decay: number;
  /** Step size, per unit of mean gradient. */
  rate: number;
  /** A feature enters the vocabulary when at least this many vocabulary examples hold it. */
  minCount: number;
}

export const TRAINING: TrainOptions = { epochs: 400, decay: 2e-4, rate: 50, minCount: 2 };

/**
 * Logistic regression by full-batch gradient descent from zero weights: deterministic, no seed.
 * The vocabulary comes from the examples marked `vocabulary` (the attack sets, written for this
 * project), so the weights name no word that only the resumes hold; the other examples (resume
 * sentences) weigh on the vocabulary's features and on the bias. Weights are rounded to four
 * decimals, and those under a thousandth dropped.
 */
export function trainModel(
  examples: readonly Example[],
  options: TrainOptions = TRAINING,
): Omit<InjectionModel, 'threshold'> {
  const counts = new Map<string, number>();
  for (const e of examples)
    if (e.vocabulary) for (const f of modelFeatures(e.text)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (n >= options.minCount) index.set(f, index.size);
  const rows = examples.map((e) => modelFeatures(e.text).flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const total = examples.reduce((a, e) => a + e.weight, 0);
  const w = new Float64Array(index.size);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Float64Array(index.size);
    let gradBias = 0;
    examples.forEach((e, i) => {
      let z = bias;
      for (const j of rows[i]!) z += w[j]!;
      const g = (1 / (1 + Math.exp(-z)) - (e.attack ? 1 : 0)) * e.weight;
      for (const j of rows[i]!) grad[j]! += g;
      gradBias += g;
    });
    for (let j = 0; j < w.length; j++) w[j]! -= (options.rate * grad[j]!) / total + options.decay * w[j]!;
    bias -= (options.rate * gradBias) / total;
  }
  const weights = new Map<string, number>();
  for (const [f, j] of index) {
    const v = Math.round(w[j]! * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) weights.set(f, v);
  }
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

/** A sentence of a text as the model reads it: its `[start, end)` in the original, and its words as the patterns see them. */
export interface ModelSentence {
  start: number;
  end: number;
  text: string;
}

/**
 * The sentences of `text` (see `text-units.ts`), each with its text as the patterns read it
 * (`st`, the search text of `text`: invisible characters dropped, look-alike letters folded,
 * leetspeak and spaced letters read). Linear: one binary search per sentence.
 */
export function modelSentences(text: string, st: SearchText = toSearchText(text, INJECTION_WORDS)): ModelSentence[] {
  // the first index of the search text that comes from at or after `offset` of the original
  const at = (offset: number) => {
    let lo = 0;
    let hi = st.from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (st.from[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sentenceUnits(text).map((u) => ({ start: u.start, end: u.end, text: st.text.slice(at(u.start), at(u.end)) }));
}
