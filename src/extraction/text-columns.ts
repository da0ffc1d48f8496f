/**
 * Two-column text, as a layout-keeping PDF-to-text converter or a copy from a two-column resume
 * template writes it: each line holds a line of the main column and, after a wide gap, a line of
 * the sidebar ("November 2023 – Present              NABCEP PV Associate (2024)"). Read line by
 * line, a job's dates would sit beside a certificate and the sidebar's headings would cut the
 * jobs in two. PDFs are put in reading order from their glyphs' places (`pdf-layout.ts`); plain
 * text has only its spaces, and this reads the columns from them.
 */

/** The fewest spaces that part two columns on one line. */
const GAP = 3;
/** A sidebar starts this far from the left edge at least. */
const MIN_COLUMN = 20;
/** Lines that must start a segment at the column (give or take one) for it to be one. */
const MIN_LINES = 6;
/** …and of them, lines whose main column is empty there: a sidebar goes on where the main text does not. */
const MIN_INDENTED = 2;
/** Share of the text's non-empty lines that must hold the sidebar. */
const MIN_SHARE = 0.2;

/** A segment that is only a span of dates ("Jan 2020 – Present", "06/2019 - 08/2021"). */
const DATES_ONLY =
  /^(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}\/)?\d{4}\s*(?:[-–—]|to)\s*(?:(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}\/)?\d{4}|present|current|now|today)$/i;

/** Words of the headings a sidebar holds ("Contact Information", "Certifications & Licensure", "Top Skills"). */
const HEADING_WORDS = new Set(
  (
    'contact information details personal links skills skill top core key technical tools software systems ' +
    'technologies expertise competencies strengths highlights education training certifications certification ' +
    'certificates licenses licences license licence licensure credentials languages interests hobbies references ' +
    'awards honors affiliations memberships volunteer volunteering profile summary about me'
  ).split(' '),
);

/** A heading a sidebar holds: a few words in capitals, or words of the usual sections' names. */
function isSidebarHeading(seg: string): boolean {
  if (/^[A-Z][A-Z&/ ]{2,28}[A-Z]:?$/.test(seg)) return true;
  const words = seg
    .replace(/:$/, '')
    .split(/\s+(?:&|and|\/)\s+|\s+|\//)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.every((w) => HEADING_WORDS.has(w.toLowerCase()));
}

/** Where each line's segments after a gap (or after indentation) start. */
function segmentStarts(line: string): { at: number; indented: boolean }[] {
  const out: { at: number; indented: boolean }[] = [];
  for (const m of line.matchAll(new RegExp(String.raw`( {${GAP},})(?=\S)`, 'g'))) {
    const at = m.index + m[1]!.length;
    if (at >= MIN_COLUMN) out.push({ at, indented: m.index === 0 });
  }
  return out;
}

/** Tabs as spaces to the next multiple of eight, as a terminal shows them. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/**
 * The column at which a sidebar starts, or null when the text is not in two columns: the start
 * most lines share (give or take one character), held by enough lines, some of them with nothing
 * before it. Right-aligned dates beside titles start wherever their length puts them and never
 * stand on an otherwise empty line, so they make no column.
 */
export function sidebarColumn(lines: readonly string[]): number | null {
  const count = new Map<number, { lines: number; indented: number }>();
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.trim()) nonEmpty++;
    for (const { at, indented } of segmentStarts(line)) {
      const c = count.get(at) ?? { lines: 0, indented: 0 };
      c.lines++;
      if (indented) c.indented++;
      count.set(at, c);
    }
  }
  let best: { at: number; lines: number; indented: number } | null = null;
  for (const at of count.keys()) {
    let lines = 0;
    let indented = 0;
    for (const d of [-1, 0, 1]) {
      lines += count.get(at + d)?.lines ?? 0;
      indented += count.get(at + d)?.indented ?? 0;
    }
    if (!best || lines > best.lines || (lines === best.lines && at < best.at)) best = { at, lines, indented };
  }
  if (!best || best.lines < MIN_LINES || best.indented < MIN_INDENTED || best.lines < nonEmpty * MIN_SHARE) return null;
  // right-aligned dates of one length line up too, some on lines of their own: dates are no sidebar
  const segments = lines.flatMap((line) =>
    segmentStarts(line)
      .filter(({ at }) => Math.abs(at - best.at) <= 1)
      .map(({ at }) => line.slice(at).trim()),
  );
  if (segments.filter((seg) => DATES_ONLY.test(seg)).length * 2 >= segments.length) return null;
  // …and a sidebar heads what it holds ("CONTACT", "Skills"), where a column of places and dates
  // beside employers and titles heads nothing
  if (!segments.some(isSidebarHeading)) return null;
  return best.at - 1;
}

/**
 * The text with its two columns one after the other: the main column's lines, a blank line, then
 * the sidebar's. Text in one column comes back as it was.
 */
export function splitTextColumns(text: string): string {
  const lines = text.split('\n').map(expandTabs);
  const column = sidebarColumn(lines);
  if (column === null) return text;
  const main: string[] = [];
  const side: string[] = [];
  for (const line of lines) {
    // the sidebar's segment starts within a character of the column, after a gap; a line whose
    // main text runs on past the column is the main column's alone
    const seg = segmentStarts(line).find(({ at }) => Math.abs(at - 1 - column) <= 1);
    if (!seg) {
      main.push(line.trimEnd());
      side.push('');
      continue;
    }
    main.push(line.slice(0, seg.at).trimEnd());
    side.push(line.slice(seg.at).trim());
  }
  const join = (part: string[]) =>
    part
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return `${join(main)}\n\n${join(side)}\n`;
}
