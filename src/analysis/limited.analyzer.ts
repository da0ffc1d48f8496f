import type { SharedRateLimit } from '../queue/rate-limiter.js';
import { RateLimitedError } from './analysis.errors.js';
import type { AnalysisResult, Analyzer, JobRubric } from './analysis.types.js';
import { AnalyzerDecorator } from './analyzer.decorator.js';
import type { DerivedRubric } from './rubric/rubric.types.js';

/** The pause after a 429 that named no Retry-After. */
export const DEFAULT_PAUSE_MS = 5_000;

/** Rough tokens for a prompt: about four characters a token, plus the rubric and the answer. */
const CHARS_PER_TOKEN = 4;
/** Allowance for instructions and the structured answer, in tokens. */
const OVERHEAD_TOKENS = 1_200;

export function estimateTokens(resumeText: string, job: JobRubric): number {
  const rubric = JSON.stringify(job).length;
  return Math.ceil((resumeText.length + rubric) / CHARS_PER_TOKEN) + OVERHEAD_TOKENS;
}

/**
 * An analyzer held to the provider's limits: at most `concurrency` calls at once in this process,
 * and a rate limit (requests and tokens per minute) shared with every other worker process.
 */
export class LimitedAnalyzer extends AnalyzerDecorator {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    inner: Analyzer,
    private readonly limit: SharedRateLimit,
    private readonly concurrency: number,
  ) {
    super(inner);
  }

  async analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult> {
    await this.enter();
    try {
      const estimate = estimateTokens(resumeText, job);
      await this.limit.acquire(estimate);
      const result = await this.inner.analyze(resumeText, job).catch(async (error: unknown) => {
        // Calls about to start in other workers must wait too, not only new jobs.
        if (error instanceof RateLimitedError) await this.limit.pause(error.retryAfterMs ?? DEFAULT_PAUSE_MS);
        throw error;
      });
      const used = result.usage.promptTokens + result.usage.completionTokens;
      await this.limit.settle(used - estimate);
      return result;
    } finally {
      this.leave();
    }
  }

  /** The inner analyzer's rubric drafts, under the same limits; absent when it drafts none. */
  get draftRubric(): ((title: string, description: string) => Promise<DerivedRubric>) | undefined {
    const inner = this.inner;
    if (!inner.draftRubric) return undefined;
    return async (title, description) => {
      await this.enter();
      try {
        const estimate = Math.ceil((title.length + description.length) / CHARS_PER_TOKEN) + OVERHEAD_TOKENS;
        await this.limit.acquire(estimate);
        return await inner.draftRubric!(title, description).catch(async (error: unknown) => {
          if (error instanceof RateLimitedError) await this.limit.pause(error.retryAfterMs ?? DEFAULT_PAUSE_MS);
          throw error;
        });
      } finally {
        this.leave();
      }
    };
  }

  private async enter(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private leave(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next caller
    else this.active--;
  }
}
