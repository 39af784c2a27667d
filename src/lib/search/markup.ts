/**
 * How a page marks what the search finds. The index is built from the built HTML:
 *
 * - **Pages.** Only regions with `data-pagefind-body` are indexed (navigation, footers and
 *   pages without it — lists, the CMS — are not). Page-level filters go in
 *   `<SearchFilters filters={…} />` (src/components/search/) inside that region.
 * - **Items.** An element with an `id` and the attributes of `searchItemAttrs()` becomes a
 *   search result of its own that opens `page#id` (a pairs row). Its text leaves the page's own
 *   record, so a hit is reported once, at the item. Roadmap items are records of their own too,
 *   but made from the programme (src/lib/programme/search-records.ts): their filters name every
 *   school that follows them, too much to carry in the page; their cards only carry
 *   `data-pagefind-ignore="all"`.
 * - **Clauses.** An element with an `id` and `data-pagefind-title` becomes a sub-result of
 *   its page (a document clause): a hit below it links to `page#id`.
 */
import { normaliseFilters, type SearchFilters } from './vocabulary';

/** Attribute naming an item record; its value is the item's title. */
export const ITEM_ATTR = 'data-search-item';
/** Attribute holding the item's filters as JSON (`{"school":["…"]}`). */
export const ITEM_FILTERS_ATTR = 'data-search-filters';

/**
 * Attributes that turn an element (it must have an `id`) into its own search result:
 * `<tr id="pair-1" {...searchItemAttrs('Журавлевская СОШ — Никольская СОШ', { type: 'pairs', school: […] })}>`.
 */
export function searchItemAttrs(title: string, filters: SearchFilters): Record<string, string> {
  return {
    [ITEM_ATTR]: title.replace(/\s+/g, ' ').trim(),
    [ITEM_FILTERS_ATTR]: JSON.stringify(normaliseFilters(filters)),
    // The page's own record leaves the item out (text and filters): the item record covers it.
    'data-pagefind-ignore': 'all',
  };
}
