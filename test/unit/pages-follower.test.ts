/**
 * The pages follower (src/integrations/pages-follower.ts), run as Astro's build runs it: the real
 * script in a process of its own, fed `<key>\t<path>` lines. It keeps each HTML page's digest in
 * the page cache and draws its card into the image cache; the last step (src/integrations/outputs.ts)
 * then draws none and makes the same site as without the follower.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isHtmlPath, PagesFollower } from '../../src/integrations/pages-follower';
import { makeOutputs } from '../../src/integrations/outputs';
import { cachedCard } from '../../src/integrations/og';
import { cardHash } from '../../src/lib/og/card';
import { pngSize } from '../../src/lib/og/png';
import { PageStore, pageCacheDir, placeholder } from '../../src/lib/page-cache/store';
import { pageDigest } from '../../src/lib/search/digest';

const page = (title: string, image: string) =>
  `<!DOCTYPE html><html lang="ru"><head><title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="Управление образования"><meta property="og:image" content="https://example.org${image}" data-og-kind="Школа"></head><body><main data-pagefind-body><h1>${title}</h1><p>График консультаций по подготовке к ВПР.</p></main></body></html>`;

const key = (n: number) => n.toString(16).padStart(64, '0');
const PROJECT = resolve(import.meta.dirname, '../..');

const PAGES = [
  { path: '/schools/a/', file: 'schools/a/index.html', title: 'МБОУ «Никольская СОШ»', image: '/og/schools/a.png' },
  { path: '/schools/b/', file: 'schools/b/index.html', title: 'МБОУ «Дубовская ООШ»', image: '/og/schools/b.png' },
  // Two pages with one card: drawn once.
  { path: '/schools/b/print/', file: 'schools/b/print/index.html', title: 'МБОУ «Дубовская ООШ»', image: '/og/schools/b.png' },
];

let root: string;
const saved = process.env.SETKA_CACHE_DIR;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'setka-follower-'));
  process.env.SETKA_CACHE_DIR = join(root, 'cache');
});
afterEach(() => {
  if (saved === undefined) delete process.env.SETKA_CACHE_DIR;
  else process.env.SETKA_CACHE_DIR = saved;
});

/** Astro's output for PAGES (placeholders) and the page cache holding their bytes, plus one calendar file. */
function rendered(): { out: string; store: PageStore } {
  const out = join(root, 'out');
  const store = new PageStore(pageCacheDir(root));
  PAGES.forEach((p, i) => {
    const file = join(out, p.file);
    mkdirSync(join(file, '..'), { recursive: true });
    expect(store.write(key(i + 1), Buffer.from(page(p.title, p.image)))).toBe(true);
    writeFileSync(file, placeholder(key(i + 1)));
  });
  expect(store.write(key(9), Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'))).toBe(true);
  mkdirSync(join(out, 'search'), { recursive: true });
  writeFileSync(join(out, 'search', 'records.json'), '[]');
  return { out, store };
}

describe('the pages follower', () => {
  it('tells HTML pages from files by their path', () => {
    expect(['/', '/schools/a/', '/404', '/a.html'].filter(isHtmlPath)).toEqual(['/', '/schools/a/', '/404', '/a.html']);
    expect(['/calendar.ics', '/data/reports.csv', '/forms/report/a.docx', '/search/records.json'].filter(isHtmlPath)).toEqual([]);
  });

  it('keeps each page’s digest and draws each card once while Astro renders; the last step then draws none', { timeout: 120_000 }, async () => {
    const { out, store } = rendered();
    const follower = new PagesFollower(PROJECT, { minCards: 0 });
    follower.plan([]);
    PAGES.forEach((p, i) => follower.page(key(i + 1), p.path));
    follower.page(key(9), '/calendar.ics');
    follower.page(key(7), '/schools/missing/'); // not in the cache: left to the last step
    await follower.close({ drain: true });

    PAGES.forEach((p, i) => expect(store.digest(key(i + 1))).toEqual(pageDigest(page(p.title, p.image))));
    expect(store.digest(key(9))).toBeNull();
    const og = join(root, 'cache', 'og');
    const drawn = readdirSync(og).filter((f) => f.endsWith('.png'));
    expect(drawn).toHaveLength(2);
    for (const p of PAGES.slice(0, 2)) {
      const hash = cardHash(pageDigest(page(p.title, p.image)).card!.card);
      expect(pngSize(readFileSync(cachedCard(og, hash)))).toEqual({ width: 1200, height: 630 });
    }
    expect(readdirSync(og).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    await makeOutputs(out, root, () => {});
    expect(JSON.parse(readFileSync(join(og, 'last-build.json'), 'utf8'))).toMatchObject({ pages: 3, rendered: 0, reused: 2 });
    for (const p of PAGES) {
      expect(readFileSync(join(out, p.file), 'utf8')).toBe(page(p.title, p.image));
      expect(pngSize(readFileSync(join(out, p.image)))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('draws the cards planned from the content before their pages are rendered, each once; the last step draws only the rest', { timeout: 120_000 }, async () => {
    const { out } = rendered();
    const first = pageDigest(page(PAGES[0]!.title, PAGES[0]!.image)).card!.card;
    const follower = new PagesFollower(PROJECT, { minCards: 1 });
    follower.plan([first, first]);
    await follower.close({ drain: true });
    const og = join(root, 'cache', 'og');
    expect(readdirSync(og).filter((f) => f.endsWith('.png'))).toEqual([`${cardHash(first)}.png`]);
    expect(pngSize(readFileSync(cachedCard(og, cardHash(first))))).toEqual({ width: 1200, height: 630 });

    await makeOutputs(out, root, () => {});
    expect(JSON.parse(readFileSync(join(og, 'last-build.json'), 'utf8'))).toMatchObject({ pages: 3, rendered: 1, reused: 1 });
    expect(readFileSync(join(out, PAGES[0]!.image)).equals(readFileSync(cachedCard(og, cardHash(first))))).toBe(true);

    // A follower starts only when enough planned cards are missing from the cache; else its pages are left to the last step.
    const other = { ...first, title: 'МБОУ «Ивановская СОШ»' };
    const idle = new PagesFollower(PROJECT, { minCards: 2 });
    idle.plan([first, other]);
    idle.page(key(1), PAGES[0]!.path);
    expect(idle.started).toBe(false);
    await idle.close();
    const busy = new PagesFollower(PROJECT, { minCards: 1 });
    busy.plan([first, other]);
    expect(busy.started).toBe(true);
    await busy.close({ drain: true });
    expect(existsSync(cachedCard(og, cardHash(other)))).toBe(true);
  });

  it('a follower stopped when Astro is done changes nothing the build makes: the last step makes the rest', { timeout: 120_000 }, async () => {
    const { out, store } = rendered();
    const follower = new PagesFollower(PROJECT, { minCards: 0 });
    follower.plan([]);
    PAGES.forEach((p, i) => follower.page(key(i + 1), p.path));
    await follower.close(); // stopped at once: it may have reached none, some or all of the pages
    follower.page(key(9), '/schools/late/'); // after close: not sent
    const og = join(root, 'cache', 'og');
    expect(existsSync(og) ? readdirSync(og).filter((f) => f.endsWith('.tmp')) : []).toEqual([]);

    await makeOutputs(out, root, () => {});
    const stats = JSON.parse(readFileSync(join(og, 'last-build.json'), 'utf8'));
    expect(stats.pages).toBe(3);
    expect(stats.rendered + stats.reused).toBe(2);
    PAGES.forEach((p, i) => expect(store.digest(key(i + 1))).toEqual(pageDigest(page(p.title, p.image))));
    for (const p of PAGES) {
      expect(readFileSync(join(out, p.file), 'utf8')).toBe(page(p.title, p.image));
      expect(pngSize(readFileSync(join(out, p.image)))).toEqual({ width: 1200, height: 630 });
    }
  });
});
