/**
 * CMS text cannot run script on the site. A copy of the project gets the XSS corpus
 * (test/fixtures/xss/payloads.txt) in every free-text field a CMS author fills in — a school's
 * name, short name, address and «О школе», a report's author, results and reasons, a pairing
 * row's coordinator — and is built through the real pipeline. Every page where the payloads
 * landed is then opened in Chromium: no dialog fires, no foreign element or attribute exists,
 * the CSP reports nothing, and the payload text is on the page as plain text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { serveStatic } from '../../scripts/lib/serve';
import { findInlineCode } from '../quality/inline';
import { listPages, pageUrl } from '../quality/site';
import { launchBrowser } from '../helpers/browser';
import { copyProject } from '../helpers/project-copy';
import { mapLimit } from '../helpers/quality';
import { loadXssPayloads } from '../helpers/xss';

const SCHOOL = 'zhuravlevskaya-sosh';
const REPORT = `${SCHOOL}/2021-09`;
const payloads = loadXssPayloads();
const MARK = 'XSS-МЕТКА';

let project: { dir: string; cleanup: () => void };
let out: string;
let browser: Browser;
let server: Server;
let base: string;
let context: BrowserContext;

function editYaml(file: string, edit: (data: Record<string, any>) => void): void {
  const data = parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, stringify(data));
}

beforeAll(async () => {
  project = copyProject();
  out = join(project.dir, 'dist-xss');
  const content = join(project.dir, 'src/content');
  const all = payloads.join('\n\n');
  editYaml(join(content, `schools/${SCHOOL}.yaml`), (s) => {
    s.name = `${MARK} <img src=x onerror=alert(1)>«Журавлевская СОШ»<script>alert(2)</script>`;
    s.shortName = `${MARK} "><svg onload=alert(3)> Журавлевская`;
    s.address = `${MARK} <iframe src="javascript:alert(4)"></iframe>`;
    s.about = `${MARK}\n\n${all}`;
  });
  editYaml(join(content, `reports/${REPORT}.yaml`), (r) => {
    r.author.name = `${MARK} <a href="javascript:alert(5)">Лучникова</a>`;
    r.author.position = `<style>body{display:none}</style>заместитель директора`;
    r.rows[0].result = `${MARK}\n\n${all}`;
    r.rows[1].status = 'not-done';
    r.rows[1].reason = `${MARK}\n\n${all}`;
  });
  editYaml(join(content, 'pairings/perechen-2021.yaml'), (p) => {
    p.rows[0].coordinator.name = `${MARK} <img src=x onerror=alert(6)> Лучникова`;
    p.rows[0].coordinator.position = `[ссылка](javascript:alert(7))`;
  });
  const ok = buildSite({ root: project.dir, outDir: out, warnings: false, env: { SETKA_CACHE_DIR: join(project.dir, '.cache-xss') } });
  if (!ok) throw new Error('Копия сайта с XSS-строками не собралась: см. вывод выше.');
  browser = await launchBrowser();
  ({ server, url: base } = await serveStatic(out, 0));
  context = await browser.newContext();
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  server?.close();
  project?.cleanup();
});

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

it('in Chromium: no dialog, no injected element or attribute, no CSP report; the text is shown as text', async () => {
  const problems: string[] = [];
  await mapLimit(affectedPages(), 3, async (file) => {
    const url = pageUrl(file);
    const page = await context.newPage();
    page.on('dialog', (d) => {
      problems.push(`${url}: сработал диалог ${d.type()} «${d.message()}»`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`${url}: ошибка скрипта ${e.message}`));
    await page.goto(base + url, { waitUntil: 'load' });
    // Give injected handlers (onload, onerror, autofocus, ontoggle) a chance to fire.
    await page.waitForTimeout(300);
    const found = await page.evaluate((origin) => {
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
    }, new URL(base).origin);
    for (const f of found) problems.push(`${url}: ${f}`);
    for (const v of await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)) problems.push(`${url}: ${v}`);
    // On the school and report pages the payload is there as visible text, not as markup.
    if (url === `/schools/${SCHOOL}/` || url === `/reports/${REPORT}/`) {
      const text = await page.evaluate(() => document.body.innerText);
      if (!text.includes(MARK)) problems.push(`${url}: нет текста с меткой — строки не попали на страницу`);
    }
    await page.close();
  });
  expect(problems).toEqual([]);
});

it.each([`/schools/${SCHOOL}/`, `/reports/${REPORT}/`])('%s shows the script payload as words a reader can see', async (url) => {
  const page = await context.newPage();
  await page.goto(base + url);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toContain('<img src=x onerror=alert(1)>');
  await page.close();
});
