/**
 * The guarantee on injected resumes: through `neutraliseInjection` then the local analyzer, an
 * injected resume is flagged, its clean twin is not, it never scores or decides better than the
 * twin, and no output (profile, summary, strengths, gaps, evidence) carries the payload's words or
 * its canary. On the published injected/clean pairs, and on published payloads inserted into clean
 * resumes at the top, in the middle and at the end, wrapped the way PDF extraction wraps lines.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult, JobRubric } from '../analysis.types.js';
import {
  analyzer,
  ANALYST_RUBRIC,
  BACKEND_RUBRIC,
  CHILDCARE_RUBRIC,
  decisionRank,
  INJECTION_DIR,
  leakedOutputs,
  payloadShingles,
  readJson,
  readResumeText,
  SAFETY_RUBRIC,
  sampleTexts,
  requireShared,
  shingles,
} from './corpus.test-helper.js';
import { neutraliseInjection, PROMPT_INJECTION_FLAG } from './injection.detector.js';

interface Twin {
  label: string;
  injected: string;
  clean: string;
  job: JobRubric;
  /** What the attacker inserted: the lines of `injected` that `clean` does not have. */
  payload: string;
  canaries: string[];
}

interface Outcome {
  /** The text the analyzer received for the injected resume. */
  sent: string;
  injected: AnalysisResult;
  clean: AnalysisResult;
  injectedFlags: string[];
  cleanFlags: string[];
}

async function screen(twin: Twin): Promise<Outcome> {
  const injected = neutraliseInjection(twin.injected);
  const clean = neutraliseInjection(twin.clean);
  return {
    sent: injected.text,
    injected: await analyzer.analyze(injected.text, twin.job),
    clean: await analyzer.analyze(clean.text, twin.job),
    injectedFlags: injected.flags,
    cleanFlags: clean.flags,
  };
}

function expectGuarantee(twin: Twin, outcome: Outcome): void {
  const where = twin.label;
  expect(outcome.injectedFlags, `${where}: injected flagged`).toEqual([PROMPT_INJECTION_FLAG]);
  expect(outcome.cleanFlags, `${where}: clean twin not flagged`).toEqual([]);
  expect(outcome.injected.evaluation.score, `${where}: score`).toBeLessThanOrEqual(outcome.clean.evaluation.score);
  expect(decisionRank(outcome.injected), `${where}: decision`).toBeLessThanOrEqual(decisionRank(outcome.clean));
  const payload = payloadShingles(twin.payload, twin.clean, twin.job);
  expect(
    [...shingles(outcome.sent)].filter((s) => payload.has(s)),
    `${where}: text sent`,
  ).toEqual([]);
  for (const canary of twin.canaries) expect(outcome.sent.toLowerCase()).not.toContain(canary.toLowerCase());
  expect(leakedOutputs(outcome.injected, payload, twin.canaries), `${where}: outputs`).toEqual([]);
}

/** The lines of `injected` missing from `clean`. */
function addedLines(injected: string, clean: string): string {
  const known = new Set(clean.split('\n').map((l) => l.trim()));
  return injected
    .split('\n')
    .filter((l) => !known.has(l.trim()))
    .join('\n');
}

/** Wraps prose at `width` columns, mid-word like pdf.js does for hidden overlays. */
function wrap(text: string, width: number): string {
  return text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
}

/** `payload` inserted into `resume` at the top (after the name), in the middle, or at the end. */
function insert(resume: string, payload: string, where: 'top' | 'middle' | 'end'): string {
  const lines = resume.split('\n');
  const at = where === 'top' ? 1 : where === 'middle' ? Math.floor(lines.length / 2) : lines.length;
  return [...lines.slice(0, at), payload, ...lines.slice(at)].join('\n');
}

const RYANCROKE = path.join(INJECTION_DIR, 'ryancroke-rehberger-style');
const UNITES = path.join(INJECTION_DIR, 'unites-lab');

describe('injected resumes never beat their clean twins', () => {
  const twins: Twin[] = [];
  const cleanResumes: { label: string; text: string; job: JobRubric }[] = [];
  const payloads: { id: string; text: string; canaries: string[] }[] = [];

  beforeAll(async () => {
    requireShared(RYANCROKE, UNITES, INJECTION_DIR);
    const labels = readJson<{ files: Record<string, { injected: boolean; base: string }>; canary: string }>(
      path.join(RYANCROKE, 'labels.json'),
    );
    const jobs: Record<string, JobRubric> = {
      'csu-functional-sample': CHILDCARE_RUBRIC,
      'john-doe-safety-engineer': SAFETY_RUBRIC,
    };
    const entries = Object.entries(labels.files);
    const texts = new Map(
      await Promise.all(entries.map(async ([f]) => [f, await readResumeText(path.join(RYANCROKE, f))] as const)),
    );
    for (const [file, { injected, base }] of entries) {
      const cleanFile = entries.find(([, l]) => !l.injected && l.base === base)![0];
      if (!injected) {
        cleanResumes.push({ label: file, text: texts.get(file)!, job: jobs[base]! });
        continue;
      }
      const [injectedText, clean] = [texts.get(file)!, texts.get(cleanFile)!];
      const payload = addedLines(injectedText, clean);
      twins.push({ label: file, injected: injectedText, clean, job: jobs[base]!, payload, canaries: [labels.canary] });
    }

    const unites = readJson<{ files: Record<string, { type: string; hidden_excerpt: string }> }>(
      path.join(UNITES, 'labels.json'),
    );
    for (const [file, { type, hidden_excerpt: excerpt }] of Object.entries(unites.files)) {
      if (type !== 'instruction') continue;
      const injectedText = await readResumeText(path.join(UNITES, file));
      // The clean twin is the same resume without its labelled hidden excerpt.
      const clean = injectedText.replace(excerpt, '').trimEnd();
      expect(clean).not.toBe(injectedText);
      twins.push({ label: file, injected: injectedText, clean, job: ANALYST_RUBRIC, payload: excerpt, canaries: [] });
      cleanResumes.push({ label: `${file} (clean)`, text: clean, job: ANALYST_RUBRIC });
    }

    const attacks = readJson<{ items: { id: string; canary: string | null; text?: string; examples?: string[] }[] }>(
      path.join(INJECTION_DIR, 'attack-strings.json'),
    ).items;
    for (const a of attacks) {
      if (a.canary && a.text) payloads.push({ id: a.id, text: a.text, canaries: [a.canary] });
      (a.examples ?? []).forEach((text, i) => payloads.push({ id: `${a.id}#${i}`, text, canaries: [] }));
    }
    const jpjy = readJson<{ instruction: string }>(
      path.join(INJECTION_DIR, 'jpjy-resume-injection/injection_payloads.json'),
    );
    payloads.push({ id: 'jpjy-instruction', text: jpjy.instruction, canaries: [] });

    const samples = await sampleTexts({ plainOnly: true });
    for (const fit of ['strong', 'partial', 'weak'] as const) {
      const s = samples.find((x) => x.sample.expectedFit === fit)!;
      cleanResumes.push({ label: s.sample.file, text: s.text, job: BACKEND_RUBRIC });
    }
  });

  it('holds on the published injected/clean pairs (Rehberger and Greshake styles, UNITES-Lab tiny font)', async () => {
    expect(twins.length).toBe(8);
    for (const twin of twins) expectGuarantee(twin, await screen(twin));
  });

  it('holds for every published payload inserted into clean resumes at the top, middle and end, wrapped', async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(9);
    expect(cleanResumes.length).toBe(6);
    const positions = ['top', 'middle', 'end'] as const;
    let checked = 0;
    for (const [i, p] of payloads.entries()) {
      for (const [j, base] of cleanResumes.entries()) {
        // Every payload at every resume; positions and wrapping rotate so each combination is covered.
        const where = positions[(i + j) % positions.length]!;
        const text = (i + j) % 2 === 0 ? p.text : wrap(p.text, 60);
        const twin: Twin = {
          label: `${p.id} in ${base.label} (${where})`,
          injected: insert(base.text, text, where),
          clean: base.text,
          job: base.job,
          payload: p.text,
          canaries: p.canaries,
        };
        expectGuarantee(twin, await screen(twin));
        checked++;
      }
    }
    expect(checked).toBe(payloads.length * cleanResumes.length);
  });
});
