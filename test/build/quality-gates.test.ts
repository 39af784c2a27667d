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
import { elements, parseHtml } from '../../src/lib/quality/html';
import { findInlineCode } from '../../src/lib/quality/inline';
import { checkLinks, summarizeLinkProblems } from '../../src/lib/quality/links';
import { listPages, openSite, pagesByType } from '../../src/lib/quality/site';
import { validatePages } from '../../src/lib/quality/validate';
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

it('HTML: every page validates with html-validate (.htmlvalidate.json)', () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
  const problems = validatePages(openSite(dir, pages), config);
  expect(problems.map((p) => p.message)).toEqual([]);
});

describe('Content-Security-Policy', () => {
  it.each(pages)('%s carries the site policy as the first thing in <head>', (page) => {
    const doc = parseHtml(readFileSync(join(dir, page), 'utf8'));
    const head = elements(doc).find((e) => e.name === 'head')!;
    const first = head.children.filter((c) => c.type === 'tag').slice(0, 2).map((c) => ('attribs' in c ? c.attribs : {}));
    expect(first[0]).toEqual({ charset: 'utf-8' });
    expect(first[1]?.['http-equiv']).toBe('Content-Security-Policy');
    expect(parseCsp(first[1]!.content!)).toEqual(parseCsp(serializeCsp(SITE_CSP)));
  });

  it.each(pages)('%s has no inline script, <style>, style= or on*= attributes', (page) => {
    expect(findInlineCode(readFileSync(join(dir, page), 'utf8'))).toEqual([]);
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
