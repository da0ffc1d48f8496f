import { describe, expect, it } from 'vitest';
import { findDateRanges, findSinceRanges, parsePoint, rangeInterval, unionMonths, yearsCovered } from './dates.js';

const NOW = new Date(Date.UTC(2025, 5, 15)); // June 2025

function ranges(text: string) {
  return findDateRanges(text).map((r) => ({
    start: `${r.start.year}-${r.start.month}`,
    end: r.end ? `${r.end.year}-${r.end.month}` : 'present',
    text: text.slice(r.index, r.index + r.length),
  }));
}

describe('date ranges', () => {
  it('reads one foreign date as saying nothing of the others', () => {
    const text = 'IFRS Certificate, issued 15/03/2016\nStaff Accountant\n05/01/2019 - 06/01/2021';
    expect(ranges(text).map((r) => [r.start, r.end])).toEqual([['2019-5', '2021-6']]);
  });

  it('reads every date of a text day first when one of its dates says so', () => {
    const uk = "Staff Nurse, St Mary's\n01/06/2021 – present\nHealthcare Assistant\n15/03/2018 – 30/05/2021";
    expect(ranges(uk).map((r) => [r.start, r.end])).toEqual([
      ['2021-6', 'present'],
      ['2018-3', '2021-5'],
    ]);
    // (a text that writes its dates month first keeps them so)
    expect(ranges('01/06/2021 – present\n03/25/2018 – 05/30/2021').map((r) => r.start)).toEqual(['2021-1', '2018-3']);
  });

  it.each([
    ['Jan 2018 - Present', '2018-1', 'present'],
    ['2015 – 2019', '2015-1', '2019-1'],
    ['03/2017 - 06/2020', '2017-3', '2020-6'],
    ['June 2019 to Current', '2019-6', 'present'],
    ['Sept. 2016 — Aug 2017', '2016-9', '2017-8'],
    ['2017-03 – 2018-11', '2017-3', '2018-11'],
    ['Aug 2024 – Now', '2024-8', 'present'],
    ['Summer 2021 - Fall 2022', '2021-6', '2022-9'],
    ['November 2012 - Till Date', '2012-11', 'present'],
    ['06/18 – 12/20', '2018-6', '2020-12'],
    ['11/97 - 03/02', '1997-11', '2002-3'],
    ['07/15 - to date', '2015-7', 'present'],
    ["Jan '19 – Mar '21", '2019-1', '2021-3'],
    ["Sept '18 - Present", '2018-9', 'present'],
    ['Jan–Mar 2021', '2021-1', '2021-3'],
    ['March 2019 to date', '2019-3', 'present'],
    ['03/15/2019 - 06/30/2022', '2019-3', '2022-6'],
    ['01/09/2018 – 31/08/2021', '2018-9', '2021-8'],
    ['15.03.2019 - 30.06.2022', '2019-3', '2022-6'],
    ['2019-03-15 – 2022-06-30', '2019-3', '2022-6'],
    ['01-09-2018 – 31-08-2021', '2018-9', '2021-8'],
    // (as prose says it, set 36)
    ['September 2023 to the present', '2023-9', 'present'],
  ])('reads %s', (text, start, end) => {
    expect(ranges(text)).toEqual([{ start, end, text }]);
  });

  it('reads "to the present" only on a line that dates a job (the review)', () => {
    expect(ranges('Three years and three months, from September 2023 to the present.')).toHaveLength(1);
    expect(ranges('From 2019 to the present')).toHaveLength(1);
    expect(
      ranges('Regional Driver, Midwest Fresh Logistics, Channahon, Illinois — six years, from 2020 to the present.'),
    ).toHaveLength(1);
    expect(ranges('Digitized photographs from 1990 to the present for the online archive.')).toEqual([]);
    expect(ranges('Built a dataset of county overdoses from 2005 to the present.')).toEqual([]);
    for (const header of [
      'Acme Corp | 2019 to the present',
      'Senior Analyst, Acme Corp, Dallas, TX, 2019 to the present',
      'Acme Corp — June 2019 to the present',
      'June 2019 to the present: Senior Analyst, Acme Corp',
      'Senior Analyst (June 2019 to the present)',
    ])
      expect(ranges(header), header).toHaveLength(1);
  });

  it('reads a range broken over two lines, as PDF columns extract', () => {
    expect(ranges('2017 –\nPresent\nProduct Manager')).toEqual([
      { start: '2017-1', end: 'present', text: '2017 –\nPresent' },
    ]);
  });

  it('reads a range glued to a heading', () => {
    expect(ranges('Experience2019 – Now')).toEqual([{ start: '2019-1', end: 'present', text: '2019 – Now' }]);
  });

  it('reads a range whose dash was lost: two dates with their months, or two years run together', () => {
    expect(ranges('4/2016  5/2022, LLC Confident')).toEqual([
      { start: '2016-4', end: '2022-5', text: '4/2016  5/2022' },
    ]);
    expect(ranges('Oct 2019 Jun 2020 BSX')).toEqual([{ start: '2019-10', end: '2020-6', text: 'Oct 2019 Jun 2020' }]);
    expect(ranges('20182020 Yandex, backend')).toEqual([{ start: '2018-1', end: '2020-1', text: '20182020' }]);
    // bare years with a space between are a list, not a range; nor is a date of eight digits
    // "Present" after a date and a space is too often another word's ("Present Residence")
    expect(ranges('Awards 2016 2018. Filed 20210315. Lost 20202018. Born May, 1992 Present Residence')).toEqual([]);
  });

  it('ignores single dates, placeholders, reversed ranges and numbers', () => {
    expect(ranges('Graduated May 2016. 20XX – Present. 2020 - 2018. Call 555-1234-5678. ID 12019-2020')).toEqual([]);
    // a month with a year of two digits is read only as a range's end: alone it may be a day
    expect(ranges('Shipped 3/4 of orders on 06/18, and 1/25 of them late')).toEqual([]);
    // a score or a shift's days are no range, nor is a date still to be set
    expect(ranges('Raised CSAT 7/10 to 9/10. Schedule: 3/12 - 4/12 rotating. Sep 2019 – Date TBD')).toEqual([]);
  });

  it('parses single points', () => {
    expect(parsePoint('Dec 2019')).toEqual({ year: 2019, month: 12, precision: 'month' });
    expect(parsePoint('2019')).toEqual({ year: 2019, month: 1, precision: 'year' });
    expect(parsePoint('13/2019')).toBeNull();
  });
});

describe('experience arithmetic', () => {
  const interval = (text: string) => rangeInterval(findDateRanges(text)[0]!, NOW);

  it('counts month-precise ranges inclusively and bare years as whole years', () => {
    const [s1, e1] = interval('Jan 2018 - Dec 2018')!;
    expect(e1 - s1).toBe(12);
    const [s2, e2] = interval('2015 - 2019')!;
    expect(e2 - s2).toBe(48);
    const [s3, e3] = interval('2019 - 2019')!;
    expect(e3 - s3).toBe(12);
  });

  it('takes Present as the given now, inclusive of the current month', () => {
    const [s, e] = interval('Jan 2025 - Present')!;
    expect(e - s).toBe(6);
    expect(yearsCovered(findDateRanges('Jun 2015 - Present'), NOW)).toBe(10.1);
  });

  it('takes the months a range to the present says it has lasted as its length: "present" was when it was written', () => {
    // a profile export's "(3 years 5 months)", "· 2 yrs 3 mos", a plain "(7 months)"
    expect(yearsCovered(findDateRanges('October 2021 - Present (8 months)'), NOW)).toBe(0.7);
    expect(yearsCovered(findDateRanges('March 2020 - Present (3 years 5 months)'), NOW)).toBe(3.4);
    expect(yearsCovered(findDateRanges('Mar 2020 - Present · 2 yrs 3 mos'), NOW)).toBe(2.3);
    expect(yearsCovered(findDateRanges('Jan 2024 – Present | 1 yr\nBarista'), NOW)).toBe(1);
    // (never past now, and a range with an end keeps its own)
    expect(yearsCovered(findDateRanges('Jan 2025 - Present (4 years)'), NOW)).toBe(0.5);
    expect(yearsCovered(findDateRanges('Jan 2018 - Dec 2019 (8 months)'), NOW)).toBe(2);
    // (nor is a figure of something else beside it a length: "(12 stores)", "(3 years old program)")
    expect(yearsCovered(findDateRanges('Jan 2024 - Present (12 stores)'), NOW)).toBe(1.5);
    expect(yearsCovered(findDateRanges('Jan 2024 - Present (3 years old program)'), NOW)).toBe(1.5);
    // (nor months a year: "(4 months, seasonal)", "…, 12 months")
    expect(yearsCovered(findDateRanges('May 2015 – Present (4 months, seasonal)'), NOW)).toBe(10.2);
    expect(yearsCovered(findDateRanges('Jan 2018 – Present, 12 months'), NOW)).toBe(7.5);
  });

  it('ignores ranges starting in the future and caps ends at now', () => {
    expect(interval('Sep 2026 - Present')).toBeNull();
    const [s, e] = interval('Jan 2025 - Dec 2027')!;
    expect(e - s).toBe(6);
  });

  it('merges overlapping and adjacent ranges', () => {
    expect(
      unionMonths([
        [0, 12],
        [6, 18],
        [18, 24],
        [30, 36],
      ]),
    ).toBe(30);
    expect(
      unionMonths([
        [10, 20],
        [0, 5],
        [12, 15],
      ]),
    ).toBe(15);
    expect(unionMonths([])).toBe(0);
  });

  it('computes total years as the union of ranges, rounded to one decimal', () => {
    const text = [
      'Senior Engineer, Acme — Jan 2018 - Present', // 90 months to June 2025
      'Consultant (part-time), Beta — Jun 2019 - Dec 2020', // inside the first: adds nothing
      'Engineer, Gamma — Mar 2015 - Jun 2018', // overlaps Jan-Jun 2018: adds Mar 2015-Dec 2017 = 34
    ].join('\n');
    expect(yearsCovered(findDateRanges(text), NOW)).toBe(10.3);
  });

  it('returns null with no ranges', () => {
    expect(yearsCovered([], NOW)).toBeNull();
  });

  it('does not depend on the clock', () => {
    const text = 'Jan 2018 - Present';
    const a = yearsCovered(findDateRanges(text), NOW);
    const b = yearsCovered(findDateRanges(text), new Date(NOW.getTime()));
    expect(a).toBe(b);
    expect(yearsCovered(findDateRanges(text), new Date(Date.UTC(2030, 0, 1)))).toBe(12.1);
  });

  it('reads a quarter as its first month: "Q1 2019 – Q1 2022"', () => {
    expect(ranges('Q1 2019 – Q1 2022').map((r) => [r.start, r.end])).toEqual([['2019-1', '2022-1']]);
    expect(ranges('Q3 2022 - Present').map((r) => [r.start, r.end])).toEqual([['2022-7', 'present']]);
    expect(parsePoint('Q4 2020')).toEqual({ year: 2020, month: 10, precision: 'month' });
    expect(ranges("Q3 '21 - Q1 '23").map((r) => [r.start, r.end])).toEqual([['2021-7', '2023-1']]);
    // (quarters without a dash between them are figures of a year, no range: "Q1 2023 Q2 2023: 110% 120%")
    expect(ranges('- Quota attainment Q1 2023 Q2 2023 Q3 2023: 110% 120% 95%')).toEqual([]);
  });
});

describe('date ranges of an application form (set 46)', () => {
  it('reads a start date and an end date, each in its field on consecutive lines, as one range', () => {
    const text = 'Employer: Midwest Hearth Bakeries\nStart Date: 05/2020\nEnd Date: Present\nDuties: Supervise 24.';
    const [r] = findDateRanges(text);
    expect(r).toMatchObject({ start: { year: 2020, month: 5 }, end: null });
    expect(text.slice(r!.index, r!.index + r!.length)).toBe('05/2020\nEnd Date: Present');
    expect(findDateRanges('Start Date: 08/2016\nEnd Date: 04/2020')[0]).toMatchObject({
      end: { year: 2020, month: 4 },
    });
    // (not an end before its start, nor two fields apart)
    expect(findDateRanges('Start Date: 08/2016\nEnd Date: 04/2012')).toEqual([]);
    expect(findDateRanges('Start Date: 08/2016\nSalary: $20\nEnd Date: 04/2020')).toEqual([]);
  });
});

describe('findSinceRanges: a role held as, by a verb of the perfect (review of set 43)', () => {
  it("reads a job's verb, not a volunteer's or a learner's", () => {
    expect(
      findSinceRanges("I've run my own crew as foreman since 2022 with Plainsview Telecom Contractors.").map(
        (r) => r.start.year,
      ),
    ).toEqual([2022]);
    for (const s of [
      "I've volunteered as a coach since 2019 with Little League.",
      'I have studied as a part-time learner since 2021 with Coursera.',
      "I've attended as a guest speaker since 2019 at the Ohio Nurses Conference.",
    ])
      expect(findSinceRanges(s), s).toEqual([]);
  });
});
