/**
 * What the search page shows for one Pagefind result: title, link, what it is, where it is,
 * an excerpt and, for documents, the clauses the words were found in.
 */
import type { RecordType } from './vocabulary';
import { RECORD_TYPES } from './vocabulary';

/** A part of a page with its own anchor (a clause), as Pagefind returns it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string; text?: string; location: number };
}

/** The data of one result (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's (or record's) text, and the positions of the hits in it, counted in words. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

/** A clause (or other anchored part) shown under its page. */
export interface SubView {
  url: string;
  title: string;
  excerpt: string;
}

/** One result as the page renders it. */
export interface ResultView {
  url: string;
  title: string;
  /** What it is (`type` filter), when the page or item says. */
  type: RecordType | undefined;
  /** The page an item belongs to («Дорожная карта 2021»). */
  context: string | undefined;
  excerpt: string;
  /** Status and school, shown as text beside the result. */
  details: string[];
  subs: SubView[];
}

function isRecordType(value: string | undefined): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value ?? '');
}

/**
 * Turns Pagefind's data into a view. At most `maxSubs` anchored sub-results are kept (those
 * with the most hits, in page order); a page's own unanchored part is not repeated.
 */
export function toResultView(data: PagefindResultData, maxSubs = 3): ResultView {
  const anchored = data.sub_results.filter((s) => s.anchor && s.url !== data.url);
  const best = [...anchored]
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, maxSubs)
    .sort((a, b) => (a.anchor?.location ?? 0) - (b.anchor?.location ?? 0));
  const type = data.filters.type?.[0];
  // Custom records are results of their own: their single sub-result is themselves.
  const isItem = data.url.includes('#');
  const title = data.meta.title?.trim() || data.url;
  const context = data.meta.context?.trim();
  return {
    url: data.url,
    title,
    type: isRecordType(type) ? type : undefined,
    context: context && context !== title ? context : undefined,
    excerpt: data.excerpt,
    details: [...(data.filters.status ?? [])],
    subs: isItem ? [] : best.map((s) => ({ url: s.url, title: s.title.replace(/\s+/g, ' ').trim(), excerpt: s.excerpt })),
  };
}
