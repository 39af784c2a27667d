/**
 * The search page's state in its URL: `/search/?q=школам&type=roadmap-item&school=…`.
 * Shareable links and the back button restore the same query and filters.
 */
import { FILTER_NAMES, type FilterName } from './vocabulary';

/** A query and the chosen filter values. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
}

/** Reads the state from a query string (`?q=…&school=…`, repeated names for several values). */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(), filters };
}

/** Writes the state as a query string, `q` first, filters in a fixed order; `''` when empty. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when there is something to search for: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.values(state.filters).some((v) => v && v.length > 0);
}

/** Pagefind's filter object: every chosen value of a filter matches (`any`); filters combine with AND. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    const values = state.filters[name];
    if (values?.length) out[name] = { any: values };
  }
  return out;
}
