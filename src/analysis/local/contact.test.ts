import { describe, expect, it } from 'vitest';
import { findHeaderLocation, findPhone } from './contact.js';
import { resumeLines } from './sections.js';

const phoneOf = (...lines: string[]) => findPhone(resumeLines(lines.join('\n')));
const locationOf = (...lines: string[]) => findHeaderLocation(resumeLines(lines.join('\n')));

describe('findPhone', () => {
  it('takes a short local number when a country code marks it as a phone', () => {
    expect(phoneOf('Amara Okafor', 'Lisbon, Portugal', '+1 555-0101')).toBe('+1 555-0101');
  });

  it('takes a 7-digit number on the line that holds the e-mail address', () => {
    expect(phoneOf('Sofia Hernandez', 'sofia@example.com | 555-0113 | Madrid, Spain')).toBe('555-0113');
  });

  it('still ignores short unlabelled numbers elsewhere in the header', () => {
    expect(phoneOf('Sofia Hernandez', 'Managed budgets of 250-3000 per event', 'Planned 1200 events')).toBeNull();
    expect(phoneOf('Sofia Hernandez', 'Ref 12 345-678')).toBeNull();
  });
});

describe('findHeaderLocation', () => {
  it('reads cities with accents and countries beyond the most common ones', () => {
    expect(locationOf('Mateus Santos', 'São Paulo, Brazil')).toBe('São Paulo, Brazil');
    expect(locationOf('Tomasz Wiśniewski', 'Kraków, Poland')).toBe('Kraków, Poland');
    expect(locationOf('Dmitri Volkov', 'Riga, Latvia')).toBe('Riga, Latvia');
    expect(locationOf('Ayşe Yılmaz', 'Istanbul, Türkiye')).toBe('Istanbul, Türkiye');
    // the country first
    expect(locationOf('Dmitri Volkov', 'Russia, Fryazino')).toBe('Fryazino, Russia');
    // an Indian state, a British county or a town with its postcode
    expect(locationOf('Sneha Kulkarni', 'Pune, Maharashtra (open to relocating)')).toBe('Pune, Maharashtra');
    expect(locationOf('Callum Fraser', 'Stockport, Greater Manchester')).toBe('Stockport, Greater Manchester');
    expect(locationOf('Gemma Whitfield', 'Horsforth, Leeds LS18')).toBe('Horsforth, Leeds');
    expect(locationOf('Liam Carragher', 'Rugby, Warwickshire CV21 3AB')).toBe('Rugby, Warwickshire');
  });
});
