/**
 * The rules that keep the pages honest, on the in-memory programme (test/fixtures/programme/:
 * order of 10.03.2021, period from 01.01.2021, asOf 10.06.2021):
 * - reports are first due for the first full month after the approving order (April); earlier
 *   months are «не требовался» wherever a page asks (`reportCell`), never «не сдан»;
 * - a deadline that passed before the order is «срок до утверждения приказа», never overdue;
 * - an item only the department answers for has one department-level status, on no school's list;
 * - the counts (roadmap chips, filter pages, «Требует внимания», charts) come from one place.
 */
import { describe, expect, it } from 'vitest';
import {
  attentionOf, blankItems, buildProgramme, datasetRows, dueSoon, indexContent, itemStatusCounts, itemsForSchool, itemsWithStatus, roadmapItemRecords, sectionProgress, type Content,
} from '../../src/lib/programme';
import { ITEM_STATUSES } from '../../src/lib/status';
import { fixtureContent, withContent } from '../fixtures/programme/content';

const AS_OF = '2021-06-10';
const build = (content: Content = fixtureContent(), asOf = AS_OF) => buildProgramme(content, asOf);
/** The fixture with item 1 («Положение») owned by the department alone (the settings' organisation name). */
const departmentItem1 = () =>
  withContent((c) => {
    const section = c.roadmaps[0]!.data.sections[0]!;
    section.items[0] = { ...section.items[0]!, responsible: ['Управление образования'] };
  });

describe('the first reporting month', () => {
  it('is the first full month after the approving order, for every school of the list', () => {
    const p = build();
    expect(Object.fromEntries(p.firstMonthOf)).toEqual({ 'zheltaya-sosh': '2021-04', 'alaya-oosh': '2021-04' });
  });

  it('months before it are «не требовался» on every page that asks (matrix, blanks, school page)', () => {
    const p = build();
    for (const school of ['zheltaya-sosh', 'alaya-oosh']) {
      // The blanks page lists every month of the period; it asks reportCell, as the matrix does.
      const statuses = p.formMonths.map((m) => `${m}:${p.reportCell(school, m).status}`);
      expect(statuses.slice(0, 3)).toEqual(['2021-01:not-required', '2021-02:not-required', '2021-03:not-required']);
      expect(statuses.filter((s) => s.endsWith(':missing')).every((s) => s >= '2021-04')).toBe(true);
      // The matrix holds the same cells as reportCell gives for any page.
      for (const cell of p.cellsBySchool.get(school)!) expect(p.reportCell(school, cell.month)).toEqual(cell);
    }
  });

  it('the fixture exercises the rule: January’s due day has passed, so without it January would be «не сдан»', () => {
    // Guard that the fixture really exercises the rule: the due day of January has passed.
    expect(build().reportCell('alaya-oosh', '2021-01').due < AS_OF).toBe(true);
  });

  it('report deadlines in calendars and «due soon» start at that month', () => {
    expect(build().reportDeadlines[0]!.due).toBe('2021-04-28');
  });

  it('a later pairing list starts later', () => {
    const c = withContent((c) => (c.pairings[0]!.data = { ...c.pairings[0]!.data, period: { start: '2021-05-01', end: '2021-12-31' } }));
    expect(build(c).firstMonthOf.get('alaya-oosh')).toBe('2021-05');
    expect(build(c).reportCell('alaya-oosh', '2021-04').status).toBe('not-required');
  });
});

describe('deadlines before the approving order', () => {
  it('item 1 (до 15.02.2021, order of 10.03.2021) is «срок до утверждения приказа» for every school, not overdue', () => {
    const item = build().roadmapById.get('karta')!.itemByNumber.get('1')!;
    expect([...item.bySchool.values()].map((r) => r.status)).toEqual(['before-order', 'before-order']);
    expect(item.statuses).toEqual(['before-order']);
  });

  it('never appear on the overdue filter or in «Требует внимания»', () => {
    const p = build();
    const roadmap = p.roadmapById.get('karta')!;
    expect(itemsWithStatus(roadmap, 'overdue').map((i) => i.number)).not.toContain('1');
    expect(attentionOf(p).overdue.map((i) => i.number)).not.toContain('1');
  });

  it('a monthly item is overdue only for months after the order', () => {
    const result = build().roadmapById.get('karta')!.itemByNumber.get('3')!.bySchool.get('alaya-oosh')!;
    const byMonth = Object.fromEntries(result.occurrences.map((o) => [o.due.slice(0, 7), o.status]));
    expect(byMonth['2021-01']).toBe('before-order');
    expect(byMonth['2021-02']).toBe('before-order');
    expect(byMonth['2021-03']).toBe('overdue');
  });

  it('without an order date the old rule holds (overdue)', () => {
    const c = withContent((c) => (c.documents[0]!.data = { ...c.documents[0]!.data, date: undefined }));
    const item = build(c).roadmapById.get('karta')!.itemByNumber.get('1')!;
    expect(item.statuses).toEqual(['overdue']);
  });
});

describe('items only the department answers for', () => {
  it('have one department-level status and no per-school statuses', () => {
    const item = build(departmentItem1()).roadmapById.get('karta')!.itemByNumber.get('1')!;
    expect(item.owner).toBe('department');
    expect(item.schools).toEqual([]);
    expect(item.bySchool.size).toBe(0);
    expect(item.statuses).toEqual([item.timing]);
    expect(item.timing).toBe('before-order');
  });

  it('are on no school’s list, blank or «due soon»', () => {
    const p = build(departmentItem1());
    const roadmap = p.roadmapById.get('karta')!;
    expect(itemsForSchool(roadmap, 'alaya-oosh').map((x) => x.item.number)).not.toContain('1');
    expect(blankItems(p, 'alaya-oosh', '2021-02').flatMap((g) => g.items.map((i) => i.number))).not.toContain('1');
    expect(dueSoon(p, { school: 'alaya-oosh', days: 365 }).map((d) => d.item?.number)).not.toContain('1');
  });

  it('are one row of the roadmap-status dataset, with no school', () => {
    const c = departmentItem1();
    const p = build(c);
    const rows = datasetRows(indexContent(c, AS_OF), p, 'roadmap-status') as Array<{ number: string; schoolId: string; status: string }>;
    expect(rows.filter((r) => r.number === '1')).toEqual([expect.objectContaining({ schoolId: '', status: 'before-order' })]);
  });

  it('an item limited to some schools stays theirs even when the department is responsible', () => {
    const item = build().roadmapById.get('karta')!.itemByNumber.get('4')!;
    expect(item.owner).toBe('schools');
    expect(item.schools).toEqual(['alaya-oosh']);
  });

  it('the department appears once in the responsible filter under its two spellings', () => {
    const c = withContent((c) => {
      c.settings[0]!.data = { ...c.settings[0]!.data, organization: 'Управление образования администрации района' };
    });
    const r = build(c).roadmapById.get('karta')!.responsible;
    const department = r.filter((x) => x.label.startsWith('Управление образования'));
    expect(department).toHaveLength(1);
    expect(department[0]!.label).toBe('Управление образования администрации района');
    expect(department[0]!.count).toBe(2);
  });
});

describe('counts', () => {
  it('a roadmap’s status counts are the sizes of its filter pages, and say what they count', () => {
    const roadmap = build().roadmapById.get('karta')!;
    const counts = itemStatusCounts(roadmap);
    for (const [status, n] of counts) expect(itemsWithStatus(roadmap, status)).toHaveLength(n);
    expect(counts.map(([s]) => s)).toEqual(ITEM_STATUSES.filter((s) => roadmap.items.some((i) => i.statuses.includes(s))));
  });

  it('«Требует внимания» lists missing reports by school, late reports and overdue items', () => {
    const p = build();
    const a = attentionOf(p);
    expect(a.missing).toEqual([{ school: 'alaya-oosh', months: ['2021-04'] }]);
    expect(a.missingTotal).toBe(1);
    expect(a.late.map((c) => `${c.school}:${c.month}`)).toEqual(['zheltaya-sosh:2021-05']);
    expect(a.overdue).toEqual(p.roadmaps.flatMap((r) => itemsWithStatus(r, 'overdue')));
  });

  it('the progress chart counts item × school, a department item once', () => {
    const p = build(departmentItem1());
    const [documents] = sectionProgress(p.roadmapById.get('karta')!);
    // Section 1: item 1 (department, one status) + item 2 (two schools).
    expect(Object.values(documents!.counts).reduce((a, b) => a + b, 0)).toBe(3);
    expect(documents!.counts['before-order']).toBe(1);
  });
});

describe('search records of roadmap items (from the programme, not the page)', () => {
  it('one per item, opening its anchor, filtered by the schools, section, statuses and months the card shows', () => {
    const content = fixtureContent();
    const p = build(content);
    const site = indexContent(content, AS_OF);
    const records = roadmapItemRecords(site, p);
    const items = p.roadmaps.flatMap((r) => r.items);
    expect(records).toHaveLength(items.length);
    const first = items[0]!;
    const record = records[0]!;
    expect(record.url).toBe(`/roadmap/${p.roadmaps[0]!.id}/#${first.anchor}`);
    expect(record.meta.title).toBe(`${first.number}. ${first.activity}`);
    expect(record.content).toContain(first.deadline.text);
    expect(record.content).toContain(first.responsible[0]);
    // the section's title is searched with its items
    expect(record.content).toContain(`Раздел: ${first.sectionIndex + 1}. ${first.sectionTitle}`);
    expect(record.filters.type).toEqual(['roadmap-item']);
    expect(record.filters.school).toEqual(first.schools.map((id) => site.schoolById.get(id)!.data.shortName));
    expect(record.filters.section).toEqual([`1. ${first.sectionTitle}`]);
    expect(record.filters.month).toEqual(first.months);
    expect(record.filters.status!.length).toBe(first.statuses.length);
  });

  it('an item only the department answers for names no school', () => {
    const p = build(departmentItem1());
    const records = roadmapItemRecords(indexContent(departmentItem1(), AS_OF), p);
    expect(records[0]!.filters.school).toBeUndefined();
    expect(records[1]!.filters.school?.length).toBeGreaterThan(0);
  });
});
