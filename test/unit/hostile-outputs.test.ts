/**
 * One hostile corpus through the writers of every text output: ICS (no line or property
 * injection, escaping, folding by octets), CSV (Excel formula guard, also for multi-line values
 * and after leading spaces or quotes), JSON, and the HTML renderers. The built-site side (search
 * index, RSS, sitemap, DOCX, preview images) runs the same corpus in test/e2e/hostile-site.test.ts.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, icsPlain } from '../../src/lib/export/ics';
import { escapeFormula, parseCsv, toCsv, type Column } from '../../src/lib/export/csv';
import { renderDocument, renderUntrusted } from '../../src/lib/markdown';
import { HOSTILE } from '../helpers/hostile';

/** Properties a Setka calendar may contain; anything else on a line start was injected. */
const PROPERTIES = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'METHOD', 'CALSCALE', 'X-WR-CALNAME', 'X-WR-CALDESC', 'X-PUBLISHED-TTL', 'UID', 'SUMMARY', 'DTSTAMP', 'DTSTART', 'DTEND', 'DESCRIPTION', 'URL', 'CATEGORIES', 'TRANSP', 'X-MICROSOFT-CDO-BUSYSTATUS', 'RRULE', 'STATUS']);

describe('ICS: hostile text stays inside its property', () => {
  it.each(HOSTILE)('%j', (text) => {
    const ics = buildCalendar([{ uid: 'item-1@example.ru', title: text, description: `${text}\n${text}`, start: '2021-09-01', categories: [text] }], { name: text, description: text, timestamp: '2021-09-01' });
    // Whatever a reader splits lines on (CRLF, LF or a lone CR), every line is a continuation or a known property.
    for (const line of ics.split(/\r\n|\r|\n/)) {
      if (line === '' || line.startsWith(' ')) continue;
      expect(PROPERTIES.has(line.split(/[:;]/)[0]!), `чужая строка: ${JSON.stringify(line)}`).toBe(true);
    }
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
  /** What a spreadsheet would take for a formula: after leading spaces, line breaks and quotes, one of = + - @ (also full-width), or a tab/CR first. */
  const runs = (cell: string) => /^[\t\r]/.test(cell) || /^[\s"'\u00A0\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);

  it.each(HOSTILE)('%j', (text) => {
    const csv = toCsv(columns, [{ v: text }]);
    const [row] = parseCsv(csv);
    for (const cell of [row!.result!, row!.responsible!]) {
      if (runs(text)) {
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
