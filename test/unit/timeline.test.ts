import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import { escapeXml, renderTimeline, timelineScale, type TimelineRow } from '../../src/lib/timeline';

const months = ['2021-09', '2021-10', '2021-11', '2021-12'];
const rows: TimelineRow[] = [
  { label: '8', title: 'п. 8 <окно>', shape: 'window', occurrences: [{ start: '2021-10-01', due: '2021-11-30' }] },
  { label: '16', title: 'п. 16', shape: 'date', occurrences: [{ start: '2021-09-01', due: '2021-09-15' }, { start: '2021-11-01', due: '2021-11-17' }, { start: '2022-03-01', due: '2022-03-31' }] },
  { label: 'R', title: 'отчёт', shape: 'recurring', occurrences: months.map((m) => ({ start: `${m}-01`, due: `${m}-28` })) },
  { label: '9', title: 'п. 9', shape: 'undated', occurrences: [] },
];
const svg = renderTimeline({ id: 'tl', months, rows, asOf: '2021-11-20', title: 'Сроки', description: 'Описание & список' });
const doc = parseDocument(svg, { xmlMode: true });
const all = (tag: string, cls?: string) => DomUtils.findAll((e) => e.name === tag && (!cls || (e.attribs.class ?? '').split(' ').includes(cls)), doc.children);

describe('renderTimeline', () => {
  it('is an accessible image with a title and a description', () => {
    const root = all('svg')[0]!;
    expect(root.attribs.role).toBe('img');
    expect(root.attribs['aria-labelledby']).toBe('tl-title tl-desc');
    expect(DomUtils.textContent(all('title')[0]!)).toBe('Сроки');
    expect(DomUtils.textContent(all('desc')[0]!)).toBe('Описание & список');
  });

  it('draws a hatched bar per window, a diamond per date in range, a triangle per recurring date', () => {
    expect(all('rect', 'tl-window')).toHaveLength(1);
    expect(all('polygon', 'tl-date')).toHaveLength(2); // the March 2022 date is outside the months shown
    expect(all('polygon', 'tl-recurring')).toHaveLength(4);
    expect(all('rect', 'tl-window')[0]!.attribs.fill).toBe('url(#tl-hatch)');
  });

  it('labels undated rows in words and the as-of line with its date', () => {
    expect(svg).toContain('без даты');
    expect(DomUtils.textContent(all('g', 'tl-asof')[0]!)).toBe('Состояние на 20.11.2021');
  });

  it('escapes text', () => {
    expect(svg).toContain('п. 8 &lt;окно&gt;');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('places dates proportionally within their month', () => {
    const { x } = timelineScale(months);
    expect(x('2021-09-01')).toBe(40);
    expect(x('2021-09-30', true)).toBe(86);
    expect(x('2021-10-01')).toBe(86);
    expect(x('2022-01-01')).toBeNull();
  });
});
