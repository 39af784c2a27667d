/**
 * The search page: loads the Pagefind index from the site itself, reads `q` and filters from
 * the URL, searches as the reader types or changes a filter, and writes results with
 * excerpts. The count of results is announced through the status line (aria-live).
 */
import { excerptSegments } from '../lib/search/excerpt';
import { hasCriteria, pagefindFilters, parseSearchState, serializeSearchState, type SearchState } from '../lib/search/query-state';
import { toResultView, type PagefindResultData, type ResultView } from '../lib/search/result-view';
import { RECORD_TYPES, type FilterName } from '../lib/search/vocabulary';
import { capitalize, formatMonth } from '../lib/dates';
import { foundMessage } from '../lib/search/messages';
import { coversQuery } from '../lib/search/query-match';

type Counts = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 300;
const SELECTS = ['school', 'section', 'month'] as const;

/** Strings of the `search.*` block of src/i18n/ru.ts, passed by the page. */
type Strings = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(tag: 'p' | 'span', className: string, html: string): HTMLElement {
  const node = el(tag, className);
  for (const seg of excerptSegments(html)) node.append(seg.mark ? el('mark', undefined, seg.text) : document.createTextNode(seg.text));
  return node;
}

function valueLabel(name: FilterName, value: string, s: Strings): string {
  if (name === 'type') return s[`search.types.${value}`] ?? value;
  if (name === 'month' && /^\d{4}-\d{2}$/.test(value)) return capitalize(formatMonth(value));
  return value;
}

function sortValues(name: FilterName, values: string[]): string[] {
  if (name === 'type') return [...values].sort((a, b) => RECORD_TYPES.indexOf(a as never) - RECORD_TYPES.indexOf(b as never));
  if (name === 'month') return [...values].sort();
  return [...values].sort((a, b) => a.localeCompare(b, 'ru', { numeric: true }));
}

function renderResult(view: ResultView, s: Strings): HTMLLIElement {
  const li = el('li', 'search-result');
  const kind = [view.type ? s[`search.type.${view.type}`] : undefined, view.context].filter(Boolean).join(' · ');
  if (kind) li.append(el('p', 'search-result__kind', kind));
  const h = el('h3', 'search-result__title');
  const a = el('a', 'search-result__link', view.title);
  a.href = view.url;
  h.append(a);
  li.append(h);
  if (view.subs.length === 0) li.append(excerptNode('p', 'search-result__excerpt', view.excerpt));
  else {
    li.append(el('p', 'search-result__subs-title', s['search.inClauses']));
    const list = el('ul', 'search-result__subs');
    for (const sub of view.subs) {
      const item = el('li');
      const link = el('a', 'search-result__sub-link', sub.title);
      link.href = sub.url;
      const p = el('p');
      p.append(link, document.createTextNode(' — '), excerptNode('span', 'search-result__excerpt', sub.excerpt));
      item.append(p);
      list.append(item);
    }
    li.append(list);
  }
  if (view.details.length) li.append(el('p', 'search-result__details', `${s['search.filter.status']}: ${view.details.join(', ')}`));
  return li;
}

/** Starts the search page's script (no-op on other pages). */
export function startSearch(): void {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!app || !form) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const list = app.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const panel = app.querySelector<HTMLDetailsElement>('[data-filter-panel]')!;
  const s = JSON.parse(app.dataset.strings ?? '{}') as Strings;

  let state: SearchState = parseSearchState(location.search);
  input.value = state.q;
  app.hidden = false;
  panel.hidden = true;
  let pagefind: Pagefind;
  let totals: Counts = {};
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const group = (name: FilterName) => panel.querySelector<HTMLElement>(`[data-filter-group="${name}"]`)!;

  /** Fills option lists from the index (all values) and marks the state's choices. */
  const buildControls = () => {
    for (const name of SELECTS) {
      const select = group(name).querySelector('select')!;
      const values = sortValues(name, Object.keys(totals[name] ?? {}));
      for (const value of values) select.append(new Option(valueLabel(name, value, s), value));
      group(name).hidden = values.length === 0;
    }
    const statusBox = group('status').querySelector<HTMLElement>('[data-filter-options]')!;
    const statuses = sortValues('status', Object.keys(totals.status ?? {}));
    statuses.forEach((value, i) => {
      const row = el('div', 'filter-panel__check');
      row.dataset.filterOption = value;
      const box = el('input');
      Object.assign(box, { type: 'checkbox', id: `filter-status-${i}`, name: 'status', value });
      const label = el('label', undefined, `${value} `);
      label.htmlFor = box.id;
      const count = el('span', 'filter-panel__count');
      count.dataset.count = '';
      label.append(count);
      row.append(box, label);
      statusBox.append(row);
    });
    group('status').hidden = statuses.length === 0;
    for (const row of group('type').querySelectorAll<HTMLElement>('[data-filter-option]')) {
      row.hidden = !(totals.type && row.dataset.filterOption! in totals.type);
    }
  };

  const syncControls = () => {
    for (const name of SELECTS) {
      const select = group(name).querySelector('select')!;
      const wanted = state.filters[name]?.[0] ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
    for (const name of ['type', 'status'] as const) {
      for (const box of group(name).querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = state.filters[name]?.includes(box.value) ?? false;
    }
  };

  const readControls = (): SearchState['filters'] => {
    const filters: SearchState['filters'] = {};
    for (const name of SELECTS) {
      const value = group(name).querySelector('select')!.value;
      if (value) filters[name] = [value];
    }
    for (const name of ['type', 'status'] as const) {
      const values = [...group(name).querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
      if (values.length) filters[name] = values;
    }
    return filters;
  };

  /** Shows how many results each value would have (within the current search). */
  const updateCounts = (counts: Counts) => {
    for (const name of ['type', 'status'] as const) {
      for (const row of group(name).querySelectorAll<HTMLElement>('[data-filter-option]')) {
        const n = counts[name]?.[row.dataset.filterOption!] ?? 0;
        row.querySelector<HTMLElement>('[data-count]')!.textContent = `(${n})`;
      }
    }
    for (const name of SELECTS) {
      for (const option of group(name).querySelector('select')!.options) {
        if (option.value) option.textContent = `${valueLabel(name, option.value, s)} (${counts[name]?.[option.value] ?? 0})`;
      }
    }
  };

  /** Each result's data is fetched once: the check of the first result and its showing share it. */
  const loaded = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
  const dataOf = (r: PagefindResult) => {
    let data = loaded.get(r);
    if (!data) loaded.set(r, (data = r.data()));
    return data;
  };

  const showMore = async (focusFirst: boolean) => {
    const mine = run;
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map(dataOf));
    if (mine !== run) return;
    const items = data.map((d) => renderResult(toResultView(d), s));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    more.textContent = `${s['search.more']} (${s['search.shown']} ${shown} ${s['search.of']} ${results.length})`;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const search = async () => {
    const mine = ++run;
    if (!hasCriteria(state)) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      updateCounts(totals);
      status.textContent = s['search.prompt'] ?? '';
      return;
    }
    const response = await pagefind.search(state.q || null, { filters: pagefindFilters(state) });
    if (mine !== run || !response) return;
    results = response.results;
    // A word that is nowhere on the site is cut short by Pagefind until something matches: then
    // nothing was found (src/lib/search/query-match.ts).
    // The first page of results is fetched at once, while the first is checked.
    for (const r of results.slice(0, PAGE_SIZE)) void dataOf(r).catch(() => undefined); // a failure shows where the result is awaited
    const cutShort = state.q && results.length > 0 && !coversQuery(await dataOf(results[0]!), state.q);
    if (mine !== run) return;
    if (cutShort) results = [];
    shown = 0;
    list.replaceChildren();
    updateCounts(cutShort ? {} : response.filters);
    await showMore(false);
    if (mine !== run) return;
    status.textContent = foundMessage(results.length, state.q, Object.keys(state.filters).length > 0, s);
  };

  const showChosen = () => {
    const n = Object.values(state.filters).reduce((sum, v) => sum + (v?.length ?? 0), 0);
    panel.querySelector<HTMLElement>('[data-filter-chosen]')!.textContent = n ? `(${s['search.filter.chosen']}: ${n})` : '';
  };

  const commit = (push: boolean) => {
    showChosen();
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void search();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value.replace(/\s+/g, ' ').trim() };
    commit(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value.replace(/\s+/g, ' ').trim() };
      commit(false);
    }, TYPING_DELAY_MS);
  });
  panel.addEventListener('change', () => {
    state = { ...state, filters: readControls() };
    commit(false);
  });
  panel.querySelector('[data-filter-reset]')!.addEventListener('click', () => {
    state = { ...state, filters: {} };
    syncControls();
    commit(false);
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    input.value = state.q;
    syncControls();
    showChosen();
    void search();
  });

  const load = async () => {
    // A variable URL: the index is written after the site is bundled, so Vite must not resolve it.
    const url = app.dataset.pagefind ?? '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    totals = await pagefind.filters();
  };

  load().then(
    () => {
      buildControls();
      syncControls();
      showChosen();
      // On a narrow screen the filters fold away above the results.
      if (!window.matchMedia('(min-width: 56rem)').matches) panel.open = false;
      panel.hidden = false;
      void search();
    },
    () => {
      app.hidden = true;
      document.querySelector<HTMLElement>('[data-search-error]')!.hidden = false;
    },
  );
}
