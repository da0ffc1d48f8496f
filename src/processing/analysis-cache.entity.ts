import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import type { AnalysisResult } from '../analysis/analysis.types.js';

/**
 * Analysis results by (text hash, job post revision, analyzer, model, prompt version): the same
 * resume judged against the same rubric by the same analyzer is never paid for twice.
 */
@Entity({ tableName: 'analysis_cache' })
export class AnalysisCacheEntry {
  [OptionalProps]?: 'createdAt';

  /** SHA-256 over the parts of the key (see analysisCacheKey). */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  result!: AnalysisResult;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
