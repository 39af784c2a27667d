/**
 * The build's last step (src/integrations/outputs.ts) on a small site laid out as Astro leaves it:
 * cached pages as placeholders, pages it rendered whole. It puts the pages in place, keeps the
 * digests of the cached pages for the next build, indexes them with the real Pagefind and draws
 * every card; a second run with nothing changed draws nothing and takes the index from the cache.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeOutputs } from '../../src/integrations/outputs';
import type { OgStats } from '../../src/integrations/og';
import { PageStore, pageCacheDir, placeholder } from '../../src/lib/page-cache/store';
import { pngSize } from '../../src/lib/og/png';
import { pageDigest } from '../../src/lib/search/digest';
import { cardHash, type OgCard } from '../../src/lib/og/card';
import { plannedCards } from '../../src/lib/og/page-og';
import { buildDate, indexContent, resolveAsOf, settingsOf } from '../../src/lib/programme';
import { demoContent } from '../helpers/demo-content';

const page = (title: string, image: string, body: string) =>
  `<!DOCTYPE html><html lang="ru"><head><title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="Управление образования"><meta property="og:image" content="https://example.org${image}" data-og-kind="Школа"></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

const key = (n: number) => n.toString(16).padStart(64, '0');

const PAGES = [
  { path: 'schools/a/index.html', title: 'МБОУ «Никольская СОШ»', image: '/og/schools/a.png', body: 'Наставничество молодых педагогов.' },
  { path: 'schools/b/index.html', title: 'МБОУ «Дубовская ООШ»', image: '/og/schools/b.png', body: 'Семинар по функциональной грамотности.' },
  { path: 'documents/c/index.html', title: 'Положение о сети', image: '/og/documents/c.png', body: 'Порядок взаимодействия школ.' },
];

let root: string;
const saved = process.env.SETKA_CACHE_DIR;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'setka-outputs-'));
  process.env.SETKA_CACHE_DIR = join(root, 'cache');
});
afterEach(() => {
  if (saved === undefined) delete process.env.SETKA_CACHE_DIR;
  else process.env.SETKA_CACHE_DIR = saved;
});

/** A built site as Astro leaves it: the first two pages cached (placeholders), the third rendered whole. */
function builtSite(name: string): string {
  const out = join(root, name);
  const store = new PageStore(pageCacheDir(root));
  PAGES.forEach((p, i) => {
    const file = join(out, p.path);
    mkdirSync(join(file, '..'), { recursive: true });
    const html = page(p.title, p.image, p.body);
    if (i < 2) {
      if (!store.read(key(i + 1))) expect(store.write(key(i + 1), Buffer.from(html))).toBe(true);
      writeFileSync(file, placeholder(key(i + 1)));
    } else writeFileSync(file, html);
  });
  mkdirSync(join(out, 'search'), { recursive: true });
  writeFileSync(join(out, 'search', 'records.json'), '[]');
  return out;
}

const lines: string[] = [];
const info = (line: string) => lines.push(line);
const stats = (): OgStats => JSON.parse(readFileSync(join(root, 'cache', 'og', 'last-build.json'), 'utf8'));

describe('the outputs step', () => {
  it('puts pages in place, keeps the digests of the cached pages, indexes and draws every card; a second run draws none', { timeout: 120_000 }, async () => {
    const first = builtSite('one');
    await makeOutputs(first, root, info);
    const store = new PageStore(pageCacheDir(root));
    PAGES.forEach((p) => expect(readFileSync(join(first, p.path), 'utf8')).toBe(page(p.title, p.image, p.body)));
    // The digests of the two cached pages are kept; the page rendered whole has no key.
    expect(store.digest(key(1))).toEqual(pageDigest(page(PAGES[0]!.title, PAGES[0]!.image, PAGES[0]!.body)));
    expect(store.digest(key(2))).toEqual(pageDigest(page(PAGES[1]!.title, PAGES[1]!.image, PAGES[1]!.body)));
    for (const p of PAGES) expect(pngSize(readFileSync(join(first, p.image)))).toEqual({ width: 1200, height: 630 });
    expect(stats()).toMatchObject({ pages: 3, rendered: 3, reused: 0 });
    const index = readdirSync(join(first, 'pagefind'));
    expect(index.some((f) => f.startsWith('pagefind-entry'))).toBe(true);
    expect(index.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(lines.some((l) => /^Поиск: в индексе страниц — 3 \(просмотрено 3\)/.test(l))).toBe(true);

    lines.length = 0;
    const second = builtSite('two');
    await makeOutputs(second, root, info);
    expect(stats()).toMatchObject({ pages: 3, rendered: 0, reused: 3 });
    expect(lines.some((l) => l.includes('индекс из кэша'))).toBe(true);
    expect(readdirSync(join(second, 'pagefind')).sort()).toEqual(index.sort());
    for (const p of PAGES) expect(existsSync(join(second, p.image))).toBe(true);
  });

  it('a card that cannot be drawn fails the step with its page named, and no half-written image is kept', { timeout: 120_000 }, async () => {
    const out = builtSite('bad');
    writeFileSync(join(out, PAGES[2]!.path), page(PAGES[2]!.title, '/elsewhere/c.png', PAGES[2]!.body));
    await expect(makeOutputs(out, root, info)).rejects.toThrow(/Картинка для соцсетей: у страницы .*documents\/c\/index\.html og:image указывает не в \/og\//);
    const og = join(root, 'cache', 'og');
    expect(existsSync(og) ? readdirSync(og).filter((f) => f.endsWith('.tmp')) : []).toEqual([]);
  });
});

/** Runs a script of the project (`scripts/<name>`) with `input` on stdin; resolves to its exit code and output. */
function runScript(name: string, args: string[], input: (stdin: NodeJS.WritableStream) => void): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', name), ...args], { env: { ...process.env, SETKA_CACHE_DIR: join(root, 'cache') }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('close', (code) => resolve({ code, out }));
    input(child.stdin);
  });
}

/** The card a page of PAGES shows, as the last step reads it back (src/lib/og/meta.ts). */
const cardOfPage = (i: number): OgCard => ({ title: PAGES[i]!.title, kind: 'Школа', organisation: 'Управление образования', date: '' });

describe('the last step started with Astro (scripts/outputs.ts --wait, as npm run build starts it)', () => {
  it('follows the pages Astro renders (digests, the search index begun) and draws the planned cards; on «go» it makes the step and draws only the rest', { timeout: 120_000 }, async () => {
    const out = builtSite('waited');
    const plan = join(root, 'cards.json');
    writeFileSync(plan, JSON.stringify([cardOfPage(0), cardOfPage(1), cardOfPage(0)]));
    const store = new PageStore(pageCacheDir(root));
    const run = await runScript('outputs.ts', ['--out', out, '--root', root, '--wait', '--plan', plan], (stdin) => {
      // As in the build: another process (Astro) gets the step's stdin as its fd 3 and writes the two
      // pages it «rendered» into the page cache through PagesPipe, then closes it and exits; then the
      // build says «go» on the same pipe (closing must not end the step's stdin).
      const script = `import { PagesPipe } from './src/integrations/pages-follower.ts';
const pipe = new PagesPipe(3);
pipe.order(['schools/b/index.html', 'schools/a/index.html', 'documents/c/index.html']);
pipe.page('${key(1)}', '/schools/a/');
pipe.page('${key(2)}', '/schools/b/');
pipe.page('${key(3)}', '/calendar.ics');
pipe.uncached('/documents/c/');
await pipe.close();`;
      const astro = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'inherit', stdin as unknown as NodeJS.WritableStream & { fd?: number }] as never });
      astro.once('close', (code) => {
        expect(code).toBe(0);
        stdin.end('go\n');
      });
    });
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/Во время сборки страниц: сводок страниц — 2, картинок для соцсетей — 2 \(/);
    // The search index was begun with the pages in the cache, in Astro's order (b, then a, as many as
    // it reached before «go», which stops it); the step added the rest and kept it.
    expect(run.out).toMatch(/Поиск: в индексе страниц — 3 \(просмотрено 3\), отдельных пунктов — 0, добавлено во время сборки страниц — [12] \(/);
    expect(store.digest(key(1))).toEqual(pageDigest(page(PAGES[0]!.title, PAGES[0]!.image, PAGES[0]!.body)));
    // The third page's card was not planned: the step drew it; the two planned ones were in the cache.
    expect(stats()).toMatchObject({ pages: 3, rendered: 1, reused: 2 });
    PAGES.forEach((p) => expect(readFileSync(join(out, p.path), 'utf8')).toBe(page(p.title, p.image, p.body)));
    for (const p of PAGES) expect(pngSize(readFileSync(join(out, p.image)))).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(join(out, 'pagefind')).some((f) => f.startsWith('pagefind-entry'))).toBe(true);
  });

  it('told nothing more (Astro failed), it stops, leaves the output as Astro left it and exits 3 (a build that had said «go» would fail)', { timeout: 120_000 }, async () => {
    const out = builtSite('failed');
    const run = await runScript('outputs.ts', ['--out', out, '--root', root, '--wait', '--plan', join(root, 'none.json')], (stdin) => stdin.end());
    expect(run.code, run.out).toBe(3);
    expect(readFileSync(join(out, PAGES[0]!.path), 'utf8')).toBe(placeholder(key(1)));
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
    expect(existsSync(join(out, 'og'))).toBe(false);
  });

  it('the check plans the same cards as the pages (src/middleware.ts), from the content it has read', { timeout: 120_000 }, async () => {
    const plan = join(root, 'planned.json');
    const run = await runScript('check.ts', ['--quiet', '--plan-cards', plan], (stdin) => stdin.end());
    expect(run.code, run.out).toBe(0);
    const { content } = demoContent();
    const expected = plannedCards(indexContent(content, resolveAsOf(settingsOf(content), buildDate()), 'src/content'));
    const written = JSON.parse(readFileSync(plan, 'utf8')) as OgCard[];
    expect(written.map(cardHash)).toEqual(expected.map(cardHash));
    expect(written.length).toBeGreaterThan(10);
  });
});
