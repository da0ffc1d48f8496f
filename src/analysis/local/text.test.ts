import { describe, expect, it } from 'vitest';
import { normalizeText, quote } from './text.js';

describe('normalizeText', () => {
  it('reads UTF-8 that was read as Windows-1252 as what it was', () => {
    const cases: [string, string][] = [
      ['\u00e2\u20ac\u00a2 Managed accounts', '\u2022 Managed accounts'],
      ['\u00e2\u017e\u00a2 Led a team', '\u27a2 Led a team'],
      ['Caf\u00c3\u00a9 manager', 'Caf\u00e9 manager'],
      ['\u00c3\u2030cole', '\u00c9cole'],
      ['\u00c2\u00b7 Excel', '\u00b7 Excel'],
      ['He said \u00e2\u20ac\u0153hi\u00e2\u20ac\u009d', 'He said "hi"'],
      // a zero-width space comes through as three characters and is dropped like one
      ['\u00e2\u20ac\u2039Sales', 'Sales'],
    ];
    for (const [raw, read] of cases) expect(normalizeText(raw).text).toBe(read);
  });

  it('reads a sequence that lost its last byte as a break (a full-width sign as a dash), not as letters', () => {
    // "ï¼" was a full-width dash whose last byte has no Windows-1252 character; "Â" a no-break space
    expect(normalizeText('Company Name \u00ef\u00bc City , State').text).toBe('Company Name - City , State');
    // so a range written with it stays a range
    expect(normalizeText('Accountant , 10/2014 \u00ef\u00bc Current').text).toBe('Accountant , 10/2014 - Current');
    expect(normalizeText('supervisor of\u00c2 24/7 psychiatric\u00c2 crisis').text).toBe(
      'supervisor of  24/7 psychiatric  crisis',
    );
  });

  it('leaves correctly written accented words alone', () => {
    for (const t of [
      'Ren\u00e9 M\u00fcller, Z\u00fcrich',
      'FRAN\u00c7AIS',
      'Stra\u00dfe',
      '\u00c2ge',
      'na\u00efve',
      '\u00d1and\u00fa',
      'tr\u00e8s bien',
    ]) {
      expect(normalizeText(t).text).toBe(t);
    }
  });

  it('keeps quotes verbatim: a repaired character maps back to the characters it came from', () => {
    const raw = 'Led the Caf\u00c3\u00a9 team';
    const nt = normalizeText(raw);
    const at = nt.text.indexOf('Caf\u00e9');
    expect(quote(nt, at, at + 4)).toBe('Caf\u00c3\u00a9');
    expect(raw).toContain(quote(nt, 0, nt.text.length));
  });
});

describe('normalizeText: a resume flattened onto one line', () => {
  const flat =
    "Keisha R. Turnbull | Springfield, MO 65804 | 417-555-0193 | keisha@example.com | SUMMARY: Parts counter person with 5+ years. | EXPERIENCE: Parts Counter Associate, Legacy Honda, Springfield MO, 03/2023 – Present - sell and invoice parts, look up parts by VIN | Parts Sales Specialist, O'Reilly Auto Parts, Republic MO, 06/2021 – 02/2023 - counter sales | EDUCATION: High School Diploma, Central High School, 2020";
  it('reads its bars as line breaks, quoting what was sent', () => {
    const nt = normalizeText(flat);
    const lines = nt.text.split('\n');
    expect(lines).toContain('EDUCATION: High School Diploma, Central High School, 2020');
    expect(lines[0]).toBe('Keisha R. Turnbull');
    const at = nt.text.indexOf('Parts Sales Specialist');
    expect(quote(nt, at - 1, at + 22)).toBe('| Parts Sales Specialist');
  });
  it('leaves a line of contacts or skills parted by bars as it is', () => {
    const skills = `Skills: ${Array.from({ length: 40 }, (_, i) => `Skill number ${i}`).join(' | ')}`;
    expect(normalizeText(skills).text).toBe(skills);
    expect(normalizeText('Dana Levi | Denver, CO | dana@example.com | 555-0100 | LICENSE: RN').text).toContain(' | ');
  });
});

describe('normalizeText: review of a resume flattened onto one line', () => {
  it('reads its bars as line breaks where its sections are labelled in title case', () => {
    const flat =
      "Keisha R. Turnbull | Springfield, MO 65804 | 417-555-0193 | keisha@example.com | Summary: Parts counter person with 5+ years. | Experience: Parts Counter Associate, Legacy Honda, Springfield MO, 03/2023 – Present - sell and invoice parts, look up parts by VIN | Parts Sales Specialist, O'Reilly Auto Parts, Republic MO, 06/2021 – 02/2023 - counter sales | Education: High School Diploma, Central High School, 2020";
    expect(normalizeText(flat).text.split('\n')).toContain('Education: High School Diploma, Central High School, 2020');
  });
  it('leaves a long line of title-case labels that head no section as it is', () => {
    const line = `Name: Dana Levi | Phone: 555-0100 | ${Array.from({ length: 30 }, (_, i) => `Skill number ${i}`).join(' | ')}`;
    expect(normalizeText(line).text).toBe(line);
  });
});

describe('normalizeText on a resume typed all in lowercase', () => {
  const prose = 'i run a clean crew and we finish every job on time, whatever the weather or the schedule. '.repeat(4);
  it('capitalises the words of its short lines, leaving the small words of a title in lowercase', () => {
    expect(normalizeText(`lead backend engineer at tailspin toys\n${prose}`).text.split('\n')[0]).toBe(
      'Lead Backend Engineer at Tailspin Toys',
    );
    expect(normalizeText(`at home care aide, 2018 to 2021\n${prose}`).text.split('\n')[0]).toBe(
      'At Home Care Aide, 2018 to 2021',
    );
  });
  it('counts only letters with a case: a text in a script without one is not lowercase', () => {
    const chinese = `张伟\n前端工程师 react vue\n${'负责公司前端开发和维护工作。'.repeat(30)}`;
    expect(normalizeText(chinese).text).toBe(chinese);
  });
  it('counts the capitals written outside the first plane: headings in bold letters ("𝐒𝐔𝐌𝐌𝐀𝐑𝐘") are not lowercase', () => {
    const bold = `𝐒𝐔𝐌𝐌𝐀𝐑𝐘\nlead backend engineer at tailspin toys\n${prose}`;
    expect(normalizeText(bold).text).toBe(bold);
  });
});
