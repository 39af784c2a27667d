import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from '../../src/lib/fs/html-files';

export { SKIPPED_FOLDERS, listPages } from '../../src/lib/fs/html-files';

/** A built site as the gates see it: its pages and a way to read and probe its files. */
export interface BuiltSite {
  /** Site directory (absolute). */
  dir: string;
  /** Pages to check, relative to `dir` with `/` separators: `documents/index.html`. */
  pages: string[];
  /** Reads a file of the site (path relative to `dir`). */
  read(path: string): string;
  /** True when the file exists (path relative to `dir`). */
  isFile(path: string): boolean;
}

/** Opens a built site directory for the gates. */
export function openSite(dir: string, pages = listPages(dir)): BuiltSite {
  return {
    dir,
    pages,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    isFile: (path) => {
      const full = join(dir, path);
      return existsSync(full) && statSync(full).isFile();
    },
  };
}

/** URL path of a page file: `documents/index.html` → `/documents/`, `404.html` → `/404.html`. */
export function pageUrl(page: string): string {
  if (page === 'index.html') return '/';
  if (page.endsWith('/index.html')) return `/${page.slice(0, -'index.html'.length)}`;
  return `/${page}`;
}

/**
 * Page type of a page file, for coverage reports: the first path segment stays, deeper
 * segments become `[id]`. `documents/prikaz-147/index.html` → `/documents/[id]/`,
 * `reports/a/2021-09/index.html` → `/reports/[id]/[id]/`, `index.html` → `/`.
 */
export function pageType(page: string): string {
  const url = pageUrl(page);
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const trailing = url.endsWith('/') ? '/' : '';
  return `/${parts.map((p, i) => (i === 0 ? p : '[id]')).join('/')}${trailing}`;
}

/** Groups pages by {@link pageType}. */
export function pagesByType(pages: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of pages) {
    const type = pageType(p);
    out.set(type, [...(out.get(type) ?? []), p]);
  }
  return out;
}

/**
 * The structure of a page: the element names and `element.class` pairs it uses. Two instances of a
 * template with the same structure differ only in text; a page with a table, an empty state or a
 * badge the others lack has parts of its own.
 */
export function structureTokens(html: string): Set<string> {
  const set = new Set<string>();
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/g)) {
    set.add(m[1]!);
    const cls = /\bclass="([^"]*)"/.exec(m[2]!)?.[1];
    for (const c of cls?.split(/\s+/) ?? []) if (c && !c.startsWith('astro-')) set.add(`${m[1]}.${c}`);
  }
  return set;
}

/** {@link structureTokens} as one comparable string. */
export function structureOf(html: string): string {
  return [...structureTokens(html)].sort().join(' ');
}

/**
 * The pages the page gates check by default. Of every page type: the first and the last page, and
 * then, while some element or `element.class` used by a page of the type is on no chosen page, the
 * page that adds the most of them (the first in path order on a tie). So every template, a sample
 * of its instances and every part that only some instances have (a table, an empty state, a badge)
 * are checked, without checking every instance that has the same parts. 62 demo pages → 31.
 */
export function samplePages(site: Pick<BuiltSite, 'read'>, pages: readonly string[]): string[] {
  const out = new Set<string>();
  for (const list of pagesByType(pages).values()) {
    const tokens = new Map(list.map((page) => [page, structureTokens(site.read(page))]));
    const missing = new Set([...tokens.values()].flatMap((set) => [...set]));
    const take = (page: string) => {
      out.add(page);
      for (const token of tokens.get(page)!) missing.delete(token);
    };
    take(list[0]!);
    take(list.at(-1)!);
    while (missing.size > 0) {
      const gain = (page: string) => [...tokens.get(page)!].filter((t) => missing.has(t)).length;
      take(list.reduce((best, page) => (gain(page) > gain(best) ? page : best)));
    }
  }
  return [...out].sort();
}

/** `SETKA_FULL_SWEEP=1` (what `npm run test:full` sets): the page gates check every page, not the sample. */
export const FULL_SWEEP = process.env.SETKA_FULL_SWEEP === '1';

/** Pages the browser and HTML gates check: every page in a full sweep, else {@link samplePages}. */
export function gatePages(dir: string, pages: readonly string[] = listPages(dir)): string[] {
  return FULL_SWEEP ? [...pages] : samplePages(openSite(dir, [...pages]), pages);
}
