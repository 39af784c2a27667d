import type { Deadline } from '../deadline/types';
import { addDays, daysInMonth, isoDate, lastDayOfMonth, monthsBetween } from '../dates';
import type { Occurrence } from './types';

/** A roadmap's period, ISO dates, inclusive. */
export interface Period {
  start: string;
  end: string;
}

/** First day of the month of an ISO date. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** Last day of the month of an ISO date or `YYYY-MM`. */
export function monthEnd(dateOrMonth: string): string {
  const [y, m] = dateOrMonth.slice(0, 7).split('-').map(Number) as [number, number];
  return lastDayOfMonth(y, m);
}

/** Day `day` of month `YYYY-MM`, clamped to the month's length (31 → 30 in April, 28/29 in February). */
export function clampedDay(month: string, day: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDate(y, m, Math.min(Math.max(1, day), daysInMonth(y, m)));
}

/** True for deadlines that carry no date of their own (schedule, event, unparsed). */
export function isUndated(deadline: Deadline): boolean {
  return deadline.kind === 'schedule' || deadline.kind === 'event' || deadline.kind === 'unparsed';
}

function single(due: string, start?: string | null): Occurrence {
  return { start: start && start <= due ? start : monthStart(due), due };
}

function recurring(deadline: Deadline, period: Period | undefined): Occurrence[] {
  const from = deadline.start ?? period?.start;
  const to = deadline.due ?? period?.end;
  if (!from || !to || from > to) return [];
  const out: Occurrence[] = [];
  const clip = (o: Occurrence): Occurrence | null => {
    const start = o.start < from ? from : o.start;
    const due = o.due > to ? to : o.due;
    return start <= due ? { start, due } : null;
  };
  const push = (o: Occurrence) => {
    const c = clip(o);
    if (c) out.push(c);
  };
  switch (deadline.every) {
    case 'week': {
      // ISO weeks: Monday..Sunday.
      const [y, m, d] = from.split('-').map(Number) as [number, number, number];
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
      for (let monday = addDays(from, -weekday); monday <= to; monday = addDays(monday, 7)) {
        push({ start: monday, due: addDays(monday, 6) });
      }
      break;
    }
    case 'quarter': {
      for (const month of monthsBetween(from, to)) {
        const mm = Number(month.slice(5, 7));
        if (mm % 3 !== 0) continue;
        const first = `${month.slice(0, 4)}-${String(mm - 2).padStart(2, '0')}-01`;
        push({ start: first, due: deadline.day ? clampedDay(month, deadline.day) : monthEnd(month) });
      }
      break;
    }
    case 'year': {
      push({ start: from, due: to });
      break;
    }
    default: {
      for (const month of monthsBetween(from, to)) {
        push({ start: `${month}-01`, due: deadline.day ? clampedDay(month, deadline.day) : monthEnd(month) });
      }
    }
  }
  return out;
}

/**
 * The windows in which an item must be done, in date order. Undated deadlines
 * (schedule, event, unparsed) and those without a resolvable date give none.
 * `period` resolves recurring deadlines that the parser left without a window.
 */
export function occurrencesOf(deadline: Deadline, period?: Period): Occurrence[] {
  switch (deadline.kind) {
    case 'by':
      return deadline.due ? [single(deadline.due)] : [];
    case 'on':
      if (deadline.dates.length > 0) return [...deadline.dates].sort().map((d) => single(d));
      return deadline.due ? [single(deadline.due)] : [];
    case 'months':
      if (deadline.dates.length > 0) return [...deadline.dates].sort().map((d) => ({ start: monthStart(d), due: monthEnd(d) }));
      return deadline.due ? [single(deadline.due, deadline.start)] : [];
    case 'range':
    case 'ongoing':
      if (!deadline.due) return [];
      return [{ start: deadline.start && deadline.start <= deadline.due ? deadline.start : monthStart(deadline.due), due: deadline.due }];
    case 'recurring':
      return recurring(deadline, period);
    default:
      return [];
  }
}

/** True when the window overlaps month `YYYY-MM`. */
export function overlapsMonth(o: Occurrence, month: string): boolean {
  return o.start <= monthEnd(month) && o.due >= `${month}-01`;
}
