/**
 * The pages follower (`SETKA_PAGES_FOLLOWER=on`): while Astro renders, a process of its own does
 * the part of the build's last step (src/integrations/outputs.ts) that needs only one page at a
 * time — each freshly rendered HTML page's digest (src/lib/search/digest.ts), kept in the page
 * cache, and its preview card, drawn into the image cache. Astro renders on one thread, so on a
 * machine with two cores this work uses the core Astro leaves idle; the last step then finds the
 * digests and images in the caches instead of making them after Astro has exited.
 *
 * It is off unless asked for, because it runs beside Astro at Astro's peak memory: on the region
 * (400 schools, `npm run bench`, 3 December) the cold build took 35.6 s with it against 39.4 s
 * without (3.21× the reference against 3.40×), but its peak was 1,535 MB against 1,186 MB, over
 * the 1.5 GB a build is held to. A follower making only the digests (105 MB against 240) gained
 * nothing measurable (38.0 s, 3.44×) and still cost 250 MB. On a machine with memory to spare it
 * is worth turning on.
 *
 * It only fills caches, with files written whole (a temporary name, then a rename), and the last
 * step still makes whatever it did not: a follower that fails, falls behind (it is stopped when
 * Astro is done) or is off changes how long the build takes, never what it makes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { cardHash } from '../lib/og/card';
import { PageStore, pageCacheDir } from '../lib/page-cache/store';
import { pageDigest } from '../lib/search/digest';
import { cachedCard, drawIntoCache, ogCacheDir } from './og';

/** `on` starts the follower for `astro build`; anything else leaves all of the last step's work to the last step. */
export const PAGES_FOLLOWER_ENV = 'SETKA_PAGES_FOLLOWER';

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

/** Whether a rendered path is an HTML page (`/schools/a/`, `/404`, `/a.html`), not a file such as `/calendar.ics`. */
export function isHtmlPath(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.') || last.endsWith('.html');
}

/** What a follower did. */
export interface FollowStats {
  digests: number;
  cards: number;
  failed: number;
}

/**
 * The follower's work: for each line `<key>\t<pathname>` of `lines`, the page's digest and card,
 * made from its bytes in the page cache of `root`, until the lines end or `stopped()` is true (lines
 * already read but not reached are dropped). A page that cannot be read or drawn is counted and
 * left to the last step.
 */
export async function followPages(lines: AsyncIterable<string>, root: string, stopped: () => boolean = () => false): Promise<FollowStats> {
  const store = new PageStore(pageCacheDir(root));
  const cards = ogCacheDir(root);
  const stats: FollowStats = { digests: 0, cards: 0, failed: 0 };
  const seen = new Set<string>();
  const drawing = new Set<Promise<void>>();
  let cacheReady = false;
  for await (const line of lines) {
    if (stopped()) break;
    const tab = line.indexOf('\t');
    const key = line.slice(0, tab);
    if (tab < 0 || !isHtmlPath(line.slice(tab + 1)) || store.digest(key)) continue;
    const body = store.read(key);
    if (!body) {
      stats.failed++;
      continue;
    }
    const digest = pageDigest(body.toString('utf8'));
    store.writeDigest(key, digest);
    stats.digests++;
    const card = digest.card?.card;
    if (!card) continue;
    const hash = cardHash(card);
    if (seen.has(hash)) continue;
    seen.add(hash);
    if (!cacheReady) {
      mkdirSync(cards, { recursive: true });
      cacheReady = true;
    }
    if (existsSync(cachedCard(cards, hash))) continue;
    const task: Promise<void> = drawIntoCache(cards, hash, card).then(
      () => void stats.cards++,
      () => void stats.failed++,
    );
    drawing.add(task);
    void task.finally(() => drawing.delete(task));
    if (drawing.size >= CARDS_AT_ONCE) await Promise.race(drawing);
  }
  await Promise.all(drawing);
  return stats;
}

/** Lines of a stream, one at a time. */
export function linesOf(input: Readable): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Infinity });
}

/** The Astro side: starts the follower process and sends it each page the page cache writes. */
export class PagesFollower {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private open = true;

  constructor(root: string) {
    this.child = spawn(process.execPath, [...FOLLOWER_NODE_FLAGS, '--import', 'tsx', join(root, 'scripts', 'follow-pages.ts'), '--root', root], {
      cwd: root,
      stdio: ['pipe', 'inherit', 'inherit'],
      env: process.env,
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code) => resolve(code));
      this.child.once('error', () => resolve(null));
    });
    // A broken pipe (the follower died) is not the build's failure: the last step does its work.
    this.child.stdin?.on('error', () => (this.open = false));
    // If Astro stops before its build is done, the follower stops with it.
    process.once('exit', () => this.child.kill());
  }

  page(key: string, pathname: string): void {
    if (this.open && isHtmlPath(pathname)) this.child.stdin?.write(`${key}\t${pathname}\n`);
  }

  /**
   * No more pages. With `drain`, waits for the follower to finish all it was sent; else (the
   * build) tells it to stop: it finishes the cards it is drawing and exits, and what it had not
   * reached is left to the last step, which has every core to itself once Astro has exited —
   * Astro never waits for a follower that fell behind.
   */
  async close({ drain = false }: { drain?: boolean } = {}): Promise<void> {
    this.open = false;
    this.child.stdin?.end();
    if (!drain) this.child.kill('SIGTERM');
    await this.exited;
  }
}
