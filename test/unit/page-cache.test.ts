/**
 * The page cache (src/lib/page-cache/, src/middleware.ts): which pages a content change renders
 * again, the placeholder Astro writes, putting pages back, pruning, and the environment pages
 * read. Whether keys miss something a page shows is tested on whole builds in
 * test/slow/page-cache-build.test.ts (SETKA_PAGE_CACHE=verify).
 */
import { mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexContent, type Content } from '../../src/lib/programme';
import { pageKeys, reportFacts, schoolPaths } from '../../src/lib/page-cache/keys';
import { PAGE_ENV, PLACEHOLDER_BYTES, PageStore, codeVersion, placeholder, placeholderKey, findPlaceholders, placePages, prunePages } from '../../src/lib/page-cache/store';
import { samePage } from '../../src/lib/page-cache/same';
import { htmlFiles, isPageFile } from '../../src/lib/fs/html-files';
import { pageDigest } from '../../src/lib/search/digest';
import { routes } from '../../src/lib/routes';
import { fixtureContent, withContent } from '../fixtures/programme/content';

const keysOf = (content: Content, code = 'code') => pageKeys(indexContent(content, '2021-06-10'), code);

/** Pages of every school's scope and a few network-wide ones. */
function samplePaths(content: Content): string[] {
  const site = indexContent(content, '2021-06-10');
  return [
    ...site.schools.flatMap((s) => schoolPaths(s.id, site.reportsBySchool.get(s.id) ?? [])),
    routes.home(), routes.roadmap('karta'), routes.reports(), routes.schools(), routes.dataset('roadmap', 'json'), routes.calendar(), routes.adminFile('preview-data.json'),
  ];
}

/** The pages whose key differs between two contents. */
function changed(before: Content, after: Content): string[] {
  const a = keysOf(before);
  const b = keysOf(after);
  return samplePaths(after).filter((p) => a.keyOf(p) !== b.keyOf(p));
}

const NETWORK = [routes.home(), routes.roadmap('karta'), routes.reports(), routes.schools(), routes.dataset('roadmap', 'json'), routes.calendar(), routes.adminFile('preview-data.json')];

describe('page keys', () => {
  it('are the same for the same content and code, and differ from page to page', () => {
    const a = keysOf(fixtureContent());
    const b = keysOf(fixtureContent());
    const paths = samplePaths(fixtureContent());
    expect(paths.map((p) => a.keyOf(p))).toEqual(paths.map((p) => b.keyOf(p)));
    expect(new Set(paths.map((p) => a.keyOf(p))).size).toBe(paths.length);
    for (const p of paths) expect(a.keyOf(p)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a changed report renders its school\'s pages and the network-wide ones, not other schools\' pages', () => {
    const after = withContent((c) => {
      c.reports[0]!.data.rows[0]!.result = 'Проведено два занятия.';
    });
    const site = indexContent(after, '2021-06-10');
    const own = schoolPaths('zheltaya-sosh', site.reportsBySchool.get('zheltaya-sosh')!);
    expect(changed(fixtureContent(), after).sort()).toEqual([...own, ...NETWORK].sort());
  });

  it('a report in a month no report had yet, or a school reporting for the first time, renders every page', () => {
    const newMonth = withContent((c) => {
      c.reports.push({ ...c.reports[2]!, id: 'alaya-oosh/2021-06', data: { ...c.reports[2]!.data, month: '2021-06', submitted: '2021-06-05' } });
    });
    expect(changed(fixtureContent(), newMonth).sort()).toEqual(samplePaths(newMonth).sort());
    const firstReport = withContent((c) => {
      c.reports.push({ ...c.reports[2]!, id: 'chuzhaya-sosh/2021-05', data: { ...c.reports[2]!.data, school: 'chuzhaya-sosh' } });
    });
    expect(changed(fixtureContent(), firstReport).sort()).toEqual(samplePaths(firstReport).sort());
  });

  it('a second report of a month that has reports renders only that school\'s pages and the network-wide ones', () => {
    const after = withContent((c) => {
      c.reports.push({ ...c.reports[0]!, id: 'zheltaya-sosh/2021-05b', data: { ...c.reports[1]!.data, submitted: '2021-05-31' } });
    });
    const site = indexContent(after, '2021-06-10');
    expect(changed(fixtureContent(), after).sort()).toEqual([...schoolPaths('zheltaya-sosh', site.reportsBySchool.get('zheltaya-sosh')!), ...NETWORK].sort());
  });

  it('anything but a report — a school, the roadmap, a document, the settings, the date — renders every page', () => {
    const edits: Array<(c: Content) => void> = [
      (c) => (c.schools[4]!.data.shortName = 'Чужая школа'),
      (c) => (c.roadmaps[0]!.data.sections[0]!.items[0]!.deadline = 'До 16.02.2021'),
      (c) => (c.documents[0]!.body = 'Текст приказа.'),
      (c) => (c.settings[0]!.data.contacts.phone = '+7 111'),
    ];
    for (const edit of edits) expect(changed(fixtureContent(), withContent(edit)).sort()).toEqual(samplePaths(fixtureContent()).sort());
    const base = keysOf(fixtureContent());
    const later = pageKeys(indexContent(fixtureContent(), '2021-06-11'), 'code');
    for (const p of samplePaths(fixtureContent())) expect(later.keyOf(p)).not.toBe(base.keyOf(p));
  });

  it('other code renders every page', () => {
    const a = keysOf(fixtureContent(), 'one');
    const b = keysOf(fixtureContent(), 'two');
    for (const p of samplePaths(fixtureContent())) expect(a.keyOf(p)).not.toBe(b.keyOf(p));
  });

  it('report facts: the first month per roadmap and school, and the months with reports', () => {
    const { reports } = fixtureContent();
    expect(JSON.parse(reportFacts(reports))).toEqual([[['karta\u0001alaya-oosh', '2021-05'], ['karta\u0001zheltaya-sosh', '2021-04']], ['2021-04', '2021-05']]);
  });
});

describe('code version', () => {
  const root = process.cwd();
  it('is stable, and changes with an environment variable pages read', () => {
    const a = codeVersion(root, {});
    expect(codeVersion(root, {})).toBe(a);
    expect(codeVersion(root, { SETKA_DECAP_PORT: '8099' })).not.toBe(a);
    expect(codeVersion(root, { UNRELATED: '1' })).toBe(a);
  });

  it('every environment variable read under src/ is in the key or said not to change a page', () => {
    // Read only by build steps that are not pages, or only in `astro dev`.
    const exempt: Record<string, string> = {
      SETKA_OUTPUTS_STEP: 'the build step that runs after the pages',
      SETKA_OG_CACHE: 'where preview images are kept',
      SETKA_CACHE_DIR: 'where caches are kept',
      SETKA_PAGE_CACHE: 'whether the page cache is used',
      SETKA_PAGES_FOLLOWER: 'whether digests and cards are made while Astro renders (on, set by npm run build): caches only (src/integrations/pages-follower.ts)',
      SETKA_PAGES_FD: 'where Astro tells the last step of each page it rendered (set by npm run build): caches only (src/integrations/pages-follower.ts, PagesPipe)',
      SETKA_CONTENT: 'which content is built: the content is in the key',
      SETKA_BUILD_DATE: 'the day statuses are computed for: it is in the key (site.asOf)',
      MIMALLOC_PURGE_DELAY: 'how long the preview images\' renderer keeps freed memory (src/lib/og/render.ts)',
    };
    const found = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|astro|mjs)$/.test(entry.name)) {
          const text = readFileSync(full, 'utf8');
          for (const m of text.matchAll(/process\.env\.([A-Z0-9_]+)/g)) found.add(m[1]!);
          // `process.env[X_ENV]` reads the variable a constant names; the constants are found below.
          for (const m of text.matchAll(/process\.env\[([A-Za-z0-9_]+)\]/g)) if (!m[1]!.endsWith('_ENV')) found.add(m[1]!);
          // Constants holding a variable's name: `export const X_ENV = 'SETKA_…'`.
          for (const m of text.matchAll(/_ENV\s*=\s*'([A-Z0-9_]+)'/g)) found.add(m[1]!);
        }
      }
    };
    walk(join(root, 'src'));
    expect(found.size).toBeGreaterThan(3);
    const missing = [...found].filter((name) => !(PAGE_ENV as readonly string[]).includes(name) && !Object.hasOwn(exempt, name));
    expect(missing, `переменные окружения, которых нет в PAGE_ENV (src/lib/page-cache/store.ts): ${missing.join(', ')}`).toEqual([]);
  });
});

describe('page store', () => {
  const key = (n: number) => n.toString(16).padStart(64, '0');

  it('a placeholder has one size and gives back its key; a page is never read as one', () => {
    const p = Buffer.from(placeholder(key(7)));
    expect(p.length).toBe(PLACEHOLDER_BYTES);
    expect(placeholderKey(p)).toBe(key(7));
    expect(placeholderKey(Buffer.from(`<html>${'x'.repeat(PLACEHOLDER_BYTES - 6)}`))).toBeNull();
    expect(() => placeholder('../etc/passwd')).toThrow();
  });

  it('puts pages back in place of their placeholders, with the digests of HTML pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-pc-'));
    const store = new PageStore(join(dir, 'cache'));
    const out = join(dir, 'out');
    mkdirSync(join(out, 'a'), { recursive: true });
    mkdirSync(join(out, '_astro'), { recursive: true });
    const digest = { card: null, search: '<html><head></head><body><div data-pagefind-body>x</div></body></html>' };
    expect(store.write(key(1), Buffer.from('<!DOCTYPE html><p>страница</p>'))).toBe(true);
    store.writeDigest(key(1), digest);
    expect(store.write(key(2), Buffer.from('BEGIN:VCALENDAR'))).toBe(true);
    // A page this build rendered (kept as the build's middleware keeps it): its digest is made from the page and kept.
    const fresh = '<!DOCTYPE html><html lang="ru"><head><title>Т</title></head><body><main data-pagefind-body><h1>Школа</h1></main></body></html>';
    expect(store.write(key(9), Buffer.from(fresh))).toBe(true);
    expect(store.digest(key(9))).toBeNull();
    writeFileSync(join(out, 'fresh.html'), placeholder(key(9)));
    writeFileSync(join(out, 'a', 'index.html'), placeholder(key(1)));
    writeFileSync(join(out, 'a.ics'), placeholder(key(2)));
    writeFileSync(join(out, 'b.html'), '<p>собрана заново</p>');
    writeFileSync(join(out, '_astro', 'x.css'), placeholder(key(1))); // not a page folder: left alone
    mkdirSync(join(out, 'admin'));
    writeFileSync(join(out, 'admin', 'index.html'), '<p>CMS</p>'); // not a page of ours: not indexed
    const restored = findPlaceholders(out, store);
    // The one walk of the output gives the search index its pages: the same as listing them anew.
    expect(restored.files.filter((f) => isPageFile(out, f))).toEqual(await htmlFiles(out));
    expect(restored.files.filter((f) => isPageFile(out, f)).map((f) => relative(out, f)).sort()).toEqual([join('a', 'index.html'), 'b.html', 'fresh.html']);
    // Found, not yet placed: the digests come from the cache, the output is untouched.
    expect(readFileSync(join(out, 'fresh.html'), 'utf8')).toBe(placeholder(key(9)));
    expect(restored.placeholders.map((p) => [relative(out, p.file), p.key]).sort()).toEqual([['a.ics', key(2)], [join('a', 'index.html'), key(1)], ['fresh.html', key(9)]]);
    expect(await placePages(out, store, restored.placeholders)).toBe(3);
    expect(readFileSync(join(out, 'fresh.html'), 'utf8')).toBe(fresh);
    expect(store.digest(key(9))).toEqual(pageDigest(fresh));
    expect(restored.digests.get(join(out, 'fresh.html'))).toEqual(pageDigest(fresh));
    expect(readFileSync(join(out, 'a', 'index.html'), 'utf8')).toBe('<!DOCTYPE html><p>страница</p>');
    expect(readFileSync(join(out, 'a.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toBe('<p>собрана заново</p>');
    expect(readFileSync(join(out, '_astro', 'x.css'), 'utf8')).toBe(placeholder(key(1)));
    expect(restored.digests.get(join(out, 'a', 'index.html'))).toEqual(digest);
    expect([...restored.digests.keys()].map((f) => relative(out, f)).sort()).toEqual([join('a', 'index.html'), 'fresh.html']);
    // Nothing left beside the pages: each was linked under a temporary name and renamed over its placeholder.
    expect(readdirSync(out).sort()).toEqual(['_astro', 'a', 'a.ics', 'admin', 'b.html', 'fresh.html']);
  });

  it('pages are written whole under their names; a failed write turns keeping off, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-pc-'));
    const store = new PageStore(join(dir, 'cache'));
    const pages = Array.from({ length: 40 }, (_, i) => Buffer.from(`<p>страница ${i}</p>`.repeat(200 + i)));
    expect(pages.map((body, i) => store.write(key(i + 300), body))).toEqual(pages.map(() => true));
    pages.forEach((body, i) => expect(store.read(key(i + 300))?.equals(body)).toBe(true));
    expect(readdirSync(join(dir, 'cache'), { recursive: true }).filter((f) => String(f).includes('.tmp-'))).toEqual([]);
    // A folder that cannot be made (a file stands in its place): false, and no more keeping.
    writeFileSync(join(dir, 'blocked'), 'файл');
    const blocked = new PageStore(join(dir, 'blocked'));
    expect(blocked.write(key(1), Buffer.from('<p>x</p>'))).toBe(false);
    expect(blocked.write(key(2), Buffer.from('<p>y</p>'))).toBe(false);
    // A shard folder that is a file: the write fails after the folder step, and the next write is refused.
    const shardStore = new PageStore(join(dir, 'shard'));
    mkdirSync(join(dir, 'shard'));
    writeFileSync(join(dir, 'shard', key(3).slice(0, 2)), 'файл');
    expect(shardStore.write(key(3), Buffer.from('<p>z</p>'))).toBe(false);
    expect(shardStore.write(key(5), Buffer.from('<p>w</p>'))).toBe(false);
    expect(readdirSync(join(dir, 'shard'), { recursive: true }).filter((f) => String(f).includes('.tmp-'))).toEqual([]);
  });

  it('a page missing from the cache stops the step with a Russian message naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-pc-'));
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'gone.ics'), placeholder(key(3)));
    const store = new PageStore(join(dir, 'cache'));
    await expect(placePages(out, store, findPlaceholders(out, store).placeholders)).rejects.toThrow(/Кэш страниц: страницы gone\.ics нет в кэше .*Запустите сборку снова/);
    // The placeholder stays, and no temporary file is left.
    expect(readdirSync(out)).toEqual(['gone.ics']);
    // An HTML page is missed already when its digest is looked for.
    writeFileSync(join(out, 'gone.html'), placeholder(key(7)));
    expect(() => findPlaceholders(out, store)).toThrow(/Кэш страниц: страницы gone\.html нет в кэше .*Запустите сборку снова/);
  });

  it('every page file stays readable while the pages are put in place (the index is made meanwhile)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-pc-'));
    const store = new PageStore(join(dir, 'cache'));
    const out = join(dir, 'out');
    const names = Array.from({ length: 300 }, (_, i) => join(`p${i}`, 'index.html'));
    names.forEach((name, i) => {
      mkdirSync(join(out, dirname(name)), { recursive: true });
      expect(store.write(key(i + 100), Buffer.from(`<p>страница ${i}</p>`))).toBe(true);
      store.writeDigest(key(i + 100), { card: null, search: null });
      writeFileSync(join(out, name), placeholder(key(i + 100)));
    });
    const found = findPlaceholders(out, store);
    const placing = placePages(out, store, found.placeholders);
    // Read every file again and again while they are replaced: each is always there, a placeholder or the whole page.
    const seen = new Set<string>();
    let done = false;
    void placing.then(() => (done = true));
    do {
      for (const [i, name] of names.entries()) {
        const text = readFileSync(join(out, name), 'utf8');
        expect([placeholder(key(i + 100)), `<p>страница ${i}</p>`]).toContain(text);
        seen.add(text.startsWith('<p>') ? 'page' : 'placeholder');
      }
      await new Promise((resolve) => setImmediate(resolve));
    } while (!done);
    expect(await placing).toBe(300);
    expect(seen.has('page')).toBe(true);
    names.forEach((name, i) => expect(readFileSync(join(out, name), 'utf8')).toBe(`<p>страница ${i}</p>`));
  });

  it('marks a page used when it is found, and pruning removes only files unused since then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-pc-'));
    const store = new PageStore(dir);
    store.write(key(4), Buffer.from('old'));
    store.write(key(5), Buffer.from('used'));
    store.writeDigest(key(5), { card: null, search: null });
    const past = new Date(Date.now() - 2 * 3600 * 1000);
    for (const k of [key(4), key(5)]) utimesSync(store.body(k), past, past);
    utimesSync(`${store.body(key(5))}.json`, past, past);
    expect(store.has(key(5))).toBe(true);
    expect(store.has(key(6))).toBe(false);
    expect(prunePages(dir, Date.now() - 3600 * 1000)).toBe(1);
    expect(existsSync(store.body(key(4)))).toBe(false);
    expect(store.read(key(5))?.toString()).toBe('used');
  });

  it('finds the pages already in the cache and those it writes, not a digest or a half-written file alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-pc-'));
    const before = new PageStore(dir);
    before.write(key(10), Buffer.from('earlier build'));
    before.writeDigest(key(11), { card: null, search: null }); // a digest whose page is gone
    writeFileSync(`${before.body(key(10)).replace(key(10), key(12))}.tmp-1`, 'half'); // a killed build's leftover
    const store = new PageStore(dir);
    expect(store.has(key(10))).toBe(true);
    expect(store.has(key(11))).toBe(false);
    expect(store.has(key(12))).toBe(false);
    expect(store.write(key(12), Buffer.from('now'))).toBe(true);
    expect(store.has(key(12))).toBe(true);
    rmSync(store.body(key(10)));
    expect(store.has(key(10))).toBe(false); // removed since it was listed
    expect(new PageStore(join(dir, 'none')).has(key(10))).toBe(false);
  });

  it('a store that cannot write says so and does not throw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'setka-pc-'));
    writeFileSync(join(dir, 'file'), '');
    const store = new PageStore(join(dir, 'file', 'cache')); // a file where the folder should be
    expect(store.write(key(8), Buffer.from('x'))).toBe(false);
    expect(store.has(key(8))).toBe(false);
  });
});

describe('same page', () => {
  it('bytes must match, except the times a DOCX file carries', async () => {
    expect(samePage('/a/', Buffer.from('<p>a</p>'), Buffer.from('<p>a</p>'))).toBe(true);
    expect(samePage('/a/', Buffer.from('<p>a</p>'), Buffer.from('<p>b</p>'))).toBe(false);
    const { zipSync, strToU8 } = await import('fflate');
    const docx = (time: string, text: string, mtime: number) => zipSync({
      'docProps/core.xml': strToU8(`<cp:coreProperties><dc:title>Бланк</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created></cp:coreProperties>`),
      'word/document.xml': strToU8(`<w:t>${text}</w:t>`),
    }, { mtime });
    const a = docx('2026-12-01T10:00:00Z', 'Отчёт', Date.UTC(2026, 11, 1));
    const b = docx('2026-12-02T11:00:00Z', 'Отчёт', Date.UTC(2026, 11, 2));
    expect(samePage('/forms/report/x.docx', a, b)).toBe(true);
    expect(samePage('/forms/report/x.docx', a, docx('2026-12-01T10:00:00Z', 'Отчет', Date.UTC(2026, 11, 1)))).toBe(false);
    expect(samePage('/x.ics', a, b)).toBe(false);
  });
});
