/**
 * The deadline contract: what `parseDeadline` returns for one free-text deadline
 * of a roadmap («До 15.02.2021», «По графику ОО», «ежемесячно до 28 числа»).
 */

/** What kind of deadline the text is. */
export type DeadlineKind =
  | 'by' // до 15.02.2021 — done by a day (`due`), no start
  | 'on' // 22.04.2021 19.05.2021 — one or more days (`dates`)
  | 'range' // октябрь-ноябрь 2021, I квартал, 2021-2022 учебный год — a window `start`..`due`
  | 'months' // август 2021 ноябрь 2021 — a list of months (`dates` = each month's last day)
  | 'recurring' // ежемесячно до 28 числа — repeats (`every`, `day`)
  | 'schedule' // по графику ОО — dates live in another document (`reason` names it)
  | 'event' // по итогам работ — after an event (`reason` names it)
  | 'ongoing' // постоянно, в течение года — the whole roadmap period
  | 'unparsed'; // not understood (`reason` says why, in Russian)

/** Every kind, in contract order. */
export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'by', 'on', 'range', 'months', 'recurring', 'schedule', 'event', 'ongoing', 'unparsed',
];

/** How often a `recurring` deadline repeats. */
export type DeadlineEvery = 'week' | 'month' | 'quarter' | 'year';

/** What the parser knows about the roadmap the deadline belongs to. */
export interface DeadlineContext {
  /** Year for dates written without one (2021). */
  year?: number;
  /** Roadmap period, ISO dates, inclusive; resolves years and `ongoing`/`recurring` windows. */
  period?: { start: string; end: string };
}

/** A parsed deadline. Property order is part of the contract (JSON output). */
export interface Deadline {
  /** The input, verbatim. */
  text: string;
  kind: DeadlineKind;
  /** First day of the window (`YYYY-MM-DD`) when known. */
  start: string | null;
  /** Last day by which it must be done; null for schedule, event, unparsed, and ongoing/recurring with no period. */
  due: string | null;
  /** 'on': each date; 'months': each month's last day; otherwise empty. */
  dates: string[];
  /** 'recurring': how often; otherwise null. */
  every: DeadlineEvery | null;
  /** 'recurring': day of the month («до 28 числа» → 28); otherwise null. */
  day: number | null;
  /** 'unparsed': why (Russian); 'schedule'/'event': what it refers to («график ОО»); otherwise null. */
  reason: string | null;
}
