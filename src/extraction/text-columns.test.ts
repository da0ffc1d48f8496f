import { describe, expect, it } from 'vitest';
import { TEXT } from './extraction.types.js';
import { extractText } from './resume.extractor.js';
import { splitTextColumns } from './text-columns.js';

const pad = (left: string, right = '') => (right ? `${left.padEnd(49)}${right}` : left);

const TWO_COLUMNS = [
  pad('KYLE BRENNAN', 'CONTACT'),
  pad('Solar Installer', 'Windsor, CO 80550'),
  pad('', '(970) 555-0145'),
  pad('EXPERIENCE', 'kyle@example.com'),
  pad('Solar Installer'),
  pad('Peak Current Solar, Fort Collins, CO', 'CERTIFICATIONS'),
  pad('November 2023 – Present', 'NABCEP PV Associate (2024)'),
  pad('- Install 4–6 residential rooftop systems a', 'OSHA 10 – Construction (2023)'),
  pad('week as part of a 3-person crew', "Colorado driver's license,"),
  pad('- Mount Enphase IQ8 microinverters', 'clean record'),
  pad(''),
  pad('Delivery Driver', 'SKILLS'),
  pad('Fort Collins Pizza Works, Fort Collins, CO', 'IronRidge XR rail systems'),
  pad('June 2019 – October 2023', 'Enphase IQ8 microinverters'),
  pad('', 'Fall protection'),
].join('\n');

describe('splitTextColumns', () => {
  it('reads a sidebar kept beside the main column after it, each column in its order', () => {
    const out = splitTextColumns(TWO_COLUMNS);
    const lines = out.split('\n');
    // the job's dates stand under its employer, not beside a certificate
    expect(lines).toContain('November 2023 – Present');
    expect(lines.indexOf('November 2023 – Present')).toBe(lines.indexOf('Peak Current Solar, Fort Collins, CO') + 1);
    // the sidebar follows the main column whole: its heading, then what it heads
    expect(lines.indexOf('CERTIFICATIONS')).toBeGreaterThan(lines.indexOf('June 2019 – October 2023'));
    expect(lines[lines.indexOf('CERTIFICATIONS') + 1]).toBe('NABCEP PV Associate (2024)');
    expect(out).toContain("Colorado driver's license,\nclean record");
  });

  it('leaves one column alone, right-aligned dates and all', () => {
    const text = [
      'Dana Levi',
      'dana@example.com',
      '',
      'EXPERIENCE',
      `${'Senior Software Engineer'.padEnd(60)}Jan 2021 – Present`,
      'Acme Corp, Boston, MA',
      '- Built the billing service in Go',
      `${'Software Engineer'.padEnd(60)}Jun 2017 – Dec 2020`,
      'Initech, Austin, TX',
      '- Wrote the ETL jobs',
      `${'Intern'.padEnd(63)}Summer 2016`,
    ].join('\n');
    expect(splitTextColumns(text)).toBe(text);
    // dates of one length, right-aligned, some on lines of their own, line up like a column
    const dated = [
      'EXPERIENCE',
      ...['Acme Corp', 'Initech', 'Globex', 'Umbrella', 'Hooli', 'Vandelay'].flatMap((employer, i) => [
        `${'Software Engineer'.padEnd(60)}06/20${10 + i} - 08/20${11 + i}`,
        employer,
        `${''.padEnd(60)}06/20${10 + i} - 08/20${11 + i}`,
      ]),
    ].join('\n');
    expect(splitTextColumns(dated)).toBe(dated);
    // a column of places and dates beside employers and titles heads nothing: no sidebar
    const placed = [
      'EXPERIENCE',
      ...['Acme Corp', 'Initech', 'Globex', 'Umbrella'].flatMap((employer, i) => [
        `${employer.padEnd(49)}Boston, MA`,
        `${'Software Engineer'.padEnd(49)}Jan 20${10 + i} – Dec 20${11 + i}`,
        `${''.padEnd(49)}(remote, contract)`,
      ]),
    ].join('\n');
    expect(splitTextColumns(placed)).toBe(placed);
  });

  it('is applied when a plain-text resume is extracted', async () => {
    const { text } = await extractText(Buffer.from(TWO_COLUMNS), TEXT);
    expect(text).toContain('Peak Current Solar, Fort Collins, CO\nNovember 2023 – Present\n');
  });
});
