import { DomUtils, parseDocument } from 'htmlparser2';

/** A parsed page (htmlparser2's DOM). */
export type Document = ReturnType<typeof parseDocument>;
/** An element of a parsed page. */
export type Element = ReturnType<typeof DomUtils.findAll>[number];

/** A reference from a page to another resource: `<a href>`, `<img src>`, `<link href>` … */
export interface Reference {
  /** Element name, lower case: `a`, `img`, `link`. */
  tag: string;
  /** Attribute the URL came from: `href`, `src`, `srcset`, `action`. */
  attr: string;
  /** The URL as written in the page. */
  url: string;
}

/** Attributes that hold one URL, per element (`*` = any element). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Parses an HTML page with a real (forgiving, WHATWG-like) parser. */
export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseAttributeNames: true, lowerCaseTags: true });
}

/** Every element of a parsed page, in document order. */
export function elements(doc: Document): Element[] {
  return DomUtils.findAll(() => true, doc.children);
}

/** URLs of a `srcset` attribute (`a.png 1x, b.png 2x` → `['a.png', 'b.png']`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every URL a page points at (links, images, scripts, styles, forms), in document order. */
export function extractReferences(doc: Document): Reference[] {
  const out: Reference[] = [];
  for (const el of elements(doc)) {
    const tag = el.name;
    for (const attr of URL_ATTRIBUTES[tag] ?? []) {
      const value = el.attribs[attr];
      if (value !== undefined) out.push({ tag, attr, url: value.trim() });
    }
    const srcset = el.attribs.srcset;
    if (srcset !== undefined && (tag === 'img' || tag === 'source')) {
      for (const url of srcsetUrls(srcset)) out.push({ tag, attr: 'srcset', url });
    }
  }
  return out;
}

/** Every fragment target of a page: `id` attributes and `<a name>` (legacy anchors). */
export function extractIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(doc)) {
    if (el.attribs.id) ids.add(el.attribs.id);
    if (el.name === 'a' && el.attribs.name) ids.add(el.attribs.name);
  }
  return ids;
}
