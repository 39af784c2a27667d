/**
 * Item records: parts of a built page that are search results of their own (see markup.ts).
 * Pure: takes the page's HTML and URL, returns records for Pagefind's `addCustomRecord`.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { ITEM_ATTR, ITEM_FILTERS_ATTR } from './markup';
import { FILTER_NAMES } from './vocabulary';

type Document = ReturnType<typeof parseDocument>;
type Node = Document['children'][number];
type Element = ReturnType<typeof DomUtils.findAll>[number];

/** One search record for an item of a page. */
export interface ItemRecord {
  /** `/roadmap/dorozhnaya-karta-2021/#item-16`. */
  url: string;
  /** Plain text, blocks and table cells separated («16. Посещение уроков. Ежемесячно. Кураторы»). */
  content: string;
  /** `title` (the item), `context` (the page it is on). */
  meta: { title: string; context: string };
  /** Filter name → values. */
  filters: Record<string, string[]>;
}

/** Elements whose boundaries separate words (block boxes and table cells). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Inline elements that stand for a unit of their own (a badge, a date, a link): spaced from neighbours. */
const SPACED = new Set(['span', 'time', 'a', 'label', 'data', 'output', 'img']);
/** Elements whose text is never content. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'input', 'select', 'textarea']);
/** A chunk ending like this is followed by a plain space, not «. ». */
const ENDS_SENTENCE = /[.!?:;,…—–-]$/u;

function isElement(node: Node): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function skipped(el: Element, root: Element): boolean {
  if (SKIPPED.has(el.name)) return true;
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  return el !== root && el.attribs['data-pagefind-ignore'] !== undefined;
}

/**
 * Readable text of an element: text of inline elements runs on, block and cell boundaries
 * become «. » (or a space after punctuation), whitespace is collapsed. Hidden, `aria-hidden`
 * and `data-pagefind-ignore` parts are left out.
 */
export function readableText(root: Element): string {
  const chunks: Array<{ text: string; label: boolean }> = [];
  let current = '';
  const flush = (label = false) => {
    const text = current
      .replace(/\s+/g, ' ')
      .replace(/\s+([.,;:!?»)])/g, '$1')
      .replace(/([«(])\s+/g, '$1')
      .trim();
    if (text) chunks.push({ text, label });
    current = '';
  };
  const walk = (node: Node) => {
    if (node.type === 'text') {
      current += node.data;
      return;
    }
    if (!isElement(node) || skipped(node, root)) return;
    const block = BLOCKS.has(node.name);
    const spaced = SPACED.has(node.name);
    if (block) flush();
    if (spaced) current += ' ';
    for (const child of node.children) walk(child);
    if (spaced) current += ' ';
    // A term of a description list labels what follows: «Срок: до 15.02.2021».
    if (block) flush(node.name === 'dt');
  };
  walk(root);
  flush();
  let text = '';
  chunks.forEach((chunk, i) => {
    if (i === 0) text = chunk.text;
    else if (chunks[i - 1]!.label && !/[:.]$/.test(text)) text += `: ${chunk.text}`;
    else text += `${ENDS_SENTENCE.test(text) ? ' ' : '. '}${chunk.text}`;
  });
  return text;
}

function parseFilters(json: string | undefined, where: string): Record<string, string[]> {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`Поиск: у элемента ${where} атрибут ${ITEM_FILTERS_ATTR} — не JSON. Создавайте его функцией searchItemAttrs().`);
  }
  const out: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const list = (value as Record<string, unknown>)[name];
    if (Array.isArray(list)) out[name] = list.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  }
  return out;
}

/** The page's title for result context: its `og:title` (the title without the site name), else the `<h1>` of its indexed region, else `<title>`. */
export function pageTitle(doc: Document): string {
  const og = DomUtils.findOne((el) => el.name === 'meta' && el.attribs.property === 'og:title', doc.children);
  if (og?.attribs.content?.trim()) return og.attribs.content.trim();
  const body = DomUtils.findOne((el) => el.attribs['data-pagefind-body'] !== undefined, doc.children);
  const h1 = DomUtils.findOne((el) => el.name === 'h1', body ? [body] : doc.children);
  if (h1) return readableText(h1);
  const title = DomUtils.findOne((el) => el.name === 'title', doc.children);
  return title ? DomUtils.textContent(title).trim() : '';
}

/**
 * Item records of a page: every element with `data-search-item` and an `id`. Throws a
 * Russian message naming the page when an item has no `id` (its link could not open it).
 */
export function extractItemRecords(html: string, pageUrl: string): ItemRecord[] {
  if (!html.includes(ITEM_ATTR)) return [];
  const doc = parseDocument(html);
  const items = DomUtils.findAll((el) => el.attribs[ITEM_ATTR] !== undefined, doc.children);
  if (items.length === 0) return [];
  const context = pageTitle(doc);
  return items.map((el) => {
    const id = el.attribs.id;
    const title = (el.attribs[ITEM_ATTR] ?? '').trim();
    if (!id) throw new Error(`Поиск: на странице ${pageUrl} у элемента «${title}» с атрибутом ${ITEM_ATTR} нет id — ссылка из результатов поиска не сможет его открыть. Добавьте id (например, item-16).`);
    const content = readableText(el);
    return {
      url: `${pageUrl}#${encodeURIComponent(id)}`,
      content,
      meta: { title: title || content.slice(0, 80), context },
      filters: parseFilters(el.attribs[ITEM_FILTERS_ATTR], `#${id} на странице ${pageUrl}`),
    };
  });
}

/** URL of a built page from its path in the output directory: `roadmap/x/index.html` → `/roadmap/x/`. */
export function pageUrlOf(relativePath: string): string {
  const path = relativePath.split('\\').join('/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
