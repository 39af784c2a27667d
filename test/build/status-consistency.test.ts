/**
 * Statuses agree everywhere. Every built page that shows a status marks it with
 * `data-status-of` (school × month report, or item × school / department) and `data-status`;
 * this test reads every HTML page of the demo site and fails if two places give different
 * statuses for the same thing. It also pins the demo facts the rules exist for: no item is
 * «просрочено» for a deadline earlier than the approving order, department-only items have one
 * status, and months before the first reporting month are «не требовался» on every page.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { parseDeadline } from '../../src/lib/deadline';
import { occurrencesOf } from '../../src/lib/status';
import { t, type UiKey } from '../../src/i18n/ru';
import type { DocumentData } from '../../src/schemas';
import { htmlPages, readDist } from '../helpers/dist';
import { demoContent } from '../helpers/demo-content';

const { content, settings, roadmapId, roadmap, pairing } = demoContent();
const order = content.documents.find((d) => d.entry.id === roadmap.document)!.data as DocumentData;
const orderDate = order.date!;

/** Marks whose visible label is not the label of their `data-status` (the attribute must say what a reader sees). */
const mislabelled: string[] = [];

/** key → status → pages that show it. */
function collect(): Map<string, Map<string, string[]>> {
  const seen = new Map<string, Map<string, string[]>>();
  for (const path of htmlPages()) {
    const doc = parseDocument(readDist(path));
    const marked = DomUtils.findAll((e) => e.attribs['data-status-of'] !== undefined, doc.children) as Element[];
    for (const e of marked) {
      const key = e.attribs['data-status-of']!;
      const status = e.attribs['data-status'] ?? '';
      const label = t(`${key.startsWith('report:') ? 'report' : 'item'}.${status}` as UiKey);
      if (!label || !DomUtils.textContent(e).includes(label)) mislabelled.push(`${path}: ${key} = ${status}, на странице «${DomUtils.textContent(e).trim()}»`);
      const byStatus = seen.get(key) ?? seen.set(key, new Map()).get(key)!;
      const pages = byStatus.get(status) ?? byStatus.set(status, []).get(status)!;
      if (!pages.includes(path)) pages.push(path);
    }
  }
  return seen;
}

const seen = collect();
const pagesOf = (key: string) => [...(seen.get(key)?.values() ?? [])].flat();

describe('one status per thing across every page', () => {
  it('every status mark shows the label of the status it carries', () => {
    expect(mislabelled, mislabelled.slice(0, 10).join('\n')).toEqual([]);
  });

  it('no school × month and no item × school is shown with two different statuses', () => {
    const conflicts = [...seen].filter(([, byStatus]) => byStatus.size > 1).map(([key, byStatus]) => `${key}: ${[...byStatus].map(([s, pages]) => `${s} (${pages.slice(0, 3).join(', ')})`).join(' ≠ ')}`);
    expect(conflicts, conflicts.join('\n')).toEqual([]);
  });

  it('the same statuses are really compared on several pages (the markup is there)', () => {
    const reportKeys = [...seen.keys()].filter((k) => k.startsWith('report:'));
    const itemKeys = [...seen.keys()].filter((k) => k.startsWith('item:'));
    expect(reportKeys.length).toBeGreaterThanOrEqual(pairing.rows.length * 3);
    expect(itemKeys.length).toBeGreaterThanOrEqual(pairing.rows.length * 10);
    // A report month is shown on the matrix, the school page, the school's blanks and the home page.
    const school = pairing.rows[0]!.school;
    const month = settings.asOf!.slice(0, 7);
    const pages = pagesOf(`report:${school}:${month}`);
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'reports/index.html', `schools/${school}/index.html`, `forms/report/${school}/index.html`]));
    // An item × school is shown on the roadmap and on the school page.
    const item = [...seen.keys()].find((k) => k.startsWith(`item:${roadmapId}:`) && k.endsWith(`:${school}`))!;
    expect(pagesOf(item)).toEqual(expect.arrayContaining([`roadmap/${roadmapId}/index.html`, `schools/${school}/index.html`]));
  });
});

describe('the first reporting month', () => {
  it('months before it are «не требовался» on every page, never «не сдан»', () => {
    const firstMonth = '2021-09'; // the order of 08.08.2021: the first full month is September
    expect(orderDate).toBe('2021-08-08');
    for (const row of pairing.rows) {
      for (const month of ['2021-01', '2021-05', '2021-08']) {
        const byStatus = seen.get(`report:${row.school}:${month}`);
        expect(byStatus, `${row.school} ${month} нигде не показан`).toBeDefined();
        expect([...byStatus!.keys()]).toEqual(['not-required']);
      }
      expect(seen.get(`report:${row.school}:${firstMonth}`)?.has('not-required')).toBe(false);
    }
  });
});

describe('roadmap statuses on the demo', () => {
  const items = roadmap.sections.flatMap((s) => s.items);
  const beforeOrder = items.filter((i) => {
    const occ = occurrencesOf(parseDeadline(i.deadline, { year: 2021, period: roadmap.period }), roadmap.period);
    return occ.length > 0 && occ.every((o) => o.due < orderDate);
  });
  const statusesOf = (number: string) => [...seen].filter(([k]) => k.startsWith(`item:${roadmapId}:${number}:`)).flatMap(([, byStatus]) => [...byStatus.keys()]);

  it('has items whose every deadline is earlier than the approving order', () => {
    expect(beforeOrder.map((i) => i.number)).toEqual(expect.arrayContaining(['1', '2', '3']));
  });

  it.each(items.filter((i) => beforeOrder.includes(i)).map((i) => [i.number]))('item %s is never «просрочено» (its deadline is before the order)', (number) => {
    const statuses = statusesOf(number);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses).not.toContain('overdue');
  });

  it('the overdue filter page lists no item whose deadline is before the order', () => {
    const page = parseDocument(readDist(`roadmap/${roadmapId}/status/overdue/index.html`));
    const shown = (DomUtils.findAll((e) => e.name === 'article' && (e.attribs.class ?? '').split(' ').includes('item'), page.children) as Element[]).map((e) => e.attribs.id);
    for (const i of beforeOrder) expect(shown).not.toContain(`item-${i.number}`);
  });

  it('the chips on /roadmap/ count what the status pages list, say what they count, and count no pre-order item as overdue', () => {
    const list = parseDocument(readDist('roadmap/index.html'));
    const chips = DomUtils.findAll((e) => (e.attribs.class ?? '').split(' ').includes('status') && (e.parent as Element | null)?.name === 'a', list.children) as Element[];
    expect(chips.length).toBeGreaterThan(0);
    const itemsOn = (status: string) => (DomUtils.findAll((e) => e.name === 'article' && (e.attribs.class ?? '').split(' ').includes('item'), parseDocument(readDist(`roadmap/${roadmapId}/status/${status}/index.html`)).children) as Element[]).map((e) => e.attribs.id);
    for (const chip of chips) {
      const status = /status--([a-z-]+)/.exec(chip.attribs.class!)![1]!;
      const n = Number(/— (\d+)/.exec(DomUtils.textContent(chip))![1]);
      expect(itemsOn(status), `«${DomUtils.textContent(chip)}»`).toHaveLength(n);
    }
    const overdue = chips.find((c) => c.attribs.class!.includes('status--overdue'));
    // 10 of 20 before the fix; now only items whose deadline came after the order and is not done.
    if (overdue) expect(Number(/— (\d+)/.exec(DomUtils.textContent(overdue))![1])).toBeLessThanOrEqual(items.length - beforeOrder.length);
    expect(DomUtils.textContent(list)).toContain('сумма может быть больше числа мероприятий');
  });

  it('an item only the department answers for has one department-level status, on no school page', () => {
    const item1 = items.find((i) => i.number === '1')!;
    expect(item1.responsible).toEqual(['Управление образования администрации Белгородского района']);
    const keys = [...seen.keys()].filter((k) => k.startsWith(`item:${roadmapId}:1:`));
    expect(keys).toEqual([`item:${roadmapId}:1:department`]);
    expect(pagesOf(keys[0]!).some((p) => p.startsWith('schools/'))).toBe(false);
  });
});
