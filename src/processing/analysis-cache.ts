import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import type { AnalysisResult } from '../analysis/analysis.types.js';
import { AnalysisCacheEntry } from './analysis-cache.entity.js';

export interface AnalysisCacheKeyParts {
  /** Hash of the text the analyzer is given (after the defences). */
  textHash: string;
  jobPostId: string;
  /** Bumped by every change to the job post's rubric or settings. */
  revision: number;
  analyzer: string;
  model: string;
  promptVersion: string;
}

export function analysisCacheKey(parts: AnalysisCacheKeyParts): string {
  const { textHash, jobPostId, revision, analyzer, model, promptVersion } = parts;
  return createHash('sha256')
    .update(JSON.stringify([textHash, jobPostId, revision, analyzer, model, promptVersion]))
    .digest('hex');
}

/** A cached result costs nothing this time: its usage is zero. */
export async function readCachedAnalysis(em: EntityManager, key: string): Promise<AnalysisResult | null> {
  const entry = await em.fork().findOne(AnalysisCacheEntry, { key });
  if (!entry) return null;
  return { ...entry.result, usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 } };
}

export async function writeCachedAnalysis(em: EntityManager, key: string, result: AnalysisResult): Promise<void> {
  await em.execute(
    'INSERT INTO analysis_cache (key, result, created_at) VALUES (?, ?::jsonb, now()) ON CONFLICT DO NOTHING',
    [key, JSON.stringify(result)],
  );
}

/**
 * The flags the analyzer itself raised in a cached analysis (e.g. `UNVERIFIED_EVIDENCE`), or null
 * when the entry is gone. The cache holds the analyzer's own result, before any file's extraction
 * or defence flags are added, so these belong to the analysed text alone: a duplicate with the
 * same text shares them, and nothing else of its primary's flags.
 */
export async function readCachedAnalyzerFlags(em: EntityManager, key: string): Promise<string[] | null> {
  const [row] = await em.execute<{ flags: unknown }[]>(
    "SELECT result->'flags' AS flags FROM analysis_cache WHERE key = ?",
    [key],
  );
  if (!row) return null;
  return Array.isArray(row.flags) ? row.flags.filter((f): f is string => typeof f === 'string') : [];
}
