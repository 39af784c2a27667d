/**
 * Statuses for a given date (`asOf`, never the hidden clock): roadmap item × school and
 * school × month report. Pure; the site computes them once per build in src/data/programme.ts.
 */
export * from './types';
export { occurrencesOf, overlapsMonth, isUndated, clampedDay, monthStart, monthEnd, type Period } from './occurrences';
export { itemStatus, countStatuses, type DoneEvidence } from './item-status';
export { reportStatus, reportDueDate, reportMonths, firstReportMonth } from './report-status';
export { dueWithin, dueInMonth, monthsTouched, type Dated } from './schedule';
export { describeDeadline, describeDayRange, describeMonthRange, understoodBeside, understoodInBrackets } from './describe';
export { REPORT_SYMBOL, ITEM_SYMBOL, reportKeyOf, itemKeyOf } from './symbols';
