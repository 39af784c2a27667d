import { extractIds, extractReferences, parseHtml, type Reference } from './html';
import { pageUrl, type BuiltSite } from './site';
import { plural } from '../../src/i18n/ru';

/** Why a link is broken. */
export type LinkProblemCode = 'missing-file' | 'missing-anchor' | 'unsafe-scheme';

/** One broken internal link or anchor. */
export interface LinkProblem {
  code: LinkProblemCode;
  /** Page the link is on (relative to the site dir). */
  page: string;
  /** The reference as found on the page. */
  ref: Reference;
  /** The file it should lead to (relative), when known. */
  target?: string;
  /** Russian explanation. */
  message: string;
}

export interface LinkCheckOptions {
  /** Absolute addresses of the site itself (`https://setka.example.ru/`): links to them are checked as internal. */
  siteOrigins?: string[];
}

const BASE = 'http://site.invalid';
const UNSAFE = /^(?:javascript|vbscript|data):/i;

/** The file a site path resolves to (`/a/` → `a/index.html`), or null when none exists. */
export function resolveFile(site: BuiltSite, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((c) => site.isFile(c)) ?? null;
}

function internalUrl(ref: Reference, page: string, origins: string[]): URL | null {
  const raw = ref.url;
  if (raw === '' || raw.startsWith('mailto:') || raw.startsWith('tel:')) return null;
  const url = new URL(raw, BASE + pageUrl(page));
  if (url.origin === BASE) return url;
  const own = origins.find((o) => url.href.startsWith(o));
  return own ? new URL(url.href.slice(new URL(own).origin.length), BASE) : null;
}

/**
 * Checks every local link, image, script and stylesheet reference of every page: the file
 * must exist in the built site, and a `#fragment` must be an id on the target page (clause
 * anchors such as `/documents/prikaz-147/#p-4-2` included). External links are not fetched.
 * `javascript:`, `vbscript:` and `data:` URLs are reported as unsafe.
 */
export function checkLinks(site: BuiltSite, options: LinkCheckOptions = {}): LinkProblem[] {
  const origins = options.siteOrigins ?? [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = extractIds(parseHtml(site.read(file)));
      idCache.set(file, ids);
    }
    return ids;
  };
  const problems: LinkProblem[] = [];
  for (const page of site.pages) {
    const doc = parseHtml(site.read(page));
    for (const ref of extractReferences(doc)) {
      if (UNSAFE.test(ref.url.replace(/[\s\u0000-\u001f]+/g, ''))) {
        problems.push({ code: 'unsafe-scheme', page, ref, message: `${page}: небезопасная ссылка ${ref.tag}[${ref.attr}]="${ref.url}" — уберите её или замените на обычный адрес` });
        continue;
      }
      let url: URL | null;
      try {
        url = internalUrl(ref, page, origins);
      } catch {
        url = null;
      }
      if (!url) continue;
      const target = resolveFile(site, url.pathname);
      if (!target) {
        problems.push({ code: 'missing-file', page, ref, message: `${page}: ссылка ${ref.tag}[${ref.attr}]="${ref.url}" ведёт на несуществующую страницу или файл ${url.pathname}` });
        continue;
      }
      const fragment = url.hash.slice(1);
      // `#/collections/…` and `#!/…` are routes of a single-page application (the CMS), not element ids.
      if (!fragment || fragment === 'top' || /^[/!]/.test(fragment) || !target.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!idsOf(target).has(id)) {
        problems.push({ code: 'missing-anchor', page, ref, target, message: `${page}: ссылка "${ref.url}" ведёт на якорь #${id}, которого нет на странице ${pageUrl(target)}` });
      }
    }
  }
  return problems;
}

/**
 * Groups problems by broken URL for a readable report: one line per URL with the number of
 * pages it is broken on and an example page (a missing footer link is one line, not one per page).
 */
export function summarizeLinkProblems(problems: readonly LinkProblem[]): string[] {
  const groups = new Map<string, LinkProblem[]>();
  for (const p of problems) {
    const key = `${p.code} ${p.ref.url}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    const where = list.length === 1 ? first.page : `${plural(list.length, ['странице', 'страницах', 'страницах'])}, например ${first.page}`;
    return `${first.message.slice(first.page.length + 2)} (${where})`;
  });
}
