/**
 * The order in which pages go into the search index. Pagefind numbers pages as they are added,
 * and its files hold those numbers: the same pages added in another order give another index
 * (123 of its files differed at region size). So the order is one rule, used by every build:
 * the order in which Astro generates the pages (its routes, then each route's `getStaticPaths`),
 * which Astro tells before the first page is rendered (src/integrations/outputs.ts). That lets the
 * index be begun while Astro is still rendering (src/integrations/early-search.ts), and it does
 * not depend on the order a file system lists folders in. Pages not in that list (a step run on
 * a built site by hand) follow in the order of their paths.
 */
import { SKIPPED_FOLDERS } from '../fs/html-files';

/**
 * The page's file in Astro's output with `build.format: 'directory'`, relative, with `/`, by
 * Astro's rule (its getOutputFilename): `/` → `index.html`, `/a/` and `/a` → `a/index.html`, and the
 * status pages `/404` and `/500` (also asked for as `/404/`) → `404.html`, `500.html`.
 */
export function pageFileOf(pathname: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  if (path === '') return 'index.html';
  return STATUS_PAGES.has(path) ? `${path}.html` : `${path}/index.html`;
}

const STATUS_PAGES = new Set(['404', '500']);

/** Whether a rendered path is an HTML page (`/schools/a/`, `/404`, `/a.html`), not a file such as `/calendar.ics`. */
export function isHtmlPath(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.') || last.endsWith('.html');
}

/**
 * The files of the pages Astro will generate, in its order, that the search may index: pages of
 * `page` routes (not endpoints or redirects), not in the folders no page walk reads, each once.
 */
export function searchOrder(paths: ReadonlyArray<{ pathname: string; route: { type: string } }>): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const { pathname, route } of paths) {
    if (route.type !== 'page' || !isHtmlPath(pathname)) continue;
    const file = pageFileOf(pathname);
    const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
    if (Object.hasOwn(SKIPPED_FOLDERS, top) || seen.has(file)) continue;
    seen.add(file);
    files.push(file);
  }
  return files;
}

/** `items` (each with its page's file, `sourcePath`) in the order of `order`; the rest after them, by path. */
export function inSearchOrder<T extends { sourcePath: string }>(items: readonly T[], order: readonly string[] = []): T[] {
  const rank = new Map(order.map((file, i) => [file, i]));
  const at = (item: T) => rank.get(item.sourcePath) ?? order.length;
  return [...items].sort((a, b) => at(a) - at(b) || (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
}
