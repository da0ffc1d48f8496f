/**
 * How much a term tells about which job a text is about: inverse document frequency over the
 * Brown Corpus, 500 samples of edited American English (see `build-frequencies.ts` and the
 * README beside it). Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';

const FILE = new URL('./document-frequencies.tsv', import.meta.url);

interface Frequencies {
  documents: number;
  df: Map<string, number>;
}

let loaded: Frequencies | null = null;

function load(): Frequencies {
  if (loaded) return loaded;
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const documents = Number(lines[0]!.split('\t')[1]);
  const df = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const tab = line.indexOf('\t');
    if (tab > 0) df.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  loaded = { documents, df };
  return loaded;
}

/** Samples of the corpus a term is found in: 0 for one it lacks (or found in a single sample). */
export function documentFrequency(term: string): number {
  return load().df.get(term) ?? 0;
}

/**
 * Inverse document frequency of a term, BM25's form: log(1 + (N − n + 0.5) / (n + 0.5)). A term
 * the corpus lacks (a tool's name, a rare trade word) gets the weight of one in a single
 * document: rare, but not infinitely telling.
 */
export function idf(term: string): number {
  const { documents, df } = load();
  const n = Math.max(1, df.get(term) ?? 1);
  return Math.log(1 + (documents - n + 0.5) / (n + 0.5));
}
