/**
 * What a call costs: USD per million tokens for each model, and the arithmetic from a response's
 * token counts to dollars. The defaults can be overridden per deployment (OPENAI_PRICES), since
 * prices change and compatible endpoints (Azure, vLLM, Ollama) price differently or not at all.
 */
import { z } from 'zod';

/** Tokens per price unit: prices are quoted per million tokens. */
const TOKENS_PER_PRICE_UNIT = 1_000_000;

/** Prices of one model, in USD per 1M tokens. */
export interface ModelPrice {
  /** Prompt tokens. */
  input: number;
  /** Completion tokens (reasoning tokens included, as the API counts them). */
  output: number;
  /** Prompt tokens served from the provider's prompt cache; `input` when not given. */
  cachedInput?: number;
}

/** Model name → prices. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * OpenAI's list prices (USD per 1M tokens, standard tier) for common models, as published in
 * mid 2025. A model that is not in the table (a local model, a new release) costs 0: that is a
 * missing price, not a free call, so list it through OPENAI_PRICES when it matters.
 */
export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
  'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 },
  'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cachedInput: 0.1 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  'gpt-5': { input: 1.25, output: 10, cachedInput: 0.125 },
  'gpt-5-mini': { input: 0.25, output: 2, cachedInput: 0.025 },
  'gpt-5-nano': { input: 0.05, output: 0.4, cachedInput: 0.005 },
  o3: { input: 2, output: 8, cachedInput: 0.5 },
  'o4-mini': { input: 1.1, output: 4.4, cachedInput: 0.275 },
};

/** A dated snapshot name ("gpt-4o-2024-08-06") is priced like its alias ("gpt-4o"). */
const SNAPSHOT_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;

/** The price of `model`: an exact entry, else the entry of its undated alias, else null. */
export function priceFor(table: PriceTable, model: string): ModelPrice | null {
  return table[model] ?? table[model.replace(SNAPSHOT_SUFFIX, '')] ?? null;
}

/** Token counts of one call, as the provider reported them. */
export interface TokenCounts {
  promptTokens: number;
  completionTokens: number;
  /** Part of `promptTokens` read from the provider's prompt cache. */
  cachedPromptTokens: number;
}

/** USD cost of a call; 0 when the model has no price (see {@link DEFAULT_PRICES}). */
export function costUsd(tokens: TokenCounts, price: ModelPrice | null): number {
  if (!price) return 0;
  const cached = Math.min(tokens.cachedPromptTokens, tokens.promptTokens);
  const fresh = tokens.promptTokens - cached;
  const usd =
    fresh * price.input + cached * (price.cachedInput ?? price.input) + tokens.completionTokens * price.output;
  return usd / TOKENS_PER_PRICE_UNIT;
}

/** A price table that could not be read. */
export class PriceTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PriceTableError';
  }
}

const usdPerMillion = z.number().finite().nonnegative();
const PriceTableSchema = z.record(
  z.string().regex(/\S/, 'model names must not be blank'),
  z.strictObject({ input: usdPerMillion, output: usdPerMillion, cachedInput: usdPerMillion.optional() }),
);

/**
 * Reads a price table from JSON (the OPENAI_PRICES variable): an object of model name →
 * `{ "input": USD per 1M prompt tokens, "output": USD per 1M completion tokens, "cachedInput"?:
 * USD per 1M cached prompt tokens }`, e.g. `{"gpt-4o":{"input":2.5,"output":10}}`.
 *
 * The result holds only the models given; the analyzer lays it over {@link DEFAULT_PRICES}.
 *
 * @throws PriceTableError naming every problem (not JSON, not an object, a missing or negative
 * price, an unknown field).
 */
export function parsePriceTable(json: string): PriceTable {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new PriceTableError(`price table is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = PriceTableSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    throw new PriceTableError(
      `price table must map model names to {"input": USD per 1M tokens, "output": USD per 1M tokens}: ${problems.join('; ')}`,
    );
  }
  return parsed.data;
}
