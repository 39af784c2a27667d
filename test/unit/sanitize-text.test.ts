/**
 * The sanitiser never drops text: a stray tag in a document body (`<textarea>`, `<script>`,
 * `<style>`, `<title>`, `<xmp>`, an unclosed comment …), at the start of a line or inside a
 * paragraph, leaves every word of the body on the page (as text), and the check names its line.
 */
import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { rawHtmlProblems, renderDocument } from '../../src/lib/markdown';

const source = readFileSync('src/content/documents/polozhenie-setevoe-vzaimodeystvie.md', 'utf8');
const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');

const STRAY = [
  '<textarea>',
  '<TEXTAREA name="x">',
  '<textarea/>',
  '</textarea>',
  '<script>',
  '<script src="//evil.example/x.js">',
  '<style>',
  '<title>',
  '<xmp>',
  '<noscript>',
  '<iframe>',
  '<noembed>',
  '<noframes>',
  '<plaintext>',
  '<template>',
  '<select><option>',
  '<svg><style>',
  '<math><mtext><table><mglyph><style>',
  '<!--',
  '<!-- незакрытый комментарий',
  '<![CDATA[',
  '<!DOCTYPE html>',
  '<?php',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
  '<div><textarea>',
];

/** Visible text of rendered HTML: tags out, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

const words = (s: string) => s.match(/[А-Яа-яЁё]{2,}|\d+/g) ?? [];

/** Every word of `expected`, in order, somewhere in `text` (a multiset check would pass a reordered page). */
function missingWords(expected: string, text: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const w of words(expected)) {
    const at = text.indexOf(w, from);
    if (at < 0) missing.push(w);
    else from = at + w.length;
  }
  return missing;
}

const lines = body.split('\n');
/** `line` with `tag` put between two words, after the first few. */
const cut = (line: string, tag: string) => {
  const at = line.indexOf(' ', 20);
  return `${line.slice(0, at)} ${tag} ${line.slice(at + 1)}`;
};
const middle = lines.findIndex((l, i) => i > lines.length / 3 && /^\d+\.\d+\./.test(l));

describe('no text of a body is lost to the sanitiser', () => {
  it('control: the plain body renders every word', () => {
    expect(missingWords(body, textOf(renderDocument(body, { trust: 'staff' }).html))).toEqual([]);
  });

  it.each(STRAY)('%s on a line of its own', (tag) => {
    const hostile = [...lines.slice(0, middle), tag, '', ...lines.slice(middle)].join('\n');
    const text = textOf(renderDocument(hostile, { trust: 'staff' }).html);
    expect(missingWords(body, text)).toEqual([]);
  });

  it.each(STRAY)('%s inside a clause', (tag) => {
    const hostile = [...lines.slice(0, middle), `${cut(lines[middle]!, tag)}`, ...lines.slice(middle + 1)].join('\n');
    const { html } = renderDocument(hostile, { trust: 'staff' });
    expect(missingWords(body, textOf(html))).toEqual([]);
    // The stray tag is inert: no element of that name made it through.
    expect(html).not.toMatch(/<(textarea|script|style|title|xmp|noscript|iframe|noembed|noframes|plaintext|template|select|option|svg|math|img)\b/i);
  });

  it.each(STRAY)('%s: the check reports it with its line, unless the page already shows it as text (or it is an allowed tag)', (tag) => {
    const hostile = [...lines.slice(0, middle), `${cut(lines[middle]!, tag)}`, ...lines.slice(middle + 1)].join('\n');
    const problems = rawHtmlProblems(hostile);
    const shownAsText = textOf(renderDocument(hostile, { trust: 'staff' }).html).includes(tag);
    if (problems.length > 0) expect(problems[0]!.line).toBe(middle + 1);
    else expect(shownAsText || /^<a\b/.test(tag)).toBe(true);
    // Every disallowed tag name is either reported or visible.
    if (/^<\/?[a-z]/i.test(tag) && !/^<(a|div)\b/i.test(tag)) expect(problems.length > 0 || shownAsText).toBe(true);
  });

  it.each(STRAY.filter((t) => /^<\/?[a-z]/i.test(t) && !/^<a\b/.test(t)))('%s on its own line is reported at that line', (tag) => {
    const hostile = [...lines.slice(0, middle), tag, '', ...lines.slice(middle)].join('\n');
    expect(rawHtmlProblems(hostile)[0]?.line).toBe(middle + 1);
  });

  it('allowed markup stays markup and is not reported', () => {
    const ok = 'Текст с <sup>2</sup> и <strong>важным</strong> словом.\n\n<table><tr><td>ячейка</td></tr></table>\n';
    expect(rawHtmlProblems(ok)).toEqual([]);
    expect(renderDocument(ok, { trust: 'staff' }).html).toContain('<sup>2</sup>');
  });
});
