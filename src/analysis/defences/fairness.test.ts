/**
 * Fairness: the same resume under another name (across genders, cultures and scripts) and other
 * pronouns gets the same score, decision and requirement answers from the local analyzer, with
 * blind screening off and on. With it on, the text the analyzer receives is the same for everyone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../analysis.types.js';
import { analyzer, BACKEND_RUBRIC, sampleTexts, type SampleText } from './corpus.test-helper.js';
import { prepareForAnalysis } from './defences.js';
import { foldAccents } from './identity.js';

const NAMES = [
  'Emily Walsh',
  'Greg Baker',
  'Lakisha Washington',
  'Jamal Jones',
  'Sam Taylor',
  'Alex Morgan',
  'Wei Zhang',
  '王芳',
  'Hiroshi Tanaka',
  '田中美咲',
  'Ji-woo Kim',
  '김민준',
  'Nguyễn Thị Lan',
  'Trần Văn Minh',
  'Priya Patel',
  'Ravi Shankar',
  'अनन्या शर्मा',
  'Mohammed Al-Farsi',
  'محمد الفارسي',
  'Fatima Zahra Benali',
  'Yasmin Haddad',
  'Shira Levi',
  'Avraham Cohen',
  'Olga Ivanova',
  'Ольга Иванова',
  'Dmitri Sokolov',
  'Łukasz Wójcik',
  'Tomasz Nowak',
  'José García',
  'Ana Lucía Torres',
  'Álvaro Núñez',
  'Mateus Costa',
  'Aroha Ngata',
  'Tane Parata',
  'Leilani Kahale',
  'Siobhán Ní Bhriain',
  'Seán Ó Briain',
  'Kwame Asante',
  'Chiamaka Okonkwo',
  'Sipho Dlamini',
  'Nomvula Khumalo',
  'Oluwaseun Bello',
  'Ingrid Johansson',
  'Søren Nielsen',
  'Isabelle Dubois',
  'Zeynep Kaya',
  'Αλέξανδρος Παπαδόπουλος',
  'Aylin Demir',
];

interface Pronouns {
  subject: string;
  object: string;
  possessive: string;
  have: string;
}
const PRONOUNS: Pronouns[] = [
  { subject: 'he', object: 'him', possessive: 'his', have: 'has' },
  { subject: 'she', object: 'her', possessive: 'her', have: 'has' },
  { subject: 'they', object: 'them', possessive: 'their', have: 'have' },
];

/** A name as the local part of an e-mail address or a profile handle. */
function slug(name: string): string {
  return (
    foldAccents(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'applicant'
  );
}

/**
 * The sample resume as written by `name`: the name, e-mail and profile links swapped, and a
 * sentence about the candidate in the third person (name and pronouns) after the header.
 */
function variant({ sample, text }: SampleText, name: string, p: Pronouns): string {
  let out = text
    .split(sample.name)
    .join(name)
    .replace(sample.email, `${slug(name)}@example.com`);
  for (const link of sample.links) out = out.replace(link, link.replace(/[^/]+$/, `${slug(name)}-example`));
  const sentence =
    `${name} is known to colleagues for calm incident handling: ${p.subject} ${p.have} led ` +
    `${p.possessive} team's on-call rotation, and the platform group describes ${p.object} as patient.`;
  const blank = out.indexOf('\n\n');
  return `${out.slice(0, blank)}\n\n${sentence}${out.slice(blank)}`;
}

/** What must not change: the score, the decision and each requirement's answer. */
function verdict(r: AnalysisResult) {
  return {
    score: r.evaluation.score,
    decision: r.decision,
    met: r.evaluation.requirementMatches.map((m) => `${m.kind}:${m.requirement}:${m.met}`),
  };
}

describe('name and pronoun swaps change nothing', () => {
  const bases: SampleText[] = [];

  beforeAll(async () => {
    const plain = await sampleTexts({ plainOnly: true });
    for (const file of ['18-oluwaseun-adeyemi.txt', '21-rafael-cohen.md', '03-grace-mwangi.txt']) {
      bases.push(plain.find((s) => s.sample.file === file)!);
    }
  });

  it('uses at least 40 names and strong, partial and weak resumes', () => {
    expect(new Set(NAMES).size).toBeGreaterThanOrEqual(40);
    expect(bases.map((b) => b.sample.expectedFit)).toEqual(['strong', 'partial', 'weak']);
  });

  it.each(['strong', 'partial', 'weak'])(
    '%s resume: same verdict for every name and pronoun, blind or not',
    async (fit) => {
      const base = bases.find((b) => b.sample.expectedFit === fit)!;
      // Every pronoun set with the sample's own name; then each name with the pronouns in turn.
      const variants = [
        ...PRONOUNS.map((p) => variant(base, base.sample.name, p)),
        ...NAMES.map((name, i) => variant(base, name, PRONOUNS[i % PRONOUNS.length]!)),
      ];
      const reference = verdict(await analyzer.analyze(variants[0]!, BACKEND_RUBRIC));
      const blindTexts = new Set<string>();
      for (const text of variants) {
        const open = prepareForAnalysis(text, { blindScreening: false });
        expect(verdict(await analyzer.analyze(open.text, BACKEND_RUBRIC)), text.slice(0, 40)).toEqual(reference);
        blindTexts.add(prepareForAnalysis(text, { blindScreening: true }).text);
      }
      // Blind: every variant reaches the analyzer as the very same text, so as the same verdict.
      expect([...blindTexts]).toHaveLength(1);
      expect(verdict(await analyzer.analyze([...blindTexts][0]!, BACKEND_RUBRIC))).toEqual(reference);
    },
  );
});
