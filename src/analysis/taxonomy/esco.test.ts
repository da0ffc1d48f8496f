import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTaxonomyTable } from './build-esco.js';
import { TAXONOMY_FILE, taxonomyConcept, taxonomyKey, taxonomySynonyms } from './esco.js';

describe('the ESCO table', () => {
  const lines = readFileSync(TAXONOMY_FILE, 'utf8').trimEnd().split('\n');

  it('names its source and holds the skills pillar: over 8,000 concepts, each with a label kept', () => {
    expect(lines[0]).toMatch(/^# ESCO v1\.1\.1 skills pillar/);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(8_000);
    for (const [kind, label, labels] of rows) {
      expect(['k', 's']).toContain(kind);
      expect(label).toBeTruthy();
      expect(labels!.split('|').every((l) => l.trim().length > 0 && l.split(' ').length <= 4)).toBe(true);
    }
  });

  it('knows skills the hand-written vocabulary does not, by any of their labels', () => {
    expect(taxonomyConcept('HPLC')?.label).toBe('high-performance liquid chromatography');
    expect(taxonomyConcept('high performance liquid chromatography')?.label).toBe(
      'high-performance liquid chromatography',
    );
    expect(taxonomyConcept('photogrammetry')?.knowledge).toBe(true);
    expect(taxonomyConcept('no such skill at all')).toBeNull();
  });

  it('keeps technical names whole and drops remarks in parentheses from the lookup', () => {
    expect(taxonomyKey('Python (computer programming)')).toBe('python');
    expect(taxonomyKey('C++')).toBe('c++');
    expect(taxonomyKey('high-performance  liquid chromatography.')).toBe('high performance liquid chromatography');
  });

  it('gives the other names of a skill, not its own nor common words', () => {
    expect(taxonomySynonyms('HPLC')).toContain('high-performance liquid chromatography');
    expect(taxonomySynonyms('HPLC')).not.toContain('HPLC');
    expect(taxonomySynonyms('GMP')).toContain('good manufacturing practices');
    expect(taxonomySynonyms('GMP')).not.toContain('best practice techniques');
    expect(taxonomySynonyms('no such skill at all')).toEqual([]);
  });
});

describe('buildTaxonomyTable', () => {
  const csv = [
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels',
    ...['forklift', 'budgets', 'staff', 'stock', 'tools', 'boats', 'rigs', 'cranes'].map(
      (o, i) => `KnowledgeSkillCompetence,u${i},skill/competence,sector-specific,operate ${o},`,
    ),
    'KnowledgeSkillCompetence,u8,skill/competence,sector-specific,operate forklift,"forklift operation\noperating forklifts\nforklift driving in warehouses and yards"',
    'KnowledgeSkillCompetence,u9,knowledge,cross-sector,welding techniques,"welding methods\noperate welding torch"',
    'KnowledgeSkillCompetence,u10,skill/competence,transversal,show initiative,"take the initiative"',
  ].join('\n');

  it('keeps short labels that name a thing, not those that open with a verb, nor transversal skills', () => {
    const table = buildTaxonomyTable(csv, 'test');
    const rows = table.text.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^# test:/);
    expect(rows).toContain('s\toperate forklift\tforklift operation');
    // knowledge keeps every short label, a verb's too
    expect(rows).toContain('k\twelding techniques\twelding techniques|welding methods|operate welding torch');
    expect(table.text).not.toMatch(/initiative/);
    expect(table.concepts).toBe(2);
  });
});
