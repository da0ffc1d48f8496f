import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import type { Analyzer } from './analysis.types.js';
import { LocalAnalyzer } from './local/local.analyzer.js';

/** The analyzer the configuration asks for. */
export function createAnalyzer(config: Config): Analyzer {
  switch (config.analyzer) {
    case 'local':
      return new LocalAnalyzer();
    case 'openai':
      // The openai analyzer (structured outputs, quote verification) is not built yet.
      throw new ConfigError(['ANALYZER=openai: not available in this version; use ANALYZER=local']);
    default: {
      const never: never = config.analyzer;
      throw new ConfigError([`ANALYZER=${String(never)}: unknown analyzer`]);
    }
  }
}
