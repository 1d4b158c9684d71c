// A small XML reader for the parts of OOXML we need (word/document.xml, word/styles.xml): elements,
// attributes and text, no DTDs. The zip was checked by guardZip before we get here.
export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/gu, (all, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}

function attrsOf(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/gu)) out[m[1] ?? ''] = decodeEntities(m[3] ?? m[4] ?? '');
  return out;
}

/**
 * An element whose attributes are read when first asked for: a document's runs carry revision ids
 * and the like on nearly every element, and the readers look at the attributes of a few kinds only.
 */
class Element implements XmlNode {
  children: XmlNode[] = [];
  text = '';
  private parsed: Record<string, string> | null = null;
  constructor(
    readonly name: string,
    private readonly raw: string,
  ) {}
  get attrs(): Record<string, string> {
    return (this.parsed ??= attrsOf(this.raw));
  }
}

/** Parses well-formed XML into a tree; text is kept on the element that holds it. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:\s+[^>]*?)?)(\/?)>|([^<]+)/gu;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1] as XmlNode;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += decodeEntities(m[6]);
    else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const node = new Element(m[3], m[4] ?? '');
      top.children.push(node);
      if (m[5] !== '/') stack.push(node);
    }
  }
  return root;
}

export function child(n: XmlNode, name: string): XmlNode | undefined {
  return n.children.find((c) => c.name === name);
}

/** Every descendant named `name`, not looking inside a match. */
export function descendants(n: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of n.children) {
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}
