import { monthsBetween } from '../dates';
import { clampedDay } from './occurrences';
import type { ReportStatus } from './types';

/** The day a month's report is due: `dueDay` of that month, clamped to its length (31 → 30.04, 28.02). */
export function reportDueDate(month: string, dueDay: number): string {
  return clampedDay(month, dueDay);
}

/**
 * Status of one school's report for `month` on `asOf`.
 *
 * - `on-time`: a report sent on or before the due day;
 * - `late`: a report sent after the due day;
 * - `missing`: no report and the due day has passed (the order's deadline is the due day,
 *   so a report absent on the day after it is missing, not merely «not yet due»;
 *   by the time the month ends this agrees with «month ended, no report»);
 * - `not-yet-due`: no report and the due day has not passed.
 *
 * A report sent after `asOf` did not exist on `asOf` and counts as absent.
 * - `not-required`: no report, and `month` is before `firstMonth` (see `firstReportMonth`).
 *   A report that exists for such a month is still shown as sent.
 */
export function reportStatus(month: string, submitted: string | null | undefined, dueDay: number, asOf: string, firstMonth?: string): ReportStatus {
  const due = reportDueDate(month, dueDay);
  if (submitted && submitted <= asOf) return submitted <= due ? 'on-time' : 'late';
  if (firstMonth && month < firstMonth) return 'not-required';
  return asOf > due ? 'missing' : 'not-yet-due';
}

/**
 * Months the report matrix covers, oldest first.
 *
 * Starts at the first month any school reported for (`firstReportMonth`); with no reports at
 * all, at `fallbackStart` (the later of the roadmap period's start and the approving order's
 * month: nobody was asked to report before the order). Ends at `asOf`'s month, but not after
 * `end` (the roadmap period's last month) unless reports exist later.
 */
export function reportMonths(options: { firstReportMonth?: string | null; lastReportMonth?: string | null; fallbackStart: string; end: string; asOf: string }): string[] {
  const start = (options.firstReportMonth ?? options.fallbackStart).slice(0, 7);
  const asOfMonth = options.asOf.slice(0, 7);
  let last = asOfMonth < options.end.slice(0, 7) ? asOfMonth : options.end.slice(0, 7);
  if (options.lastReportMonth && options.lastReportMonth > last && options.lastReportMonth <= asOfMonth) last = options.lastReportMonth;
  if (start > last) return [];
  return monthsBetween(start, last);
}

/**
 * The first month a school must report for: the first full month in which the programme applies
 * to it. The programme applies from the approving order's date (or a later pairing start); a month
 * that began before that date is not a reporting month, because the school was not bound for all of
 * it. An order of 08.08.2021 → reports from 2021-09; an order of 01.09.2021 → from 2021-09.
 * Every page, export and count asks this one function.
 */
export function firstReportMonth(appliesFrom: string): string {
  const month = appliesFrom.slice(0, 7);
  if (appliesFrom.endsWith('-01') || appliesFrom.length === 7) return month;
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
