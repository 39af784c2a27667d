import type { OgCard } from '../lib/og/card';

/**
 * Set to `separate` by the build script (scripts/lib/build-site.ts) for Astro: its hook then leaves
 * the search index and preview images to scripts/outputs.ts, run once Astro has exited.
 */
export const OUTPUTS_STEP_ENV = 'SETKA_OUTPUTS_STEP';

/**
 * `on` starts the pages follower (src/integrations/pages-follower.ts) for `astro build`; anything
 * else leaves all of the last step's work to the last step. `npm run build` turns it on unless
 * the environment says `off` (scripts/lib/build-site.ts).
 */
export const PAGES_FOLLOWER_ENV = 'SETKA_PAGES_FOLLOWER';

/**
 * Set by the build script (scripts/lib/build-site.ts) to the number of a file descriptor of Astro's
 * process: the stdin of the last step's process, started with Astro (scripts/outputs.ts --wait),
 * which follows the pages itself. Astro then writes there (`PagesPipe`) the pages' search order
 * (src/lib/search/order.ts) and, unless `SETKA_PAGES_FOLLOWER` is `off`, a line for each page,
 * instead of starting a pages follower; it plans no cards: the check has.
 */
export const PAGES_FD_ENV = 'SETKA_PAGES_FD';

/**
 * Set by the outputs integration when `astro build` starts, read by the page cache
 * (src/middleware.ts): pages are taken from the cache only while the site is built, never in
 * `astro dev`. A flag on `globalThis`, because the middleware is a module of the built server
 * code, loaded in the same process as the integration.
 */
const BUILDING = Symbol.for('setka.building');

export function markBuilding(): void {
  (globalThis as Record<symbol, unknown>)[BUILDING] = true;
}

export function isBuilding(): boolean {
  return (globalThis as Record<symbol, unknown>)[BUILDING] === true;
}

/** Who hears of the pages the build renders (src/integrations/pages-follower.ts). */
export interface PageListener {
  /** The page `pathname` was rendered and its bytes kept in the page cache under `key`. */
  page(key: string, pathname: string): void;
  /** The cards the content plans (src/lib/og/page-og.ts), told once, before the first page is rendered. */
  plan(cards: readonly OgCard[]): void;
  /** The page `pathname` was taken from the page cache under `key`, not rendered. */
  reused(key: string, pathname: string): void;
  /** The page `pathname` was rendered and written whole, not kept in the page cache (not a 200 response, verification, a full disk). */
  uncached(pathname: string): void;
}

const LISTENER = Symbol.for('setka.pageListener');

const listener = () => (globalThis as Record<symbol, unknown>)[LISTENER] as PageListener | undefined;

/** Set (or, with null, clear) who hears of rendered pages. */
export function setPageListener(value: PageListener | null): void {
  (globalThis as Record<symbol, unknown>)[LISTENER] = value ?? undefined;
}

/** Tells the listener, if any, that the page `pathname` was rendered and its bytes kept under `key`. */
export function pageRendered(key: string, pathname: string): void {
  listener()?.page(key, pathname);
}

/** Tells the listener, if any, that the page `pathname` was taken from the page cache under `key`. */
export function pageReused(key: string, pathname: string): void {
  listener()?.reused(key, pathname);
}

/** Tells the listener, if any, that the page `pathname` is written whole, not kept in the page cache. */
export function pageUncached(pathname: string): void {
  listener()?.uncached(pathname);
}

/** Whether someone hears of the pages (then the page cache plans the cards: `planCards`). */
export const hasPageListener = (): boolean => listener() !== undefined;

/** Tells the listener, if any, the cards planned from the content. */
export function planCards(cards: readonly OgCard[]): void {
  listener()?.plan(cards);
}
