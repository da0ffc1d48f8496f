/**
 * A small, non-validating XML reader for the parts of a Word document: elements, attributes and
 * text, nothing else. Only the five predefined and numeric character references are decoded;
 * a DOCTYPE's entity declarations are ignored, so no entity can expand (no "billion laughs").
 */

export interface XmlElement {
  /** Qualified name as written, e.g. `w:p`. */
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * Parses an XML document into a tree and returns its root element.
 *
 * @throws Error when the markup is not well nested or there is no root element
 */
export function parseXml(xml: string): XmlElement {
  const document: XmlElement = { name: '#document', attributes: new Map(), children: [] };
  const open: XmlElement[] = [document];
  let consumed = 0;
  for (const match of xml.matchAll(TOKEN)) {
    if (match.index !== consumed) throw new Error(`malformed XML at offset ${consumed}`);
    consumed = match.index + match[0].length;
    const [, cdata, closing, name, attributes, selfClosing, text] = match;
    const parent = open[open.length - 1]!;
    if (cdata !== undefined) parent.children.push(cdata);
    else if (text !== undefined) parent.children.push(decode(text));
    else if (name === undefined)
      continue; // comment, processing instruction, DOCTYPE
    else if (closing) {
      if (parent.name !== name || open.length === 1) throw new Error(`unexpected </${name}>`);
      open.pop();
    } else {
      const element: XmlElement = { name, attributes: readAttributes(attributes ?? ''), children: [] };
      parent.children.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  if (consumed !== xml.length) throw new Error(`malformed XML at offset ${consumed}`);
  if (open.length !== 1) throw new Error(`<${open[open.length - 1]!.name}> is not closed`);
  const root = document.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}

/** Child elements, optionally only those with the given qualified name. */
export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name),
  );
}

/** The first child element with the given qualified name. */
export function element(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent && elements(parent, name)[0];
}

/** All text inside an element, in document order. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single] of source.matchAll(ATTRIBUTE)) {
    attributes.set(name!, decode(double ?? single ?? ''));
  }
  return attributes;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, body: string) => {
    if (body[0] !== '#') return NAMED.get(body) ?? reference;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}
