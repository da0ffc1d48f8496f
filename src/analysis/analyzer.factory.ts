import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import { createSharedRateLimit } from '../queue/rate-limiter.js';
import type { Analyzer } from './analysis.types.js';
import { LimitedAnalyzer } from './limited.analyzer.js';
import { MeteredAnalyzer } from './metered.analyzer.js';
import type { Metrics } from '../ops/metrics.js';
import { LocalAnalyzer } from './local/local.analyzer.js';
import { OpenAIAnalyzer } from './openai/openai.analyzer.js';
import { parsePriceTable, PriceTableError, type PriceTable } from './openai/prices.js';

/**
 * The analyzer the configuration asks for. The openai one is held to the provider's limits: a
 * rate limit shared through `redis` by every worker process, and bounded concurrency. With
 * `metrics`, each call is measured (inside the limits).
 */
export function createAnalyzer(config: Config, redis: Redis, metrics?: Metrics): Analyzer {
  const metered = (analyzer: Analyzer, llm: boolean) =>
    metrics ? new MeteredAnalyzer(analyzer, metrics, llm) : analyzer;
  switch (config.analyzer) {
    case 'local':
      return metered(new LocalAnalyzer(), false);
    case 'openai': {
      const { openai } = config;
      const analyzer = new OpenAIAnalyzer({
        apiKey: openai.apiKey!,
        baseURL: openai.baseURL,
        model: openai.model,
        timeoutMs: openai.timeoutMs,
        prices: prices(openai.prices),
      });
      const limit = createSharedRateLimit({
        redis,
        key: `${config.redisPrefix}:openai-rate`,
        requestsPerMinute: openai.maxRpm,
        tokensPerMinute: openai.maxTpm,
      });
      return new LimitedAnalyzer(metered(analyzer, true), limit, openai.concurrency);
    }
    default: {
      const never: never = config.analyzer;
      throw new ConfigError([`ANALYZER=${String(never)}: unknown analyzer`]);
    }
  }
}

function prices(json: string | undefined): PriceTable | undefined {
  if (json === undefined) return undefined;
  try {
    return parsePriceTable(json);
  } catch (error) {
    if (error instanceof PriceTableError) throw new ConfigError([`OPENAI_PRICES: ${error.message}`]);
    throw error;
  }
}
