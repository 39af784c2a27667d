/**
 * The gates can fail: test/fixtures/broken-site (image without alt, broken anchor, invalid HTML,
 * inline code) makes each of them report, while its good page passes. The same gate functions
 * run over the demo site in accessibility.test.ts and test/build/quality-gates.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../quality/axe';
import { findInlineCode } from '../quality/inline';
import { checkLinks } from '../quality/links';
import { listPages, openSite } from '../quality/site';
import { validatePages } from '../quality/validate';
import { servedSite } from '../helpers/browser';

const dir = resolve('test/fixtures/broken-site');
const site = servedSite(() => dir);

async function axeOn(path: string) {
  const page = await site.browser.newPage();
  await page.goto(site.base + path);
  const violations = await runAxe(page, { page: path, mode: 'обычная версия' });
  await page.close();
  return violations;
}

describe('broken page: every gate reports it', () => {
  it('axe: the image without alt text', async () => {
    expect((await axeOn('/')).map((v) => v.rule)).toEqual(expect.arrayContaining(['image-alt']));
  });
  it('axe: headings out of order (a best-practice rule the project switches on)', async () => {
    expect((await axeOn('/page/skipped-heading.html')).map((v) => v.rule)).toEqual(['heading-order']);
  });
  it('links: the missing clause anchor and the missing page', () => {
    const codes = checkLinks(openSite(dir, listPages(dir))).map((p) => `${p.code} ${p.ref.url}`);
    expect(codes).toEqual(['missing-anchor /page/#p-9-9', 'missing-file /no-such-page/']);
  });
  it('HTML: the invalid nesting and the unclosed element', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
    expect(validatePages(openSite(dir, ['index.html']), config).length).toBeGreaterThan(0);
  });
  it('CSP: the inline script and the style attribute', () => {
    expect(findInlineCode(readFileSync(resolve(dir, 'index.html'), 'utf8')).length).toBe(2);
  });
});

describe('good page of the same fixture: no gate reports it', () => {
  it('axe', async () => expect(await axeOn('/page/')).toEqual([]));
  it('HTML', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
    expect(validatePages(openSite(dir, ['page/index.html']), config)).toEqual([]);
  });
  it('CSP', () => expect(findInlineCode(readFileSync(resolve(dir, 'page/index.html'), 'utf8'))).toEqual([]));
});
