/**
 * Tables on a phone (375 px), in the normal version and the version for the visually impaired
 * (white on black, 200 %): on every page whose table answers a question, the column holding the
 * answer is on screen without scrolling sideways — either because the table fits, or because it is
 * laid out as stacked cards. A cell counts as visible when its whole box lies inside the window
 * horizontally and inside every scrolling ancestor's visible area. And in the version for the
 * visually impaired at 200 % on a 375 px phone, words stay whole: a word is split across lines (with
 * no hyphen) only when it is longer than a line could hold.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A11Y_STORAGE_KEY } from '../../src/lib/a11y';
import { servedSite } from '../helpers/browser';

const site = servedSite();

/** Page, its table, and the 1-based column(s) that answer the page's question. */
const PAGES = [
  { name: 'school: report list → status', path: '/schools/zhuravlevskaya-sosh/', table: 'table.history', columns: [4], answer: /В срок|С опозданием|Не сдан|Срок не наступил/ },
  { name: 'school: roadmap items → deadline and status', path: '/schools/zhuravlevskaya-sosh/', table: 'table.school-items', columns: [2, 4], answer: /Выполнено|Просрочено|Срок не наступил|Без даты|Срок до утверждения приказа/ },
  // 0 = the column headed by the newest month (wherever the table puts it).
  { name: 'matrix → newest month', path: '/reports/', table: 'table.matrix', columns: [0], answer: /В срок|С опозданием|Не сдан|Срок не наступил/ },
  { name: 'report → result and reason', path: '/reports/nikolskaya-sh/2021-10/', table: 'table.report-table', columns: [4, 5], answer: /Выполнено|Не выполнено|Выполнено частично/ },
  { name: 'pairs → partner and curator', path: '/pairs/', table: 'table.pairs-table', columns: [4, 5], answer: /СОШ|гимназия|школа/i },
  { name: 'school blanks → report', path: '/forms/report/zhuravlevskaya-sosh/', table: 'table.blanks', columns: [4], answer: /В срок|С опозданием|Не сдан|Срок не наступил|Не требовался/ },
  { name: 'blanks of the month → blank and report', path: '/forms/report/', table: 'table.blanks', columns: [2, 3], answer: /В срок|С опозданием|Не сдан|Срок не наступил/ },
  { name: 'open data → what a column holds', path: '/data/', table: 'table.dataset__columns', columns: [2], answer: /./ },
] as const;

const MODES = [
  ['normal', null],
  ['visually impaired, white on black, 200 %', { enabled: true, size: '200', scheme: 'wb', spacing: 'normal', images: 'on' }],
] as const;

describe.each(MODES)('at 375 px, %s', (_mode, a11y) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    if (a11y) await context.addInitScript(([k, v]) => window.localStorage.setItem(k, v), [A11Y_STORAGE_KEY, JSON.stringify(a11y)] as const);
  });
  afterAll(() => context.close());

  it.each(PAGES)('$name: the answering column is visible without sideways scrolling', async ({ path, table, columns, answer }) => {
    const page = await context.newPage();
    await page.goto(site.base + path);
    const report = await page.$eval(table, (t, wanted) => {
      const heads = [...t.querySelectorAll(':scope > thead th')];
      const months = heads.map((h) => h.querySelector('time')?.getAttribute('datetime') ?? '');
      const newest = months.indexOf([...months].sort().at(-1) ?? '') + 1;
      const cols = wanted.map((c) => (c === 0 ? newest : c));
      const width = document.documentElement.clientWidth;
      const rows = [...t.querySelectorAll(':scope > tbody > tr')];
      const hidden: string[] = [];
      const texts: string[] = [];
      for (const row of rows) {
        for (const col of cols) {
          const cell = row.children[col - 1] as HTMLElement | undefined;
          if (!cell) { hidden.push(`нет ячейки ${col}`); continue; }
          const r = cell.getBoundingClientRect();
          let clipped = r.width === 0 || r.left < -0.5 || r.right > width + 0.5;
          for (let e = cell.parentElement; e && !clipped; e = e.parentElement) {
            const style = getComputedStyle(e);
            if (style.overflowX === 'visible') continue;
            const box = e.getBoundingClientRect();
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5) clipped = true;
          }
          if (clipped) hidden.push(`${(row.firstElementChild?.textContent ?? '').trim().slice(0, 30)} / столбец ${col}: ${Math.round(r.left)}…${Math.round(r.right)} при ширине ${width}`);
          texts.push(cell.textContent ?? '');
        }
      }
      return { rows: rows.length, hidden, texts, cards: getComputedStyle(t).display === 'block', pageOverflow: document.documentElement.scrollWidth - width };
    }, [...columns]);
    expect(report.rows).toBeGreaterThan(0);
    expect(report.hidden, report.hidden.join('\n')).toEqual([]);
    expect(report.texts.some((s) => answer.test(s))).toBe(true);
    expect(report.pageOverflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

/** Pages a phone reader of the version for the visually impaired reads most. */
const READING_PAGES = ['/', '/schools/zhuravlevskaya-sosh/', '/reports/', '/reports/nikolskaya-sh/2021-10/', '/roadmap/dorozhnaya-karta-2021/', '/pairs/', '/404.html'];
/** Longer words may still be split at 200 % on 375 px (nothing hyphenates Russian in Chromium on Linux). */
const LONGEST_WHOLE = 17;

describe('at 375 px, visually impaired, white on black, 200 %: words are not split across lines', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript(([k, v]) => window.localStorage.setItem(k, v), [A11Y_STORAGE_KEY, JSON.stringify(MODES[1][1])] as const);
  });
  afterAll(() => context.close());

  it.each(READING_PAGES)('%s', async (path) => {
    const page = await context.newPage();
    await page.goto(site.base + path);
    const split = await page.evaluate((longest) => {
      // Open every disclosure (the settings panel, the charts' tables): what a reader can open must read well too.
      for (const d of document.querySelectorAll('details')) d.open = true;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const invisible = (el: Element) => {
        for (let a: Element | null = el; a; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.visibility === 'hidden' || style.clipPath !== 'none' || a.getBoundingClientRect().width < 4) return true;
        }
        return false;
      };
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('svg, script, style') || invisible(el)) continue;
        for (const m of (n.textContent ?? '').matchAll(/[А-Яа-яЁёA-Za-z]{4,}/g)) {
          if (m[0].length > longest) continue;
          const range = document.createRange();
          range.setStart(n, m.index!);
          range.setEnd(n, m.index! + m[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          if (rects.length > 1 && Math.abs(rects[0]!.top - rects.at(-1)!.top) > 2) out.push(`«${m[0]}» в <${el.tagName.toLowerCase()} class="${el.className}">`);
        }
      }
      return [...new Set(out)];
    }, LONGEST_WHOLE);
    expect(split, split.join('\n')).toEqual([]);
    await page.close();
  });
});
