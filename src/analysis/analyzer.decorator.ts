import type { AnalysisResult, Analyzer, JobRubric } from './analysis.types.js';

/**
 * An analyzer wrapped around another (limits, metrics): it answers to the inner one's name, model
 * and prompt version, so cache keys and labels are the same with or without the wrapping.
 */
export abstract class AnalyzerDecorator implements Analyzer {
  constructor(protected readonly inner: Analyzer) {}

  get name(): string {
    return this.inner.name;
  }
  get model(): string {
    return this.inner.model;
  }
  get promptVersion(): string | undefined {
    return this.inner.promptVersion;
  }

  abstract analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult>;
}
