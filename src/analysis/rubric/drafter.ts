/**
 * Who reads a job description into rubric items when a job post is created or its text changes:
 * the local rules, or a model (the openai analyzer) with the rules as the fallback. A model's
 * draft is checked like a model's answers are: an item whose quote is not in the description is
 * dropped, so every derived item still points at the words it came from.
 */
import type { Analyzer } from '../analysis.types.js';
import type { Logger } from '../../shared/logger.js';
import { deriveRubric, NO_ITEMS_WARNING } from './derive.js';
import type { DerivedRubric, RubricItem } from './rubric.types.js';

/** Reads a job post's title and description into a rubric. Never rejects. */
export type RubricDrafter = (title: string, description: string) => Promise<DerivedRubric>;

/** The local rules (see `derive.ts`): deterministic, offline. */
export const localDrafter: RubricDrafter = (title, description) =>
  Promise.resolve({ ...deriveRubric(title, description), derivedBy: 'local' });

/** Whitespace and typographic quotes do not make a quote different from the description. */
function comparable(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The items of a model's draft that quote the description, with the quote replaced by the
 * description's own words where only spacing or typography differed; the rest dropped.
 */
export function keepQuoted(items: RubricItem[], description: string): { kept: RubricItem[]; dropped: number } {
  const haystack = comparable(description);
  const kept: RubricItem[] = [];
  let dropped = 0;
  for (const item of items) {
    const quote = item.quote?.trim() ?? '';
    if (quote && description.includes(quote)) kept.push({ ...item, quote, source: 'DERIVED' });
    else if (quote && haystack.includes(comparable(quote))) kept.push({ ...item, quote, source: 'DERIVED' });
    else dropped++;
  }
  return { kept, dropped };
}

/**
 * The drafter for an analyzer: the analyzer's own `draftRubric` when it has one (a model), its
 * unquoted items dropped, falling back to the local rules when it fails or keeps nothing; the
 * local rules otherwise.
 */
export function createRubricDrafter(
  analyzer: Pick<Analyzer, 'draftRubric' | 'name' | 'model'>,
  logger: Logger,
): RubricDrafter {
  const draft = analyzer.draftRubric?.bind(analyzer);
  if (!draft) return localDrafter;
  return async (title, description) => {
    try {
      const drafted = await draft(title, description);
      const { kept, dropped } = keepQuoted(drafted.items, description);
      if (dropped > 0)
        logger.warn({ dropped }, 'rubric draft: items whose quote is not in the description were dropped');
      if (kept.length === 0) return localDrafter(title, description);
      return {
        items: kept,
        warnings: drafted.warnings.filter((w) => w !== NO_ITEMS_WARNING),
        derivedBy: `${analyzer.name}:${analyzer.model}`,
      };
    } catch (error) {
      logger.warn({ err: error }, 'rubric draft failed: the local rules read the description instead');
      return localDrafter(title, description);
    }
  };
}
