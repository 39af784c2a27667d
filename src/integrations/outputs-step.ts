/**
 * Set to `separate` by the build script (scripts/lib/build-site.ts) for Astro: its hook then leaves
 * the search index and preview images to scripts/outputs.ts, run once Astro has exited.
 */
export const OUTPUTS_STEP_ENV = 'SETKA_OUTPUTS_STEP';

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

/** Called by the page cache for each page it has just written to the cache: its key and path. */
export type PageListener = (key: string, pathname: string) => void;

const LISTENER = Symbol.for('setka.pageListener');

/** Set (or, with null, clear) who hears of rendered pages (src/integrations/pages-follower.ts). */
export function setPageListener(listener: PageListener | null): void {
  (globalThis as Record<symbol, unknown>)[LISTENER] = listener ?? undefined;
}

/** Tells the listener, if any, that the page `pathname` was rendered and its bytes kept under `key`. */
export function pageRendered(key: string, pathname: string): void {
  ((globalThis as Record<symbol, unknown>)[LISTENER] as PageListener | undefined)?.(key, pathname);
}
