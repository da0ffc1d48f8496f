/**
 * One text shape for every source format, so that analysis, hashing and display see the same
 * characters whether a resume came from Word, a PDF exporter or a text editor.
 */

/** Spaces that render as a gap but defeat `' '` and `\s`-less regexes: NBSP, thin, ideographic... */
const SPACES = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * Invisible characters that carry no text. ZWNJ and ZWJ are kept: Persian, Indic scripts and
 * emoji need them.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
/**
 * Control characters (tabs are spaces by then; LF is kept). PostgreSQL refuses NUL in text columns, and pdf.js emits stray
 * controls for glyphs with broken ToUnicode maps.
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** A UTF-16 half without its other half: not valid text, replaced so encoders never choke. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A line so long, with runs of blanks inside it, that it holds many lines run together. */
const RUN_ON = /^(?=[^\n]*\S {2,}\S)[^\n]{200,}$/gm;
/**
 * Where such a line parts: a run of blanks after a word (not the two spaces some type after a
 * sentence, "…in 2018.  From 2019…"), or one on either side of a heading in capitals ("…no
 * problem.  WORK  Meat Cutter").
 */
const RUN_ON_BREAK = /(?<=[^\s.!?]) {2,}(?=\S)|(?<=\S) {2,}(?=[A-Z][A-Z&/]{2,}(?: [A-Z&/]+){0,2} {2,}\S)/g;

/** Lines of three cells or more parted by tabs, one after another: a table typed with tabs. */
const TABLE = /^[^\t\n]+(?:\t+[^\t\n]+){2,}$(?:\n[^\t\n]+(?:\t+[^\t\n]+){2,}$)*/gm;
/** A table's columns of when a row starts and ends, side by side: "From", "To"; "Start Date", "End Date". */
const START_COLUMN = /^(?:from|start(?:\s+date)?|began|since)$/i;
const END_COLUMN = /^(?:to|end(?:\s+date)?|until|ended)$/i;
/** What parts a table's cells once its tabs are spaces. */
const CELL_SEPARATOR = ' | ';

/**
 * A table typed with tabs, each row's cells kept apart (tabs would become spaces and run them into
 * one another: "2024-08 Present Placer Valley Imaging Mammography Technologist"); where its first
 * row names columns of when a row starts and ends side by side, their cells read as one range
 * ("2024-08 – Present | Placer Valley Imaging | Mammography Technologist"), in the rows of as many
 * cells as it has columns: a row short of a cell ("Acme\t2020\t\tWelder", its end left blank) cannot
 * tell which column it lacks, and its cells stay apart ("Acme | 2020 | Welder", not "2020 – Welder").
 */
function tableRows(table: string): string {
  const rows = table.split('\n').map((row) => row.split(/\t+/).map((cell) => cell.trim()));
  // (cells of blanks are a layout's spacing, not a table's cells)
  if (rows.some((cells) => cells.some((cell) => !cell))) return table;
  const header = rows[0]!;
  const range = header.findIndex((cell, i) => START_COLUMN.test(cell) && END_COLUMN.test(header[i + 1] ?? ''));
  return rows
    .map((cells, r) =>
      cells
        .map((cell, i) =>
          i === 0
            ? cell
            : (r > 0 && i === range + 1 && range >= 0 && cells.length === header.length ? ' – ' : CELL_SEPARATOR) +
              cell,
        )
        .join(''),
    )
    .join('\n');
}

/**
 * Normalises extracted text: NFC; LF line ends; a table typed with tabs with its cells kept apart
 * (see {@link tableRows}); NBSP, other tabs and other spaces as plain spaces;
 * soft hyphens removed (a soft hyphen ending a line joins the word back); a line of 200 characters
 * or more parted at its runs of spaces (see {@link RUN_ON}), runs of spaces inside a line collapsed (leading indentation is kept for Markdown lists and code); no trailing spaces;
 * at most two blank lines in a row; no leading or trailing blank lines.
 */
export function normaliseText(raw: string): string {
  return (
    raw
      .replace(LONE_SURROGATE, '\uFFFD')
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      // Word exports a hyphen as "-", soft hyphen, U+2010 ("555-\u00AD\u20105555"): one hyphen.
      .replace(/-\u00AD+[\u2010\u2011]/g, '-')
      .replace(/\u00AD[^\S\n]*\n[^\S\n]*/g, '')
      .replace(/\u00AD/g, '')
      .replace(TABLE, tableRows)
      .replace(SPACES, ' ')
      .replace(INVISIBLE, '')
      .replace(CONTROLS, '')
      // a line run on from many, where a phone or a form turned the line breaks into runs of
      // blanks ("…no problem.  WORK  Meat Cutter, …  Stock Clerk, …"), is parted at each run
      .replace(RUN_ON, (line) => line.replace(RUN_ON_BREAK, '\n'))
      .replace(/(?<=\S) {2,}/g, ' ')
      .replace(/ +$/gm, '')
      .replace(/\n{4,}/g, '\n\n\n')
      .trim()
  );
}

/** Characters that are not whitespace: what decides whether a document "has text". */
export function countVisibleChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/**
 * Unicode tag characters (U+E0000-U+E007F) mirror ASCII but render as nothing: "ASCII
 * smuggling" hides instructions in them that a language model still reads. The only visible use
 * is a subdivision flag emoji (black flag U+1F3F4 followed by tags), which is kept.
 */
const TAG_RUN = /(\u{1F3F4})?([\u{E0000}-\u{E007F}]+)/gu;

/** Removes tag characters from text and returns what they spell, as ASCII, apart. */
export function splitTagCharacters(text: string): { visible: string; hidden: string } {
  const hidden: string[] = [];
  const visible = text.replace(TAG_RUN, (run, flag: string | undefined, tags: string) => {
    if (flag) return run;
    hidden.push(Array.from(tags, (tag) => String.fromCodePoint(tag.codePointAt(0)! - 0xe0000)).join(''));
    return '';
  });
  return { visible, hidden: hidden.join('\n') };
}
