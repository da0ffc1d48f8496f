import type { Metrics } from '../ops/metrics.js';
import { AnalyzerError, RateLimitedError } from './analysis.errors.js';
import type { AnalysisResult, Analyzer, JobRubric } from './analysis.types.js';
import { AnalyzerDecorator } from './analyzer.decorator.js';
import type { DerivedRubric } from './rubric/rubric.types.js';

/**
 * An analyzer that reports to the metrics: each call's duration and outcome and, for one backed
 * by a model (`llm`), each request's outcome, tokens, cost and 429s. Wraps the analyzer itself,
 * inside the rate limits: the time measured is the call's, not the wait for a turn.
 */
export class MeteredAnalyzer extends AnalyzerDecorator {
  constructor(
    inner: Analyzer,
    private readonly metrics: Metrics,
    private readonly llm: boolean,
  ) {
    super(inner);
  }

  async analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult> {
    const stop = this.metrics.analysisDuration.startTimer({ analyzer: this.inner.name });
    try {
      const result = await this.inner.analyze(resumeText, job);
      stop({ outcome: 'ok' });
      if (this.llm) {
        const { model } = this;
        this.metrics.llmRequests.inc({ model, outcome: 'ok' });
        this.metrics.llmTokens.inc({ model, kind: 'prompt' }, result.usage.promptTokens);
        this.metrics.llmTokens.inc({ model, kind: 'completion' }, result.usage.completionTokens);
        this.metrics.llmCost.inc({ model }, result.usage.costUsd);
      }
      return result;
    } catch (error) {
      stop({ outcome: outcomeOf(error) });
      this.failed(error);
      throw error;
    }
  }

  get draftRubric(): ((title: string, description: string) => Promise<DerivedRubric>) | undefined {
    const inner = this.inner;
    if (!inner.draftRubric) return undefined;
    return async (title, description) => {
      try {
        const rubric = await inner.draftRubric!(title, description);
        if (this.llm) this.metrics.llmRequests.inc({ model: this.model, outcome: 'ok' });
        return rubric;
      } catch (error) {
        this.failed(error);
        throw error;
      }
    };
  }

  private failed(error: unknown): void {
    if (!this.llm) return;
    this.metrics.llmRequests.inc({ model: this.model, outcome: outcomeOf(error) });
    if (error instanceof RateLimitedError) this.metrics.llmRateLimited.inc({ model: this.model });
  }
}

/** An error as a label: the analyzer error's code (RATE_LIMITED, TRANSIENT, ...), else `error`. */
function outcomeOf(error: unknown): string {
  return error instanceof AnalyzerError ? error.code : 'error';
}
