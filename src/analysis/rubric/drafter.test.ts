import { describe, expect, it } from 'vitest';
import { createRubricDrafter, keepQuoted } from './drafter.js';
import type { RubricItem } from './rubric.types.js';

const DESCRIPTION = 'Requirements:\n- 3+ years with  PostgreSQL\n- “Clean” driving record';
const item = (text: string, quote: string | null): RubricItem => ({
  kind: 'MUST_HAVE',
  text,
  source: 'DERIVED',
  quote,
  minYears: null,
});
const silent = { warn: () => {} } as unknown as Parameters<typeof createRubricDrafter>[1];

describe('keepQuoted', () => {
  it('keeps items quoting the description, up to spacing and typographic quotes, and drops the rest', () => {
    const { kept, dropped } = keepQuoted(
      [
        item('PostgreSQL', '3+ years with  PostgreSQL'),
        item('PostgreSQL', '3+ years with PostgreSQL'),
        item('Clean record', '"Clean" driving record'),
        item('Rust', 'Ten years of Rust'),
        item('Go', null),
      ],
      DESCRIPTION,
    );
    expect(kept.map((i) => i.text)).toEqual(['PostgreSQL', 'PostgreSQL', 'Clean record']);
    expect(dropped).toBe(2);
  });
});

describe('createRubricDrafter', () => {
  it('uses the local rules for an analyzer that drafts nothing', async () => {
    const draft = await createRubricDrafter({ name: 'local', model: 'local-v34' }, silent)('Engineer', DESCRIPTION);
    expect(draft.derivedBy).toBe('local');
    expect(draft.items.map((i) => i.text)).toContain('At least 3 years with PostgreSQL');
  });

  it("takes a model's quoted items, and falls back to the rules when it fails or quotes nothing", async () => {
    const model = (items: RubricItem[] | Error) => ({
      name: 'openai',
      model: 'm',
      draftRubric: () => (items instanceof Error ? Promise.reject(items) : Promise.resolve({ items, warnings: [] })),
    });
    const ok = await createRubricDrafter(model([item('SQL', '3+ years with PostgreSQL')]), silent)('E', DESCRIPTION);
    expect([ok.derivedBy, ok.items.map((i) => i.text)]).toEqual(['openai:m', ['SQL']]);
    const failed = await createRubricDrafter(model(new Error('down')), silent)('E', DESCRIPTION);
    expect(failed.derivedBy).toBe('local');
    const unquoted = await createRubricDrafter(model([item('Rust', 'nowhere')]), silent)('E', DESCRIPTION);
    expect(unquoted.derivedBy).toBe('local');
  });
});
