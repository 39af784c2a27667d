/**
 * Social preview images: after `astro build`, each page's card is read from its Open Graph meta
 * (written by Base.astro) during the one pass over the output (src/integrations/outputs.ts), and a
 * 1200×630 PNG is put at its `og:image` path. Images are cached
 * on disk by content hash outside the output directory, so a build with no content change
 * draws none. Counts go to the build log and to `<cache>/last-build.json`.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cardHash, type OgCard } from '../lib/og/card';
import type { PageCard } from '../lib/og/meta';
import { renderCard } from '../lib/og/render';

/**
 * Cards drawn at once: Satori lays out on the main thread while resvg and zlib work on libuv's
 * threads, so two cards per core keep every core busy.
 */
const CONCURRENCY = Math.max(2, availableParallelism() * 2);
/** Cached images unused for this long are deleted. */
const PRUNE_AFTER_MS = 30 * 24 * 3600 * 1000;
/** Output folders with no pages. */

/** Counts of one build. */
export interface OgStats {
  pages: number;
  rendered: number;
  reused: number;
  ms: number;
}

/**
 * Where cached images live: `SETKA_OG_CACHE`, else `<SETKA_CACHE_DIR>/og`, else
 * `node_modules/.cache/setka-og` — never inside the output, which the build replaces.
 */
export function ogCacheDir(root = process.cwd()): string {
  if (process.env.SETKA_OG_CACHE) return resolve(root, process.env.SETKA_OG_CACHE);
  if (process.env.SETKA_CACHE_DIR) return resolve(root, process.env.SETKA_CACHE_DIR, 'og');
  return resolve(root, 'node_modules/.cache/setka-og');
}


/** The cached image of a card (`hash` from `cardHash`). */
export const cachedCard = (cacheDir: string, hash: string) => join(cacheDir, `${hash}.png`);

/**
 * Draws a card into the cache, whole or not at all (a temporary name, then a rename): the last
 * step and the pages follower (src/integrations/pages-follower.ts) both draw this way, so
 * either may find the other's image and neither sees half of one.
 */
export async function drawIntoCache(cacheDir: string, hash: string, card: OgCard): Promise<void> {
  const png = await renderCard(card);
  const tmp = join(cacheDir, `${hash}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, png);
    await rename(tmp, cachedCard(cacheDir, hash));
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function prune(cacheDir: string, used: Set<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir)) {
    if (!name.endsWith('.png') || used.has(name)) continue;
    const file = join(cacheDir, name);
    const info = await stat(file);
    if (now - info.mtimeMs > PRUNE_AFTER_MS) await rm(file, { force: true });
  }
}

/**
 * The cards of a built site, gathered page by page while another step reads the pages (the
 * search index's one pass over the output), then drawn: only those not in the cache.
 */
export class OgCards {
  readonly byHash = new Map<string, { card: OgCard; targets: Set<string> }>();
  pages = 0;
  constructor(private readonly outDir: string) {}

  /** Takes the card of one built page (`file` under the output; `page` its card from src/lib/search/digest.ts), if it has one. */
  add(file: string, page: PageCard | null): void {
    if (!page) return;
    if (!page.imagePath.startsWith('/og/') || page.imagePath.includes('..')) {
      throw new Error(`Картинка для соцсетей: у страницы ${file} og:image указывает не в /og/ (${page.imagePath}).`);
    }
    this.pages++;
    const hash = cardHash(page.card);
    const entry = this.byHash.get(hash) ?? { card: page.card, targets: new Set<string>() };
    entry.targets.add(join(this.outDir, page.imagePath));
    this.byHash.set(hash, entry);
  }

  /** Puts every gathered card's image into the output, drawing only those not in `cacheDir`. */
  render(cacheDir: string): Promise<OgStats> {
    return renderCards(this.byHash, this.pages, cacheDir);
  }
}

async function renderCards(byHash: Map<string, { card: OgCard; targets: Set<string> }>, pages: number, cacheDir: string): Promise<OgStats> {
  const started = performance.now();
  await mkdir(cacheDir, { recursive: true });
  let rendered = 0;
  let reused = 0;
  const missing: string[] = [];
  for (const hash of byHash.keys()) {
    if (await exists(cachedCard(cacheDir, hash))) reused++;
    else missing.push(hash);
  }
  if (missing.length) {
    await pool(missing, CONCURRENCY, async (hash) => {
      await drawIntoCache(cacheDir, hash, byHash.get(hash)!.card);
      rendered++;
    });
  }

  const now = new Date();
  for (const [hash, { targets }] of byHash) {
    const cached = cachedCard(cacheDir, hash);
    await utimes(cached, now, now);
    for (const target of targets) {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(cached, target, constants.COPYFILE_FICLONE);
    }
  }
  await prune(cacheDir, new Set([...byHash.keys()].map((h) => `${h}.png`)));
  const stats: OgStats = { pages, rendered, reused, ms: Math.round(performance.now() - started) };
  await writeFile(join(cacheDir, 'last-build.json'), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}
