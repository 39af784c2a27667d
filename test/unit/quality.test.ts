import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIds, extractReferences, parseHtml, srcsetUrls } from '../quality/html';
import { findInlineCode } from '../quality/inline';
import { checkLinks, summarizeLinkProblems } from '../quality/links';
import { listPages, openSite, pageType, pageUrl, samplePages, structureOf } from '../quality/site';
import { HTML_RULE_CHANGES, validatePages } from '../quality/validate';
import { pagesInModes, VIEW_MODES } from '../quality/modes';
import { ADMIN_CSP, FILES_CSP, HEADER_ONLY_CSP, SITE_CSP, adminCsp, parseCsp, serializeCsp } from '../../src/lib/csp';

const fixture = resolve('test/fixtures/broken-site');
const htmlConfig = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));

describe.each([
  ['index.html', '/', '/'],
  ['documents/index.html', '/documents/', '/documents/'],
  ['documents/prikaz-147/index.html', '/documents/prikaz-147/', '/documents/[id]/'],
  ['reports/zhuravlevskaya-sosh/2021-09/index.html', '/reports/zhuravlevskaya-sosh/2021-09/', '/reports/[id]/[id]/'],
  ['404.html', '/404.html', '/404.html'],
])('page %s', (file, url, type) => {
  it(`url ${url}`, () => expect(pageUrl(file)).toBe(url));
  it(`type ${type}`, () => expect(pageType(file)).toBe(type));
});

describe('HTML extraction', () => {
  const doc = parseHtml(`<a href="/a/#x">a</a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x" alt=""><link rel="stylesheet" href="/s.css">
    <script src="/j.js"></script><form action="/search/"></form><p id="one"><a name="legacy"></a></p><svg><use href="/s.svg#i"></use></svg>`);
  it('finds every URL with its element and attribute', () => {
    expect(extractReferences(doc).map((r) => `${r.tag}[${r.attr}]=${r.url}`)).toEqual([
      'a[href]=/a/#x',
      'img[src]=/i.png',
      'img[srcset]=/i1.png',
      'img[srcset]=/i2.png',
      'link[href]=/s.css',
      'script[src]=/j.js',
      'form[action]=/search/',
      'use[href]=/s.svg#i',
    ]);
  });
  it('finds ids and legacy named anchors', () => expect([...extractIds(doc)].sort()).toEqual(['legacy', 'one']));
  it.each([
    ['a.png', ['a.png']],
    ['a.png 1x, b.png 2x', ['a.png', 'b.png']],
    [' a.png 300w ,b.png 600w ', ['a.png', 'b.png']],
  ])('srcset %j', (srcset, urls) => expect(srcsetUrls(srcset)).toEqual(urls));
});

describe('link gate on the broken fixture', () => {
  const problems = checkLinks(openSite(fixture, listPages(fixture)));
  it('reports the missing clause anchor', () => {
    expect(problems).toContainEqual(expect.objectContaining({ code: 'missing-anchor', page: 'index.html', target: 'page/index.html' }));
  });
  it('reports the missing page', () => {
    expect(problems).toContainEqual(expect.objectContaining({ code: 'missing-file', page: 'index.html', ref: expect.objectContaining({ url: '/no-such-page/' }) }));
  });
  it('accepts the good page (existing ids, #top, relative links, images)', () => {
    expect(problems.filter((p) => p.page === 'page/index.html')).toEqual([]);
    expect(problems.map((p) => p.ref.url)).not.toContain('/page/picture.svg');
  });
  it('groups a link broken on many pages into one line', () => {
    const one = { code: 'missing-file' as const, ref: { tag: 'a', attr: 'href', url: '/data/' } };
    const lines = summarizeLinkProblems(['a.html', 'b.html', 'c.html'].map((page) => ({ ...one, page, message: `${page}: ссылка на /data/` })));
    expect(lines).toEqual(['ссылка на /data/ (3 страницах, например a.html)']);
  });
  it('messages are Russian and name the page', () => {
    for (const p of problems) expect(p.message).toMatch(/^index\.html: .*(якорь|несуществующую)/);
  });
});

describe('link gate rules', () => {
  const site = (pages: Record<string, string>, files: string[] = []) => ({
    dir: '/',
    pages: Object.keys(pages),
    read: (p: string) => pages[p] ?? '',
    isFile: (p: string) => p in pages || files.includes(p),
  });
  it.each([
    ['<a href="/b/#p-4-2">x</a>', []],
    ['<a href="/b/#p-4-3">x</a>', ['missing-anchor']],
    ['<a href="/b/#%D0%BF">x</a>', []],
    ['<a href="/c/">x</a>', ['missing-file']],
    ['<a href="b/">x</a>', ['missing-file']],
    ['<a href="/b">x</a>', []],
    ['<a href="https://example.org/">x</a>', []],
    ['<a href="https://setka.example.ru/b/#p-4-2">x</a>', []],
    ['<a href="https://setka.example.ru/zzz/">x</a>', ['missing-file']],
    ['<a href="mailto:a@b.ru">x</a><a href="tel:+7">y</a>', []],
    ['<a href="#">x</a><a href="#top">y</a>', []],
    ['<a href="#own">x</a><p id="own"></p>', []],
    ['<a href="#nope">x</a>', ['missing-anchor']],
    ['<a href="/b/#/collections/reports/new">x</a><a href="/b/#!/x">y</a>', []],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', ['unsafe-scheme']],
    ['<img src="/logo.svg" alt="">', []],
    ['<img src="/missing.svg" alt="">', ['missing-file']],
  ])('%s', (html, codes) => {
    const problems = checkLinks(site({ 'a/index.html': html, 'b/index.html': '<p id="p-4-2"></p><p id="п"></p>' }, ['logo.svg']), {
      siteOrigins: ['https://setka.example.ru/'],
    });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });
});

describe('HTML gate', () => {
  it('reports the broken fixture page', () => {
    const problems = validatePages(openSite(fixture, ['index.html']), htmlConfig);
    expect(problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['element-permitted-content', 'close-order', 'no-inline-style']));
  });
  it('passes the valid fixture page', () => {
    expect(validatePages(openSite(fixture, ['page/index.html']), htmlConfig)).toEqual([]);
  });
  it('every rule turned off or narrowed in .htmlvalidate.json has a written reason, and no reason is stale', () => {
    expect(Object.keys(htmlConfig.rules ?? {}).sort()).toEqual(Object.keys(HTML_RULE_CHANGES).sort());
    for (const reason of Object.values(HTML_RULE_CHANGES)) expect(reason.length).toBeGreaterThan(40);
  });
  it('starts from the recommended preset', () => expect(htmlConfig.extends).toEqual(['html-validate:recommended']));
});

describe('inline code (CSP) gate', () => {
  it.each([
    ['<script>alert(1)</script>', ['inline-script']],
    ['<script src="/a.js"></script>', []],
    ['<script type="module" src="/a.js"></script>', []],
    ['<script type="application/ld+json">{"@context":"https://schema.org"}</script>', []],
    ['<script type="module">import "/a.js"</script>', ['inline-script']],
    ['<style>p{}</style>', ['style-element']],
    ['<p style="color:red">x</p>', ['style-attribute']],
    ['<img src="/a.png" alt="" onerror="x()">', ['event-handler']],
    ['<a href=" javascript:alert(1)">x</a>', ['javascript-url']],
    ['<a href="/javascript/">x</a>', []],
  ])('%s', (html, kinds) => expect(findInlineCode(html).map((c) => c.kind)).toEqual(kinds));
  it('finds both on the broken fixture', () => {
    const kinds = findInlineCode(readFileSync(resolve(fixture, 'index.html'), 'utf8')).map((c) => c.kind);
    expect(kinds).toEqual(['style-attribute', 'inline-script']);
  });
});

describe('Content-Security-Policy', () => {
  const site = parseCsp(serializeCsp(SITE_CSP));
  it('public pages: only own scripts, no unsafe-inline or eval, Pagefind WebAssembly allowed', () => {
    expect(site['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(site['style-src']).toEqual(["'self'"]);
    expect(site['object-src']).toEqual(["'none'"]);
    expect(site['connect-src']).toEqual(["'self'"]);
    expect(serializeCsp(SITE_CSP)).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });
  it('has no header-only directives in the meta policy (browsers ignore them there)', () => {
    for (const d of ['frame-ancestors', 'report-uri', 'sandbox']) expect(site).not.toHaveProperty(d);
  });
  it('the header policy adds frame-ancestors and upgrade-insecure-requests', () => {
    expect(serializeCsp(SITE_CSP, HEADER_ONLY_CSP)).toMatch(/frame-ancestors 'none'; upgrade-insecure-requests$/);
  });
  it('the CMS policy is looser only where Decap needs it', () => {
    const admin = parseCsp(serializeCsp(ADMIN_CSP));
    expect(admin['script-src']).not.toContain("'unsafe-inline'");
    expect(admin['object-src']).toEqual(["'none'"]);
  });
  it('the nginx sample in the deployment guide carries the same policies', () => {
    const readme = readFileSync('docs/deployment.md', 'utf8');
    const headers = [...readme.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
    expect(headers[0]).toBe(serializeCsp(SITE_CSP, HEADER_ONLY_CSP));
    const admin = adminCsp({ backend: 'github' });
    // On the server the CMS never talks to a local decap-server (that is for editing on one's own machine).
    const served = { ...admin, 'connect-src': admin['connect-src']!.filter((s) => !s.includes(':8081')) };
    expect(headers[1]).toBe(serializeCsp(served, HEADER_ONLY_CSP));
    // Uploads: downloaded, never run on the site's origin.
    expect(headers[2]).toBe(serializeCsp(FILES_CSP));
    expect(readme).toMatch(/location \/files\/ \{[^}]*add_header Content-Disposition "attachment" always;/);
    const headersFile = readFileSync('public/_headers', 'utf8');
    expect(headersFile).toContain(`/files/*\n  Content-Disposition: attachment\n  Content-Security-Policy: ${serializeCsp(FILES_CSP)}\n  X-Content-Type-Options: nosniff`);
  });
  it.each([
    [{ backend: 'github' }, ['https://api.github.com']],
    [{ backend: 'gitlab', apiRoot: 'https://git.uo.example.ru/api/v4' }, ['https://gitlab.com', 'https://git.uo.example.ru']],
    [{ backend: 'gitea', apiRoot: 'https://gitea.example.ru/api/v1', baseUrl: 'https://auth.example.ru/' }, ['https://gitea.example.ru', 'https://auth.example.ru']],
    [{ backend: 'github', baseUrl: 'not a url' }, ['https://api.github.com']],
  ])('CMS policy for %j connects to its Git host', (cms, hosts) => {
    expect(adminCsp(cms)['connect-src']).toEqual(["'self'", 'http://localhost:8081', 'http://127.0.0.1:8081', ...hosts]);
  });
});

describe('samplePages: every type, first and last instance, and every part some instances have', () => {
  const table = '<main><table class="t"><tr><td>1</td></tr></table></main>';
  const plain = '<main><p class="x">текст</p></main>';
  const files: Record<string, string> = {
    'index.html': plain,
    'schools/a/index.html': plain,
    'schools/b/index.html': plain.replace('текст', 'другой текст'),
    'schools/c/index.html': table,
    'schools/d/index.html': plain,
    'schools/e/index.html': plain,
  };
  const site = { read: (p: string) => files[p]! };

  it('structure ignores text, sees elements and classes', () => {
    expect(structureOf(files['schools/a/index.html']!)).toBe(structureOf(files['schools/b/index.html']!));
    expect(structureOf(plain)).not.toBe(structureOf(table));
    expect(structureOf('<p class="x astro-abc">')).toBe(structureOf('<p class="x">'));
  });

  it('keeps the home page, the first and last school and the one with a table', () => {
    expect(samplePages(site, Object.keys(files).sort())).toEqual(['index.html', 'schools/a/index.html', 'schools/c/index.html', 'schools/e/index.html']);
  });

  it('one page that has both a table and a badge stands for the pages that have one of them', () => {
    const badge = '<main><p class="x">текст</p><span class="badge badge--late">поздно</span></main>';
    const both = '<main><p class="x">текст</p><span class="badge badge--late">поздно</span><table class="t"><tr><td>1</td></tr></table></main>';
    const more: Record<string, string> = { 'r/a/index.html': plain, 'r/b/index.html': table, 'r/c/index.html': badge, 'r/d/index.html': both, 'r/e/index.html': badge, 'r/f/index.html': plain };
    expect(samplePages({ read: (p) => more[p]! }, Object.keys(more).sort())).toEqual(['r/a/index.html', 'r/d/index.html', 'r/f/index.html']);
  });
});

describe('pagesInModes: each page once, with the modes that check it', () => {
  const [normal, bw, wb, blue] = VIEW_MODES;
  it('keeps the modes in order and each page where it first appears', () => {
    const pages = new Map([
      [bw!, ['a.html', 'b.html', 'c.html']],
      [wb!, ['b.html']],
      [blue!, ['d.html', 'b.html']],
    ]);
    const plan = pagesInModes([bw!, wb!, blue!], (m) => pages.get(m) ?? []);
    expect(plan.map((p) => [p.file, p.modes.map((m) => m.a11y?.scheme)])).toEqual([
      ['a.html', ['bw']],
      ['b.html', ['bw', 'wb', 'blue']],
      ['c.html', ['bw']],
      ['d.html', ['blue']],
    ]);
  });
  it('a mode with no pages adds nothing', () => expect(pagesInModes([normal!], () => [])).toEqual([]));
});
