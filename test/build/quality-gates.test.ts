/**
 * Gates over EVERY page of the built demo site (found by walking dist/): internal links and
 * anchors resolve, HTML validates, every page carries the CSP meta tag and nothing inline that
 * the CSP would block. /admin/ is left out of the HTML gate (third-party Decap bundle, see
 * SKIPPED_FOLDERS) but its links are checked and it must carry its own CSP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, SITE_CSP, parseCsp, serializeCsp } from '../../src/lib/csp';
import { elements, parseHtml } from '../quality/html';
import { findInlineCode } from '../quality/inline';
import { checkLinks, summarizeLinkProblems } from '../quality/links';
import { gatePages, listPages, openSite, pagesByType } from '../quality/site';
import { validatePages } from '../quality/validate';
import { distDir } from '../helpers/dist';

const dir = distDir();
const pages = listPages(dir);
const allPages = listPages(dir, true);
const siteUrl: string = parse(readFileSync('src/content/settings/site.yaml', 'utf8')).siteUrl;

it('walks a real site: home, document list and document pages are there', () => {
  expect([...pagesByType(pages).keys()]).toEqual(expect.arrayContaining(['/', '/documents/', '/documents/[id]/']));
});

it('links and anchors: every local href/src resolves to a file, every #fragment to an id', () => {
  const problems = checkLinks(openSite(dir, allPages), { siteOrigins: [siteUrl] });
  expect(summarizeLinkProblems(problems)).toEqual([]);
});

it('links: clause anchors are checked too (a document links to its own clauses)', () => {
  const html = readFileSync(join(dir, 'documents/prikaz-147/index.html'), 'utf8');
  expect(html).toMatch(/href="#p-\d/);
});

it('HTML: every page type, a sample of its instances and every page that differs validate with html-validate (all pages: npm run test:full)', () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
  const problems = validatePages(openSite(dir, gatePages(dir, pages)), config);
  expect(problems.map((p) => p.message)).toEqual([]);
});

it('no page carries an HTML comment (a comment in a component is repeated in every copy of it: write it in the front matter)', () => {
  const found = pages.filter((page) => readFileSync(join(dir, page), 'utf8').includes('<!--'));
  expect(found).toEqual([]);
});

describe('Content-Security-Policy', () => {
  it('every page carries the site policy right after <meta charset>', () => {
    const expected = parseCsp(serializeCsp(SITE_CSP));
    const wrong = pages.filter((page) => {
      const head = elements(parseHtml(readFileSync(join(dir, page), 'utf8'))).find((e) => e.name === 'head');
      const [charset, csp] = (head?.children ?? []).filter((c) => c.type === 'tag').map((c) => ('attribs' in c ? c.attribs : {}));
      return charset?.charset !== 'utf-8' || csp?.['http-equiv'] !== 'Content-Security-Policy' || JSON.stringify(parseCsp(csp.content ?? '')) !== JSON.stringify(expected);
    });
    expect(wrong).toEqual([]);
  });

  it('no page has an inline script, <style>, style= or on*= attribute', () => {
    const found = pages.flatMap((page) => findInlineCode(readFileSync(join(dir, page), 'utf8')).map((c) => `${page}: ${c.kind} ${c.excerpt}`));
    expect(found).toEqual([]);
  });

  it('/admin/ (when built) has its own policy that allows what Decap needs and no more', () => {
    const file = join(dir, 'admin/index.html');
    if (!existsSync(file)) return;
    const meta = elements(parseHtml(readFileSync(file, 'utf8'))).find((e) => e.name === 'meta' && e.attribs['http-equiv'] === 'Content-Security-Policy');
    expect(meta, '/admin/ без метатега Content-Security-Policy').toBeDefined();
    const policy = parseCsp(meta!.attribs.content!);
    expect(policy['script-src']).toEqual([...ADMIN_CSP['script-src']!]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });
});
