/**
 * The page cache of a static build (src/lib/page-cache/). Each page whose key names what it is
 * made from is written to the output as a placeholder, and its bytes are kept in the cache; the
 * build's last step (src/integrations/outputs.ts) puts the page in place and keeps its digest. A page whose
 * key is already in the cache is not rendered at all.
 *
 * `astro dev` always renders. `SETKA_PAGE_CACHE=off` renders every page and writes it whole;
 * `SETKA_PAGE_CACHE=verify` renders every page and stops the build at the first one that differs
 * from its cached copy (how tests prove that the keys miss nothing).
 */
import { defineMiddleware } from 'astro:middleware';
import { getSite } from './data/site';
import { PAGE_CACHE_ENV, PageStore, codeVersion, pageCacheDir, placeholder } from './lib/page-cache/store';
import { pageKeys, type PageKeys } from './lib/page-cache/keys';
import { samePage } from './lib/page-cache/same';
import { responseBytes } from './lib/page-cache/file-response';
import { hasPageListener, isBuilding, pageRendered, pageReused, pageUncached, planCards } from './integrations/outputs-step';
import { plannedCards } from './lib/og/page-og';

interface PageCache {
  keys: PageKeys;
  store: PageStore;
  verify: boolean;
}

let cache: Promise<PageCache | null> | undefined;
const counts = { reused: 0, rendered: 0 };

function pageCache(): Promise<PageCache | null> {
  cache ??= (async () => {
    const mode = process.env[PAGE_CACHE_ENV];
    if (mode === 'off') return null;
    const root = process.cwd();
    process.once('exit', () => console.log(`Кэш страниц: взято из кэша ${counts.reused}, собрано заново ${counts.rendered}`));
    // Pages read DEV (the list of entries left out, shown while editing): it is part of every key.
    const code = `${codeVersion(root)}${import.meta.env.DEV ? ' DEV' : ''}`;
    const site = await getSite();
    // The pages follower draws the cards the content plans while the pages are rendered.
    if (hasPageListener()) planCards(plannedCards(site));
    return { keys: pageKeys(site, code), store: new PageStore(pageCacheDir(root)), verify: mode === 'verify' };
  })();
  return cache;
}

export const onRequest = defineMiddleware(async (context, next) => {
  // `astro dev` renders on request.
  if (!isBuilding() || !context.isPrerendered) return next();
  const pages = await pageCache();
  const { pathname } = context.url;
  if (!pages) return next();
  const key = pages.keys.keyOf(pathname);
  const hit = pages.store.has(key);
  if (hit && !pages.verify) {
    counts.reused++;
    pageReused(key, pathname);
    return new Response(placeholder(key), { status: 200 });
  }
  counts.rendered++;
  const response = await next();
  if (response.status !== 200) {
    pageUncached(pathname);
    return response;
  }
  const body = await responseBytes(response);
  if (hit) {
    const cached = pages.store.read(key);
    if (cached && !samePage(pathname, body, cached)) {
      throw new Error(`Кэш страниц: страница ${pathname} собрана не так, как её копия в кэше с тем же ключом: ключ не учитывает что-то, от чего страница зависит (src/lib/page-cache/keys.ts).`);
    }
  } else if (pages.store.write(key, body)) {
    pageRendered(key, pathname);
    return new Response(placeholder(key), { status: 200 });
  }
  pageUncached(pathname);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
