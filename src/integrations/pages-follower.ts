/**
 * The pages follower (`SETKA_PAGES_FOLLOWER=on`, which `npm run build` sets): while Astro renders,
 * a process of its own does the part of the build's last step (src/integrations/outputs.ts) that
 * needs only one page at a time — each freshly rendered HTML page's digest
 * (src/lib/search/digest.ts), kept in the page cache, and the preview cards, drawn into the image
 * cache: those the content plans before any page is rendered (src/lib/og/page-og.ts: home,
 * schools, documents) and those the pages show. `npm run build` does this in the last step's own
 * process instead, started with Astro (scripts/outputs.ts --wait; Astro writes to it through
 * `PagesPipe`), which draws the cards from the plan the check makes before Astro has read the content. Astro renders on one thread, so on a machine with
 * two cores this work uses the core Astro leaves idle; the last step then finds the digests and
 * images in the caches instead of making them after Astro has exited.
 *
 * It runs beside Astro at Astro's peak memory, so `npm run build` also has Astro's allocator hand
 * freed memory back (scripts/lib/node-flags.ts, `ASTRO_ALLOCATOR_ENV`): Astro's own peak at region
 * size (400 schools) fell from 1.2 GB to 815–830 MB, and the whole build with the follower peaked at
 * 1,255–1,323 MB against 1,246 MB without it (docs/development.md, «Попутчик и память Astro»).
 *
 * It only fills caches, with files written whole (a temporary name, then a rename), and the last
 * step still makes whatever it did not: a follower that fails, falls behind (it is stopped when
 * Astro is done) or is off changes how long the build takes, never what it makes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setPriority } from 'node:os';
import { Socket } from 'node:net';
import { cardHash, type OgCard } from '../lib/og/card';
import { PageStore, pageCacheDir } from '../lib/page-cache/store';
import { pageDigest } from '../lib/search/digest';
import { cachedCard, drawIntoCache, ogCacheDir } from './og';
import { RESVG_PURGE_DELAY_MS } from '../lib/og/render';
import { isHtmlPath } from '../lib/search/order';
import type { EarlySearch } from './early-search';

/** Cards drawn at once by the follower: Satori's layout holds its one thread, resvg works on its own. */
const CARDS_AT_ONCE = 2;

/**
 * The follower runs beside Astro, and the build's peak memory is their sum (the bench sums the
 * process tree). It needs memory for one page at a time, so it gets a small heap: on the region
 * (400 schools) its peak fell from about 420 to 250 MB, the build's from 1,560 to 1,360 MB, with
 * no more page faults than without the follower. (Handing resvg's freed memory back at once, as
 * tried too, doubled the build's page faults: src/lib/og/render.ts keeps it for 1 s.)
 */
const FOLLOWER_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=2'];

/**
 * The follower's priority (`nice`): Astro's rendering is what the build waits for, so when both
 * want a core Astro gets it, and what the follower did not reach the last step makes on every
 * core. In interleaved cold builds of the region (400 schools, 3 December, 12:14–12:26) Astro
 * finished its pages in 19.9–26.6 s with it and 21.1–28.7 s without (one more run without it, at
 * load 5.9 while other work ran, took 42.4 s): a small gain within the noise, kept because the
 * build waits for Astro, never for the follower.
 */
const FOLLOWER_NICE = 19;

/**
 * The fewest missing cards for which the follower starts. Its start costs about a second of CPU
 * (Node, tsx, Satori and resvg), taken from Astro's start on a 2-core machine: on the demo (17
 * cards) a cold build took 13.1 s of CPU with it and 11.2 s without, and the follower drew no card
 * before Astro was done. A region's cold build plans hundreds (455 at 400 schools); a build after
 * a report is edited plans none, and the last step makes its few hundred digests in under a second.
 */
export const FOLLOWER_MIN_CARDS = 40;

export { isHtmlPath } from '../lib/search/order';

/** What a follower did. */
export interface FollowStats {
  digests: number;
  cards: number;
  failed: number;
}

/** The build log's line for what following the pages made (`[setka:…] ` before it is the caller's); `ms` since it began. */
export function followedLine(stats: FollowStats, ms: number): string {
  return `Во время сборки страниц: сводок страниц — ${stats.digests}, картинок для соцсетей — ${stats.cards}${stats.failed ? `, не сделано (сделает последний шаг) — ${stats.failed}` : ''} (${(ms / 1000).toFixed(1)} с)`;
}

/** Prefix of a line that plans a card (`card\t<JSON of an OgCard>`), not a page: keys are hexadecimal. */
export const CARD_LINE = 'card\t';
/** Prefix of the line with the files of the pages Astro will generate, in the search order (`order\t<JSON array>`). */
export const ORDER_LINE = 'order\t';
/** Prefix of a line for a page taken from the page cache, not rendered (`hit\t<key>\t<pathname>`). */
export const HIT_LINE = 'hit\t';
/** Prefix of a line for a page written whole, not kept in the page cache (`whole\t<pathname>`). */
export const WHOLE_LINE = 'whole\t';

/** What `followPages` may also be given. */
export interface FollowOptions {
  /** True once the follower must stop taking lines. */
  stopped?: () => boolean;
  /** Called once every line has been taken (the drawing may go on). */
  linesDone?: () => void;
  /** The search index begun meanwhile: told the order and every page in the cache. */
  early?: EarlySearch | undefined;
}

/**
 * The follower's work, until the lines end or `stopped()` is true (lines already read but not
 * reached are dropped):
 * - each line `<key>\t<pathname>` of an HTML page: the page's digest, made from its bytes in the
 *   page cache of `root`, and its card;
 * - each line `card\t<JSON>`: a card planned from the content before its page is rendered
 *   (src/lib/og/page-og.ts) — Astro renders the schools last, and their 400 cards are most of
 *   the drawing.
 * Cards are drawn into the image cache, `CARDS_AT_ONCE` at a time, beside the digests; each card
 * once. A page that cannot be read or a card that cannot be drawn is counted and left to the
 * last step. With `early`, the lines `order\t…`, `hit\t…` and `whole\t…` and each page go to the search
 * index begun meanwhile (src/integrations/early-search.ts).
 */
export async function followPages(lines: AsyncIterable<string>, root: string, { stopped = () => false, linesDone = () => {}, early }: FollowOptions = {}): Promise<FollowStats> {
  const store = new PageStore(pageCacheDir(root));
  const cards = ogCacheDir(root);
  const stats: FollowStats = { digests: 0, cards: 0, failed: 0 };
  const seen = new Set<string>();
  const queue: Array<{ hash: string; card: OgCard }> = [];
  let active = 0;
  let idle: (() => void) | undefined;
  let cacheReady = false;
  const pump = () => {
    while (active < CARDS_AT_ONCE && queue.length > 0 && !stopped()) {
      const { hash, card } = queue.shift()!;
      if (existsSync(cachedCard(cards, hash))) continue;
      active++;
      void drawIntoCache(cards, hash, card).then(
        () => void stats.cards++,
        () => void stats.failed++,
      ).finally(() => {
        active--;
        pump();
        if (active === 0 && (queue.length === 0 || stopped())) idle?.();
      });
    }
  };
  const plan = (card: OgCard) => {
    const hash = cardHash(card);
    if (seen.has(hash)) return;
    seen.add(hash);
    if (!cacheReady) {
      mkdirSync(cards, { recursive: true });
      cacheReady = true;
    }
    queue.push({ hash, card });
    pump();
  };
  for await (const line of lines) {
    if (stopped()) break;
    if (line.startsWith(CARD_LINE)) {
      try {
        plan(JSON.parse(line.slice(CARD_LINE.length)) as OgCard);
      } catch {
        stats.failed++;
      }
      continue;
    }
    if (line.startsWith(ORDER_LINE)) {
      try {
        early?.setOrder(JSON.parse(line.slice(ORDER_LINE.length)) as string[]);
      } catch {
        stats.failed++;
      }
      continue;
    }
    if (line.startsWith(WHOLE_LINE)) {
      const pathname = line.slice(WHOLE_LINE.length);
      if (isHtmlPath(pathname)) early?.skip(pathname);
      continue;
    }
    if (line.startsWith(HIT_LINE)) {
      const [key, pathname] = line.slice(HIT_LINE.length).split('\t');
      if (key && pathname && isHtmlPath(pathname)) early?.page(pathname, key, false);
      continue;
    }
    const tab = line.indexOf('\t');
    const key = line.slice(0, tab);
    const pathname = line.slice(tab + 1);
    if (tab < 0 || !isHtmlPath(pathname)) continue;
    if (!store.digest(key)) {
      const body = store.read(key);
      if (!body) {
        stats.failed++;
        continue;
      }
      const digest = pageDigest(body.toString('utf8'));
      store.writeDigest(key, digest);
      stats.digests++;
      if (digest.card) plan(digest.card.card);
    }
    early?.page(pathname, key, true);
    // Satori lays a card out on this thread: a page waits while the cards drawn fill every slot.
    if (active >= CARDS_AT_ONCE) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  linesDone();
  if (active > 0 || (queue.length > 0 && !stopped())) {
    await new Promise<void>((resolve) => {
      idle = resolve;
      pump();
      if (active === 0) resolve();
    });
  }
  return stats;
}

/** The Astro side: starts the follower process and sends it each page the page cache writes. */
export class PagesFollower {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  private open = true;

  private readonly minCards: number;

  /**
   * The follower's process starts when the cards planned from the content (`plan`, told before
   * the first page is rendered) miss at least `minCards` images in the cache; else it never
   * starts, and `page` is a no-op: the last step makes the few digests and cards of such a build.
   */
  constructor(
    private readonly root: string,
    { minCards = FOLLOWER_MIN_CARDS }: { minCards?: number } = {},
  ) {
    this.minCards = minCards;
  }

  private process(): ChildProcess {
    if (this.child) return this.child;
    const child = spawn(process.execPath, [...FOLLOWER_NODE_FLAGS, '--import', 'tsx', join(this.root, 'scripts', 'follow-pages.ts'), '--root', this.root], {
      cwd: this.root,
      stdio: ['pipe', 'inherit', 'inherit'],
      // The renderer's allocator keeps freed memory a while (src/lib/og/render.ts), whatever Astro's does.
      env: { ...process.env, MIMALLOC_PURGE_DELAY: String(RESVG_PURGE_DELAY_MS) },
    });
    try {
      if (child.pid) setPriority(child.pid, FOLLOWER_NICE);
    } catch {
      // Not allowed here: the follower runs at Astro's priority.
    }
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.once('error', () => resolve(null));
    });
    // A broken pipe (the follower died) is not the build's failure: the last step does its work.
    child.stdin?.on('error', () => (this.open = false));
    // If Astro stops before its build is done, the follower stops with it.
    process.once('exit', () => child.kill());
    this.child = child;
    return child;
  }

  page(key: string, pathname: string): void {
    if (this.open && this.child && isHtmlPath(pathname)) this.child.stdin?.write(`${key}\t${pathname}\n`);
  }

  /** A page from the page cache: nothing for this follower to make. */
  reused(): void {}

  /** A page not in the page cache: nothing for this follower to read. */
  uncached(): void {}

  /** Cards planned from the content (src/lib/og/page-og.ts), drawn before their pages are rendered: those not in the image cache. */
  plan(cards: readonly OgCard[]): void {
    if (!this.open) return;
    const dir = ogCacheDir(this.root);
    const missing = cards.filter((card) => !existsSync(cachedCard(dir, cardHash(card))));
    if (missing.length < this.minCards && !this.child) return;
    const child = this.process();
    for (const card of missing) child.stdin?.write(`${CARD_LINE}${JSON.stringify(card)}\n`);
  }

  /**
   * No more pages. With `drain`, waits for the follower to finish all it was sent; else (the
   * build) tells it to stop: it finishes the cards it is drawing and exits, and what it had not
   * reached is left to the last step, which has every core to itself once Astro has exited —
   * Astro never waits for a follower that fell behind.
   */
  async close({ drain = false }: { drain?: boolean } = {}): Promise<void> {
    this.open = false;
    if (!this.child) return;
    this.child.stdin?.end();
    if (!drain) this.child.kill('SIGTERM');
    await this.exited;
  }

  /** Whether the follower's process was started. */
  get started(): boolean {
    return this.child !== undefined;
  }
}

/**
 * The Astro side in `npm run build`: each rendered page's line goes to the file descriptor `fd`,
 * the stdin of the last step's process (`PAGES_FD_ENV`), which follows the pages itself. Writes are
 * ordered (a socket stream); `close` waits until every line has been handed over. A line that
 * cannot be written only leaves that page's digest to the last step.
 */
export class PagesPipe {
  private readonly out: Socket;
  private open = true;

  constructor(fd: number) {
    this.out = new Socket({ fd, readable: false, writable: true });
    this.out.on('error', () => (this.open = false));
  }

  page(key: string, pathname: string): void {
    if (this.open && isHtmlPath(pathname)) this.out.write(`${key}\t${pathname}\n`);
  }

  /** A page taken from the page cache: the search index begun meanwhile adds it in its turn. */
  reused(key: string, pathname: string): void {
    if (this.open && isHtmlPath(pathname)) this.out.write(`${HIT_LINE}${key}\t${pathname}\n`);
  }

  /** A page written whole, not kept in the page cache: the index begun meanwhile cannot read it and goes past it. */
  uncached(pathname: string): void {
    if (this.open && isHtmlPath(pathname)) this.out.write(`${WHOLE_LINE}${pathname}\n`);
  }

  /** The files of the pages Astro will generate, in the search order (src/lib/search/order.ts). */
  order(files: readonly string[]): void {
    if (this.open) this.out.write(`${ORDER_LINE}${JSON.stringify(files)}\n`);
  }

  /** The cards were planned by the check (scripts/check.ts --plan-cards). */
  plan(): void {}

  /**
   * Waits until every line is handed over, then closes this process's descriptor only. Not `end()`:
   * the pipe is a socket pair shared with the build script, and shutting down its writing side
   * would end the last step's stdin before the build has said `go`.
   */
  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await new Promise<void>((resolve) => this.out.write('', () => resolve()));
    this.out.destroy();
  }
}
