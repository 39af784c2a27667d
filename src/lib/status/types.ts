/**
 * Status vocabulary: what Setka says about a roadmap item for a school, and about a
 * school's monthly report, on a given date (`asOf`).
 */

/**
 * Status of a roadmap item for one school (or for the department, when only the department is
 * responsible) on `asOf`. `before-order`: the deadline passed before the approving order existed,
 * so nobody could have been late — it is never «просрочено».
 */
export type ItemStatus = 'done' | 'overdue' | 'due' | 'upcoming' | 'undated' | 'before-order';

/** Every item status, in the order pages list them. */
export const ITEM_STATUSES: readonly ItemStatus[] = ['overdue', 'due', 'upcoming', 'done', 'before-order', 'undated'];

/**
 * Status of a school's report for one month on `asOf`. `not-required`: the month is before the
 * first month the programme asks the school to report for (shown as «—», «не требовался»).
 */
export type ReportStatus = 'on-time' | 'late' | 'missing' | 'not-yet-due' | 'not-required';

/** Every report status, in the order legends list them. */
export const REPORT_STATUSES: readonly ReportStatus[] = ['on-time', 'late', 'missing', 'not-yet-due', 'not-required'];

/**
 * One time an item must be done: a window `start`..`due` (ISO dates, inclusive).
 * A single deadline («до 15.02.2021», «15.09.2021») gets a window from the first day of
 * its month, so «due» means «this month».
 */
export interface Occurrence {
  /** First day of the window. */
  start: string;
  /** Last day by which it must be done. */
  due: string;
}

/** An occurrence with its own status for one school. */
export interface OccurrenceStatus extends Occurrence {
  status: Exclude<ItemStatus, 'undated'>;
}

/** Who answers for an item: the schools (one status per school) or the department alone (one status). */
export type ItemOwner = 'schools' | 'department';

/** Result of `itemStatus`: the item's overall status and each occurrence's. */
export interface ItemStatusResult {
  status: ItemStatus;
  occurrences: OccurrenceStatus[];
  /** Months (`YYYY-MM`) of reports, submitted by `asOf`, with a row saying the item is done. */
  doneMonths: string[];
}
