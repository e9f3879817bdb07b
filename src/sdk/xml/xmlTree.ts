/**
 * A small namespace-aware element tree over fast-xml-parser's output.
 *
 * fast-xml-parser keeps prefixes as they are written (ns2:label, tns:label, label); SDK
 * messages come with any prefix or a default namespace, so elements are resolved to
 * (namespace URI, local name) here and the mapping code never looks at a prefix.
 *
 * Refused on purpose: DOCTYPE declarations (entity expansion has no place in a message) and
 * entity references other than XML's predefined ones and character references.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlEntities } from './xmlText';

export interface XmlElement {
  /** Namespace URI; '' for no namespace. */
  ns: string;
  local: string;
  /** Attributes by qualified name as written (namespace declarations excluded). */
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text (character data and CDATA directly inside it), decoded. */
  text: string;
}

export type XmlTreeResult = { root: XmlElement } | { error: string };

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const ATTR = '@_';

// preserveOrder keeps siblings in document order; entity handling is ours (decodeXmlEntities),
// so nothing HTML-ish (&nbsp;) is accepted and DTD entities are never expanded.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
});

type RawNode = Record<string, unknown>;

class TreeError extends Error {}

function decode(text: string): string {
  const result = decodeXmlEntities(text);
  if ('error' in result) throw new TreeError(result.error);
  return result.value;
}

function splitName(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

function toElement(qname: string, node: RawNode, scope: ReadonlyMap<string, string>): XmlElement {
  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  const own = new Map(scope);
  const attributes: Record<string, string> = {};
  for (const [key, raw] of Object.entries(rawAttributes)) {
    const name = key.startsWith(ATTR) ? key.slice(ATTR.length) : key;
    const value = decode(String(raw));
    if (name === 'xmlns') own.set('', value);
    else if (name.startsWith('xmlns:')) own.set(name.slice('xmlns:'.length), value);
    else attributes[name] = value;
  }
  const [prefix, local] = splitName(qname);
  const ns = own.get(prefix);
  if (ns === undefined) throw new TreeError(`namespace prefix "${prefix}" of <${qname}> is not declared`);

  const children: XmlElement[] = [];
  let text = '';
  const content = node[qname];
  for (const child of Array.isArray(content) ? (content as RawNode[]) : []) {
    const key = Object.keys(child).find((k) => k !== ':@');
    if (key === undefined || key === '#comment') continue;
    if (key === '#text') text += decode(String(child[key]));
    else if (key === '#cdata') text += cdataText(child[key]);
    else children.push(toElement(key, child, own));
  }
  return { ns, local, attributes, children, text };
}

function cdataText(value: unknown): string {
  if (!Array.isArray(value)) return String(value ?? '');
  return value.map((part: RawNode) => String(part['#text'] ?? '')).join('');
}

/** Parses a whole document. Line ends are normalised to LF first, as XML requires (§2.11). */
export function parseXmlTree(xml: string): XmlTreeResult {
  const source = xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/<!DOCTYPE/i.test(source)) return { error: 'the document has a DOCTYPE declaration, which SDK messages must not have' };
  const wellFormed = XMLValidator.validate(source);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return { error: `not well-formed XML (line ${line}, column ${col}): ${msg}` };
  }
  try {
    const nodes = parser.parse(source) as RawNode[];
    const roots = nodes.filter((n) => {
      const key = Object.keys(n).find((k) => k !== ':@');
      return key !== undefined && key !== '#comment' && key !== '#text';
    });
    const first = roots[0];
    if (roots.length !== 1 || first === undefined) return { error: 'an XML document must have exactly one root element' };
    const name = Object.keys(first).find((k) => k !== ':@') ?? '';
    const scope = new Map<string, string>([['', ''], ['xml', 'http://www.w3.org/XML/1998/namespace'], ['xmlns', XMLNS]]);
    return { root: toElement(name, first, scope) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Children of `element` in namespace `ns` named `local`, in document order. */
export function childrenNamed(element: XmlElement, ns: string, local: string): XmlElement[] {
  return element.children.filter((c) => c.ns === ns && c.local === local);
}

/** XPath's string value: all descendant text in document order. */
export function stringValue(element: XmlElement): string {
  // Own text is collected before children, which changes order only for mixed content; the
  // callers (blank checks, lengths of leaf elements) do not care about that order.
  return element.text + element.children.map(stringValue).join('');
}

/** Depth-first search for the first element matching `predicate`. */
export function findElement(element: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement | undefined {
  if (predicate(element)) return element;
  for (const child of element.children) {
    const found = findElement(child, predicate);
    if (found) return found;
  }
  return undefined;
}
