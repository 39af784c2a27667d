/**
 * What the programme's state adds up to: how many items of a roadmap have each status (the
 * roadmap list, its filter and the home page count them the same way), what needs the
 * department head's attention, and the numbers behind the home page's charts. Pure: every page
 * that counts calls these, so the counts cannot disagree.
 */
import { ITEM_STATUSES, REPORT_STATUSES, type ItemStatus, type ReportStatus } from '../status';
import type { ItemView, Programme, ReportCell, RoadmapView, SectionView } from './build';

/**
 * How many items of a roadmap are in each status, statuses with none left out. An item shared
 * by schools counts once in every status at least one school has (so the sum may exceed the
 * number of items); a department-owned item counts once, in its one status.
 */
export function itemStatusCounts(roadmap: RoadmapView): Array<readonly [ItemStatus, number]> {
  return ITEM_STATUSES.map((s) => [s, itemsWithStatus(roadmap, s).length] as const).filter(([, n]) => n > 0);
}

/** Items of a roadmap that have `status` for at least one school (or as the department's status). */
export function itemsWithStatus(roadmap: RoadmapView, status: ItemStatus): ItemView[] {
  return roadmap.items.filter((i) => i.statuses.includes(status));
}

/** A school's reports not sent for past months, newest month first. */
export interface MissingReports {
  school: string;
  months: string[];
}

/** What the department head should look at first. */
export interface Attention {
  /** Schools with reports not sent for months whose due day has passed, in list order. */
  missing: MissingReports[];
  /** How many reports are missing in all. */
  missingTotal: number;
  /** Reports sent after their due day, newest month first. */
  late: ReportCell[];
  /** Items overdue for at least one school (or overdue for the department), every roadmap. */
  overdue: ItemView[];
}

/** «Требует внимания»: missing and late reports over the report matrix, overdue items. */
export function attentionOf(programme: Programme): Attention {
  const cells = (school: string) => programme.cellsBySchool.get(school) ?? [];
  const missing = programme.reportingSchools
    .map((s) => ({ school: s.id, months: cells(s.id).filter((c) => c.status === 'missing').map((c) => c.month).reverse() }))
    .filter((m) => m.months.length > 0);
  const late = programme.reportingSchools
    .flatMap((s) => cells(s.id).filter((c) => c.status === 'late'))
    .sort((a, b) => b.month.localeCompare(a.month));
  const overdue = programme.roadmaps.flatMap((r) => itemsWithStatus(r, 'overdue'));
  return { missing, missingTotal: missing.reduce((n, m) => n + m.months.length, 0), late, overdue };
}

/** Report statuses the monthly chart shows (months before a school's first reporting month are not reports due). */
export const CHART_REPORT_STATUSES: readonly ReportStatus[] = REPORT_STATUSES.filter((s) => s !== 'not-required');

/** Per matrix month, newest first: how many schools' reports have each status. */
export function reportsByMonth(programme: Programme): Array<{ month: string; counts: Record<ReportStatus, number> }> {
  return [...programme.matrixMonths].reverse().map((month) => ({ month, counts: programme.monthCounts.get(month)! }));
}

/** Item statuses in the order the progress chart stacks them: done first, what is left after. */
export const CHART_ITEM_STATUSES: readonly ItemStatus[] = ['done', 'due', 'upcoming', 'overdue', 'before-order', 'undated'];

/**
 * A roadmap's progress by section: per section, how many item × school statuses are in each
 * status; a department-owned item (or an item no school follows) counts once.
 */
export function sectionProgress(roadmap: RoadmapView): Array<{ section: SectionView; counts: Record<ItemStatus, number> }> {
  return roadmap.sections.map((section) => {
    const counts = Object.fromEntries(ITEM_STATUSES.map((k) => [k, 0])) as Record<ItemStatus, number>;
    for (const i of section.items) {
      if (i.schools.length === 0) counts[i.timing] += 1;
      else for (const res of i.bySchool.values()) counts[res.status] += 1;
    }
    return { section, counts };
  });
}
