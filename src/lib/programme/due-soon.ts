/**
 * What a school has to do: its items with their statuses, and what falls due soon.
 */
import { dueWithin, type ItemStatusResult, type Occurrence } from '../status';
import { reportKey, type ItemView, type Programme, type RoadmapView } from './build';

/** Items of a roadmap that apply to a school, with the school's status for each. */
export function itemsForSchool(roadmap: RoadmapView, school: string): Array<{ item: ItemView; result: ItemStatusResult }> {
  const out: Array<{ item: ItemView; result: ItemStatusResult }> = [];
  for (const item of roadmap.items) {
    const result = item.bySchool.get(school);
    if (result) out.push({ item, result });
  }
  return out;
}

/** Something falling due soon: a roadmap item's occurrence or the monthly report. */
export interface DueEntry {
  due: string;
  start: string;
  /** The item, or undefined for the monthly report deadline. */
  item?: ItemView | undefined;
}

/**
 * What falls due in the `days` days after `asOf`: item occurrences (for one school: those that
 * apply to it and are not done yet) and the monthly report deadline, earliest first.
 */
export function dueSoon(programme: Programme, options: { school?: string; days?: number } = {}): DueEntry[] {
  const { school, days = 30 } = options;
  const roadmaps = school ? programme.roadmapsOfSchool.get(school) ?? [] : programme.roadmaps;
  const entries: Array<{ subject: ItemView | undefined; occurrences: Occurrence[] }> = [];
  for (const roadmap of roadmaps) {
    for (const item of roadmap.items) {
      if (!school) { entries.push({ subject: item, occurrences: item.occurrences }); continue; }
      const result = item.bySchool.get(school);
      if (result) entries.push({ subject: item, occurrences: result.occurrences.filter((o) => o.status !== 'done') });
    }
  }
  const reports = !school || programme.reportingSchools.some((s) => s.id === school);
  if (reports) {
    const sent = (o: Occurrence) => !!school && !!programme.reportByKey.get(reportKey(school, o.due.slice(0, 7)));
    entries.push({ subject: undefined, occurrences: programme.reportDeadlines.filter((o) => !sent(o)) });
  }
  return dueWithin(entries, programme.asOf, days).map((d) => ({ due: d.occurrence.due, start: d.occurrence.start, item: d.subject }));
}

/** The month whose report blank is shown first: the month of `asOf` when it is a reporting month, else the last one. */
export function currentBlankMonth(programme: Programme): string | undefined {
  return programme.formMonths.includes(programme.asOf.slice(0, 7)) ? programme.asOf.slice(0, 7) : programme.formMonths.at(-1);
}
