/**
 * The programme core: from plain content and the date `asOf` to everything the site shows —
 * parsed deadlines, item × school statuses, who follows each roadmap, who must report, the
 * report matrix's months and cells, who is paired with whom. Pure: no Astro, no clock, no files.
 */
import { parseDeadline, type Deadline } from '../deadline';
import { monthsBetween } from '../dates';
import {
  countStatuses, describeDeadline, firstReportMonth, itemStatus, monthsTouched, occurrencesOf, reportDueDate, reportMonths, reportStatus,
  ITEM_STATUSES, type ItemOwner, type ItemStatus, type ItemStatusResult, type Occurrence, type ReportStatus, REPORT_STATUSES,
} from '../status';
import { toSlug } from '../slug';
import { isDepartmentOnly, sameResponsible } from './responsible';
import { indexContent, type Content, type PairingEntry, type ReportEntry, type RoadmapEntry, type SchoolEntry, type Site } from './content';
import type { PairingRow } from '../../schemas';

/** One roadmap item with its parsed deadline and its status for each school it applies to. */
export interface ItemView {
  roadmapId: string;
  /** Number as in the source. */
  number: string;
  /** Anchor id on the roadmap page: `item-16`, `item-2-3`. */
  anchor: string;
  sectionIndex: number;
  sectionTitle: string;
  activity: string;
  deadline: Deadline;
  /** The deadline as understood, in Russian («до 15 февраля 2021 г.»). */
  understood: string;
  responsible: string[];
  /** Responsible groups (normalised) the item belongs to, by slug. */
  responsibleSlugs: string[];
  occurrences: Occurrence[];
  /** Months (`YYYY-MM`) the item's windows touch. */
  months: string[];
  /** `department`: only the department is responsible — one department-level status (`timing`), no per-school statuses. */
  owner: ItemOwner;
  /** Schools the item applies to (ids), in pairing-list order; none for department-owned items. */
  schools: string[];
  bySchool: Map<string, ItemStatusResult>;
  counts: Record<ItemStatus, number>;
  /** Status by dates alone (no reports): the department-level status, or the status for roadmaps no school follows yet. */
  timing: ItemStatus;
  /** Statuses present among the schools (or the timing status when no school). */
  statuses: ItemStatus[];
}

export interface SectionView {
  index: number;
  title: string;
  /** Anchor id: `section-1`. */
  anchor: string;
  items: ItemView[];
}

/** A responsible person or body, normalised («руководители ШНРО/ШНФСУ» = «Руководители ШНРО/ШНФСУ»). */
export interface ResponsibleView {
  slug: string;
  label: string;
  count: number;
}

export interface RoadmapView {
  id: string;
  entry: RoadmapEntry;
  sections: SectionView[];
  items: ItemView[];
  itemByNumber: Map<string, ItemView>;
  /** Schools following this roadmap (ids), in pairing-list order. */
  schools: string[];
  /** Months for the month filter and the timeline: the period's months plus any month an item touches. */
  months: string[];
  responsible: ResponsibleView[];
}

/** A pairing row with its list. */
export interface PairRef {
  pairing: PairingEntry;
  row: PairingRow;
  /** 1-based row number as printed («№ п/п»). */
  index: number;
}

/** One school × month cell of the report matrix. */
export interface ReportCell {
  school: string;
  month: string;
  status: ReportStatus;
  /** Due date of that month's report. */
  due: string;
  report?: ReportEntry | undefined;
}

export interface Programme {
  asOf: string;
  dueDay: number;
  roadmaps: RoadmapView[];
  roadmapById: Map<string, RoadmapView>;
  /** Schools that must report (the pairing lists' low-result schools, then any other school that reported), in list order. */
  reportingSchools: SchoolEntry[];
  /** Months of the report matrix, oldest first. */
  matrixMonths: string[];
  /** Matrix cells by school id, one per matrix month. */
  cellsBySchool: Map<string, ReportCell[]>;
  /** Per matrix month, how many schools have each report status. */
  monthCounts: Map<string, Record<ReportStatus, number>>;
  /** Report status of any school × month (not only matrix months). */
  reportCell(school: string, month: string): ReportCell;
  reportByKey: Map<string, ReportEntry>;
  /** Pairing rows where the school is the one helped. */
  pairsOfSchool: Map<string, PairRef[]>;
  /** Pairing rows where the school is the partner. */
  helpedBy: Map<string, PairRef[]>;
  /** Roadmaps a school follows. */
  roadmapsOfSchool: Map<string, RoadmapView[]>;
  /** First month each reporting school must report for (`firstReportMonth`); earlier months are «не требовался». */
  firstMonthOf: Map<string, string>;
  /** Months for the report form blanks: every month of the roadmaps' periods. */
  formMonths: string[];
  /** Monthly report due dates over the periods (for calendars and «due soon»). */
  reportDeadlines: Occurrence[];
}

/** Schools per report-matrix page: hundreds of schools are split into pages of this many rows. */
export const MATRIX_PAGE_SIZE = 50;

/** Anchor id of a roadmap item: `16` → `item-16`, `2.3` → `item-2-3`. */
export function itemAnchor(number: string): string {
  return `item-${number.replace(/\./g, '-')}`;
}

/** Report key `school/yyyy-mm` (the report's id). */
export function reportKey(school: string, month: string): string {
  return `${school}/${month}`;
}

function normaliseResponsible(text: string): { key: string; label: string } {
  const label = text.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
  return { key: label.toLocaleLowerCase('ru'), label: label.charAt(0).toLocaleUpperCase('ru') + label.slice(1) };
}

/** What a roadmap's statuses depend on besides its items: the date, the department's names, the approving order's date. */
interface RoadmapContext {
  asOf: string;
  /** The department's names (settings: full and short), for department-owned items and the responsible filter. */
  department: readonly string[];
  /** Date of the approving order: a deadline before it is «срок до утверждения приказа», never «просрочено». */
  orderDate: string | undefined;
}

function buildRoadmap(ctx: RoadmapContext, entry: RoadmapEntry, followers: string[], evidence: Map<string, Map<string, { month: string; submitted: string }[]>>): RoadmapView {
  const { asOf, department, orderDate } = ctx;
  const { data } = entry;
  const period = data.period;
  const year = Number(period.start.slice(0, 4));
  const slugByKey = new Map<string, ResponsibleView>();
  const usedSlugs = new Set<string>();
  const responsibleSlug = (text: string): string => {
    const { key, label } = normaliseResponsible(sameResponsible(text, department));
    let view = slugByKey.get(key);
    if (!view) {
      let slug = toSlug(label) || 'otvetstvennyy';
      for (let n = 2; usedSlugs.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
      usedSlugs.add(slug);
      view = { slug, label, count: 0 };
      slugByKey.set(key, view);
    }
    view.count += 1;
    return view.slug;
  };
  const items: ItemView[] = [];
  const sections: SectionView[] = data.sections.map((section, sectionIndex) => {
    const sectionItems = section.items.map((item): ItemView => {
      const deadline = parseDeadline(item.deadline, { year, period });
      const occurrences = occurrencesOf(deadline, period);
      const owner: ItemOwner = !item.schools?.length && isDepartmentOnly(item.responsible, department) ? 'department' : 'schools';
      const schools = owner === 'department' ? [] : item.schools && item.schools.length > 0 ? item.schools : followers;
      const bySchool = new Map<string, ItemStatusResult>();
      for (const school of schools) {
        bySchool.set(school, itemStatus(occurrences, evidence.get(school)?.get(item.number) ?? [], asOf, orderDate));
      }
      const counts = countStatuses([...bySchool.values()].map((r) => r.status));
      const timing = itemStatus(occurrences, [], asOf, orderDate).status;
      const statuses = schools.length > 0 ? ITEM_STATUSES.filter((s) => counts[s] > 0) : [timing];
      const view: ItemView = {
        roadmapId: entry.id,
        number: item.number,
        anchor: itemAnchor(item.number),
        sectionIndex,
        sectionTitle: section.title,
        activity: item.activity,
        deadline,
        understood: describeDeadline(deadline, period),
        responsible: item.responsible,
        responsibleSlugs: [...new Set(item.responsible.map(responsibleSlug))],
        occurrences,
        months: monthsTouched(occurrences),
        owner,
        schools,
        bySchool,
        counts,
        timing,
        statuses,
      };
      items.push(view);
      return view;
    });
    return { index: sectionIndex, title: section.title, anchor: `section-${sectionIndex + 1}`, items: sectionItems };
  });
  const months = new Set(monthsBetween(period.start, period.end));
  for (const item of items) for (const m of item.months) months.add(m);
  return {
    id: entry.id,
    entry,
    sections,
    items,
    itemByNumber: new Map(items.map((i) => [i.number, i])),
    schools: followers,
    months: [...months].sort(),
    responsible: [...slugByKey.values()],
  };
}

/**
 * The programme's state on `asOf` from indexed content: parsed deadlines, item × school
 * statuses, the school × month report matrix, who is paired with whom.
 */
export function programmeOf(site: Site): Programme {
  const dueDay = site.settings.reportRule.dueDay;
  const asOf = site.asOf;
  const department = [site.settings.organization, site.settings.shortName];

  // Pairings: who is helped by whom, in list order.
  const pairsOfSchool = new Map<string, PairRef[]>();
  const helpedBy = new Map<string, PairRef[]>();
  const helpedInOrder: string[] = [];
  const followersByDocument = new Map<string, string[]>();
  const firstMonthOf = new Map<string, string>();
  for (const pairing of site.pairings) {
    // The programme applies to a school from the approving order's date, or the list's later start.
    const orderDate = site.documentById.get(pairing.data.document)?.data.date;
    const first = firstReportMonth(orderDate && orderDate > pairing.data.period.start ? orderDate : pairing.data.period.start);
    pairing.data.rows.forEach((row, i) => {
      const known = firstMonthOf.get(row.school);
      if (!known || first < known) firstMonthOf.set(row.school, first);
      const ref: PairRef = { pairing, row, index: i + 1 };
      (pairsOfSchool.get(row.school) ?? pairsOfSchool.set(row.school, []).get(row.school)!).push(ref);
      (helpedBy.get(row.partner) ?? helpedBy.set(row.partner, []).get(row.partner)!).push(ref);
      if (!helpedInOrder.includes(row.school)) helpedInOrder.push(row.school);
      const list = followersByDocument.get(pairing.data.document) ?? [];
      if (!list.includes(row.school)) list.push(row.school);
      followersByDocument.set(pairing.data.document, list);
    });
  }

  // Reports: index by key and collect «done» rows per school × roadmap × item.
  const reportByKey = new Map<string, ReportEntry>();
  const evidenceByRoadmap = new Map<string, Map<string, Map<string, { month: string; submitted: string }[]>>>();
  for (const report of site.reports) {
    const { school, month, roadmap, submitted } = report.data;
    const key = reportKey(school, month);
    const prev = reportByKey.get(key);
    if (!prev || submitted < prev.data.submitted) reportByKey.set(key, report);
    const bySchool = evidenceByRoadmap.get(roadmap) ?? evidenceByRoadmap.set(roadmap, new Map()).get(roadmap)!;
    const byItem = bySchool.get(school) ?? bySchool.set(school, new Map()).get(school)!;
    for (const row of report.data.rows) {
      if (row.status !== 'done') continue;
      (byItem.get(row.item) ?? byItem.set(row.item, []).get(row.item)!).push({ month, submitted });
    }
  }

  // Roadmaps: a roadmap is followed by the schools of the pairing lists approved by the same order
  // (all helped schools when no list shares its order), plus any school that reported on it.
  const roadmaps = site.roadmaps.map((entry) => {
    const followers = [...(followersByDocument.get(entry.data.document) ?? helpedInOrder)];
    for (const school of evidenceByRoadmap.get(entry.id)?.keys() ?? []) if (!followers.includes(school)) followers.push(school);
    for (const report of site.reports) if (report.data.roadmap === entry.id && !followers.includes(report.data.school)) followers.push(report.data.school);
    const ctx: RoadmapContext = { asOf, department, orderDate: site.documentById.get(entry.data.document)?.data.date };
    return buildRoadmap(ctx, entry, followers, evidenceByRoadmap.get(entry.id) ?? new Map());
  });
  const roadmapById = new Map(roadmaps.map((r) => [r.id, r]));
  const roadmapsOfSchool = new Map<string, RoadmapView[]>();
  for (const roadmap of roadmaps) {
    const schools = new Set(roadmap.schools);
    for (const item of roadmap.items) for (const s of item.schools) schools.add(s);
    for (const s of schools) (roadmapsOfSchool.get(s) ?? roadmapsOfSchool.set(s, []).get(s)!).push(roadmap);
  }

  // Schools that report: helped schools in list order, then others that reported.
  const reportingIds = [...helpedInOrder];
  for (const report of site.reports) if (!reportingIds.includes(report.data.school)) reportingIds.push(report.data.school);
  const reportingSchools = reportingIds.map((id) => site.schoolById.get(id)).filter((s): s is SchoolEntry => !!s);

  // Matrix months: from the first report (else the later of the period start and the order's month) to asOf.
  const periods = roadmaps.map((r) => r.entry.data.period);
  const periodStart = periods.map((p) => p.start).sort()[0] ?? asOf;
  const periodEnd = periods.map((p) => p.end).sort().at(-1) ?? asOf;
  const orderDates = roadmaps.map((r) => site.documentById.get(r.entry.data.document)?.data.date).filter((d): d is string => !!d).sort();
  const fallbackStart = orderDates[0] && orderDates[0] > periodStart ? orderDates[0] : periodStart;
  const reportMonthList = site.reports.map((r) => r.data.month).sort();
  // The matrix starts at the first month any school had to report for (or an earlier report that exists).
  const firstRequired = [...firstMonthOf.values()].sort()[0];
  const firstShown = [reportMonthList[0], firstRequired].filter((m): m is string => !!m).sort()[0];
  const matrixMonths = reportMonths({ firstReportMonth: firstShown ?? null, lastReportMonth: reportMonthList.at(-1) ?? null, fallbackStart, end: periodEnd, asOf });

  const reportCell = (school: string, month: string): ReportCell => {
    const report = reportByKey.get(reportKey(school, month));
    return { school, month, status: reportStatus(month, report?.data.submitted, dueDay, asOf, firstMonthOf.get(school)), due: reportDueDate(month, dueDay), report };
  };
  const cellsBySchool = new Map<string, ReportCell[]>();
  const monthCounts = new Map<string, Record<ReportStatus, number>>();
  for (const month of matrixMonths) monthCounts.set(month, Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as Record<ReportStatus, number>);
  for (const school of reportingSchools) {
    const cells = matrixMonths.map((month) => reportCell(school.id, month));
    cells.forEach((c) => (monthCounts.get(c.month)![c.status] += 1));
    cellsBySchool.set(school.id, cells);
  }

  const formMonths = [...new Set(periods.flatMap((p) => monthsBetween(p.start, p.end)))].sort();
  // Report deadlines (calendars, «due soon») start at the first month any school must report for.
  const reportDeadlines = formMonths.filter((m) => !firstRequired || m >= firstRequired).map((m) => ({ start: `${m}-01`, due: reportDueDate(m, dueDay) }));

  return {
    asOf, dueDay, roadmaps, roadmapById, reportingSchools, matrixMonths, cellsBySchool, monthCounts, reportCell,
    reportByKey, pairsOfSchool, helpedBy, roadmapsOfSchool, firstMonthOf, formMonths, reportDeadlines,
  };
}

/** The programme's state on `asOf`, from plain content (what tests and `npm run check` call). */
export function buildProgramme(content: Content, asOf: string): Programme {
  return programmeOf(indexContent(content, asOf));
}
