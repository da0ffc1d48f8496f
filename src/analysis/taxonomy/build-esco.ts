/**
 * Builds `esco-skills.tsv`, the skills taxonomy that backs the hand-written vocabulary, from an
 * export of ESCO's skills pillar (the European Commission's classification of Skills,
 * Competences, Qualifications and Occupations; see the README beside this file):
 *
 *   npm run taxonomy:esco -- path/to/skills_en.csv
 *
 * The export needs the columns `preferredLabel`, `altLabels` (one label per line) and `skillType`
 * (`knowledge` or `skill/competence`); a `reuseLevel` column, where the export has one, drops the
 * transversal skills ("show initiative", "adapt to change"), too broad to match a resume by.
 *
 * Only the labels a job post or a resume can name a thing by are kept: at most
 * {@link MAX_LABEL_WORDS} words, and, for skills and competences, not a label that opens with a
 * verb ("operate forklift", "managing budgets"): resumes write "forklift operation" or "operated
 * forklifts", and the first is kept where ESCO has it. Knowledge concepts ("high-performance
 * liquid chromatography", "sports medicine") keep all their short labels.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { TAXONOMY_FILE, taxonomyKey } from './esco.js';

/** Words a kept label may have: longer ones are sentences no resume repeats word for word. */
const MAX_LABEL_WORDS = 4;
/**
 * Preferred labels of skills and competences that open with the same word this often or more: that
 * word is a verb ESCO opens its skills with ("manage", "operate", "apply").
 */
const VERB_OPENINGS = 8;

interface Row {
  preferredLabel: string;
  altLabels: string;
  skillType: string;
  reuseLevel?: string;
}

/** The table's text, computed from an export of ESCO's skills: what `esco-skills.tsv` must hold. */
export function buildTaxonomyTable(csv: string, source: string): { text: string; concepts: number; labels: number } {
  const rows = (parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Row[]).filter(
    (r) => (r.skillType === 'knowledge' || r.skillType === 'skill/competence') && r.reuseLevel !== 'transversal',
  );
  const openings = new Map<string, number>();
  for (const r of rows) {
    if (r.skillType !== 'skill/competence') continue;
    const first = r.preferredLabel.trim().split(/\s+/)[0]!.toLowerCase();
    openings.set(first, (openings.get(first) ?? 0) + 1);
  }
  const verb = (word: string) => (openings.get(word) ?? 0) >= VERB_OPENINGS;
  // "managing", "operating", "planning": a verb's gerund ("welding", "accounting" are kept)
  const gerund = (word: string) => {
    const stem = /^(\w{3,})ing$/.exec(word)?.[1];
    return stem !== undefined && [stem, `${stem}e`, stem.replace(/(\w)\1$/, '$1')].some(verb);
  };
  const lines: string[] = [];
  let labels = 0;
  for (const r of rows) {
    const knowledge = r.skillType === 'knowledge';
    const kept = new Map<string, string>();
    for (const raw of [r.preferredLabel, ...r.altLabels.split('\n')]) {
      const label = raw.replace(/\s+/g, ' ').trim();
      const words = label.split(' ');
      if (!label || /[\t|]/.test(label) || words.length > MAX_LABEL_WORDS || !/[A-Za-z]{2}/.test(label)) continue;
      const first = words[0]!.toLowerCase();
      if (!knowledge && (verb(first) || gerund(first))) continue;
      const key = taxonomyKey(label);
      if (!kept.has(key)) kept.set(key, label);
    }
    if (kept.size === 0) continue;
    labels += kept.size;
    lines.push(`${knowledge ? 'k' : 's'}\t${r.preferredLabel.trim()}\t${[...kept.values()].join('|')}`);
  }
  lines.sort((a, b) => (a.slice(2).toLowerCase() < b.slice(2).toLowerCase() ? -1 : 1));
  const header = `# ${source}: kind (k knowledge, s skill/competence), preferred label, labels kept (see README.md)`;
  return { text: [header, ...lines].join('\n') + '\n', concepts: lines.length, labels };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run taxonomy:esco -- path/to/skills_en.csv');
    process.exit(2);
  }
  const table = buildTaxonomyTable(readFileSync(file, 'utf8'), 'ESCO v1.1.1 skills pillar, English');
  writeFileSync(TAXONOMY_FILE, table.text);
  console.log(`${table.concepts} concepts, ${table.labels} labels → ${path.relative(process.cwd(), TAXONOMY_FILE)}`);
}
