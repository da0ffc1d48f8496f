/**
 * The runs of a Word document with whether a reader can see them. mammoth reads the text but
 * drops formatting, so the main part and the styles are read here for one question only: is the
 * run hidden (`w:vanish`), tiny (under {@link MIN_HALF_POINTS}), or coloured like what lies under
 * it (white on a white page, unless the run, paragraph or table cell is shaded dark)?
 *
 * Run properties are resolved as Word does for these four: document defaults, then the paragraph
 * style, then the character style (each through its `basedOn` chain), then the run's own.
 * Elements are matched by the prefixes Word writes (`w:`, `mc:`), as in every file Word produces.
 */
import { isLegible, parseHexColour, WHITE, type Rgb } from './colour.js';
import { element, elements, parseXml, textOf, type XmlElement } from './xml-tree.js';

/** One `w:r` with text, in document order. */
export interface WordRun {
  text: string;
  hidden: boolean;
  /** Index of the paragraph the run belongs to (runs of one paragraph share it). */
  paragraph: number;
}

/** Runs under 4 pt (8 half-points) are not meant to be read. */
export const MIN_HALF_POINTS = 8;

/** Word's highlight colour names (`w:highlight`), as RGB. */
const HIGHLIGHTS = new Map<string, string>([
  ['black', '000000'],
  ['blue', '0000FF'],
  ['cyan', '00FFFF'],
  ['green', '00FF00'],
  ['magenta', 'FF00FF'],
  ['red', 'FF0000'],
  ['yellow', 'FFFF00'],
  ['white', 'FFFFFF'],
  ['darkBlue', '000080'],
  ['darkCyan', '008080'],
  ['darkGreen', '008000'],
  ['darkMagenta', '800080'],
  ['darkRed', '800000'],
  ['darkYellow', '808000'],
  ['darkGray', '808080'],
  ['lightGray', 'C0C0C0'],
]);

/** What decides a run's visibility; undefined means "not set at this level". */
interface RunLook {
  vanish?: boolean;
  /** Text colour; null for `auto` (black, or white on dark shading: always legible). */
  colour?: Rgb | null;
  halfPoints?: number;
  /** The run's own shading or highlight. */
  background?: Rgb;
}

interface Style {
  basedOn?: string;
  run: RunLook;
  paragraphFill?: Rgb;
}

interface Styles {
  byId: Map<string, Style>;
  defaults: RunLook;
  defaultParagraphStyle?: string;
}

interface Context {
  styles: Styles;
  /** Shading of the enclosing table cell, paragraph, or page, innermost first. */
  background: Rgb;
  paragraphLook: RunLook;
  runs: WordRun[];
  paragraphs: { count: number };
}

/**
 * Lists the runs of a document's main part with their visibility.
 *
 * @param documentXml `word/document.xml` (or the part `_rels/.rels` names)
 * @param stylesXml `word/styles.xml`, if the document has one
 * @throws Error when either part is not well-formed XML
 */
export function wordRuns(documentXml: string, stylesXml: string | null): WordRun[] {
  const document = parseXml(documentXml);
  const styles = stylesXml ? readStyles(parseXml(stylesXml)) : { byId: new Map(), defaults: {} };
  const page = colourAttribute(element(document, 'w:background'), 'w:color') ?? WHITE;
  const context: Context = { styles, background: page, paragraphLook: {}, runs: [], paragraphs: { count: 0 } };
  walk(element(document, 'w:body') ?? document, context);
  return context.runs;
}

function walk(parent: XmlElement, context: Context): void {
  for (const child of elements(parent)) {
    switch (child.name) {
      case 'w:p':
        paragraph(child, context);
        break;
      case 'w:tc': {
        const fill = colourAttribute(element(element(child, 'w:tcPr'), 'w:shd'), 'w:fill');
        walk(child, fill ? { ...context, background: fill } : context);
        break;
      }
      case 'w:r':
        run(child, context);
        break;
      // Deleted text is not shown; properties hold no text.
      case 'w:del':
      case 'w:moveFrom':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:tcPr':
      case 'w:sectPr':
        break;
      case 'mc:AlternateContent': {
        // Word writes text boxes twice; mammoth, like older readers, reads the fallback.
        const fallback = element(child, 'mc:Fallback');
        if (fallback) walk(fallback, context);
        break;
      }
      default:
        walk(child, context);
    }
  }
}

function paragraph(p: XmlElement, context: Context): void {
  const properties = element(p, 'w:pPr');
  const styleId = element(properties, 'w:pStyle')?.attributes.get('w:val') ?? context.styles.defaultParagraphStyle;
  const style = styleId ? resolveStyle(context.styles, styleId) : { run: {} };
  const fill = colourAttribute(element(properties, 'w:shd'), 'w:fill') ?? style.paragraphFill;
  context.paragraphs.count++;
  walk(p, {
    ...context,
    background: fill ?? context.background,
    paragraphLook: merge(context.styles.defaults, style.run),
  });
}

function run(r: XmlElement, context: Context): void {
  const properties = element(r, 'w:rPr');
  const characterStyle = element(properties, 'w:rStyle')?.attributes.get('w:val');
  const look = merge(
    merge(context.paragraphLook, characterStyle ? resolveStyle(context.styles, characterStyle).run : {}),
    readRunLook(properties),
  );
  let text = '';
  for (const child of elements(r)) {
    if (child.name === 'w:t') text += textOf(child);
    else if (child.name === 'w:noBreakHyphen') text += '\u2011';
    else if (child.name === 'w:softHyphen') text += '\u00AD';
  }
  if (text)
    context.runs.push({ text, hidden: isHidden(look, context.background), paragraph: context.paragraphs.count });
  // Text boxes and other nested content sit inside runs.
  walk(r, context);
}

function isHidden(look: RunLook, background: Rgb): boolean {
  if (look.vanish) return true;
  if (look.halfPoints !== undefined && look.halfPoints < MIN_HALF_POINTS) return true;
  return !!look.colour && !isLegible(look.colour, look.background ?? background);
}

function readStyles(root: XmlElement): Styles {
  const styles: Styles = {
    byId: new Map(),
    defaults: readRunLook(element(element(element(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr')),
  };
  for (const style of elements(root, 'w:style')) {
    const id = style.attributes.get('w:styleId');
    if (!id) continue;
    const isDefault = ['1', 'true', 'on'].includes(style.attributes.get('w:default') ?? '');
    if (isDefault && style.attributes.get('w:type') === 'paragraph') styles.defaultParagraphStyle = id;
    styles.byId.set(id, {
      basedOn: element(style, 'w:basedOn')?.attributes.get('w:val'),
      run: readRunLook(element(style, 'w:rPr')),
      paragraphFill: colourAttribute(element(element(style, 'w:pPr'), 'w:shd'), 'w:fill'),
    });
  }
  return styles;
}

/** A style with its `basedOn` chain applied (cycles and missing bases are ignored). */
function resolveStyle(styles: Styles, id: string, seen = new Set<string>()): Omit<Style, 'basedOn'> {
  const style = styles.byId.get(id);
  if (!style || seen.has(id)) return { run: {} };
  seen.add(id);
  const base = style.basedOn ? resolveStyle(styles, style.basedOn, seen) : { run: {} };
  return { run: merge(base.run, style.run), paragraphFill: style.paragraphFill ?? base.paragraphFill };
}

function readRunLook(properties: XmlElement | undefined): RunLook {
  if (!properties) return {};
  const look: RunLook = {};
  const vanish = element(properties, 'w:vanish');
  if (vanish) look.vanish = !['0', 'false', 'off'].includes(vanish.attributes.get('w:val') ?? 'true');
  const colour = element(properties, 'w:color')?.attributes.get('w:val');
  if (colour !== undefined) look.colour = colour === 'auto' ? null : parseHexColour(colour);
  const size = Number.parseInt(element(properties, 'w:sz')?.attributes.get('w:val') ?? '', 10);
  if (Number.isFinite(size)) look.halfPoints = size;
  const highlight = HIGHLIGHTS.get(element(properties, 'w:highlight')?.attributes.get('w:val') ?? '');
  const background =
    colourAttribute(element(properties, 'w:shd'), 'w:fill') ?? (highlight ? parseHexColour(highlight) : null);
  if (background) look.background = background;
  return look;
}

/** A colour attribute such as `w:fill="1F3864"`; undefined when absent, `auto` or unreadable. */
function colourAttribute(node: XmlElement | undefined, name: string): Rgb | undefined {
  const value = node?.attributes.get(name);
  return (value && value !== 'auto' && parseHexColour(value)) || undefined;
}

function merge(base: RunLook, over: RunLook): RunLook {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over) as [keyof RunLook, RunLook[keyof RunLook]][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
