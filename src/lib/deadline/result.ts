/**
 * Named constructors for `Deadline` results: one per kind, taking only the
 * fields that kind uses. The rest of the parser calls these, never `make`.
 */
import type { Deadline, DeadlineEvery } from './types';

/** The one place the contract's property order is written (JSON output depends on it). */
function make(
  text: string,
  kind: Deadline['kind'],
  start: string | null,
  due: string | null,
  dates: string[],
  every: DeadlineEvery | null,
  day: number | null,
  reason: string | null,
): Deadline {
  return { text, kind, start, due, dates, every, day, reason };
}

/** «до 15.02.2021»: done by `due`. */
export const byDay = (text: string, due: string): Deadline => make(text, 'by', null, due, [], null, null, null);

/** «22.04.2021 19.05.2021»: the days in written order; the window runs from the earliest to the latest. */
export function onDays(text: string, dates: string[]): Deadline {
  let start = dates[0]!;
  let due = start;
  for (const d of dates) {
    if (d < start) start = d;
    if (d > due) due = d;
  }
  return make(text, 'on', start, due, dates, null, null, null);
}

/** «октябрь-ноябрь 2021», «I квартал»: a window. */
export const range = (text: string, start: string, due: string): Deadline => make(text, 'range', start, due, [], null, null, null);

/** «август 2021 ноябрь 2021»: each month's last day, in written order. */
export const months = (text: string, start: string, due: string, ends: string[]): Deadline => make(text, 'months', start, due, ends, null, null, null);

/** «ежемесячно до 28 числа»: a repeat over `start`..`due` (the period, or the range the text names). */
export const recurring = (text: string, every: DeadlineEvery | null, day: number | null, start: string | null, due: string | null): Deadline =>
  make(text, 'recurring', start, due, [], every, day, null);

/** «постоянно», «с 01.09.2021»: open-ended work from `start` to `due`. */
export const ongoing = (text: string, start: string | null, due: string | null): Deadline => make(text, 'ongoing', start, due, [], null, null, null);

/** «по графику ОО», «по приказу УО»: the dates live in another document, `reason` names it. */
export const schedule = (text: string, reason: string): Deadline => make(text, 'schedule', null, null, [], null, null, reason);

/** «по итогам работ», «через 10 дней со дня …»: after (or before) an event, `reason` names it. */
export const event = (text: string, reason: string): Deadline => make(text, 'event', null, null, [], null, null, reason);

/** Not understood: `reason` says why, in Russian. */
export const unparsed = (text: string, reason: string): Deadline => make(text, 'unparsed', null, null, [], null, null, reason);
