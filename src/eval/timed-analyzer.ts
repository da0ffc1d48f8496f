/**
 * An analyzer wrapped to time every call, so the report can say what analysis costs per resume
 * next to what extraction costs.
 */
import type { AnalysisResult, Analyzer, JobRubric } from '../analysis/analysis.types.js';

/** Delegates to `inner` and keeps the wall-clock time of each `analyze` call, in milliseconds. */
export class TimedAnalyzer implements Analyzer {
  readonly durations: number[] = [];

  constructor(private readonly inner: Analyzer) {}

  get name(): string {
    return this.inner.name;
  }

  get model(): string {
    return this.inner.model;
  }

  async analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult> {
    const started = performance.now();
    try {
      return await this.inner.analyze(resumeText, job);
    } finally {
      this.durations.push(performance.now() - started);
    }
  }
}
