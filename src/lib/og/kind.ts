/** What a page is, for its social card, when the page does not say: from its place in the site. */

/** Section path → [kind of the list page, kind of a page inside it]. */
const SECTIONS: ReadonlyArray<readonly [prefix: string, list: string, item: string]> = [
  ['/documents/', 'Документы', 'Документ'],
  ['/roadmap/', 'Дорожная карта', 'Дорожная карта'],
  ['/schools/', 'Школы', 'Школа'],
  ['/pairs/', 'Пары школ', 'Пары школ'],
  ['/reports/', 'Отчёты', 'Отчёт'],
  ['/forms/', 'Форма отчёта', 'Форма отчёта'],
  ['/search/', 'Поиск', 'Поиск'],
  ['/accessibility/', 'Версия для слабовидящих', 'Версия для слабовидящих'],
];

/**
 * `/schools/` → «Школы», `/schools/zhuravlevskaya-sosh/` → «Школа», `/` → `home`.
 * Unknown sections get `fallback`.
 */
export function defaultKind(pathname: string, home: string, fallback: string): string {
  if (pathname === '/' || pathname === '') return home;
  for (const [prefix, list, item] of SECTIONS) {
    if (pathname === prefix) return list;
    if (pathname.startsWith(prefix)) {
      // Pagination pages of a list (/reports/page/2/) are still the list.
      return /\/page\/\d+\/?$/.test(pathname) ? list : item;
    }
  }
  return fallback;
}

/**
 * Whether a page gets a social card of its own: the pages people share — the home page,
 * documents, the roadmap, a school, and their lists. Reports, blanks, filters and other lists
 * use the home page's card, so a region-size build draws hundreds of cards, not thousands.
 */
export function hasOwnCard(pathname: string): boolean {
  return pathname === '/' || pathname === '' || /^\/(documents|roadmap|schools)\/([^/]+\/)?$/.test(pathname) || /^\/documents\/.+\/$/.test(pathname);
}
