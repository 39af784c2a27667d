/**
 * The search order (src/lib/search/order.ts) and the index begun while Astro renders
 * (src/integrations/early-search.ts): pages go to Pagefind in Astro's order, and an index begun
 * early gives, byte for byte, the index made after Astro from the same pages; one that does not
 * match the pages found is dropped.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EarlySearch } from '../../src/integrations/early-search';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { PageStore } from '../../src/lib/page-cache/store';
import { pageDigest } from '../../src/lib/search/digest';
import { inSearchOrder, pageFileOf, searchOrder } from '../../src/lib/search/order';

describe('the search order', () => {
  it('names the file Astro writes for each path', () => {
    expect(['/', '/schools/a/', '/schools/a', '/404', '/404/', '/500', '/reports/a/2021-01/'].map(pageFileOf)).toEqual([
      'index.html',
      'schools/a/index.html',
      'schools/a/index.html',
      '404.html',
      '404.html',
      '500.html',
      'reports/a/2021-01/index.html',
    ]);
  });

  it("keeps Astro's order of pages, without endpoints, redirects, the CMS and repeats", () => {
    const page = { type: 'page' };
    const paths = [
      { pathname: '/roadmap/', route: page },
      { pathname: '/404', route: page },
      { pathname: '/calendar.ics', route: { type: 'endpoint' } },
      { pathname: '/old/', route: { type: 'redirect' } },
      { pathname: '/admin/', route: page },
      { pathname: '/', route: page },
      { pathname: '/roadmap', route: page },
      { pathname: '/documents/a/', route: page },
    ];
    expect(searchOrder(paths)).toEqual(['roadmap/index.html', '404.html', 'index.html', 'documents/a/index.html']);
  });

  it('puts pages in that order, then those not in it by path', () => {
    const items = ['b/index.html', 'z/index.html', 'a/index.html', 'c/index.html'].map((sourcePath) => ({ sourcePath }));
    expect(inSearchOrder(items, ['c/index.html', 'b/index.html']).map((i) => i.sourcePath)).toEqual(['c/index.html', 'b/index.html', 'a/index.html', 'z/index.html']);
    expect(inSearchOrder(items).map((i) => i.sourcePath)).toEqual(['a/index.html', 'b/index.html', 'c/index.html', 'z/index.html']);
  });
});

const SCHOOLS = ['Никольская', 'Дубовская', 'Архангельская', 'Бирюченская', 'Грайворонская', 'Ивнянская', 'Валуйская', 'Ракитянская', 'Шебекинская'];
const page = (school: string, n: number) =>
  `<!DOCTYPE html><html lang="ru"><head><title>${school} СОШ</title></head><body><main data-pagefind-body><h1>МБОУ «${school} СОШ»</h1><p>Проведено ${n} консультаций по подготовке к ОГЭ, семинар для учителей русского языка.</p></main></body></html>`;
const NO_SEARCH = '<!DOCTYPE html><html lang="ru"><head><title>Страница не найдена</title></head><body><h1>Страница не найдена</h1></body></html>';

/** Waits (up to 30 s) until `early` has handed `n` pages to Pagefind: it stops adding once `finish` is called. */
async function added(early: EarlySearch, n: number): Promise<void> {
  for (let waited = 0; early.count < n && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Every file under `dir` with its bytes, by relative path. */
const tree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
  );

let work: string;
const made: string[] = [];
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'setka-early-search-'));
  made.push(work);
});
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A built site of the schools' pages and a 404 page, each page also in a page cache with its digest; Astro's order and the keys. */
function built(name: string): { out: string; store: PageStore; order: string[]; keys: Map<string, string> } {
  const out = join(work, name);
  const store = new PageStore(join(work, `${name}-cache`));
  const keys = new Map<string, string>();
  const pathnames = ['/404', ...SCHOOLS.map((_, i) => `/schools/${String.fromCharCode(106 - i)}/`)];
  pathnames.forEach((pathname, i) => {
    const file = pageFileOf(pathname);
    const html = i === 0 ? NO_SEARCH : page(SCHOOLS[i - 1]!, i);
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), html);
    const key = (i + 1).toString(16).padStart(64, '0');
    expect(store.write(key, Buffer.from(html))).toBe(true);
    store.writeDigest(key, pageDigest(html));
    keys.set(pathname, key);
  });
  mkdirSync(join(out, 'search'), { recursive: true });
  writeFileSync(join(out, 'search', 'records.json'), '[]');
  // Astro's order is not the order of paths: the schools come from j down to b.
  return { out, store, order: searchOrder(pathnames.map((pathname) => ({ pathname, route: { type: 'page' } }))), keys };
}

describe('the search index begun while Astro renders', () => {
  it('gives the index made after Astro, byte for byte, and adds only the pages not reached', { timeout: 60_000 }, async () => {
    const site = built('early');
    const early = new EarlySearch(site.store);
    early.setOrder(site.order);
    // Pages come in any order (four are rendered at once); the 404 page is written whole, not kept in the cache.
    const pathnames = [...site.keys.keys()];
    early.skip('/404/');
    for (const pathname of [pathnames[2]!, pathnames[1]!, pathnames[4]!, pathnames[3]!, pathnames[5]!]) early.page(pathname, site.keys.get(pathname)!, true);
    await added(early, 5);
    const begun = await early.finish();
    expect(begun?.added.map((a) => a.sourcePath)).toEqual(site.order.slice(1, 6));
    expect(early.files).toEqual(site.order);
    const withEarly = await buildSearchIndex(site.out, () => {}, new Map(), undefined, { order: site.order, early: begun });
    expect(withEarly.early).toBe(5);

    const after = built('after');
    const without = await buildSearchIndex(after.out, () => {}, new Map(), undefined, { order: after.order });
    expect(without.early).toBe(0);
    expect(withEarly.pages).toBe(SCHOOLS.length);
    expect(tree(join(site.out, 'pagefind'))).toEqual(tree(join(after.out, 'pagefind')));
  });

  it('depends on the order, which is why one order is used by every build', { timeout: 60_000 }, async () => {
    const one = built('one');
    const two = built('two');
    await buildSearchIndex(one.out, () => {}, new Map(), undefined, { order: one.order });
    await buildSearchIndex(two.out, () => {}, new Map(), undefined, { order: [...two.order].reverse() });
    expect(tree(join(one.out, 'pagefind'))).not.toEqual(tree(join(two.out, 'pagefind')));
  });

  it('is dropped when a page it added is not the page found after Astro', { timeout: 60_000 }, async () => {
    const site = built('changed');
    const early = new EarlySearch(site.store);
    early.setOrder(site.order);
    early.skip('/404/');
    for (const [pathname, key] of site.keys) if (pathname !== '/404') early.page(pathname, key, true);
    await added(early, SCHOOLS.length);
    const begun = await early.finish();
    expect(begun?.added).toHaveLength(SCHOOLS.length);
    // The page in the output is not what was added (the cache was changed by hand meanwhile).
    const changed = join(site.out, site.order[3]!);
    writeFileSync(changed, page('Прохоровская', 3));
    const result = await buildSearchIndex(site.out, () => {}, new Map(), undefined, { order: site.order, early: begun });
    expect(result.early).toBe(0);

    const same = built('same');
    writeFileSync(join(same.out, same.order[3]!), page('Прохоровская', 3));
    await buildSearchIndex(same.out, () => {}, new Map(), undefined, { order: same.order });
    expect(tree(join(site.out, 'pagefind'))).toEqual(tree(join(same.out, 'pagefind')));
  });

  it('is not begun while every page comes from the page cache', async () => {
    const site = built('warm');
    const early = new EarlySearch(site.store);
    early.setOrder(site.order);
    for (const [pathname, key] of site.keys) early.page(pathname, key, false);
    expect(await early.finish()).toBeUndefined();
  });

  it('waits at a page not yet rendered, and adds the pages after it once it comes', { timeout: 60_000 }, async () => {
    const site = built('waits');
    const early = new EarlySearch(site.store);
    early.setOrder(site.order);
    early.skip('/404/');
    const [, second, third, fourth] = [...site.keys.keys()];
    early.page(third!, site.keys.get(third!)!, true);
    early.page(fourth!, site.keys.get(fourth!)!, true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(early.count).toBe(0);
    early.page(second!, site.keys.get(second!)!, true);
    await added(early, 3);
    const begun = await early.finish();
    expect(begun?.added.map((a) => a.sourcePath)).toEqual(site.order.slice(1, 4));
    const copy = join(work, 'waits-copy');
    cpSync(site.out, copy, { recursive: true });
    const result = await buildSearchIndex(site.out, () => {}, new Map(), undefined, { order: site.order, early: begun });
    expect(result.early).toBe(3);
    await buildSearchIndex(copy, () => {}, new Map(), undefined, { order: site.order });
    expect(tree(join(site.out, 'pagefind'))).toEqual(tree(join(copy, 'pagefind')));
  });
});
