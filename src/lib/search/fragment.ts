/**
 * What of a built page the search index needs: its `<head>` (title, Open Graph title, language)
 * and its `data-pagefind-body` regions. A school's page at region size is half a megabyte of item
 * cards after a few lines of searchable text at the top; handing Pagefind only those lines makes
 * the page as cheap to index as a short one. Pure string work, no parse of the whole page.
 */

/** An opening tag with the attribute that marks a region for the index (`<div data-pagefind-body>`). */
const REGION_START = /<([a-z][a-z0-9-]*)\s[^>]*?\bdata-pagefind-body(?=[\s>=\/])[^>]*>/gi;

/** Where the element that opens at `start` (`<div …`) ends: the index after its closing tag, or -1. */
function elementEnd(html: string, start: number, tag: string): number {
  // Markup in text and attribute values is escaped by the templates, so every `<tag` and `</tag>` is a real one.
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return pattern.lastIndex;
  }
  return -1;
}

/**
 * The page cut to its head and its search regions, in their order; the whole page when it has no
 * region, no `</head>`, or a region whose end cannot be found (Pagefind then reads it as it is).
 */
export function searchFragment(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const regions: string[] = [];
  const start = new RegExp(REGION_START.source, 'gi');
  start.lastIndex = headEnd;
  for (let m = start.exec(html); m; m = start.exec(html)) {
    const end = elementEnd(html, m.index, m[1]!);
    if (end < 0) return html;
    regions.push(html.slice(m.index, end));
    start.lastIndex = end;
  }
  if (regions.length === 0) return html;
  const bodyTag = /<body[^>]*>/i.exec(html.slice(headEnd))?.[0] ?? '<body>';
  return `${html.slice(0, headEnd)}</head>${bodyTag}${regions.join('\n')}</body></html>`;
}
