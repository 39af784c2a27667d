import type { ItemStatus, ItemStatusResult, Occurrence, OccurrenceStatus } from './types';

/** A report row that says an item is done: the report's month and the day it was sent. */
export interface DoneEvidence {
  /** Report month, `YYYY-MM`. */
  month: string;
  /** Date the report was sent, ISO. Reports sent after `asOf` are not known yet and are ignored. */
  submitted: string;
}

const PRIORITY: ItemStatus[] = ['overdue', 'due', 'upcoming', 'done', 'before-order'];

function timing(o: Occurrence, asOf: string, orderDate: string | undefined): OccurrenceStatus['status'] {
  if (orderDate && o.due < orderDate) return 'before-order';
  if (o.due < asOf) return 'overdue';
  if (o.start <= asOf) return 'due';
  return 'upcoming';
}

/**
 * Status of one roadmap item for one school on `asOf`.
 *
 * - No dated occurrence (по графику ОО, по итогам работ, not understood): `done` when a
 *   report says done, otherwise `undated`.
 * - One occurrence (до 15.02.2021, октябрь-ноябрь 2021, в течение года): `done` when any
 *   report sent by `asOf` says done (a late «done» still counts); otherwise `overdue` after
 *   the due date, `due` inside the window, `upcoming` before it.
 * - Several occurrences (several dates, a list of months, «ежемесячно»): each is done when
 *   a «done» report falls in its months; a «done» report outside every window makes up for
 *   the latest earlier occurrence not yet done. The item is `overdue` if any occurrence is,
 *   else `due`, else `upcoming`, else `done`.
 * - An occurrence due before `orderDate` (the approving order's date) and not done is
 *   `before-order`, never `overdue`: nobody was bound by the deadline yet. An item whose
 *   every open occurrence is like that is `before-order`.
 */
export function itemStatus(occurrences: readonly Occurrence[], evidence: readonly DoneEvidence[], asOf: string, orderDate?: string): ItemStatusResult {
  const doneMonths = [...new Set(evidence.filter((e) => e.submitted <= asOf).map((e) => e.month))].sort();
  if (occurrences.length === 0) {
    return { status: doneMonths.length > 0 ? 'done' : 'undated', occurrences: [], doneMonths };
  }
  const sorted = [...occurrences].sort((a, b) => a.due.localeCompare(b.due) || a.start.localeCompare(b.start));
  const done = new Array<boolean>(sorted.length).fill(false);
  if (sorted.length === 1) {
    done[0] = doneMonths.length > 0;
  } else {
    const leftovers: string[] = [];
    for (const month of doneMonths) {
      let matched = false;
      sorted.forEach((o, i) => {
        if (o.start.slice(0, 7) <= month && month <= o.due.slice(0, 7)) {
          done[i] = true;
          matched = true;
        }
      });
      if (!matched) leftovers.push(month);
    }
    for (const month of leftovers) {
      for (let i = sorted.length - 1; i >= 0; i--) {
        if (sorted[i]!.due.slice(0, 7) < month && !done[i]) {
          done[i] = true;
          break;
        }
      }
    }
  }
  const result: OccurrenceStatus[] = sorted.map((o, i) => ({ ...o, status: done[i] ? 'done' : timing(o, asOf, orderDate) }));
  const present = new Set(result.map((o) => o.status));
  const status = PRIORITY.find((s) => present.has(s as OccurrenceStatus['status'])) ?? 'done';
  return { status, occurrences: result, doneMonths };
}

/** How many schools have each status, for one item (every status present, zero when none). */
export function countStatuses(statuses: Iterable<ItemStatus>): Record<ItemStatus, number> {
  const counts: Record<ItemStatus, number> = { done: 0, overdue: 0, due: 0, upcoming: 0, undated: 0, 'before-order': 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}
