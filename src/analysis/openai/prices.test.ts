import { describe, expect, it } from 'vitest';
import { costUsd, DEFAULT_PRICES, parsePriceTable, PriceTableError, priceFor } from './prices.js';

describe('priceFor', () => {
  it('prices a dated snapshot like its alias, and an unknown model not at all', () => {
    expect(priceFor(DEFAULT_PRICES, 'gpt-4o-2024-08-06')).toBe(DEFAULT_PRICES['gpt-4o']);
    expect(priceFor(DEFAULT_PRICES, 'gpt-4o-mini')).toBe(DEFAULT_PRICES['gpt-4o-mini']);
    expect(priceFor(DEFAULT_PRICES, 'llama3.1:8b')).toBeNull();
  });
});

describe('costUsd', () => {
  it('charges fresh prompt, cached prompt and completion tokens at their own rates', () => {
    const price = { input: 2, output: 8, cachedInput: 0.5 };
    const tokens = { promptTokens: 1_000_000, completionTokens: 500_000, cachedPromptTokens: 400_000 };
    expect(costUsd(tokens, price)).toBeCloseTo(0.6 * 2 + 0.4 * 0.5 + 0.5 * 8, 12);
    expect(costUsd(tokens, { input: 2, output: 8 })).toBeCloseTo(2 + 4, 12);
    expect(costUsd(tokens, null)).toBe(0);
  });
});

describe('parsePriceTable', () => {
  it('reads model prices in USD per 1M tokens', () => {
    expect(
      parsePriceTable('{"my-model":{"input":0.5,"output":1.5},"gpt-4o":{"input":2,"output":9,"cachedInput":1}}'),
    ).toEqual({ 'my-model': { input: 0.5, output: 1.5 }, 'gpt-4o': { input: 2, output: 9, cachedInput: 1 } });
  });

  it.each([
    ['not json', /not valid JSON/],
    ['[1,2]', /\(root\)/],
    ['{"m":{"input":1}}', /m\.output/],
    ['{"m":{"input":-1,"output":1}}', /m\.input/],
    ['{"m":{"input":1,"output":1,"currency":"EUR"}}', /currency/],
  ])('explains what is wrong with %s', (json, message) => {
    expect(() => parsePriceTable(json)).toThrow(PriceTableError);
    expect(() => parsePriceTable(json)).toThrow(message);
  });
});
