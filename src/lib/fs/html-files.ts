import { readdirSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Top-level folders of a built site that hold no pages of ours, with the reason. The one skip
 * list of every page walk: search indexing, preview cards and the quality gates.
 */
export const SKIPPED_FOLDERS: Readonly<Record<string, string>> = {
  admin: 'Decap CMS: готовая сборка стороннего приложения (React), её разметку и доступность проект не задаёт; страница /admin/ закрыта от поиска и получает свою политику CSP.',
  pagefind: 'служебные файлы поискового индекса Pagefind, не страницы',
  _astro: 'собранные скрипты, стили и шрифты, не страницы',
  og: 'картинки для соцсетей, не страницы',
};

const skipped = (name: string, depth: number, includeSkipped: boolean) => depth === 0 && !includeSkipped && Object.hasOwn(SKIPPED_FOLDERS, name);

/** Whether `file` (absolute, under `dir`) is a page of ours: an `.html` file outside the skipped folders. */
export function isPageFile(dir: string, file: string): boolean {
  if (!file.endsWith('.html')) return false;
  const path = relative(dir, file).split(sep);
  return path.length === 1 || !skipped(path[0]!, 0, false);
}

/** Every page (`.html` file) under `dir` as an absolute path, in directory order, except the skipped folders. */
export async function htmlFiles(dir: string, includeSkipped = false, depth = 0): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped(entry.name, depth, includeSkipped)) out.push(...(await htmlFiles(full, includeSkipped, depth + 1)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Every page under `dir`, relative with `/` (`documents/index.html`), sorted; the skipped folders only with `includeSkipped`. */
export function listPages(dir: string, includeSkipped = false): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (!skipped(name, depth, includeSkipped)) walk(full, depth + 1);
      } else if (name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir, 0);
  return out.sort();
}
