/**
 * Texts built to find quadratic paths in the local analyzer's regular expressions: a megabyte
 * each, one pattern repeated. Shared by its test (which checks the analysis ends, quoting only
 * what is there) and `npm run bench` (section guards, which times it).
 */

/** The hostile texts, each about `size` characters. */
export function hostileTexts(size = 1_000_000): string[] {
  return [
    'a'.repeat(size),
    'a-'.repeat(size / 2),
    '1'.repeat(size),
    'Bachelor ' + 'Aa '.repeat(size / 3),
    '\n'.repeat(size),
    'Jan 2019 - '.repeat(size / 11),
    'Python, R, Go, C, '.repeat(size / 18),
    'Mentored junior developers, a@b.co https://x.io/y\n'.repeat(size / 50),
    // work held since a date in prose, and one long line of clauses some of which hold nothing yet
    'Since 2019 she has worked as a nurse. '.repeat(size / 38),
    'holds a B.S. in Nursing, and is working toward the CPA; '.repeat(size / 56),
  ];
}
