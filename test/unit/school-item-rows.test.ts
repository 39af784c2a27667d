/**
 * A school's items table rows (src/components/schools/school-item-rows.ts), written as one string
 * for the school page: on the fixture programme, read back with an HTML parser.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { DomUtils } from 'htmlparser2';
import { buildProgramme, itemsForSchool } from '../../src/lib/programme';
import { schoolItemRowsHtml } from '../../src/components/schools/school-item-rows';
import { withContent } from '../fixtures/programme/content';

const rowsOf = (activity = 'Посещение уроков') => {
  const content = withContent((c) => {
    c.roadmaps[0]!.data.sections[1]!.items[0]!.activity = activity;
  });
  const p = buildProgramme(content, '2021-06-10');
  const rows = itemsForSchool(p.roadmaps[0]!, 'zheltaya-sosh');
  const doc = parseDocument(`<table><tbody>${schoolItemRowsHtml(rows, 'zheltaya-sosh')}</tbody></table>`);
  return { rows, trs: DomUtils.getElementsByTagName('tr', doc) };
};

describe('school item rows', () => {
  it('one row per item, anchored and linked to the item on the roadmap, with its status', () => {
    const { rows, trs } = rowsOf();
    expect(trs).toHaveLength(rows.length);
    expect(rows.length).toBeGreaterThan(2);
    trs.forEach((tr, i) => {
      const { item, result } = rows[i]!;
      expect(tr.attribs.id).toBe(item.anchor);
      const link = DomUtils.findOne((e) => e.name === 'a', tr.children)!;
      expect(link.attribs.href).toBe(`/roadmap/karta/#${item.anchor}`);
      const badge = DomUtils.findOne((e) => e.attribs.class?.startsWith('status ') ?? false, tr.children)!;
      expect(badge.attribs['data-status']).toBe(result.status);
      expect(badge.attribs['data-status-of']).toBe(`item:karta:${item.number}:zheltaya-sosh`);
      expect(DomUtils.getElementsByTagName('td', tr).map((td) => td.attribs['data-label'])).toEqual(['Сроки реализации', 'Ответственный', 'Состояние']);
    });
  });

  it('a repeating item lists its dates; months marked done in reports link to the reports', () => {
    const { rows, trs } = rowsOf();
    const monthly = rows.findIndex((r) => r.item.number === '3');
    const times = DomUtils.getElementsByTagName('time', trs[monthly]!);
    expect(times.map((t) => t.attribs.datetime)).toEqual(rows[monthly]!.result.occurrences.map((o) => o.due));
    expect(times.length).toBeGreaterThan(1);
    const reports = DomUtils.getElementsByTagName('a', trs[monthly]!).map((a) => a.attribs.href).filter((h) => h?.startsWith('/reports/'));
    expect(reports).toEqual(['/reports/zheltaya-sosh/2021-04/', '/reports/zheltaya-sosh/2021-05/']);
    const once = rows.findIndex((r) => r.item.number === '1');
    expect(DomUtils.getElementsByTagName('ul', trs[once]!)).toHaveLength(0);
  });

  it('an activity is text, not markup', () => {
    const { trs } = rowsOf('<img src=x onerror=alert(1)> & «кавычки» "x"');
    const th = trs.map((tr) => DomUtils.getElementsByTagName('th', tr)[0]!).find((h) => DomUtils.textContent(h).includes('onerror'))!;
    expect(DomUtils.getElementsByTagName('img', th)).toHaveLength(0);
    expect(DomUtils.textContent(th)).toContain('<img src=x onerror=alert(1)> & «кавычки» "x"');
  });
});
