import { addDays } from '../dates';
import { overlapsMonth } from './occurrences';
import type { Occurrence } from './types';

/** A dated occurrence of something (an item, a report deadline) with what it belongs to. */
export interface Dated<T> {
  subject: T;
  occurrence: Occurrence;
}

/**
 * Occurrences whose due date falls after `asOf` and no later than `days` days after it,
 * earliest first (ties keep the input order).
 */
export function dueWithin<T>(entries: ReadonlyArray<{ subject: T; occurrences: readonly Occurrence[] }>, asOf: string, days = 30): Dated<T>[] {
  const until = addDays(asOf, days);
  const out: Dated<T>[] = [];
  for (const e of entries) {
    for (const o of e.occurrences) if (o.due > asOf && o.due <= until) out.push({ subject: e.subject, occurrence: o });
  }
  return out.sort((a, b) => a.occurrence.due.localeCompare(b.occurrence.due));
}

/** True when any occurrence's window overlaps month `YYYY-MM` (recurring items, ranges, lists of months, single dates). */
export function dueInMonth(occurrences: readonly Occurrence[], month: string): boolean {
  return occurrences.some((o) => overlapsMonth(o, month));
}

/** Months (`YYYY-MM`) that any of the occurrences touches, sorted. */
export function monthsTouched(occurrences: readonly Occurrence[]): string[] {
  const set = new Set<string>();
  for (const o of occurrences) {
    let [y, m] = o.start.slice(0, 7).split('-').map(Number) as [number, number];
    const last = o.due.slice(0, 7);
    for (let guard = 0; guard < 1200; guard++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      if (month > last) break;
      set.add(month);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  return [...set].sort();
}
