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
