import { describe, expect, it } from 'vitest';
import { countVisibleChars, normaliseText } from './normalise-text.js';

describe('normaliseText', () => {
  it('composes to NFC and makes every line end LF', () => {
    expect(normaliseText('Jose\u0301\r\nZu\u0308rich\rBerlin\u2028Paris')).toBe(
      'Jos\u00e9\nZ\u00fcrich\nBerlin\nParis',
    );
  });

  it('turns NBSP, tabs and typographic spaces into single spaces', () => {
    expect(normaliseText('Leo\u00A0Leopard\t\tLa\u2009Verne\u3000CA')).toBe('Leo Leopard La Verne CA');
  });

  it('reads Word\u2019s "-, soft hyphen, U+2010" as one hyphen and drops other soft hyphens', () => {
    expect(normaliseText('(909) 555-\u00AD\u20105555, on-\u00AD\u2010campus')).toBe('(909) 555-5555, on-campus');
    expect(normaliseText('exam\u00ADple')).toBe('example');
    // A soft hyphen that broke a line marks a hyphenated word: join it back.
    expect(normaliseText('manage\u00AD\nment')).toBe('management');
    // A real hyphen elsewhere is text, and stays.
    expect(normaliseText('state\u2010of\u2010the\u2010art, 2019--2021')).toBe(
      'state\u2010of\u2010the\u2010art, 2019--2021',
    );
  });

  it('drops invisible and control characters but keeps joiners scripts need', () => {
    expect(normaliseText('Ja\u200Bne\u0000 Roe\u0007\uFEFF')).toBe('Jane Roe');
    expect(normaliseText('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toBe(
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
    );
  });

  it('replaces lone surrogates, which no encoder accepts', () => {
    expect(normaliseText('a\uD800b\uDC00c \u{1F600}')).toBe('a\uFFFDb\uFFFDc \u{1F600}');
  });

  it('parts a line of 200 characters or more at its runs of spaces: lines a phone or a form ran together', () => {
    const line =
      'Meat cutter, 4 yrs in a grocery chain meat dept, can work weekends and holidays no problem.  WORK  Meat Cutter, Prairie Basket Foods store #31, Nov 2022 to present - cut beef from boxed primals  SCHOOL  Elk Ridge High School diploma 2020';
    expect(normaliseText(line).split('\n')).toEqual([
      'Meat cutter, 4 yrs in a grocery chain meat dept, can work weekends and holidays no problem.',
      'WORK',
      'Meat Cutter, Prairie Basket Foods store #31, Nov 2022 to present - cut beef from boxed primals',
      'SCHOOL',
      'Elk Ridge High School diploma 2020',
    ]);
    // (a shorter line keeps one line, its runs of spaces collapsed)
    expect(normaliseText('Welder  WORK  Acme Fabrication, 2019 - 2024')).toBe(
      'Welder WORK Acme Fabrication, 2019 - 2024',
    );
  });

  it('collapses runs of spaces inside lines, keeps indentation, trims line ends', () => {
    expect(normaliseText('Skills:   TypeScript    Go  \n  - nested   item   \n')).toBe(
      'Skills: TypeScript Go\n  - nested item',
    );
  });

  it('keeps at most two blank lines in a row and trims the text', () => {
    expect(normaliseText('\n\n  \nA\n\n\n\n\n\nB\n \n \nC\n\n')).toBe('A\n\n\nB\n\n\nC');
    expect(normaliseText('A\n\nB')).toBe('A\n\nB');
  });

  it('is idempotent', () => {
    const once = normaliseText('  Jane\u00A0Roe\r\n\r\n\r\n\r\nx\u00AD\ny\t z  ');
    expect(normaliseText(once)).toBe(once);
  });
});

describe('countVisibleChars', () => {
  it('counts everything but whitespace', () => {
    expect(countVisibleChars(' a b\n\nc\u00A0d ')).toBe(4);
    expect(countVisibleChars(' \n\t')).toBe(0);
  });
});

describe('normaliseText on long paragraphs typed with two spaces after each sentence', () => {
  it('keeps them one line: only a run after a word, or around a heading in capitals, parts a line', () => {
    const para =
      'Warehouse lead with eight years in distribution and was promoted to lead in 2018.  From 2019 to 2021 I covered second shift for a team of twenty.  Covered as interim DC manager, Jun 2020 - Dec 2020, while the role was open.';
    expect(normaliseText(para).split('\n')).toHaveLength(1);
  });
});

describe('normaliseText on a table typed with tabs', () => {
  it("keeps each row's cells apart, and reads columns of start and end side by side as one range", () => {
    const table = [
      'From\tTo\tEmployer\tTitle\tLocation',
      '2024-08\tPresent\tPlacer Valley Imaging\tMammography Technologist\tRocklin, CA',
      '2021-09\t2024-07\tSutter Auburn Hospital\tRadiologic Technologist\tAuburn, CA',
    ].join('\n');
    expect(normaliseText(`Kendra Whitfield\n\nExperience\n${table}\n\nEducation`).split('\n')).toEqual([
      'Kendra Whitfield',
      '',
      'Experience',
      'From | To | Employer | Title | Location',
      '2024-08 – Present | Placer Valley Imaging | Mammography Technologist | Rocklin, CA',
      '2021-09 – 2024-07 | Sutter Auburn Hospital | Radiologic Technologist | Auburn, CA',
      '',
      'Education',
    ]);
    // a table of other columns keeps its cells apart only
    expect(normaliseText('Credential\tIssuer\tExpires\nBLS Provider\tAHA\t2027-03')).toBe(
      'Credential | Issuer | Expires\nBLS Provider | AHA | 2027-03',
    );
  });
  it('leaves tabs that only space a line out as spaces', () => {
    expect(normaliseText('Electrical Technician\t\t\tMar 2020 – Present')).toBe(
      'Electrical Technician Mar 2020 – Present',
    );
    expect(normaliseText('Skills\tWelding\t\t \tRigging')).toBe('Skills Welding Rigging');
  });
  it('reads a long line of cells, or of no tabs, in time', () => {
    const started = performance.now();
    normaliseText('a\t'.repeat(100_000));
    normaliseText('x '.repeat(100_000) + '\ty');
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('normaliseText on a table typed with tabs (review)', () => {
  it('reads no range in a row of fewer or more cells than the header has columns', () => {
    const table = [
      'Employer\tFrom\tTo\tTitle',
      'Acme Fabrication\t2020\t\tWelder',
      'Beta Steel\t2018\t2020\tHelper',
      'Gamma Works\t2016\t2018\tHelper\tDayton, OH',
    ].join('\n');
    expect(normaliseText(table).split('\n')).toEqual([
      'Employer | From | To | Title',
      'Acme Fabrication | 2020 | Welder',
      'Beta Steel | 2018 – 2020 | Helper',
      'Gamma Works | 2016 | 2018 | Helper | Dayton, OH',
    ]);
  });
});
