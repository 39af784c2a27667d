/**
 * The page cache on disk: per page key, the page's bytes (`<key>`) and, for an HTML page, its
 * digest for the search index and the preview card (`<key>.json`, src/lib/search/digest.ts),
 * made by the build's last step when it first puts the page in place.
 * Files are written whole under a temporary name and renamed, so a build killed midway or
 * another build reading the same folder never sees half a page.
 *
 * Astro's output gets a placeholder for each cacheable page (`placeholder(key)`, a few dozen
 * bytes); the build's last step puts the page in its place (`findPlaceholders`, `placePages`) as a hard link to the
 * cached file when both are on one disk, else as a copy. So the bytes of an unchanged page never
 * pass through the renderer, and are not copied at all. Nothing in the build writes into a page
 * file after that; a page of the output edited in place by hand would change its cached copy too,
 * which a build with `SETKA_PAGE_CACHE=verify` finds and names.
 *
 * A page used by a build has its files' time set to now; `prunePages` removes the files no build
 * has used for an hour, so the folder holds about one copy of the site.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { copyFile, link, rename, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { contentDir } from '../content-dir';
import { pageDigest, type PageDigest } from '../search/digest';
import { DEV_SERVER_ENV } from '../csp';

/** `off` builds every page; `verify` builds every page and fails on one that differs from its cached copy. */
export const PAGE_CACHE_ENV = 'SETKA_PAGE_CACHE';

/** Cache files unused for this long are removed after a build. */
export const PRUNE_AFTER_MS = 3600 * 1000;

/** Where cached pages live: `<SETKA_CACHE_DIR>/pages`, else `node_modules/.cache/setka-pages` of the project. */
export function pageCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.SETKA_CACHE_DIR ? resolve(root, env.SETKA_CACHE_DIR, 'pages') : join(root, 'node_modules/.cache/setka-pages');
}

/** Files that make the site's code: `src/` but its demo content, public files, configuration and the locked dependencies. */
function codeFiles(root: string): string[] {
  const skip = new Set([resolve(contentDir(root, 'src/content')), resolve(contentDir(root))]);
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      if (skip.has(full)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'public'));
  for (const name of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) out.push(join(root, name));
  return out;
}

/**
 * Environment variables that pages read while the site is built (test/unit/page-cache.test.ts
 * finds every `process.env` read under `src/` and fails on one missing here or in its exempt list).
 */
export const PAGE_ENV = ['SETKA_DECAP_PORT', DEV_SERVER_ENV] as const;

/**
 * A hash of what renders the pages besides the content: the code and the environment variables
 * pages read (a change of either gives every page a new key).
 */
export function codeVersion(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const h = createHash('sha256');
  for (const name of PAGE_ENV) h.update(`${name}=${env[name] ?? ''}\0`);
  for (const file of codeFiles(root)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    h.update(relative(root, file).split(sep).join('/')).update('\0').update(bytes).update('\0');
  }
  return h.digest('hex');
}

const MARK = '\0setka-page-cache ';
const KEY_LENGTH = 64;
/** Size in bytes of every placeholder. */
export const PLACEHOLDER_BYTES = MARK.length + KEY_LENGTH + 1;

/** What Astro writes for a page that the last step takes from the cache. */
export function placeholder(key: string): string {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`page cache: bad key ${key}`);
  return `${MARK}${key}\n`;
}

/** The key in a placeholder's bytes, or null when the bytes are a page. */
export function placeholderKey(bytes: Uint8Array): string | null {
  if (bytes.length !== PLACEHOLDER_BYTES) return null;
  const text = Buffer.from(bytes).toString('latin1');
  return text.startsWith(MARK) && text.endsWith('\n') && /^[0-9a-f]{64}$/.test(text.slice(MARK.length, -1)) ? text.slice(MARK.length, -1) : null;
}

export class PageStore {
  private broken = false;
  /** Shard folders made by this store: a cold build writes thousands of pages into 256 of them. */
  private readonly made = new Set<string>();

  constructor(readonly dir: string) {}

  /** The file of a page's bytes. */
  body(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }

  private digestFile(key: string): string {
    return `${this.body(key)}.json`;
  }

  /**
   * The keys of the pages in the cache, listed once (a folder per shard), with those this store
   * writes added: asking the disk for each page instead, a cold build at region size made 4,500
   * failed system calls on Astro's thread, each thrown and caught.
   */
  private listed: Set<string> | undefined;

  private keys(): Set<string> {
    if (this.listed) return this.listed;
    const keys = new Set<string>();
    let shards: string[] = [];
    try {
      shards = readdirSync(this.dir);
    } catch {
      // no cache yet
    }
    for (const shard of shards) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      try {
        for (const name of readdirSync(join(this.dir, shard))) if (name.length === KEY_LENGTH && name.startsWith(shard)) keys.add(name);
      } catch {
        // not a folder
      }
    }
    return (this.listed = keys);
  }

  /**
   * Whether the page's bytes are in the cache; a page found is marked as used now. (An HTML page
   * without its digest yet gets one when the last step finds it, see `findPlaceholders`.)
   */
  has(key: string): boolean {
    if (!this.keys().has(key)) return false;
    const now = new Date();
    try {
      utimesSync(this.body(key), now, now);
    } catch {
      this.listed?.delete(key);
      return false;
    }
    try {
      utimesSync(this.digestFile(key), now, now);
    } catch {
      // no digest yet
    }
    return true;
  }

  read(key: string): Buffer | null {
    try {
      return readFileSync(this.body(key));
    } catch {
      return null;
    }
  }

  digest(key: string): PageDigest | null {
    try {
      return JSON.parse(readFileSync(this.digestFile(key), 'utf8')) as PageDigest;
    } catch {
      return null;
    }
  }

  private put(file: string, data: string | Uint8Array): void {
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, data);
      renameSync(tmp, file);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
  }

  /**
   * Keeps a page's bytes; false when they could not be written (a full or read-only disk), which
   * turns writing off for the rest of the build. The build's renderer (src/middleware.ts) writes
   * each page here, on its own thread: handing the writes to Node's file-system threads instead cost
   * Astro's thread as much in hand-offs as the system calls themselves and doubled the processor time
   * of the writes, and a cold region build took longer (docs/development.md, «Кэш страниц пишет сам»).
   */
  write(key: string, body: Uint8Array): boolean {
    if (this.broken) return false;
    try {
      this.shard(key);
      this.put(this.body(key), body);
      this.listed?.add(key);
      return true;
    } catch {
      this.broken = true;
      return false;
    }
  }

  /** Makes the key's folder (one of 256) once per store. */
  private shard(key: string): void {
    const shard = key.slice(0, 2);
    if (!this.made.has(shard)) {
      mkdirSync(join(this.dir, shard), { recursive: true });
      this.made.add(shard);
    }
  }

  /** Keeps an HTML page's digest (made by the last step, not by the renderer); a failure to write is left alone. */
  writeDigest(key: string, digest: PageDigest): void {
    try {
      this.put(this.digestFile(key), JSON.stringify(digest));
    } catch {
      // the next build renders the page again
    }
  }
}

/** Files under `dir` (absolute paths), except the top-level folders in `skip`. */
function allFiles(dir: string, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (depth === 0 && skip.has(entry.name)) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(dir, 0);
  return out;
}

/** Folders of Astro's output with no page: its scripts, styles and fonts. */
const NO_PAGES = new Set(['_astro']);

/** A placeholder of Astro's output and the key of the cached page it stands for. */
export interface Placeholder {
  file: string;
  key: string;
}

/** What {@link findPlaceholders} found: the placeholders, the digests of the HTML pages among them, by file, and every file it looked at. */
export interface Placeholders {
  placeholders: Placeholder[];
  digests: Map<string, PageDigest>;
  /** Every file of the output but Astro's scripts and styles (`_astro`), in directory order: the one walk of the output. */
  files: string[];
}

/** The Russian message for a page of `outDir` whose cached bytes are gone. */
function missingPage(outDir: string, file: string, store: PageStore): Error {
  return new Error(`Кэш страниц: страницы ${relative(outDir, file)} нет в кэше ${store.dir} (папку кэша очистили во время сборки?). Запустите сборку снова.`);
}

/**
 * The placeholders in the built site `outDir`, and the digest of each HTML page they stand for
 * (kept with the page; a page rendered by this build whose digest was not made yet gets it now,
 * from its cached bytes, and it is kept for the next builds). Touches no file of `outDir`, so the
 * search index can be made from the digests while the pages are put in place ({@link placePages}).
 * Throws a Russian message when an HTML page is missing from the cache.
 */
export function findPlaceholders(outDir: string, store: PageStore): Placeholders {
  const placeholders: Placeholder[] = [];
  const digests = new Map<string, PageDigest>();
  const head = Buffer.alloc(PLACEHOLDER_BYTES);
  const files = allFiles(outDir, NO_PAGES);
  for (const file of files) {
    if (statSync(file).size !== PLACEHOLDER_BYTES) continue;
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, PLACEHOLDER_BYTES, 0);
    } finally {
      closeSync(fd);
    }
    const key = placeholderKey(head);
    if (!key) continue;
    placeholders.push({ file, key });
    if (!file.endsWith('.html')) continue;
    let digest = store.digest(key);
    if (!digest) {
      const body = store.read(key);
      if (!body) throw missingPage(outDir, file, store);
      digest = pageDigest(body.toString('utf8'));
      store.writeDigest(key, digest);
    }
    digests.set(file, digest);
  }
  return { placeholders, digests, files };
}

/** Placeholders replaced at once: the file system's work goes to Node's threads, a few files each. */
const PLACING_AT_ONCE = 16;

/**
 * Puts each cached page in place of its placeholder: a hard link to the cached file when both are
 * on one disk, else a copy, made under a temporary name beside the placeholder and renamed over
 * it, so the file is never missing and never half written while other work lists or reads the
 * folder. Returns how many files were put in place. Throws a Russian message when a page is
 * missing from the cache (removed by hand between Astro and this step).
 */
export async function placePages(outDir: string, store: PageStore, placeholders: readonly Placeholder[]): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < placeholders.length) {
      const { file, key } = placeholders[next++]!;
      const tmp = `${file}.setka-${process.pid}`;
      try {
        try {
          await link(store.body(key), tmp);
        } catch (error) {
          // Another disk, or a file system without hard links: the bytes are copied.
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
          await copyFile(store.body(key), tmp, constants.COPYFILE_FICLONE);
        }
        await rename(tmp, file);
      } catch (error) {
        await rm(tmp, { force: true });
        // A full or read-only disk is reported as such by the build (scripts/lib/build-site.ts).
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missingPage(outDir, file, store);
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PLACING_AT_ONCE, placeholders.length) }, worker));
  return placeholders.length;
}

/** Removes cache files unused since `before` (ms) and temporary files left by killed builds; returns how many. */
export function prunePages(dir: string, before: number): number {
  let removed = 0;
  let shards: string[];
  try {
    shards = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const shard of shards) {
    const sub = join(dir, shard);
    let names: string[];
    try {
      names = readdirSync(sub);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(sub, name);
      try {
        if (statSync(file).mtimeMs < before) {
          rmSync(file, { force: true });
          removed++;
        }
      } catch {
        // removed by another build
      }
    }
  }
  return removed;
}
