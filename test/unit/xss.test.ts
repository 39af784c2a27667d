import { describe, expect, it } from 'vitest';
import { renderDocument, renderUntrusted, sanitize, sanitizeUntrusted } from '../../src/lib/markdown';
import { findUnsafeMarkup } from '../quality/unsafe';
import { loadXssPayloads } from '../helpers/xss';

const payloads = loadXssPayloads();

it('the corpus has at least 30 payloads of every family', () => {
  expect(payloads.length).toBeGreaterThanOrEqual(30);
  for (const family of [/<script/i, /\son\w+=/i, /javascript:/i, /<svg/i, /style/i, /&#/, /\]\(/]) {
    expect(payloads.some((p) => family.test(p)), String(family)).toBe(true);
  }
});

describe('the checker itself finds what it must', () => {
  it.each([
    ['<script>alert(1)</script>', ['<script>']],
    ['<p onclick="x()">a</p>', ['<p onclick>']],
    ['<a href="jav&#x09;ascript:alert(1)">a</a>', ['<a href="jav\tascript:alert(1)">']],
    ['<a href="data:text/html,x">a</a>', ['<a href="data:text/html,x">']],
    ['<p style="color:red">a</p>', ['<p style>']],
    ['<a href="https://example.org/">a</a><a href="/x/#p-1">b</a><a href="mailto:a@b.ru">c</a>', []],
  ])('%s', (html, found) => expect(findUnsafeMarkup(html)).toEqual(found));
  it('strict mode forbids ids and classes', () => expect(findUnsafeMarkup('<p id="main" class="x">a</p>', { strict: true })).toHaveLength(2));
});

describe.each(payloads.map((p) => [p]))('payload %j', (payload) => {
  it('CMS text (renderUntrusted) is inert: no code, no styles, no ids or classes', () => {
    expect(findUnsafeMarkup(renderUntrusted(payload), { strict: true })).toEqual([]);
  });
  it('raw HTML through the strict sanitiser is inert', () => {
    expect(findUnsafeMarkup(sanitizeUntrusted(payload), { strict: true })).toEqual([]);
  });
  it('staff documents (raw HTML kept, then sanitised) are inert', () => {
    expect(findUnsafeMarkup(renderDocument(payload, { trust: 'staff' }).html)).toEqual([]);
    expect(findUnsafeMarkup(sanitize(payload))).toEqual([]);
  });
  it('documents rendered as public text are inert', () => {
    expect(findUnsafeMarkup(renderDocument(payload, { trust: 'public' }).html)).toEqual([]);
  });
});

describe('what CMS authors may still write', () => {
  it.each([
    ['**важно** и *курсив*', '<p><strong>важно</strong> и <em>курсив</em></p>'],
    ['[сайт школы](https://school.example.ru/)', '<p><a href="https://school.example.ru/" rel="nofollow noopener ugc">сайт школы</a></p>'],
    ['- первый\n- второй', '<ul>\n<li>первый</li>\n<li>второй</li>\n</ul>'],
    ['<b>жирный</b>', '<p>&lt;b&gt;жирный&lt;/b&gt;</p>'],
    ['# Заголовок', '<p>Заголовок</p>'],
  ])('%j', (text, html) => expect(renderUntrusted(text).trim()).toBe(html));
});
