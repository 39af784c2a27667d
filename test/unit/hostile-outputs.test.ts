/**
 * One hostile corpus through the writers of every text output: ICS (no line or property
 * injection, escaping, folding by octets), CSV (Excel formula guard, also for multi-line values
 * and after leading spaces or quotes), JSON, and the HTML renderers. The built-site side (search
 * index, RSS, sitemap, DOCX, ICS, CSV, JSON, preview images) is in test/e2e/xss.test.ts.
 */
import ICAL from 'ical.js';
import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { buildCalendar, icsPlain } from '../../src/lib/export/ics';
import { escapeFormula, parseCsv, toCsv, type Column } from '../../src/lib/export/csv';
import { renderDocument, renderUntrusted } from '../../src/lib/markdown';
import { cardSvg, renderCard } from '../../src/lib/og/render';
import { pngSize } from '../../src/lib/og/png';
import { HOSTILE, injectedIcsLines, runsAsFormula } from '../helpers/hostile';
import { HUGE, SHORT } from '../helpers/hostile-site';


describe('ICS: hostile text stays inside its property', () => {
  it.each(HOSTILE)('%j', (text) => {
    const ics = buildCalendar([{ uid: 'item-1@example.ru', title: text, description: `${text}\n${text}`, start: '2021-09-01', categories: [text] }], { name: text, description: text, timestamp: '2021-09-01' });
    // Whatever a reader splits lines on (CRLF, LF or a lone CR), every line is a continuation or a known property.
    expect(injectedIcsLines(ics)).toEqual([]);
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.split('\r\n').filter((l) => l.startsWith('UID:'))).toHaveLength(1);
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // A real reader gets the text back (line breaks as \n, control characters dropped).
    const cal = new ICAL.Component(ICAL.parse(ics));
    const event = cal.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(icsPlain(text));
    // (ical.js leaves X- properties escaped: undo RFC 5545 TEXT escaping by hand.)
    const calname = String(cal.getFirstPropertyValue('x-wr-calname')).replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    expect(calname).toBe(icsPlain(text));
  });
});

describe('CSV: no cell runs as a formula', () => {
  const columns: Column<{ v: string }>[] = [
    { key: 'result', description: 'Результат', value: (r) => r.v },
    { key: 'responsible', description: 'Ответственный', value: (r) => r.v },
  ];

  it.each(HOSTILE)('%j', (text) => {
    const csv = toCsv(columns, [{ v: text }]);
    const [row] = parseCsv(csv);
    for (const cell of [row!.result!, row!.responsible!]) {
      if (runsAsFormula(text)) {
        expect(cell.startsWith("'")).toBe(true);
        expect(cell.slice(1)).toBe(text);
      } else expect(cell).toBe(text);
    }
    expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['=HYPERLINK("http://evil.example";"клик")', true],
    ['=1+1\nвторая строка', true],
    ['Итог:\n=1+1', false],
    ['  =1+1', true],
    ['"=1+1', true],
    ["'=1+1", true],
    ['\n=1+1', true],
    ['\t1', true],
    ['\r1', true],
    ['-Иванов И.И.', true],
    ['+7 4722 00-00-00', true],
    ['@ответственный', true],
    ['＝1+1', true],
    ['-5', true],
    ['3,5', false],
    ['Проведено 2 урока', false],
  ])('the guard: %j → apostrophe %s', (value, guarded) => {
    expect(escapeFormula(value).startsWith("'")).toBe(guarded);
  });
});

describe('JSON and HTML: the corpus round-trips as text', () => {
  it.each(HOSTILE)('%j', (text) => {
    expect(JSON.parse(JSON.stringify({ text })).text).toBe(text);
    for (const html of [renderDocument(text, { trust: 'staff' }).html, renderUntrusted(text)]) {
      expect(html).not.toMatch(/<(script|iframe|object|embed|svg|math|style|textarea|img)\b/i);
      expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/<[a-z][^>]*(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
    }
  });
});

describe('preview images: Satori and resvg take hostile titles as text', () => {
  const titles = [...HOSTILE, ...Object.values(SHORT), HUGE, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><foreignObject><iframe src="javascript:alert(1)"/></foreignObject></svg>', '&#60;script&#62; &lt;b&gt; \u003cscript\u003e'];
  it.each(titles.map((t) => [t.slice(0, 80), t]))('%j', async (_label, title) => {
    const card = { title, kind: title.slice(0, 40), organisation: title.slice(0, 120), date: '' };
    const svg = await cardSvg(card);
    // Satori draws letters as outlines: no element or attribute of the SVG comes from the text.
    const doc = parseDocument(svg, { xmlMode: true });
    const elements = DomUtils.findAll(() => true, doc.children);
    const names = new Set(elements.map((e) => e.name));
    for (const name of names) expect(['svg', 'path', 'rect', 'defs', 'clipPath', 'mask', 'g', 'linearGradient', 'stop', 'pattern', 'image', 'filter']).toContain(name);
    for (const e of elements) {
      for (const [attr, value] of Object.entries(e.attribs)) {
        expect(attr).not.toMatch(/^on/i);
        expect(value).not.toMatch(/^\s*(javascript|vbscript|data:text)/i);
      }
    }
    expect(DomUtils.textContent(doc).trim()).toBe('');
    expect(pngSize(await renderCard(card))).toEqual({ width: 1200, height: 630 });
  });
});
