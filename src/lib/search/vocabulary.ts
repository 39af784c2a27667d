/**
 * The search index's vocabulary: filter names and the codes of the «what is it» filter.
 * Pages declare filters with these names (see `markup.ts`); the search page labels them
 * in Russian (src/i18n/ru.ts, keys `search.filter.*` and `search.type.*`).
 */

/** Filter names, in the order the search page shows them. */
export const FILTER_NAMES = ['type', 'school', 'section', 'status', 'month'] as const;

/** A filter name: `type` (what it is), `school`, `section` (roadmap section), `status`, `month` (`YYYY-MM`). */
export type FilterName = (typeof FILTER_NAMES)[number];

/** Codes of the `type` filter, in display order. */
export const RECORD_TYPES = ['document', 'roadmap-item', 'school', 'report', 'pairs', 'roadmap'] as const;

/** What a search result is: a document, a roadmap item, a school, a report, the pairs list, a roadmap as a whole. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** Filters of one page or item: filter name → values (a value may contain any character). */
export type SearchFilters = Partial<Record<FilterName, string | readonly string[] | undefined | null>>;

/** Normalises filters: arrays of unique, trimmed, non-empty strings; empty filters dropped. */
export function normaliseFilters(filters: SearchFilters): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const raw = filters[name];
    const list = (Array.isArray(raw) ? raw : raw == null ? [] : [raw]) as string[];
    const values = [...new Set(list.map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) out[name] = values;
  }
  return out;
}
