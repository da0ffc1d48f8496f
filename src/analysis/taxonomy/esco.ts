/**
 * The skills taxonomy that backs the hand-written vocabulary: ESCO's skills and knowledge
 * concepts with their English labels (see `build-esco.ts` and the README beside it). Loaded once,
 * on first use.
 *
 * It answers one question the vocabulary cannot for a skill it does not know: by what other
 * names may a resume show it? A rubric asking for "HPLC" is met by a resume that writes
 * "high-performance liquid chromatography", one asking for "sports medicine" by "sport and
 * exercise medicine".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFrequency } from '../relevance/frequencies.js';
import { SKILL_PREFIX, termsOf } from '../relevance/terms.js';

/** Where the committed table lives. */
export const TAXONOMY_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'esco-skills.tsv');

/** A concept of the taxonomy: its preferred label, whether it is knowledge, and its labels. */
export interface TaxonomyConcept {
  label: string;
  knowledge: boolean;
  labels: readonly string[];
}

/**
 * The form a label is looked up by: lower case, hyphens and runs of spaces as one space, a remark
 * in parentheses and a closing full stop dropped ("Python (computer programming)" is "python").
 * Technical names keep their marks: "c++", "c#", ".net".
 */
export function taxonomyKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\s*\([^()]*\)\s*/g, ' ')
    .replace(/[‐‑–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

interface Taxonomy {
  concepts: TaxonomyConcept[];
  /** Concepts by the key of each of their labels. */
  byKey: Map<string, number[]>;
}

let loaded: Taxonomy | null = null;

function load(): Taxonomy {
  if (loaded) return loaded;
  const concepts: TaxonomyConcept[] = [];
  const byKey = new Map<string, number[]>();
  for (const line of readFileSync(TAXONOMY_FILE, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [kind, label, labels] = line.split('\t');
    const concept = { label: label!, knowledge: kind === 'k', labels: labels!.split('|') };
    const at = concepts.push(concept) - 1;
    for (const l of concept.labels) {
      const key = taxonomyKey(l);
      const list = byKey.get(key);
      if (!list) byKey.set(key, [at]);
      else if (!list.includes(at)) list.push(at);
    }
  }
  loaded = { concepts, byKey };
  return loaded;
}

/**
 * The concept a skill names, or null when the taxonomy has none, or when the name is one label
 * of several concepts and the preferred label of none of them ("supply chain" names more than one).
 */
export function taxonomyConcept(skill: string): TaxonomyConcept | null {
  const { concepts, byKey } = load();
  const key = taxonomyKey(skill);
  const found = byKey.get(key);
  if (!found) return null;
  if (found.length === 1) return concepts[found[0]!]!;
  const preferred = found.filter((i) => taxonomyKey(concepts[i]!.label) === key);
  return preferred.length === 1 ? concepts[preferred[0]!]! : null;
}

let labelWords: Set<string> | null = null;

/** Whether a word (in any case) is a word of any label of the taxonomy: "cardiovascular" is, "Metasys" is not. */
export function taxonomyWord(word: string): boolean {
  if (!labelWords) {
    labelWords = new Set<string>();
    for (const c of load().concepts)
      for (const l of c.labels) for (const w of l.toLowerCase().match(/[a-z0-9]+/g) ?? []) labelWords.add(w);
  }
  return labelWords.has(word.toLowerCase());
}

/**
 * Samples of the Brown Corpus (of 500) a one-word label may be found in and still name a skill:
 * "venepuncture" and "photogrammetry" are in none, "guide" and "counselling", which ESCO gives
 * as other names of "advise others", are in many and would match any resume.
 */
const COMMON_WORD_SAMPLES = 3;
/**
 * Samples the rarest word of a longer label may be found in: "sport and exercise medicine" (21)
 * names a field, "best practice techniques" (83), which ESCO gives for "good manufacturing
 * practices", any resume.
 */
const COMMON_PHRASE_SAMPLES = 40;

/** Whether a label names something specific enough to match a resume by (see above). */
function specific(label: string): boolean {
  const words = termsOf(label).filter((t) => !t.startsWith(SKILL_PREFIX));
  if (words.length === 0) return termsOf(label).length > 0;
  const rarest = Math.min(...words.map(documentFrequency));
  return rarest < (words.length === 1 && !/\s/.test(label.trim()) ? COMMON_WORD_SAMPLES : COMMON_PHRASE_SAMPLES);
}

/**
 * The other names a resume may show a skill by: the labels of the concept it names, but for the
 * skill's own and for labels of words common in ordinary English ({@link specific}). Empty when
 * the taxonomy does not know the skill.
 */
export function taxonomySynonyms(skill: string): string[] {
  const concept = taxonomyConcept(skill);
  if (!concept) return [];
  const own = taxonomyKey(skill);
  return concept.labels.filter((l) => taxonomyKey(l) !== own && specific(l));
}
