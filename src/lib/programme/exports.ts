/**
 * Everything the site exports, from the indexed content and the programme state: open-data
 * rows and JSON, iCalendar feeds, report blanks. Pure: pages and endpoints only serialise.
 */
import type { SchoolEntry, Site } from './content';
import { reportKey, type ItemView, type Programme, type RoadmapView } from './build';
import {
  buildCalendar, buildCalendarBytes, itemEvents, itemsForMonth, prepareEvents, reportDeadlineEvent, splitFormTitle, toCsv, BLANK_COLUMNS, DATASETS,
  pairColumns, reportColumns, reportStatusColumns, roadmapColumns, roadmapStatusColumns, schoolColumns,
  type BlankPageRow, type BlankRow, type CalendarEvent, type CalendarOptions, type DatasetId, type PairRow, type ReportBlank, type ReportLineRow, type ReportStatusRow, type RoadmapRow,
  type RoadmapStatusRow, type SchoolRow,
} from '../export';
import { formatDateLong, formatMonth } from '../dates';
import { approvalLines as printedApproval } from '../approval';
import { isUndated } from '../status';
import { routes } from '../routes';
import { t } from '../../i18n/ru';

/** Absolute URL of a site path. */
export function absolute(site: Site, path: string): string {
  return new URL(path, site.settings.siteUrl).href;
}

function domain(site: Site): string {
  return new URL(site.settings.siteUrl).hostname;
}

function roadmapRows(site: Site, p: Programme): RoadmapRow[] {
  return p.roadmaps.flatMap((r) =>
    r.items.map((i) => ({
      roadmapId: r.id, sectionNumber: i.sectionIndex + 1, section: i.sectionTitle, number: i.number, activity: i.activity,
      deadline: i.deadline, understood: i.understood, responsible: i.responsible, schools: i.schools, counts: i.counts,
      url: absolute(site, routes.roadmap(r.id, i.anchor)), asOf: p.asOf,
    })),
  );
}

function roadmapStatusRows(site: Site, p: Programme): RoadmapStatusRow[] {
  return p.roadmaps.flatMap((r) =>
    r.items.flatMap((i) =>
      i.owner === 'department'
        ? // One department-level row (no school id) for items only the department answers for.
          [{ roadmapId: r.id, number: i.number, schoolId: '', schoolName: site.settings.organization, status: i.timing, occurrences: [], doneMonths: [], asOf: p.asOf }]
        : [...i.bySchool].map(([school, res]) => ({
            roadmapId: r.id, number: i.number, schoolId: school, schoolName: site.schoolById.get(school)?.data.shortName ?? school,
            status: res.status, occurrences: res.occurrences.map((o) => `${o.due}:${o.status}`), doneMonths: res.doneMonths, asOf: p.asOf,
          })),
    ),
  );
}

function pairRows(site: Site): PairRow[] {
  return site.pairings.flatMap((pairing) =>
    pairing.data.rows.map((row, i) => ({
      pairingId: pairing.id, index: i + 1,
      schoolId: row.school, schoolName: site.schoolById.get(row.school)?.data.name ?? row.school,
      coordinatorName: row.coordinator.name, coordinatorPosition: row.coordinator.position,
      partnerId: row.partner, partnerName: site.schoolById.get(row.partner)?.data.name ?? row.partner,
      curatorName: row.curator.name, curatorPosition: row.curator.position,
      orderNumber: pairing.data.approval.number, orderDate: pairing.data.approval.date,
    })),
  );
}

function schoolRows(site: Site, p: Programme): SchoolRow[] {
  return site.schools.map((s) => ({
    id: s.id, name: s.data.name, shortName: s.data.shortName, category: s.data.category, categoryLabel: t(`categoryOne.${s.data.category}`),
    municipality: s.data.municipality, address: s.data.address ?? '', website: s.data.website ?? '',
    partners: (p.pairsOfSchool.get(s.id) ?? []).map((r) => r.row.partner), helps: (p.helpedBy.get(s.id) ?? []).map((r) => r.row.school),
    url: absolute(site, routes.school(s.id)), calendar: absolute(site, routes.schoolCalendar(s.id)),
  }));
}

function reportLineRows(site: Site, p: Programme): ReportLineRow[] {
  return [...p.reportByKey.values()].flatMap((report) => {
    const d = report.data;
    const cell = p.reportCell(d.school, d.month);
    const roadmap = p.roadmapById.get(d.roadmap);
    return d.rows.map((row) => ({
      reportId: reportKey(d.school, d.month), schoolId: d.school, schoolName: site.schoolById.get(d.school)?.data.shortName ?? d.school,
      roadmapId: d.roadmap, month: d.month, submitted: d.submitted, due: cell.due, reportStatus: cell.status,
      authorName: d.author.name, authorPosition: d.author.position, item: row.item, activity: roadmap?.itemByNumber.get(row.item)?.activity ?? '',
      rowStatus: row.status, result: row.result, reason: row.reason ?? '', url: absolute(site, routes.report(d.school, d.month)),
    }));
  });
}

function reportStatusRows(site: Site, p: Programme): ReportStatusRow[] {
  return p.reportingSchools.flatMap((s) =>
    (p.cellsBySchool.get(s.id) ?? []).map((c) => ({
      schoolId: s.id, schoolName: s.data.shortName, month: c.month, due: c.due, submitted: c.report?.data.submitted ?? '', status: c.status,
      url: c.report ? absolute(site, routes.report(s.id, c.month)) : '', asOf: p.asOf,
    })),
  );
}

/** A row of any dataset. */
export type DatasetRow = RoadmapRow | RoadmapStatusRow | PairRow | SchoolRow | ReportLineRow | ReportStatusRow;

/** Rows of one dataset. */
export function datasetRows(site: Site, p: Programme, id: DatasetId): DatasetRow[] {
  switch (id) {
    case 'roadmap': return roadmapRows(site, p);
    case 'roadmap-status': return roadmapStatusRows(site, p);
    case 'pairs': return pairRows(site);
    case 'schools': return schoolRows(site, p);
    case 'reports': return reportLineRows(site, p);
    case 'report-status': return reportStatusRows(site, p);
  }
}

/** CSV text of one dataset (UTF-8 with BOM, `;`, CRLF). */
export function datasetCsv(site: Site, p: Programme, id: DatasetId): string {
  switch (id) {
    case 'roadmap': return toCsv(roadmapColumns, roadmapRows(site, p));
    case 'roadmap-status': return toCsv(roadmapStatusColumns, roadmapStatusRows(site, p));
    case 'pairs': return toCsv(pairColumns, pairRows(site));
    case 'schools': return toCsv(schoolColumns, schoolRows(site, p));
    case 'reports': return toCsv(reportColumns, reportLineRows(site, p));
    case 'report-status': return toCsv(reportStatusColumns, reportStatusRows(site, p));
  }
}

/**
 * JSON of one dataset: `{ dataset, title, asOf, generated from, columns, items }`. Roadmap JSON
 * nests sections and items with the parsed deadline and the number of schools in each status;
 * each school's status of each item is in one place, the `roadmap-status` dataset, which each
 * roadmap names (`schoolStatuses`). (Nested here too, it doubled the open data: at region size,
 * 400 schools × 300 items, 20 MB of `roadmap.json` repeated `roadmap-status.json`.)
 */
export function datasetJson(site: Site, p: Programme, id: DatasetId): object {
  const dataset = DATASETS.find((d) => d.id === id)!;
  const head = { dataset: id, title: dataset.title, description: dataset.description, asOf: p.asOf, publisher: site.settings.organization };
  if (id === 'roadmap') {
    return {
      ...head,
      roadmaps: p.roadmaps.map((r) => ({
        id: r.id, title: r.entry.data.title, document: r.entry.data.document, appendix: r.entry.data.appendix, approval: r.entry.data.approval,
        period: r.entry.data.period, url: absolute(site, routes.roadmap(r.id)), schools: r.schools,
        schoolStatuses: absolute(site, routes.dataset('roadmap-status', 'json')),
        sections: r.sections.map((s) => ({
          number: s.index + 1, title: s.title,
          items: s.items.map((i) => ({
            number: i.number, activity: i.activity, deadline: i.deadline, understood: i.understood, responsible: i.responsible, schools: i.schools,
            occurrences: i.occurrences, counts: i.counts, owner: i.owner,
            ...(i.owner === 'department' ? { departmentStatus: i.timing } : {}),
            url: absolute(site, routes.roadmap(r.id, i.anchor)),
          })),
        })),
      })),
    };
  }
  return { ...head, items: datasetRows(site, p, id) };
}

/** Blank items per programme, by school and month: the blank page, the DOCX and the CMS data all ask. */
const blankItemsCache = new WeakMap<Programme, Map<string, Array<{ roadmap: RoadmapView; items: ItemView[] }>>>();

/** Items of a school's roadmaps that go on the blank for `month`, with the roadmap they belong to. */
export function blankItems(programme: Programme, school: string, month: string): Array<{ roadmap: RoadmapView; items: ItemView[] }> {
  let cache = blankItemsCache.get(programme);
  if (!cache) blankItemsCache.set(programme, (cache = new Map()));
  const key = `${school}\0${month}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const groups = (programme.roadmapsOfSchool.get(school) ?? []).map((roadmap) => ({ roadmap, items: monthItems(programme, roadmap, month).filter((i) => i.bySchool.has(school)) }));
  cache.set(key, groups);
  return groups;
}

/** A roadmap's items on the blank for `month`, any school's, per programme: every school's blank filters the same list. */
const monthItemsCache = new WeakMap<Programme, Map<string, ItemView[]>>();

function monthItems(programme: Programme, roadmap: RoadmapView, month: string): ItemView[] {
  let cache = monthItemsCache.get(programme);
  if (!cache) monthItemsCache.set(programme, (cache = new Map()));
  const key = `${roadmap.id}\0${month}`;
  let items = cache.get(key);
  if (!items) {
    items = itemsForMonth(roadmap.items.map((i) => ({ item: i, occurrences: i.occurrences, undated: isUndated(i.deadline) })), month).map((x) => x.item);
    cache.set(key, items);
  }
  return items;
}

/** Blank rows per programme, by the items they list. */
const blankRowsCache = new WeakMap<Programme, Map<string, readonly BlankRow[]>>();

/** An item as a row of a report blank: its number, activity and deadline as written. */
function blankRowOf(i: ItemView): BlankRow {
  return { number: i.number, activity: i.activity, deadline: i.deadline.text };
}

/**
 * The rows of a blank: one list for every school with the same items that month, so that the
 * DOCX, which knows a list it has written before by the list, writes it once per build.
 */
function blankRows(programme: Programme, groups: ReadonlyArray<{ items: ItemView[] }>): readonly BlankRow[] {
  let cache = blankRowsCache.get(programme);
  if (!cache) blankRowsCache.set(programme, (cache = new Map()));
  const key = groups.map((g) => g.items.map((i) => `${i.roadmapId}#${i.anchor}`).join(' ')).join(' ');
  let rows = cache.get(key);
  if (!rows) cache.set(key, (rows = groups.flatMap((g) => g.items.map(blankRowOf))));
  return rows;
}

/**
 * A school's blanks of `months` as one table, for its blank page: every row that a month's blank
 * lists (`reportBlank`), once, in roadmap order, with the indexes of the months whose blank lists it.
 */
export function schoolBlankRows(p: Programme, school: string, months: readonly string[]): BlankPageRow[] {
  const monthsOf = new Map<ItemView, number[]>();
  months.forEach((month, k) => {
    for (const group of blankItems(p, school, month)) {
      for (const item of group.items) {
        const ks = monthsOf.get(item);
        if (ks) ks.push(k);
        else monthsOf.set(item, [k]);
      }
    }
  });
  return (p.roadmapsOfSchool.get(school) ?? []).flatMap((roadmap) =>
    roadmap.items.flatMap((i) => {
      const ks = monthsOf.get(i);
      return ks ? [{ ...blankRowOf(i), months: ks }] : [];
    }),
  );
}

/** The pre-filled report blank for a school and month. */
export function reportBlank(site: Site, p: Programme, school: SchoolEntry, month: string): { blank: ReportBlank; groups: Array<{ roadmap: RoadmapView; items: ItemView[] }> } {
  const groups = blankItems(p, school.id, month);
  const roadmap = groups[0]?.roadmap ?? p.roadmaps[0];
  const order = roadmap ? site.documentById.get(roadmap.entry.data.document) : undefined;
  const formRef = order?.data.appendices.find((a) => a.collection === 'documents' && site.documentById.get(a.id)?.data.kind === 'form');
  const form = formRef ? site.documentById.get(formRef.id) : undefined;
  const { word, rest } = splitFormTitle(form?.data.title ?? 'ОТЧЁТ об исполнении комплекса мер «дорожной карты»');
  const approval = form?.data.approval;
  const approvalLines = approval ? printedApproval(approval, approval.heading ? undefined : formRef?.number) : [];
  const due = p.reportCell(school.id, month).due;
  const blank: ReportBlank = {
    approvalLines,
    titleWord: word,
    titleRest: rest,
    monthLine: `за ${formatMonth(month).replace(/ (\d{4})$/, ' $1 года')}`,
    schoolName: school.data.name,
    rows: blankRows(p, groups),
    emptyRows: 3,
    columns: BLANK_COLUMNS,
    notes: [
      `Срок направления отчёта: до ${formatDateLong(due)}`,
      ...(site.settings.reportRule.recipient ? [`Направляется в ${site.settings.reportRule.recipient}.`] : []),
      `Заполнить отчёт на сайте: ${absolute(site, routes.adminNewReport())}`,
    ],
    creator: site.settings.shortName,
    title: `Отчёт об исполнении «дорожной карты» за ${formatMonth(month)} — ${school.data.shortName}`,
  };
  return { blank, groups };
}

/**
 * An item's calendar events, with UIDs that a school's calendar prefixes with the school's id:
 * made once per item and site address, and shared by the programme's calendar and every school's (which
 * then format each event once, see buildCalendar).
 */
const itemEventsCache = new WeakMap<ItemView, { siteUrl: string; events: CalendarEvent[] }>();

function eventsOfItem(site: Site, r: RoadmapView, i: ItemView, host: string): CalendarEvent[] {
  const siteUrl = site.settings.siteUrl;
  const cached = itemEventsCache.get(i);
  if (cached?.siteUrl === siteUrl) return cached.events;
  const events = itemEvents({
    uid: `${r.id}-item-${i.number.replace(/\./g, '-')}`, number: i.number, activity: i.activity, deadlineText: i.deadline.text,
    understood: i.understood, kind: i.deadline.kind, every: i.deadline.every, day: i.deadline.day, responsible: i.responsible,
    occurrences: i.occurrences, url: absolute(site, routes.roadmap(r.id, i.anchor)),
  }, host);
  itemEventsCache.set(i, { siteUrl, events });
  return events;
}

/** The iCalendar feed: every roadmap's dated items and the report deadline; or one school's. */
export function calendarIcs(site: Site, p: Programme, schoolId?: string): string {
  return buildCalendar(...calendarOf(site, p, schoolId));
}

/** {@link calendarIcs} as UTF-8 bytes, the same calendar (what the site's .ics files are written from). */
export function calendarIcsBytes(site: Site, p: Programme, schoolId?: string): Uint8Array<ArrayBuffer> {
  return buildCalendarBytes(...calendarOf(site, p, schoolId));
}

/** The events and options of the programme's calendar or of one school's. */
function calendarOf(site: Site, p: Programme, schoolId: string | undefined): [CalendarEvent[], CalendarOptions] {
  const host = domain(site);
  const school = schoolId ? site.schoolById.get(schoolId) : undefined;
  const roadmaps = schoolId ? p.roadmapsOfSchool.get(schoolId) ?? roadmapsOfPartner(p, schoolId) : p.roadmaps;
  const events: CalendarEvent[] = [];
  for (const r of roadmaps) {
    for (const i of r.items) {
      if (schoolId && p.roadmapsOfSchool.has(schoolId) && !i.bySchool.has(schoolId)) continue;
      for (const e of eventsOfItem(site, r, i, host)) events.push(e);
    }
  }
  // The programme's calendar and a reporting school's carry the report deadline; a partner school's has none.
  const report = reportEventOf(site, p, schoolId);
  if (report) events.push(report);
  const name = school ? `Сроки программы — ${school.data.shortName}` : `Сроки программы — ${site.settings.shortName}`;
  return [events, {
    name,
    description: `${site.settings.programme}. Сроки «дорожной карты» и ежемесячного отчёта. ${absolute(site, school ? routes.school(school.id) : routes.roadmaps())}`,
    productId: productIdOf(site),
    timestamp: p.asOf,
    // A school's UIDs differ from the programme's calendar: a reader that has both keeps both.
    uidPrefix: schoolId ? `${schoolId}-` : '',
  }];
}

const productIdOf = (site: Site) => `-//${site.settings.shortName}//Setka//RU`;

/**
 * The monthly report's event of the programme's calendar (key '') and of each reporting school's
 * (its link is the school's forms page), made once per programme and site address, all formatted
 * in one call (prepareEvents) when the first calendar asks for one. A school that does not report
 * (a partner only) has none.
 */
const reportEventsCache = new WeakMap<Programme, { siteUrl: string; events: Map<string, CalendarEvent> }>();

function reportEventOf(site: Site, p: Programme, schoolId: string | undefined): CalendarEvent | undefined {
  const first = p.reportDeadlines[0];
  const last = p.reportDeadlines.at(-1);
  if (!first || !last) return undefined;
  const siteUrl = site.settings.siteUrl;
  let cached = reportEventsCache.get(p);
  if (cached?.siteUrl !== siteUrl) {
    const host = domain(site);
    const event = (id: string | undefined) => reportDeadlineEvent({
      uid: 'monthly-report', dueDay: p.dueDay, firstDue: first.due, lastDue: last.due,
      url: absolute(site, id ? routes.schoolForms(id) : routes.forms()), recipient: site.settings.reportRule.recipient, domain: host,
    });
    const events = new Map<string, CalendarEvent>([['', event(undefined)], ...p.reportingSchools.map((s) => [s.id, event(s.id)] as const)]);
    prepareEvents([...events.values()], { name: site.settings.shortName, productId: productIdOf(site), timestamp: p.asOf });
    reportEventsCache.set(p, (cached = { siteUrl, events }));
  }
  return cached.events.get(schoolId ?? '');
}

/** A partner school follows the roadmaps of the schools it helps. */
function roadmapsOfPartner(p: Programme, school: string): RoadmapView[] {
  const set = new Set<RoadmapView>();
  for (const ref of p.helpedBy.get(school) ?? []) for (const r of p.roadmapsOfSchool.get(ref.row.school) ?? []) set.add(r);
  return [...set];
}
