/**
 * The built programme pages and exports, checked against the demo content itself (read and
 * validated from src/content, never copied into the test): roadmap, pairs, report matrix,
 * calendars, open data, DOCX blanks, RSS, and «Состояние на» wherever a status is shown.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { parseDeadline } from '../../src/lib/deadline';
import { dueInMonth, isUndated, occurrencesOf, reportDueDate } from '../../src/lib/status';
import { DATASETS, escapeFormula, toRecords } from '../../src/lib/export';
import { formatDateNumeric, monthsBetween } from '../../src/lib/dates';
import type { Report, School } from '../../src/schemas';
import { distDir, htmlPages, readDist } from '../helpers/dist';
import { demoContent } from '../helpers/demo-content';

const { content, settings, roadmapId, roadmap, pairing } = demoContent();
const schools = new Map(content.schools.map((s) => [s.entry.id, s.data as School]));
const reports = content.reports.map((r) => r.data as Report);
const asOf = settings.asOf!;
const dueDay = settings.reportRule.dueDay;
const items = roadmap.sections.flatMap((s) => s.items);
const period = roadmap.period;
const year = Number(period.start.slice(0, 4));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const dom = (path: string) => parseDocument(readDist(path));
const text = (node: Parameters<typeof DomUtils.textContent>[0]) => squash(DomUtils.textContent(node));
const byId = (root: ReturnType<typeof dom>, id: string) => DomUtils.findOne((e) => e.attribs.id === id, root.children) as Element | null;
const all = (root: ReturnType<typeof dom> | Element, test: (e: Element) => boolean) => DomUtils.findAll(test, 'children' in root ? root.children : []);
const hasClass = (e: Element, c: string) => (e.attribs.class ?? '').split(/\s+/).includes(c);
const readBytes = (path: string) => readFileSync(join(distDir(), path));

const REPORT_LABEL = { 'on-time': 'В срок', late: 'С опозданием', missing: 'Не сдан', 'not-yet-due': 'Срок не наступил' } as const;
type ReportStatus = keyof typeof REPORT_LABEL;

/** The report rule, written out here independently of src/lib/status. */
function expectedReportStatus(school: string, month: string): ReportStatus {
  const report = reports.find((r) => r.school === school && r.month === month && r.submitted <= asOf);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const due = `${month}-${String(Math.min(dueDay, last)).padStart(2, '0')}`;
  if (report) return report.submitted <= due ? 'on-time' : 'late';
  return asOf > due ? 'missing' : 'not-yet-due';
}

const reportingSchools = pairing.rows.map((r) => r.school);
const firstReportMonth = reports.map((r) => r.month).sort()[0]!;
const matrixMonths = monthsBetween(firstReportMonth, asOf.slice(0, 7));

describe('roadmap page', () => {
  const page = dom(`roadmap/${roadmapId}/index.html`);

  it('has all 20 items of the demo roadmap', () => {
    expect(items).toHaveLength(20);
    expect(all(page, (e) => e.name === 'article' && hasClass(e, 'item'))).toHaveLength(items.length);
  });

  it.each(items.map((i) => [i.number, i]))('item %s: anchor, number, activity and the deadline verbatim and as understood', (number, item) => {
    const el = byId(page, `item-${number}`);
    expect(el, `нет элемента id="item-${number}"`).not.toBeNull();
    const t = text(el!);
    expect(t).toContain(`${number}.`);
    expect(t).toContain(squash(item.activity));
    const verbatim = DomUtils.findOne((e) => hasClass(e, 'item__verbatim'), el!.children) as Element;
    expect(DomUtils.textContent(verbatim)).toBe(item.deadline);
    // The reading is shown where it says more than the text: not «по графику ОО» under «По графику ОО».
    const understood = DomUtils.findOne((e) => hasClass(e, 'item__understood'), el!.children) as Element | null;
    const gist = (s: string) => s.toLowerCase().replace(/[^а-яёa-z0-9]+/g, '');
    if (understood) {
      expect(text(understood).length).toBeGreaterThan('Как понят срок:'.length + 3);
      expect(gist(text(understood).replace('Как понят срок:', ''))).not.toBe(gist(item.deadline));
    } else expect(parseDeadline(item.deadline, { year, period }).kind).toMatch(/^(schedule|event)$/);
    for (const r of item.responsible) expect(t).toContain(squash(r));
  });

  it.each([
    ['1', 'до 15 февраля 2021 г.'],
    ['14', 'с 11 по 19 февраля 2021 г.'],
    ['7', 'весь период: с 1 января по 31 декабря 2021 г.'],
    ['8', 'октябрь — ноябрь 2021 г.'],
  ])('item %s is understood as «%s»', (number, phrase) => {
    expect(text(byId(page, `item-${number}`)!)).toContain(phrase);
  });

  it.each(['9', '11', '15'])('item %s («по графику ОО») shows its deadline once, with no reading repeating it', (number) => {
    const el = byId(page, `item-${number}`)!;
    expect(text(el).toLowerCase().split('по графику оо')).toHaveLength(2);
    expect(DomUtils.findOne((e) => hasClass(e, 'item__understood'), el.children)).toBeNull();
  });

  it('says the as-of date and shows a timeline with a text alternative', () => {
    expect(text(page)).toContain(`Состояние на ${formatDateNumeric(asOf)}`);
    const svg = DomUtils.findOne((e) => e.name === 'svg' && hasClass(e, 'timeline'), page.children) as Element;
    expect(svg.attribs.role).toBe('img');
    const [titleId, descId] = svg.attribs['aria-labelledby']!.split(' ');
    expect(text(byId(page, titleId!)!)).toContain('Сроки');
    expect(text(byId(page, descId!)!)).toContain('списке мероприятий');
    expect(text(svg)).toContain(`Состояние на ${formatDateNumeric(asOf)}`);
  });

  it('lists the timeline\'s status marks with the comma after each, so a narrow screen never starts a line with one', () => {
    const marks = all(page, (e) => hasClass(e, 'timeline-legend__status')).map((e) => text(e).trim());
    expect(marks).toHaveLength(5);
    for (const mark of marks) expect(mark).not.toMatch(/^,/);
    expect(marks.slice(0, -1).every((m) => m.endsWith(','))).toBe(true);
  });

  it('offers filters that work without JavaScript: each link leads to a built page listing only matching items', () => {
    const links = all(page, (e) => e.name === 'a' && /\/(status|month|responsible)\/[^/]+\/$/.test(e.attribs.href ?? '')).map((a) => a.attribs.href!);
    expect(links.length).toBeGreaterThan(10);
    const overdue = dom(`roadmap/${roadmapId}/status/overdue/index.html`);
    const shown = all(overdue, (e) => e.name === 'article' && hasClass(e, 'item'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(items.length);
    for (const a of shown) expect(a.attribs['data-status']).toContain('overdue');
    for (const href of links) expect(() => readDist(`${href.replace(/^\//, '')}index.html`)).not.toThrow();
  });

  it('lists in the month filter exactly the items due that month', () => {
    const month = asOf.slice(0, 7);
    const expected = items.filter((i) => dueInMonth(occurrencesOf(parseDeadline(i.deadline, { year, period }), period), month)).map((i) => `item-${i.number}`);
    const page = dom(`roadmap/${roadmapId}/month/${month}/index.html`);
    expect(all(page, (e) => e.name === 'article' && hasClass(e, 'item')).map((a) => a.attribs.id)).toEqual(expected);
  });
});

describe('/pairs/', () => {
  const page = dom('pairs/index.html');
  const table = DomUtils.findOne((e) => e.name === 'table' && hasClass(e, 'pairs-table'), page.children) as Element;
  const bodyRows = all(table, (e) => e.name === 'tr' && (e.parent as Element).name === 'tbody');

  it('has the column headers of Appendix 1', () => {
    expect(all(table, (e) => e.name === 'th' && e.attribs.scope === 'col').map((th) => text(th))).toEqual([
      '№ п/п',
      'Наименование «слабой» школы',
      'Ф.И.О., занимаемая должность, ответственного исполнителя (координатора) в ШНРО',
      'Наименование «сильной» школы, закрепленной',
      'Ф.И.О., занимаемая должность, ответственного исполнителя (куратора) в школе-партнере',
    ]);
  });

  it.each(pairing.rows.map((row, i) => [i + 1, row] as const))('row %i matches the pairing list and links both schools', (n, row) => {
    expect(bodyRows).toHaveLength(pairing.rows.length);
    const cells = all(bodyRows[n - 1]!, (e) => e.name === 'td' || e.name === 'th').map((c) => text(c));
    expect(cells).toEqual([
      String(n),
      schools.get(row.school)!.name,
      `${row.coordinator.name}, ${row.coordinator.position}`,
      schools.get(row.partner)!.name,
      `${row.curator.name}, ${row.curator.position}`,
    ]);
    const hrefs = all(bodyRows[n - 1]!, (e) => e.name === 'a').map((a) => a.attribs.href);
    expect(hrefs).toEqual([`/schools/${row.school}/`, `/schools/${row.partner}/`]);
  });

  it('shows the approval block', () => {
    expect(text(page)).toContain(`от «${pairing.approval.date.slice(8)}» ${pairing.approval.date.slice(5, 7)} ${pairing.approval.date.slice(0, 4)} г. № ${pairing.approval.number}`);
  });
});

describe('/reports/ matrix', () => {
  const newestFirst = [...matrixMonths].reverse();
  const page = dom('reports/index.html');
  const table = DomUtils.findOne((e) => e.name === 'table' && hasClass(e, 'matrix'), page.children) as Element;
  const rows = all(table, (e) => e.name === 'tr' && (e.parent as Element).name === 'tbody');
  const cellOf = (school: string, month: string) => {
    const row = rows.find((r) => all(r, (e) => e.name === 'a' && e.attribs.href === `/schools/${school}/`).length > 0);
    expect(row, `нет строки школы ${school}`).toBeDefined();
    const i = newestFirst.indexOf(month);
    expect(i, `нет столбца ${month}`).toBeGreaterThanOrEqual(0);
    return all(row!, (e) => e.name === 'td')[i]!;
  };

  it('has a column per month from the as-of month back to the first report, newest first', () => {
    const heads = all(table, (e) => e.name === 'time' && (e.parent as Element).name === 'th').map((t) => t.attribs.datetime);
    expect(heads).toEqual(newestFirst);
  });

  it('has a row per school of the pairing list', () => {
    expect(rows).toHaveLength(reportingSchools.length);
  });

  it.each(reportingSchools.flatMap((s) => matrixMonths.map((m) => [s, m, expectedReportStatus(s, m)] as const)))('%s %s → %s (from the report files and the rule)', (school, month, status) => {
    const cell = cellOf(school, month);
    expect(hasClass(cell, `mx--${status}`)).toBe(true);
    expect(text(cell)).toContain(REPORT_LABEL[status]);
    const link = all(cell, (e) => e.name === 'a')[0];
    if (status === 'on-time' || status === 'late') expect(link?.attribs.href).toBe(`/reports/${school}/${month}/`);
    else expect(link).toBeUndefined();
  });

  it.each([
    ['zhuravlevskaya-sosh', '2021-09', 'on-time'],
    ['nikolskaya-sh', '2021-10', 'late'],
    ['solokhinskaya-sosh', '2021-10', 'missing'],
    ['yasnozorenskaya-sosh', '2021-11', 'not-yet-due'],
  ] as const)('agrees with the known demo facts: %s %s is %s', (school, month, status) => {
    expect(expectedReportStatus(school, month)).toBe(status);
    expect(hasClass(cellOf(school, month), `mx--${status}`)).toBe(true);
  });

  it('counts each month in the footer and explains the marks in a legend', () => {
    const foot = all(table, (e) => e.name === 'tr' && (e.parent as Element).name === 'tfoot')[0]!;
    const cells = all(foot, (e) => e.name === 'td');
    newestFirst.forEach((m, i) => {
      for (const status of Object.keys(REPORT_LABEL) as ReportStatus[]) {
        const n = reportingSchools.filter((s) => expectedReportStatus(s, m) === status).length;
        if (n > 0) expect(text(cells[i]!)).toContain(`${REPORT_LABEL[status]}: ${n}`);
      }
    });
    const legend = text(byId(page, 'legend-title')!.parent as Element);
    for (const label of Object.values(REPORT_LABEL)) expect(legend).toContain(label);
    expect(text(page)).toContain(`Состояние на ${formatDateNumeric(asOf)}`);
  });

  it('shows one report in the Appendix 4 layout with result and reason', () => {
    const report = reports.find((r) => r.rows.some((row) => row.reason))!;
    const page = dom(`reports/${report.school}/${report.month}/index.html`);
    const heads = all(page, (e) => e.name === 'th' && e.attribs.scope === 'col').map((th) => text(th));
    expect(heads).toEqual(['№', 'Виды работ (мероприятия)', 'Сроки реализации', 'Результат', 'Обоснование невыполнения мероприятия (при наличии)']);
    const t = text(page);
    for (const row of report.rows) {
      if (row.result) expect(t).toContain(squash(row.result));
      if (row.reason) expect(t).toContain(squash(row.reason));
      expect(t).toContain(squash(items.find((i) => i.number === row.item)!.activity));
    }
    expect(t).toContain(schools.get(report.school)!.name);
  });
});

describe('school page', () => {
  const row = pairing.rows[0]!;
  const page = dom(`schools/${row.school}/index.html`);
  const t = text(page);

  it('names the partner, the coordinator and the curator with positions, and links the calendar', () => {
    expect(t).toContain(schools.get(row.partner)!.name);
    expect(t).toContain(`${row.coordinator.name}, ${row.coordinator.position}`);
    expect(t).toContain(`${row.curator.name}, ${row.curator.position}`);
    expect(all(page, (e) => e.name === 'a' && e.attribs.href === `/schools/${row.school}.ics`)).toHaveLength(1);
  });

  it('lists the roadmap items with this school’s status, and its report history', () => {
    for (const item of items) {
      if (departmentOnly(item)) expect(byId(page, `item-${item.number}`), `пункт ${item.number} — только Управления`).toBeNull();
      else expect(byId(page, `item-${item.number}`), `нет пункта ${item.number}`).not.toBeNull();
    }
    for (const m of matrixMonths) expect(t).toContain(REPORT_LABEL[expectedReportStatus(row.school, m)]);
    expect(t).toContain(`Состояние на ${formatDateNumeric(asOf)}`);
  });

  it('shows a partner school the schools it helps', () => {
    const partner = dom(`schools/${row.partner}/index.html`);
    for (const r of pairing.rows.filter((p) => p.partner === row.partner)) {
      expect(all(partner, (e) => e.name === 'a' && e.attribs.href === `/schools/${r.school}/`).length).toBeGreaterThan(0);
    }
  });
});

describe('every page that shows a status says «Состояние на»', () => {
  it.each(htmlPages().filter((p) => !p.startsWith('forms/report/') || p === 'forms/report/index.html'))('%s', (path) => {
    const html = readDist(path);
    if (!/class="(status|report-status) /.test(html)) return;
    expect(squash(html.replace(/<[^>]+>/g, ' '))).toContain(`Состояние на ${formatDateNumeric(asOf)}`);
  });
});

/**
 * Items only the department answers for (every responsible is «Управление образования …»): one
 * department-level status, not a school's item (not on school pages or school calendars).
 */
const departmentOnly = (item: (typeof items)[number]) => item.responsible.every((r) => /^управление образования(\s|$)/i.test(r.trim()));

/** Expected one-day / window events of the roadmap, derived from the deadlines with the same parser. */
function expectedItemEvents(forSchool = false): Array<{ number: string; start: string; end: string }> {
  return items.filter((item) => !forSchool || !departmentOnly(item)).flatMap((item) => {
    const d = parseDeadline(item.deadline, { year, period });
    if (d.kind === 'recurring') return [];
    const occ = occurrencesOf(d, period);
    return occ.map((o) => {
      const single = d.kind === 'by' || d.kind === 'on';
      const start = single ? o.due : o.start;
      const end = new Date(Date.parse(`${o.due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      return { number: item.number, start, end };
    });
  });
}

describe('iCalendar feeds', () => {
  const parse = (path: string) => new ICAL.Component(ICAL.parse(readDist(path)));

  it('/calendar.ics parses back with ical.js into the expected events', () => {
    const cal = parse('calendar.ics');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const single = events.filter((e) => !e.isRecurring());
    const got = single.map((e) => ({ number: /^п\. ([\d.]+)\./.exec(e.summary)![1]!, start: e.startDate.toString(), end: e.endDate.toString() }));
    expect(got).toEqual(expectedItemEvents());
    for (const e of single) expect(e.startDate.isDate).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('has the monthly report deadline as one recurring event on the due day of every reporting month (from the first full month after the order)', () => {
    const cal = parse('calendar.ics');
    const recurring = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).filter((e) => e.isRecurring());
    expect(recurring).toHaveLength(1);
    const it = recurring[0]!.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    // The order of 08.08.2021: reports are due from September, not for the months before it.
    expect(dates).toEqual(monthsBetween('2021-09-01', period.end).map((m) => reportDueDate(m, dueDay)));
  });

  it('a school’s calendar has its items and its report deadline; a partner’s has no report deadline', () => {
    const school = pairing.rows[0]!;
    const own = parse(`schools/${school.school}.ics`).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(own.filter((e) => e.isRecurring())).toHaveLength(1);
    expect(own.filter((e) => !e.isRecurring())).toHaveLength(expectedItemEvents(true).length);
    const partner = parse(`schools/${school.partner}.ics`).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(partner.filter((e) => e.isRecurring())).toHaveLength(0);
    expect(partner.length).toBeGreaterThan(0);
  });

  it('keeps every line within 75 octets and uses CRLF', () => {
    const raw = readDist('calendar.ics');
    expect(raw.includes('\n') && !/[^\r]\n/.test(raw)).toBe(true);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('open data', () => {
  const csv = (id: string) => readDist(`data/${id}.csv`);
  const json = (id: string) => JSON.parse(readDist(`data/${id}.json`));
  const parseCsv = (id: string) => {
    const raw = csv(id);
    expect(raw.charCodeAt(0), `${id}.csv без BOM`).toBe(0xfeff);
    const result = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, delimiter: ';', skipEmptyLines: true });
    expect(result.errors).toEqual([]);
    return result;
  };

  it.each(DATASETS.filter((d) => d.id !== 'roadmap').map((d) => [d.id, d] as const))('%s.csv parses back into the same rows as %s.json', (id, dataset) => {
    const { data, meta } = parseCsv(id);
    expect(meta.fields).toEqual(dataset.columns.map((c) => c.key));
    const expected = toRecords(dataset.columns as never, json(id).items).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, escapeFormula(v)])));
    expect(data).toEqual(expected);
    expect(data.length).toBeGreaterThan(0);
  });

  it('roadmap.csv has every item with its deadline verbatim; roadmap.json carries the parsed deadlines and counts, and names roadmap-status for each school\'s status', () => {
    const { data } = parseCsv('roadmap');
    expect(data.map((r) => [r.number, r.activity, r.deadline_text])).toEqual(items.map((i) => [i.number, escapeFormula(i.activity), i.deadline]));
    const j = json('roadmap');
    const flat = j.roadmaps[0].sections.flatMap((s: { items: unknown[] }) => s.items);
    expect(flat.map((i: { deadline: unknown }) => i.deadline)).toEqual(items.map((i) => parseDeadline(i.deadline, { year, period })));
    const byNumber = (n: string) => flat.find((i: { number: string }) => i.number === n);
    // Each school's status is in roadmap-status only: the counts here are its rows counted.
    const statusRows = json('roadmap-status').items as Array<{ number: string; schoolId: string; status: string }>;
    expect(j.roadmaps[0].schoolStatuses).toMatch(/\/data\/roadmap-status\.json$/);
    for (const item of flat as Array<{ number: string; counts: Record<string, number>; statuses?: unknown }>) {
      expect(item.statuses).toBeUndefined();
      const rows = statusRows.filter((r) => r.number === item.number && r.schoolId !== '');
      const counted: Record<string, number> = {};
      for (const r of rows) counted[r.status] = (counted[r.status] ?? 0) + 1;
      expect(Object.fromEntries(Object.entries(item.counts).filter(([, n]) => n > 0)), `пункт ${item.number}`).toEqual(counted);
    }
    expect(statusRows.filter((r) => r.number === '2').map((r) => r.schoolId).sort()).toEqual([...reportingSchools].sort());
    // Item 1 is the department's alone: one department-level status, no per-school statuses.
    expect(departmentOnly(items[0]!)).toBe(true);
    expect(byNumber('1')).toMatchObject({ owner: 'department', departmentStatus: 'before-order' });
    expect(statusRows.filter((r) => r.number === '1')).toEqual([expect.objectContaining({ schoolId: '', status: 'before-order' })]);
    expect(j.asOf).toBe(asOf);
  });

  it('pairs.csv has the 5 rows of the pairing list', () => {
    const { data } = parseCsv('pairs');
    expect(data.map((r) => [r.school_id, r.coordinator_name, r.partner_id, r.curator_name])).toEqual(pairing.rows.map((r) => [r.school, r.coordinator.name, r.partner, r.curator.name]));
  });

  it('report-status.csv agrees with the reports and the rule', () => {
    const { data } = parseCsv('report-status');
    for (const r of data) expect(r.status).toBe(expectedReportStatus(r.school_id!, r.month!));
    expect(data).toHaveLength(reportingSchools.length * matrixMonths.length);
  });

  it('lines end with CRLF and the /data/ page documents every column', () => {
    const raw = csv('pairs');
    expect(/[^\r]\n/.test(raw)).toBe(false);
    const page = text(dom('data/index.html'));
    for (const d of DATASETS) for (const c of d.columns) expect(page).toContain(c.key);
  });
});

describe('report form and blanks', () => {
  const month = asOf.slice(0, 7);
  const school = pairing.rows[0]!.school;
  const dueThisMonth = items.filter((i) => {
    const d = parseDeadline(i.deadline, { year, period });
    return isUndated(d) || dueInMonth(occurrencesOf(d, period), month);
  });
  const notDue = items.filter((i) => !dueThisMonth.includes(i));

  it('/forms/report/ cites the order clause, links the CMS and offers blanks', () => {
    const page = dom('forms/report/index.html');
    const hrefs = all(page, (e) => e.name === 'a').map((a) => a.attribs.href);
    expect(hrefs).toContain('/documents/prikaz-147/#p-2-2');
    expect(hrefs).toContain('/admin/#/collections/reports/new');
    expect(hrefs).toContain(`/forms/report/${school}/#blank-${month}`);
    expect(hrefs).toContain(`/forms/report/${school}.docx`);
    expect(text(page)).toContain(`до ${dueDay}-го числа`);
  });

  it('one blank page and one DOCX per school, none per school × month', () => {
    const blankPages = htmlPages().filter((p) => p.startsWith('forms/report/') && p !== 'forms/report/index.html');
    const reporting = new Set(pairing.rows.map((r) => r.school));
    expect(blankPages.sort()).toEqual([...reporting].map((id) => `forms/report/${id}/index.html`).sort());
    expect(() => readDist(`forms/report/${school}/${month}/index.html`)).toThrow();
    expect(() => readBytes(`forms/report/${school}-${month}.docx`)).toThrow();
  });

  it('the DOCX has a blank per month; the November blank lists the school and exactly the items due that month', async () => {
    const zip = await JSZip.loadAsync(readBytes(`forms/report/${school}.docx`));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    const months = monthsBetween(period.start, period.end);
    const starts = words.flatMap((w, i) => (/^за \S+ \d{4} года$/.test(w) ? [i] : []));
    expect(starts).toHaveLength(months.length);
    const november = words.indexOf('за ноябрь 2021 года');
    const section = words.slice(november, starts.find((i) => i > november) ?? words.length);
    expect(section).toContain(schools.get(school)!.name);
    expect(dueThisMonth.length).toBeGreaterThan(0);
    for (const i of dueThisMonth) expect(section, `нет пункта ${i.number}`).toContain(i.activity);
    for (const i of notDue) expect(section).not.toContain(i.activity);
    expect(xml).toMatch(/w:orient="landscape"/);
  });

  it('the blank page of a school has the blank of the month with the same items, chosen by #blank-<month>, and prints on A4 landscape', () => {
    const page = dom(`forms/report/${school}/index.html`);
    const blank = all(page, (e) => e.attribs.id === `blank-${month}`)[0]!;
    expect(blank).toBeDefined();
    expect(blank.attribs.class).toContain('blank--current');
    // The months share one table: a row carries the class of each month (by its index among the blanks) whose blank lists it.
    const k = all(page, (e) => e.name === 'article' && hasClass(e, 'blank')).indexOf(blank);
    const tables = all(page, (e) => e.name === 'table' && hasClass(e, 'blank-table'));
    expect(tables).toHaveLength(1);
    const body = all(tables[0]!, (e) => e.name === 'tr' && (e.parent as Element).name === 'tbody' && !hasClass(e, 'blank-table__empty'));
    const rows = body.filter((r) => hasClass(r, `m${k}`));
    expect(rows.map((r) => text(all(r, (e) => e.name === 'td')[0]!))).toEqual(dueThisMonth.map((i) => i.number));
    // Each row once: no item number twice in the table, and every row belongs to some month.
    const numbers = body.map((r) => text(all(r, (e) => e.name === 'td')[0]!));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const r of body) expect(r.attribs.class).toMatch(/\bm\d+\b/);
    // The months' stylesheet shows the month's rows and footer when it is the target, and the current month's when none is.
    const monthsCss = readDist('forms/report/months.css');
    expect(monthsCss).toContain(`.blank-months:has(#blank-${month}:target) .blank-table > tbody > tr.m${k} { display: table-row; }`);
    expect(monthsCss).toContain(`.blank-months:not(:has(.blank:target)) .blank-part.m${k} { display: block; }`);
    expect(all(page, (e) => e.name === 'link' && e.attribs.href === '/forms/report/months.css')).toHaveLength(1);
    const hrefs = all(page, (e) => e.name === 'a').map((a) => a.attribs.href);
    for (const m of monthsBetween(period.start, period.end)) {
      expect(hrefs).toContain(`#blank-${m}`);
      expect(all(page, (e) => e.attribs.id === `blank-${m}`)).toHaveLength(1);
    }
    const css = readDist(`forms/report/${school}/index.html`).match(/href="(\/_astro\/[^"]+\.css)"/g)!.map((h) => readDist(h.slice(7, -1)));
    expect(css.join('\n')).toMatch(/@page blank-landscape\s*\{[^}]*size:\s*A4 landscape/);
    expect(css.join('\n')).toMatch(/\.blank[^{,]*:target/);
  });
});

describe('/rss.xml', () => {
  it('lists documents and reports newest first', () => {
    const xml = readDist('rss.xml');
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates.length).toBe(reports.length + content.documents.filter((d) => (d.data as { date?: string }).date || (d.data as { approval?: unknown }).approval).length);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(xml).toContain('/reports/');
    expect(xml).toContain('/documents/');
  });
});
