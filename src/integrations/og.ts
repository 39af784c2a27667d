/**
 * Social preview images: after `astro build`, each page's card is read from its Open Graph meta
 * (written by Base.astro) during the one pass over the output (src/integrations/outputs.ts), and a
 * 1200×630 PNG is put at its `og:image` path. Images are cached
 * on disk by content hash outside the output directory, so a build with no content change
 * draws none. Counts go to the build log and to `<cache>/last-build.json`.
 */
import { fork } from 'node:child_process';
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


async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A card to draw and the name of its image in the cache. */
export interface CardToDraw {
  hash: string;
  card: OgCard;
}

/** Draws `cards` into `cacheDir` (`<hash>.png`, each whole or not at all), a few at a time; returns how many. */
export async function drawCards(cacheDir: string, cards: readonly CardToDraw[]): Promise<number> {
  let drawn = 0;
  await pool([...cards], CONCURRENCY, async ({ hash, card }) => {
    const png = await renderCard(card);
    const tmp = join(cacheDir, `${hash}.${process.pid}.tmp`);
    await writeFile(tmp, png);
    await rename(tmp, join(cacheDir, `${hash}.png`));
    drawn++;
  });
  return drawn;
}

/**
 * Draws `cards` into `cacheDir` in a process of its own (scripts/draw-cards.ts). Satori lays a
 * card out on its process's main thread; here that thread also hands the pages to Pagefind, whose
 * own process indexes them at the same time (src/integrations/outputs.ts), and neither waits for
 * the other. Rejects with the drawer's message when a card cannot be drawn.
 */
export function drawInChild(root: string, cacheDir: string, cards: readonly CardToDraw[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(join(root, 'scripts', 'draw-cards.ts'), [], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer: { drawn: number } | { failure: string } | undefined;
    child.on('message', (message: { drawn: number } | { failure: string }) => (answer = message));
    child.once('error', (error) => reject(new Error(`Картинки для соцсетей: не удалось запустить рисование (${error.message}).`)));
    child.once('exit', (code, signal) => {
      if (answer && 'drawn' in answer) resolve(answer.drawn);
      else reject(new Error(`Картинки для соцсетей: не удалось нарисовать картинки — ${answer && 'failure' in answer ? answer.failure : `процесс рисования завершился ${signal ? `сигналом ${signal}` : `с кодом ${code}`}`}.`));
    });
    child.send({ cacheDir, cards });
  });
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

  /**
   * Puts every gathered card's image into the output, drawing only those not in `cacheDir`; with
   * the project's `root`, in a process of its own (see {@link drawInChild}).
   */
  render(cacheDir: string, root?: string): Promise<OgStats> {
    return renderCards(this.byHash, this.pages, cacheDir, root);
  }
}

async function renderCards(byHash: Map<string, { card: OgCard; targets: Set<string> }>, pages: number, cacheDir: string, root?: string): Promise<OgStats> {
  const started = performance.now();
  await mkdir(cacheDir, { recursive: true });
  let rendered = 0;
  let reused = 0;
  const missing: string[] = [];
  for (const hash of byHash.keys()) {
    if (await exists(join(cacheDir, `${hash}.png`))) reused++;
    else missing.push(hash);
  }
  if (missing.length) {
    const cards = missing.map((hash) => ({ hash, card: byHash.get(hash)!.card }));
    rendered = root ? await drawInChild(root, cacheDir, cards) : await drawCards(cacheDir, cards);
  }

  const now = new Date();
  for (const [hash, { targets }] of byHash) {
    const cached = join(cacheDir, `${hash}.png`);
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
