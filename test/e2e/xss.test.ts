/**
 * Hostile content cannot run anywhere the site publishes it. A copy of the project gets the XSS
 * corpus (test/fixtures/xss/payloads.txt) and breakers of the other outputs (test/helpers/
 * hostile-site.ts) in every free-text field a CMS author fills in — a school's name, short name,
 * address and «О школе», a report's author, results and reasons, a pairing row's coordinator
 * and curator, a roadmap item's activity and responsible, a document's title, summary and body
 * — and is built once through the real pipeline. Then:
 * - every page where the payloads landed has no inline code; every type of them, a sample of
 *   its instances and every instance with parts the others lack is opened in Chromium: no
 *   dialog fires, no foreign element or attribute exists, the CSP reports nothing, the payload
 *   is on the page as text;
 * - the search page finds them and shows them as text; the Pagefind index keeps them whole;
 * - RSS and the sitemap are well-formed XML (Chromium's XML parser), RSS descriptions hold no
 *   markup once a reader decodes them, every link is on the site;
 * - every DOCX part is well-formed XML with no Word field, no hyperlink to a script;
 * - every calendar has only known properties, one UID per event, and reads back in ical.js;
 * - no CSV cell runs as a formula; JSON parses and keeps the text whole;
 * - the preview images of hostile pages are drawn (Satori/resvg took the text as text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { findInlineCode } from '../quality/inline';
import { listPages, openSite, pageUrl, samplePages } from '../quality/site';
import { servedSite } from '../helpers/browser';
import { copyProject } from '../helpers/temp-project';
import { inTabs } from '../helpers/quality';
import { parseCsv } from '../../src/lib/export/csv';
import { icsPlain } from '../../src/lib/export/ics';
import { pngSize } from '../../src/lib/og/png';
import { injectedIcsLines, runsAsFormula } from '../helpers/hostile';
import { DOCUMENT, HUGE, MARK, REPORT, ROADMAP, SCHOOL, SHORT, seedHostileContent } from '../helpers/hostile-site';

let project: ReturnType<typeof copyProject>;
let out: string;
let context: BrowserContext;
/** A blank page whose DOMParser checks XML (Chromium's own, strict parser). */
let xmlPage: Page;

beforeAll(async () => {
  project = copyProject();
  out = join(project.dir, 'dist-xss');
  seedHostileContent(join(project.dir, 'src/content'));
  const ok = await buildSite({ root: project.dir, outDir: out, warnings: false, env: { SETKA_CACHE_DIR: join(project.dir, '.cache-xss') } });
  if (!ok) throw new Error('Копия сайта с XSS-строками не собралась: см. вывод выше.');
});
afterAll(() => project?.remove());

// Registered after the build above, so it serves the finished site.
const site = servedSite(() => out);

beforeAll(async () => {
  context = await site.browser.newContext();
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  xmlPage = await site.browser.newPage();
});
afterAll(() => context?.close());

/** Runs in the page: every element or attribute that is not the site's own markup (script, handlers, frames, foreign links…). */
const foreignMarkup = (origin: string): string[] => {
  const bad: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'isindex'].includes(tag)) bad.push(`элемент <${tag}>`);
    if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') bad.push('meta refresh');
    if (tag === 'script') {
      const src = el.getAttribute('src');
      if (!src) {
        if (el.getAttribute('type') !== 'application/ld+json') bad.push(`встроенный <script>: ${el.textContent?.slice(0, 60)}`);
      } else if (new URL(src, location.href).origin !== origin) bad.push(`чужой скрипт ${src}`);
    }
    const rel = ` ${el.getAttribute('rel') ?? ''} `;
    if (tag === 'link' && / (stylesheet|preload|modulepreload|import) /.test(rel) && new URL(el.getAttribute('href') ?? '', location.href).origin !== origin) {
      bad.push(`чужой <link rel="${rel.trim()}"> ${el.getAttribute('href')}`);
    }
    if (tag === 'style') bad.push('элемент <style>');
    if (tag === 'form') {
      const action = new URL(el.getAttribute('action') ?? '', location.href);
      if (action.origin !== origin) bad.push(`форма на чужой адрес ${action.href}`);
    }
    if (tag === 'input' && (el as HTMLInputElement).type === 'password') bad.push('поле пароля');
    for (const attr of el.getAttributeNames()) {
      const value = (el.getAttribute(attr) ?? '').replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (attr.startsWith('on')) bad.push(`<${tag} ${attr}>`);
      if (attr === 'style') bad.push(`<${tag} style>`);
      if (/^(javascript|vbscript|data):/.test(value) && attr !== 'content') bad.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
    }
  }
  return bad;
};

/** Pages of the XSS build that contain the marker (where the payloads landed). */
function affectedPages(): string[] {
  return listPages(out).filter((p) => readFileSync(join(out, p), 'utf8').includes(MARK));
}

it('the payloads reach the school page, the report page and the lists', () => {
  const pages = affectedPages().map(pageUrl);
  expect(pages).toEqual(expect.arrayContaining([`/schools/${SCHOOL}/`, `/reports/${REPORT}/`]));
  expect(pages.length).toBeGreaterThan(2);
});

it('the built HTML has no inline script, style attribute or event handler', () => {
  const found = affectedPages().flatMap((p) => findInlineCode(readFileSync(join(out, p), 'utf8')).map((c) => `${p}: ${c.kind} ${c.excerpt}`));
  expect(found).toEqual([]);
});

/**
 * The affected pages opened in Chromium: of every page type, the first and the last and enough
 * others that every element and class on any of them is on an opened page (`samplePages`, as
 * the page gates choose). Pages of one type share their template, and an element a payload
 * injected would be a part the other pages lack, so such a page would be opened.
 */
function pagesToOpen(): string[] {
  const always = [`schools/${SCHOOL}/index.html`, `reports/${REPORT}/index.html`];
  return [...new Set([...samplePages(openSite(out), affectedPages()), ...always])].sort();
}

it('in Chromium: no dialog, no injected element or attribute, no CSP report; the text is shown as text', async () => {
  const problems: string[] = [];
  // Three tabs, each going on to its next page; a dialog or error counts for the page the tab is on.
  await inTabs(context, pagesToOpen(), 3, async (page, file) => {
    const url = pageUrl(file);
    const onDialog = (d: Dialog) => {
      problems.push(`${url}: сработал диалог ${d.type()} «${d.message()}»`);
      void d.dismiss();
    };
    const onError = (e: Error) => problems.push(`${url}: ошибка скрипта ${e.message}`);
    page.on('dialog', onDialog);
    page.on('pageerror', onError);
    await page.goto(site.base + url, { waitUntil: 'load' });
    // Give injected handlers (onload, onerror, autofocus, ontoggle) a chance to fire.
    await page.waitForTimeout(300);
    const found = await page.evaluate(foreignMarkup, new URL(site.base).origin);
    for (const f of found) problems.push(`${url}: ${f}`);
    for (const v of await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)) problems.push(`${url}: ${v}`);
    // On the school and report pages the payload is there as visible text, not as markup.
    if (url === `/schools/${SCHOOL}/` || url === `/reports/${REPORT}/`) {
      const text = await page.evaluate(() => document.body.innerText);
      if (!text.includes(MARK)) problems.push(`${url}: нет текста с меткой — строки не попали на страницу`);
    }
    page.off('dialog', onDialog);
    page.off('pageerror', onError);
  });
  expect(problems).toEqual([]);
});

it.each([`/schools/${SCHOOL}/`, `/reports/${REPORT}/`])('%s shows the script payload as words a reader can see', async (url) => {
  const page = await context.newPage();
  await page.goto(site.base + url);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toContain('<img src=x onerror=alert(1)>');
  await page.close();
});

/** Every file of the XSS build whose name ends with `ext`, relative to it (`data/reports.csv`). */
function filesOf(ext: string, dir = out): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(ext, join(dir, e.name)) : e.name.endsWith(ext) ? [relative(out, join(dir, e.name))] : []));
}
const read = (file: string) => readFileSync(join(out, file), 'utf8');

/** Chromium's XML parser on `xml`: its error, or null when the text is well-formed. */
function xmlError(xml: string): Promise<string | null> {
  return xmlPage.evaluate((text) => {
    const error = new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')[0];
    return error ? (error.textContent ?? 'ошибка разбора') : null;
  }, xml);
}

/** Every string inside a parsed JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('search', () => {
  interface Fragment {
    url: string;
    content: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }
  const fragments = (): Fragment[] =>
    readdirSync(join(out, 'pagefind/fragment')).map((name) => {
      const raw = gunzipSync(readFileSync(join(out, 'pagefind/fragment', name))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
    });

  it('the index keeps the hostile text whole, as text, in content, titles and filters', () => {
    const all = fragments();
    const school = all.find((f) => f.url === `/schools/${SCHOOL}/`)!;
    expect(school.content).toContain(SHORT.script);
    expect(school.meta.title).toContain(SHORT.cdata);
    expect(school.filters.school).toEqual([expect.stringContaining(SHORT.attribute)]);
    const item = all.find((f) => f.url === `/roadmap/${ROADMAP}/#item-1`)!;
    expect(item.meta.title).toContain(SHORT.word);
    expect(all.find((f) => f.url === `/documents/${DOCUMENT}/`)?.content).toContain(MARK);
    expect(all.find((f) => f.url === `/reports/${REPORT}/`)?.content).toContain(MARK);
  });

  it('in Chromium the search page finds the hostile results and shows them as words, running nothing', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`сработал диалог ${d.type()} «${d.message()}»`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`ошибка скрипта ${e.message}`));
    await page.goto(`${site.base}/search/`);
    await page.fill('#search-q', 'XSS-МЕТКА');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => /^(Найден|Ничего)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Найден/);
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const n = await page.locator('.search-result').count();
      await more.click();
      await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, n);
    }
    await page.waitForTimeout(300);
    problems.push(...(await page.evaluate(foreignMarkup, new URL(site.base).origin)));
    problems.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
    const text = await page.locator('[data-search-list]').innerText();
    // Titles and filter labels carry the markup as words.
    expect(text).toContain('<script>alert(2)</script>');
    expect(await page.locator('[data-search-app]').innerText()).toContain('"><svg onload=alert(3)>');
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('RSS and sitemap', () => {
  it('RSS is well-formed; a reader that takes descriptions as HTML finds only text; every link is on the site', async () => {
    const rss = await xmlPage.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const items = [...doc.getElementsByTagName('item')].map((item) => {
        const get = (name: string) => item.getElementsByTagName(name)[0]?.textContent ?? '';
        const html = new DOMParser().parseFromString(get('description'), 'text/html');
        return { title: get('title'), link: get('link'), guid: get('guid'), elements: [...html.body.querySelectorAll('*')].map((e) => e.outerHTML.slice(0, 80)), text: html.body.textContent ?? '' };
      });
      return { error, site: doc.querySelector('channel > link')?.textContent ?? '', items };
    }, read('rss.xml'));
    expect(rss.error).toBeNull();
    const origin = new URL(rss.site).origin;
    const marked = rss.items.filter((i) => i.title.includes(MARK));
    expect(marked.length).toBeGreaterThanOrEqual(4);
    for (const item of rss.items) {
      expect(item.elements, item.title).toEqual([]);
      for (const url of [item.link, item.guid]) expect(url).toMatch(new RegExp(`^${origin.replace(/[.]/g, '\\.')}/[a-z0-9/-]+/$`));
    }
    // The school's name (with its markup) reaches the reader as words.
    expect(rss.items.some((i) => i.text.includes(SHORT.script))).toBe(true);
    expect(rss.items.find((i) => i.link.endsWith(`/documents/${DOCUMENT}/`))?.title).toContain(SHORT.cdata);
  });

  it('the sitemaps are well-formed and list only addresses on the site', async () => {
    const maps = filesOf('.xml').filter((f) => f.startsWith('sitemap'));
    expect(maps.length).toBeGreaterThanOrEqual(2);
    for (const file of maps) {
      const xml = read(file);
      expect(await xmlError(xml), file).toBeNull();
      for (const [, loc] of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) expect(loc).toMatch(/^https:\/\/[a-z0-9.-]+\/[a-z0-9/.-]*$/);
    }
    expect(read('sitemap-0.xml')).toContain(`/documents/${DOCUMENT}/`);
  });
});

describe('DOCX', () => {
  it('every part of every DOCX is well-formed XML, with no Word field and no link to a script; the text is there as text', { timeout: 120_000 }, async () => {
    const files = filesOf('.docx');
    expect(files).toEqual(expect.arrayContaining([`documents/${DOCUMENT}.docx`, `roadmap/${ROADMAP}.docx`, 'pairs/perechen-2021.docx', `forms/report/${SCHOOL}.docx`]));
    const problems: string[] = [];
    const texts = new Map<string, string>();
    for (const file of files) {
      const zip = await JSZip.loadAsync(readFileSync(join(out, file)));
      for (const [name, entry] of Object.entries(zip.files)) {
        if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
        const xml = await entry.async('string');
        const error = await xmlError(xml);
        if (error) problems.push(`${file}/${name}: ${error}`);
        // Real elements only: an escaped payload is `&lt;w:instrText`.
        for (const [field] of xml.matchAll(/<w:(instrText|fldSimple|fldChar|hyperlink)\b[^>]*>/g)) problems.push(`${file}/${name}: ${field}`);
        for (const [, target] of xml.matchAll(/\bTarget="([^"]*)"/g)) {
          if (/^\s*(javascript|vbscript|data|file):/i.test(target!) || (/TargetMode="External"/.test(xml) && /^[a-z]+:/i.test(target!) && !/^https?:/i.test(target!))) problems.push(`${file}/${name}: Target ${target}`);
        }
      }
      const text = await xmlPage.evaluate((xml) => [...new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('w:t')].map((t) => t.textContent).join(''), await zip.file('word/document.xml')!.async('string'));
      texts.set(file, text);
    }
    expect(problems).toEqual([]);
    for (const file of [`documents/${DOCUMENT}.docx`, `roadmap/${ROADMAP}.docx`, 'pairs/perechen-2021.docx']) expect(texts.get(file), file).toContain(SHORT.word);
    expect(texts.get(`forms/report/${SCHOOL}.docx`)).toContain(MARK);
    expect(texts.get(`documents/${DOCUMENT}.docx`)).toContain(SHORT.dde);
  });
});

describe('calendars', () => {
  it('every calendar has only known properties, one UID per event, lines of at most 75 octets, and reads back', () => {
    const files = filesOf('.ics');
    expect(files).toEqual(expect.arrayContaining(['calendar.ics', `schools/${SCHOOL}.ics`]));
    for (const file of files) {
      const ics = read(file);
      expect(injectedIcsLines(ics), file).toEqual([]);
      expect(ics, file).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
      const lines = ics.split('\r\n');
      expect(lines.filter((l) => l === 'BEGIN:VEVENT').length, file).toBe(lines.filter((l) => l.startsWith('UID:')).length);
      for (const line of lines) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      expect(events.map((e) => String(e.getFirstPropertyValue('uid'))), file).not.toContain('evil@example');
      if (file === 'calendar.ics' || file === `schools/${SCHOOL}.ics`) {
        expect(events.some((e) => String(e.getFirstPropertyValue('description')).includes(icsPlain(SHORT.ics))), file).toBe(true);
      }
    }
  });
});

describe('open data', () => {
  it('no CSV cell runs as a formula; the hostile values are there, guarded', () => {
    const files = filesOf('.csv');
    expect(files.length).toBeGreaterThanOrEqual(6);
    const cells = new Map<string, string[]>();
    for (const file of files) {
      const rows = parseCsv(read(file));
      const all = rows.flatMap((r) => Object.values(r));
      cells.set(file, all);
      expect(all.filter((c) => runsAsFormula(c) && !c.startsWith("'")), file).toEqual([]);
    }
    expect(cells.get('data/reports.csv')).toContain(`'${SHORT.formula}`);
    expect(cells.get('data/reports.csv')).toContain(HUGE);
    expect(cells.get('data/pairs.csv')).toContain(`'${SHORT.spaced}`);
    expect(cells.get('data/pairs.csv')).toContain(`'${SHORT.quoted}`);
    expect(cells.get('data/roadmap.csv')!.some((c) => c.startsWith(`'${SHORT.formula}`))).toBe(true);
  });

  it('every JSON file parses and keeps the hostile text whole', () => {
    const files = [...filesOf('.json').filter((f) => f.startsWith('data/')), 'admin/preview-data.json'];
    const strings = new Map(files.map((f) => [f, stringsOf(JSON.parse(read(f)))]));
    expect(strings.get('data/reports.json')).toContain(SHORT.formula);
    expect(strings.get('data/reports.json')).toContain(HUGE);
    expect(strings.get('data/schools.json')!.some((s) => s.includes(SHORT.cdata))).toBe(true);
    expect(strings.get('admin/preview-data.json')!.some((s) => s.includes(SHORT.script))).toBe(true);
  });
});

it('the preview images of the hostile pages are drawn: 1200×630 PNGs for the hostile titles', () => {
  for (const page of [`schools/${SCHOOL}/index.html`, `documents/${DOCUMENT}/index.html`]) {
    const html = read(page);
    const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(title, page).toContain(MARK);
    const image = /<meta property="og:image" content="([^"]*)"/.exec(html)![1]!;
    expect(pngSize(readFileSync(join(out, new URL(image).pathname)))).toEqual({ width: 1200, height: 630 });
  }
});
