/**
 * Social preview cards on the built demo site: every page has Open Graph / Twitter meta and an
 * existing 1200×630 PNG; a build after the demo build, with no content change, draws no image.
 */
import { cpSync, existsSync, readdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { pngSize } from '../../src/lib/og/png';
import type { OgStats } from '../../src/integrations/og';
import { distDir, htmlPages, readDist } from '../helpers/dist';
import { demoContent } from '../helpers/demo-content';
import { buildDate, indexContent, resolveAsOf, settingsOf } from '../../src/lib/programme';
import { plannedCards } from '../../src/lib/og/page-og';
import { readPageCard } from '../../src/lib/og/meta';
import { cardHash } from '../../src/lib/og/card';

function metaOf(path: string): Map<string, { content: string; attribs: Record<string, string> }> {
  const doc = parseDocument(readDist(path));
  const out = new Map<string, { content: string; attribs: Record<string, string> }>();
  for (const m of DomUtils.getElementsByTagName('meta', doc.children)) {
    const key = m.attribs.property ?? m.attribs.name;
    if (key) out.set(key, { content: m.attribs.content ?? '', attribs: m.attribs });
  }
  return out;
}

const pages = htmlPages();

describe('Open Graph on every page', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s has og:image pointing to an existing 1200×630 PNG', (page) => {
    const meta = metaOf(page);
    const image = meta.get('og:image');
    expect(image, 'og:image').toBeDefined();
    const url = new URL(image!.content);
    expect(url.pathname).toMatch(/^\/og\/.+\.png$/);
    const file = join(distDir(), decodeURIComponent(url.pathname));
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(meta.get('og:image:width')?.content).toBe('1200');
    expect(meta.get('og:image:height')?.content).toBe('630');
    expect(meta.get('og:title')?.content.trim()).not.toBe('');
    expect(meta.get('og:image:alt')?.content.trim()).not.toBe('');
    expect(image!.attribs['data-og-kind']?.trim()).not.toBe('');
    expect(meta.get('og:locale')?.content).toBe('ru_RU');
    expect(meta.get('twitter:card')?.content).toBe('summary_large_image');
    expect(meta.get('twitter:image')?.content).toBe(image!.content);
  });

  it.each([
    // An appendix is dated by its approving order (08.08.2021), not by its stamp's «05» 02 2021 (так в оригинале).
    ['documents/polozhenie-setevoe-vzaimodeystvie/index.html', 'Положение', '2021-08-08'],
    ['documents/prikaz-147/index.html', 'Приказ', '2021-08-08'],
    ['roadmap/dorozhnaya-karta-2021/index.html', 'Дорожная карта', undefined],
    ['404.html', 'Сетевое взаимодействие школ', undefined],
    ['schools/zhuravlevskaya-sosh/index.html', 'Школа', undefined],
  ])('%s is a card of kind «%s»', (page, kind, date) => {
    const image = metaOf(page).get('og:image')!;
    expect(image.attribs['data-og-kind']).toBe(kind);
    expect(image.attribs['data-og-date']).toBe(date);
  });

  it('a report, a blank page and a roadmap filter show the home page card: one card per shareable page only', () => {
    const home = metaOf('index.html').get('og:image')!.content;
    for (const page of ['reports/zhuravlevskaya-sosh/2021-10/index.html', 'forms/report/zhuravlevskaya-sosh/index.html', 'reports/index.html']) {
      expect(metaOf(page).get('og:image')!.content, page).toBe(home);
    }
    const images = readdirSync(join(distDir(), 'og'), { recursive: true }).map(String).filter((f) => f.endsWith('.png'));
    expect(images.some((f) => f.startsWith('reports'))).toBe(false);
    expect(images.some((f) => f.startsWith('forms'))).toBe(false);
  });

  it('the cards planned from the content before any page is rendered are the cards the home, school and document pages show', () => {
    const { content } = demoContent();
    const site = indexContent(content, resolveAsOf(settingsOf(content), buildDate()), 'src/content');
    const planned = plannedCards(site);
    const shown = ['index.html', ...site.schools.map((s) => `schools/${s.id}/index.html`), ...site.documents.map((d) => `documents/${d.id}/index.html`)].map((page) => readPageCard(readDist(page))!.card);
    expect(planned).toEqual(shown);
    // Every card of the site but those of the lists and the roadmap is planned.
    const all = new Set(pages.map((page) => cardHash(readPageCard(readDist(page))!.card)));
    const unplanned = [...all].filter((hash) => !planned.some((card) => cardHash(card) === hash));
    expect(unplanned.length).toBeLessThanOrEqual(6);
  });

  it('pages with different titles get different images', () => {
    const a = readFileSync(join(distDir(), 'og/schools/zhuravlevskaya-sosh.png'));
    const b = readFileSync(join(distDir(), 'og/schools/nikolskaya-sh.png'));
    expect(a.equals(b)).toBe(false);
  });
});

describe('image cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'setka-og-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const env = { SETKA_CACHE_DIR: join(work, 'astro-cache'), SETKA_OG_CACHE: join(work, 'og-cache') };
  const stats = (): OgStats => JSON.parse(readFileSync(join(env.SETKA_OG_CACHE, 'last-build.json'), 'utf8'));

  it('a second build with no content change draws no image and reuses every one', { timeout: 600_000 }, async () => {
    // The first build is the demo build of test/setup/build-demo.ts: a copy of its image cache
    // stands for it. With SETKA_TEST_DIST (no demo build here) this test builds twice.
    const demoCache = inject('ogCache');
    let firstDir = distDir();
    if (demoCache) cpSync(demoCache, env.SETKA_OG_CACHE, { recursive: true });
    else {
      firstDir = join(work, 'first');
      expect(await buildSite({ root: process.cwd(), outDir: firstDir, warnings: false, env })).toBe(true);
    }
    const first = stats();
    expect(first.rendered + first.reused).toBeGreaterThan(10);

    expect(await buildSite({ root: process.cwd(), outDir: join(work, 'second'), warnings: false, env })).toBe(true);
    const second = stats();
    expect(second).toMatchObject({ rendered: 0, reused: first.rendered + first.reused, pages: first.pages });
    const same = readFileSync(join(firstDir, 'og/documents/prikaz-147.png')).equals(readFileSync(join(work, 'second', 'og/documents/prikaz-147.png')));
    expect(same).toBe(true);
  });
});
