/** What a page is, for its social card, when the page does not say: from its section (src/lib/routes.ts). */
import { isListPage, sectionOf } from '../routes';
import { t } from '../../i18n/ru';

/**
 * `/schools/` → «Школы», `/schools/zhuravlevskaya-sosh/` → «Школа», `/` → `home`.
 * Unknown sections get `fallback`.
 */
export function defaultKind(pathname: string, home: string, fallback: string): string {
  if (pathname === '/' || pathname === '') return home;
  const section = sectionOf(pathname);
  if (!section) return fallback;
  // Pagination pages of a list (/reports/page/2/) are still the list.
  return pathname === section.path || isListPage(pathname) ? t(section.name) : t(section.one);
}

/**
 * Whether a page gets a social card of its own: the pages people share — the home page,
 * documents, the roadmap, a school, and their lists. Reports, blanks, filters and other lists
 * use the home page's card, so a region-size build draws hundreds of cards, not thousands.
 */
export function hasOwnCard(pathname: string): boolean {
  return pathname === '/' || pathname === '' || /^\/(documents|roadmap|schools)\/([^/]+\/)?$/.test(pathname) || /^\/documents\/.+\/$/.test(pathname);
}
