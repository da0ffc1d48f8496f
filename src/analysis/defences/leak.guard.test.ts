import { describe, expect, it } from 'vitest';
import { assertNoLeak, BlindScreeningLeakError, findLeaks } from './leak.guard.js';

const original = {
  name: 'José Ní Park-Lee',
  email: 'jp2024@example.com',
  phone: '+1 (202) 555-0118',
  links: ['https://www.linkedin.com/in/jp-2024/'],
};

describe('findLeaks', () => {
  it('finds nothing in a properly redacted text', () => {
    expect(findLeaks('[REDACTED]\nBackend engineer at Parkinson Labs; 2015 - 2019; 555 dashboards.', original)).toEqual(
      [],
    );
  });

  it.each([
    ['a name token, in another case and without accents', 'Reference: jose, team lead', 'name'],
    ['a name token glued to the next field', 'Name: [REDACTED] Park-LeeAddress', 'name'],
    ['the e-mail in another case', 'contact JP2024@EXAMPLE.COM', 'email'],
    ['the phone written differently', 'call 202.555.0118 or 5550118', 'phone'],
    ['the phone inside a longer number', 'tel +12025550118', 'phone'],
    ['a link without scheme or www', 'see linkedin.com/in/jp-2024 for more', 'link'],
  ])('finds %s', (_, text, kind) => {
    expect(findLeaks(text, original)).toEqual([kind]);
  });

  it('ignores particles, two-letter tokens, and name tokens that are skills or months', () => {
    const leaks = findLeaks('Ní, de, van, Li; Ruby on Rails in June', { name: 'June Li van de Ruby Ní' });
    expect(leaks).toEqual([]);
  });

  it('accepts a parsed profile or an identity with lists', () => {
    expect(findLeaks('a@x.io b@y.io', { emails: ['b@y.io'], phones: [], links: [] })).toEqual(['email']);
    expect(findLeaks('x', { name: null, email: null, phone: null, links: [] })).toEqual([]);
  });
});

describe('assertNoLeak', () => {
  it('throws a permanent, typed error that names the kinds but never the values', () => {
    let error: unknown;
    try {
      assertNoLeak('José wrote to jp2024@example.com', original);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BlindScreeningLeakError);
    const leak = error as BlindScreeningLeakError;
    expect([leak.name, leak.code, leak.retryable, leak.kinds]).toEqual([
      'BlindScreeningLeakError',
      'BLIND_SCREENING_LEAK',
      false,
      ['name', 'email'],
    ]);
    expect(leak.message).not.toMatch(/jos|jp2024|example/i);
  });

  it('returns quietly when nothing identifying is left', () => {
    expect(() => assertNoLeak('[REDACTED] | [REDACTED]', original)).not.toThrow();
  });
});
