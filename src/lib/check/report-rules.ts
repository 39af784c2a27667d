/**
 * Rules about one monthly report that both `npm run check` and the CMS apply before a save
 * (src/client/cms/validate.ts): the same codes, so the same Russian messages (messages.ts).
 */
import { addDays, lastDayOfMonth, monthOf } from '../dates';

/** A rule's finding before it gets a file and a line: code, data and the field path. */
export interface ReportFinding {
  severity: 'error' | 'warning';
  code: string;
  path: Array<string | number>;
  data: Record<string, string | number | undefined>;
}

export interface PeriodLike {
  start: string;
  end: string;
}

/** Report key `school/yyyy-mm`: the id the report file must have. */
export function reportKeyOf(report: { school: string; month: string }): string {
  return `${report.school}/${report.month}`;
}

/**
 * Last day a report of the roadmap may be sent: the end of the month after the period's end
 * (December's report is due in January).
 */
export function lastSubmissionDay(period: PeriodLike): string {
  const [y, m] = monthOf(addDays(lastDayOfMonth(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7))), 1)).split('-').map(Number) as [number, number];
  return lastDayOfMonth(y, m);
}

/**
 * Month and submission date against the roadmap's period: a report month outside the period,
 * or a submission date before the period or after `lastSubmissionDay` (a typo in the year:
 * 1901, 2201) is an error.
 */
export function reportPeriodFindings(report: { month: string; submitted: string }, period: PeriodLike): ReportFinding[] {
  const out: ReportFinding[] = [];
  const { start, end } = period;
  if (report.month < start.slice(0, 7) || report.month > end.slice(0, 7)) {
    out.push({ severity: 'error', code: 'report.month-outside-period', path: ['month'], data: { month: report.month, start, end } });
  }
  const last = lastSubmissionDay(period);
  if (report.submitted < start || report.submitted > last) {
    out.push({ severity: 'error', code: 'report.submitted-outside-period', path: ['submitted'], data: { submitted: report.submitted, start, end: last } });
  }
  return out;
}

/** How far (in days) a date may lie outside every roadmap period before the check calls it implausible. */
export const PLAUSIBLE_DAYS = 366;

/**
 * A date implausibly far from the roadmaps' periods (more than a year before the earliest
 * start or after the latest end): a typed year gone wrong (1901, 2102). Undefined when fine
 * or when there is no period to compare with.
 */
export function farFromPeriods(date: string, periods: readonly PeriodLike[]): { from: string; to: string } | undefined {
  if (periods.length === 0) return undefined;
  const from = addDays(periods.map((p) => p.start).sort()[0]!, -PLAUSIBLE_DAYS);
  const to = addDays(periods.map((p) => p.end).sort().at(-1)!, PLAUSIBLE_DAYS);
  return date < from || date > to ? { from, to } : undefined;
}
