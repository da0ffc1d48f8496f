/**
 * The shipped sample resumes (the demo's batch) through the real extraction and the local
 * analyzer: each profile names the right person, and the ranking follows the intended fit.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/analysis.types.js';
import { LocalAnalyzer } from '../../src/analysis/local/local.analyzer.js';
import { detectMediaType } from '../../src/extraction/media-type.js';
import { extractText } from '../../src/extraction/resume.extractor.js';
import { sampleJobPost, sampleResumes, samplesDir } from '../support/samples.data.js';

describe('the sample resumes through extraction and the local analyzer', () => {
  const results = new Map<string, AnalysisResult>();

  beforeAll(async () => {
    const analyzer = new LocalAnalyzer();
    for (const sample of sampleResumes) {
      const bytes = await readFile(path.join(samplesDir, sample.file));
      const { text } = await extractText(bytes, await detectMediaType(bytes, sample.file));
      results.set(sample.file, await analyzer.analyze(text, sampleJobPost));
    }
  });

  it('reads every name and e-mail address, accents and all', () => {
    const wrong = sampleResumes
      .map((s) => {
        const p = results.get(s.file)!.profile;
        return { file: s.file, want: [s.name, s.email], got: [p.name, p.email] };
      })
      .filter((r) => r.got.some((v, i) => v !== r.want[i]));
    expect(wrong).toEqual([]);
  });

  it('ranks every strong match above every weak one, and sorts them as intended', () => {
    const score = (file: string) => results.get(file)!.evaluation.score;
    const of = (fit: string) => sampleResumes.filter((s) => s.expectedFit === fit).map((s) => score(s.file));
    expect(Math.min(...of('strong'))).toBeGreaterThan(Math.max(...of('weak')));
    const decisions = (fit: string) =>
      sampleResumes.filter((s) => s.expectedFit === fit).map((s) => results.get(s.file)!.decision);
    expect(decisions('weak').every((d) => d === 'REJECTED')).toBe(true);
    expect(decisions('strong').filter((d) => d === 'SHORTLISTED').length).toBeGreaterThanOrEqual(6);
  });
});
