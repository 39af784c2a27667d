/**
 * `tsx scripts/outputs.ts --out <built site> [--root <project>] [--wait [--plan <file>]]` — the
 * build's last step: the search index and the preview images of a site Astro has built
 * (src/integrations/outputs.ts). Exits 1 with the reason when the step fails.
 *
 * With `--wait` (how `npm run build` starts it: with Astro, so its start is not added to the
 * build's end) it first follows the pages while Astro renders them, as the pages follower does
 * (src/integrations/pages-follower.ts), on the core Astro leaves idle:
 * - the cards of `--plan <file>` (written by `npm run check -- --plan-cards <file>` once the
 *   content is checked, before Astro has read it) are drawn into the image cache as soon as the
 *   file appears;
 * - each stdin line `<key>\t<pathname>` (written by Astro, `PAGES_FD_ENV`) is a page just rendered:
 *   its digest goes into the page cache, and its card is drawn if it is not there;
 * - the line `order\t…` (the pages Astro will generate) and the lines `hit\t…` (pages taken from the
 *   page cache) with the pages rendered feed the search index begun meanwhile
 *   (src/integrations/early-search.ts);
 * - the line `go` (Astro is done) starts the step; the cards still being drawn are finished first.
 * If stdin ends without `go` (the build failed), it stops and exits 3 without touching the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { close } from 'pagefind';
import { CARD_LINE, followPages, followedLine } from '../src/integrations/pages-follower';
import { makeOutputs } from '../src/integrations/outputs';
import { EarlySearch, type EarlyIndex } from '../src/integrations/early-search';
import { PageStore, pageCacheDir } from '../src/lib/page-cache/store';

/** The priority (`nice`) while Astro renders: Astro's pages are what the build waits for. */
const FOLLOWING_NICE = 10;
/** How often the plan's file is looked for while the check runs, ms. */
const PLAN_POLL_MS = 100;

const { values } = parseArgs({ options: { out: { type: 'string' }, root: { type: 'string' }, wait: { type: 'boolean' }, plan: { type: 'string' } } });
if (!values.out) {
  console.error('Ошибка: укажите папку собранного сайта: tsx scripts/outputs.ts --out <папка>');
  process.exit(2);
}
const root = resolve(values.root ?? '.');
const info = (message: string) => console.log(`[setka:outputs] ${message}`);

/** Lines pushed from two sources (the plan's file, stdin), read in order by the follower. */
class Lines implements AsyncIterable<string> {
  private readonly buffer: string[] = [];
  private wake: (() => void) | undefined;
  private ended = false;

  push(line: string): void {
    this.buffer.push(line);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (;;) {
      if (this.buffer.length > 0) yield this.buffer.shift()!;
      else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** What following the pages left to the step. */
interface Followed {
  /** Told `go`: Astro is done. */
  go: boolean;
  /** Finishes the cards begun. */
  followed: Promise<unknown>;
  /** The pages' search order, when Astro told it. */
  order?: readonly string[] | undefined;
  /** The search index begun meanwhile. */
  early?: EarlyIndex | undefined;
}

/** With `--wait`: follows the pages until `go` or the end of stdin. */
async function followUntilGo(): Promise<Followed> {
  try {
    setPriority(FOLLOWING_NICE);
  } catch {
    // not allowed here
  }
  const started = performance.now();
  const lines = new Lines();
  let stop = false;
  let linesDone!: () => void;
  const taken = new Promise<void>((resolve) => (linesDone = resolve));
  const early = new EarlySearch(new PageStore(pageCacheDir(root)));
  const followed = followPages(lines, root, { stopped: () => stop, linesDone, early }).then(
    (stats) => info(followedLine(stats, performance.now() - started)),
    // Following only fills caches: what it did not make, the step makes.
    (error: unknown) => info(`Во время сборки страниц: остановлено (${error instanceof Error ? error.message : String(error)}); остальное сделает последний шаг`),
  ).finally(linesDone);
  let planned = false;
  const takePlan = () => {
    if (planned || !values.plan || !existsSync(values.plan)) return;
    planned = true;
    try {
      for (const card of JSON.parse(readFileSync(values.plan, 'utf8')) as unknown[]) lines.push(`${CARD_LINE}${JSON.stringify(card)}`);
    } catch {
      // no plan: the cards are drawn from the pages
    }
  };
  const poll = setInterval(takePlan, PLAN_POLL_MS);
  try {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      takePlan();
      if (line === 'go') {
        lines.end();
        try {
          setPriority(0);
        } catch {
          // stays lower; the machine is the build's now
        }
        // The pages already sent get their digests here, not again in the step; the cards may go on.
        await taken;
        return { go: true, followed, order: early.files, early: await early.finish() };
      }
      lines.push(line);
    }
  } finally {
    clearInterval(poll);
  }
  stop = true;
  lines.end();
  await early.finish();
  return { go: false, followed };
}

try {
  const waited: Partial<Followed> = values.wait ? await followUntilGo() : { go: true };
  if (waited.go) await makeOutputs(resolve(root, values.out), root, info, waited.followed, waited);
  else {
    // Not told to go: the build failed (it ignores this code), or the word was lost — then the
    // build must not publish a site without its search and images.
    await waited.followed;
    process.exitCode = 3;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  // Pagefind's own process, if an index was begun and not finished.
  await close();
}
