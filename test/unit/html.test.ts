/**
 * HTML written as strings (src/lib/html.ts and what uses it: the status badge, a school's items
 * table) must be the bytes Astro's template wrote: the same escaping as Astro's own functions,
 * for any text, and the badge's markup as pages have it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { attr, attrValue, text } from '../../src/lib/html';
import { itemBadgeHtml } from '../../src/lib/status/badge';

const markup = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '&amp;', ' ', '\n', 'ё', '𝔄', '\u2028'), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))) });

describe('escaping as Astro escapes', () => {
  it('text between tags: escapeHTML', () => {
    fc.assert(fc.property(markup, (s) => text(s) === escapeHTML(s)), { numRuns: 2000 });
  });

  it('attributes: addAttribute, also for an empty value and for none', () => {
    for (const name of ['id', 'href', 'title', 'datetime', 'data-label', 'data-status-of']) {
      fc.assert(fc.property(markup, (s) => attr(name, s) === String(addAttribute(s, name))), { numRuns: 500 });
      expect(attr(name, '')).toBe(String(addAttribute('', name)));
      expect(attr(name, undefined)).toBe(String(addAttribute(undefined, name)));
      expect(attr(name, null)).toBe(String(addAttribute(null, name)));
    }
    expect(attrValue('a&b"c<d>\'')).toBe('a&amp;b&quot;c<d>\'');
  });
});

describe('item status badge', () => {
  it('in a table row: key of what it is of, no hover text', () => {
    expect(itemBadgeHtml({ status: 'overdue', of: 'item:karta:1.1:school-a', hint: false })).toBe(
      '<span class="status status--overdue" data-status-of="item:karta:1.1:school-a" data-status="overdue"><span class="status__symbol" aria-hidden="true">!</span>Просрочено</span>',
    );
  });

  it('on the roadmap: hover text and a count after the label', () => {
    expect(itemBadgeHtml({ status: 'done', suffix: '— 10 школ' })).toBe(
      '<span class="status status--done" title="школа сообщила в отчёте, что мероприятие выполнено"><span class="status__symbol" aria-hidden="true">✓</span>Выполнено <span class="status__suffix">— 10 школ</span></span>',
    );
  });

  it('escapes what it is of and the suffix', () => {
    const html = itemBadgeHtml({ status: 'due', of: 'item:"x"&<y>', suffix: '<b>', hint: false });
    expect(html).toContain('data-status-of="item:&quot;x&quot;&amp;<y>"');
    expect(html).toContain('<span class="status__suffix">&lt;b&gt;</span>');
  });
});
