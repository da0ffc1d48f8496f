/** Plain-text tables for people: readable in a terminal, in a CI log and in a pasted message. */

/** One line of at most `width` characters (an ellipsis marks a cut). */
export function clip(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

/** Columns padded to their widest cell, a rule under the header; `numeric` columns right-aligned. */
export function table(header: string[], cells: string[][], numeric: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
