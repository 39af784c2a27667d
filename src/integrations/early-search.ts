/**
 * The search index begun while Astro renders. In `npm run build` the last step's process follows
 * the pages (scripts/outputs.ts --wait) on the core Astro leaves idle; it also hands each page's
 * search text to Pagefind as soon as the page and all pages before it in the search order
 * (src/lib/search/order.ts) are in the page cache, so that after Astro only the pages not reached
 * are added and the index is written.
 *
 * It only gets ahead: the last step keeps this index only if the pages it added are, one for
 * one and in order, the first of the pages the step finds in the built site with the same text
 * (src/integrations/pagefind.ts); otherwise the index is dropped and made from the start. So the
 * index is the same whether it was begun early or not.
 *
 * It begins only once a page is rendered anew: a build with every page from the page cache
 * mostly reuses the whole index from the search cache, and adding pages for nothing would take
 * the core Astro is using.
 */
import { createIndex, type PagefindIndex } from 'pagefind';
import type { PageStore } from '../lib/page-cache/store';
import { pageDigest, type PageDigest } from '../lib/search/digest';
import { pageFileOf } from '../lib/search/order';
import { IN_FLIGHT, searchTextHash } from './pagefind';

/** An index begun while Astro rendered: the pages added to it, in order, by file and the hash of the text added. */
export interface EarlyIndex {
  index: PagefindIndex;
  added: ReadonlyArray<{ sourcePath: string; hash: string }>;
}

export class EarlySearch {
  private order: readonly string[] = [];
  /** Pages in the page cache not yet added, by file: their keys (null: a page written whole, gone past). */
  private readonly waiting = new Map<string, string | null>();
  private next = 0;
  private begun = false;
  private stopped = false;
  private failed = false;
  private index: PagefindIndex | undefined;
  private readonly added: Array<{ sourcePath: string; hash: string }> = [];
  private readonly inFlight = new Set<Promise<void>>();
  private running: Promise<void> | undefined;

  constructor(private readonly store: PageStore) {}

  /** The files of the pages Astro generates, in the search order, once told (for the last step). */
  get files(): readonly string[] | undefined {
    return this.told ? this.order : undefined;
  }

  private told = false;

  /** How many pages have been handed to Pagefind. */
  get count(): number {
    return this.added.length;
  }

  /** The pages Astro will generate, in the search order (`searchOrder`); told once, before the pages. */
  setOrder(files: readonly string[]): void {
    this.told = true;
    this.order = files;
    this.pump();
  }

  /** The page at `pathname` is in the page cache under `key`; `fresh` when this build rendered it (its digest is kept). */
  page(pathname: string, key: string, fresh: boolean): void {
    this.waiting.set(pageFileOf(pathname), key);
    if (fresh) this.begun = true;
    this.pump();
  }

  /**
   * The page at `pathname` is written whole, not kept in the page cache (the 404 page): the index
   * goes past it. If it has text to find, the last step sees the pages added are not the first of
   * its own and makes the index anew.
   */
  skip(pathname: string): void {
    this.waiting.set(pageFileOf(pathname), null);
    this.pump();
  }

  private pump(): void {
    if (this.running || !this.begun || this.stopped || this.failed) return;
    const file = this.order[this.next];
    if (file === undefined || !this.waiting.has(file)) return;
    this.running = this.add().then(
      () => {
        this.running = undefined;
        this.pump();
      },
      () => {
        this.running = undefined;
        this.failed = true;
      },
    );
  }

  /** The digest of a page in the cache: kept with it, or made now (a page kept by a build that stopped before the last step). */
  private digest(key: string): PageDigest | null {
    const kept = this.store.digest(key);
    if (kept) return kept;
    const body = this.store.read(key);
    if (!body) return null;
    const digest = pageDigest(body.toString('utf8'));
    this.store.writeDigest(key, digest);
    return digest;
  }

  /** Adds the pages that are next in the order and in the cache. */
  private async add(): Promise<void> {
    for (let file = this.order[this.next]; file !== undefined && !this.stopped; file = this.order[this.next]) {
      const key = this.waiting.get(file);
      if (key === undefined) return;
      this.waiting.delete(file);
      this.next++;
      if (key === null) continue;
      const digest = this.digest(key);
      if (!digest) throw new Error(`нет страницы ${file} в кэше страниц`);
      if (digest.search === null) continue;
      if (!this.index) {
        const created = await createIndex({ forceLanguage: 'ru' });
        if (!created.index) throw new Error(created.errors.join('; '));
        this.index = created.index;
      }
      const content = digest.search;
      const task: Promise<void> = this.index.addHTMLFile({ sourcePath: file, content }).then(
        (result) => {
          this.inFlight.delete(task);
          if (result.errors.length) this.failed = true;
        },
        () => {
          this.inFlight.delete(task);
          this.failed = true;
        },
      );
      this.inFlight.add(task);
      this.added.push({ sourcePath: file, hash: searchTextHash(content) });
      if (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight);
    }
  }

  /**
   * Astro is done: no more pages are added. The index begun, once the pages sent are in it; none
   * when nothing was begun or something failed (then an index begun is deleted).
   */
  async finish(): Promise<EarlyIndex | undefined> {
    this.stopped = true;
    await this.running;
    await Promise.all(this.inFlight);
    if (!this.index) return undefined;
    if (this.failed) {
      await this.index.deleteIndex().catch(() => {});
      return undefined;
    }
    return { index: this.index, added: this.added };
  }
}
