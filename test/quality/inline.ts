import { elements, parseHtml } from './html';

/** What kind of inline code a page carries (each is blocked by the site's CSP). */
export type InlineCodeKind = 'inline-script' | 'style-element' | 'style-attribute' | 'event-handler' | 'javascript-url';

/** One piece of inline code found on a page. */
export interface InlineCode {
  kind: InlineCodeKind;
  /** Element name. */
  tag: string;
  /** A short excerpt for the message. */
  excerpt: string;
}

/** Script types that are data, not code: the browser never runs them, so CSP does not apply. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

/**
 * Finds everything on a page that a CSP without `'unsafe-inline'` would block or that has no
 * place in a page of this site: `<script>` without `src` (except JSON data blocks), `<style>`
 * elements, `style=` attributes, `on*=` event handler attributes and `javascript:` URLs.
 */
export function findInlineCode(html: string): InlineCode[] {
  const out: InlineCode[] = [];
  for (const el of elements(parseHtml(html))) {
    const { name, attribs } = el;
    if (name === 'script' && attribs.src === undefined && !DATA_SCRIPT_TYPES.has((attribs.type ?? '').toLowerCase())) {
      const text = el.children.map((c) => ('data' in c ? c.data : '')).join('');
      out.push({ kind: 'inline-script', tag: name, excerpt: short(text.trim()) });
    }
    if (name === 'style') out.push({ kind: 'style-element', tag: name, excerpt: '<style>' });
    for (const [attr, value] of Object.entries(attribs)) {
      if (attr === 'style') out.push({ kind: 'style-attribute', tag: name, excerpt: short(`style="${value}"`) });
      else if (attr.startsWith('on')) out.push({ kind: 'event-handler', tag: name, excerpt: short(`${attr}="${value}"`) });
      else if (/^\s*javascript:/i.test(value.replace(/[\u0000-\u001f]/g, ''))) out.push({ kind: 'javascript-url', tag: name, excerpt: short(`${attr}="${value}"`) });
    }
  }
  return out;
}
