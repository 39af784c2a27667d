import { capitalize, formatMonth, monthsBetween } from '../dates';
import type { SelectOption } from './types';
import { itemLabel } from './preview-data';

/** What the form needs to know about a roadmap to offer its months and items. */
export interface RoadmapForForm {
  id: string;
  period: { start: string; end: string };
  sections: Array<{ items: Array<{ number: string; activity: string; deadline: string }> }>;
}

function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Newest roadmap first (by the end of its period), so its wording wins when numbers repeat. */
function newestFirst(roadmaps: RoadmapForForm[]): RoadmapForForm[] {
  return [...roadmaps].sort((a, b) => b.period.end.localeCompare(a.period.end) || a.id.localeCompare(b.id));
}

/**
 * Report months the form offers: every month of every roadmap's period, newest first,
 * labelled «Сентябрь 2021». Values are `YYYY-MM`.
 */
export function monthOptions(roadmaps: RoadmapForForm[]): SelectOption[] {
  const months = new Set<string>();
  for (const r of roadmaps) for (const m of monthsBetween(r.period.start, r.period.end)) months.add(m);
  return [...months].sort((a, b) => b.localeCompare(a)).map((value) => ({ value, label: capitalize(formatMonth(value)) }));
}

/**
 * Roadmap items a report row can refer to, in number order, labelled with the number, the whole
 * activity and the deadline as written («16 — Посещение уроков кураторами · срок: 22.04.2021 …»)
 * so nobody has to look anything up. A number used by several roadmaps appears once, with the
 * newest roadmap's wording.
 */
export function itemOptions(roadmaps: RoadmapForForm[]): SelectOption[] {
  const byNumber = new Map<string, { activity: string; deadline: string }>();
  for (const r of newestFirst(roadmaps)) {
    for (const section of r.sections) {
      for (const item of section.items) if (!byNumber.has(item.number)) byNumber.set(item.number, item);
    }
  }
  return [...byNumber.entries()]
    .sort(([a], [b]) => compareNumbers(a, b))
    .map(([value, item]) => ({ value, label: itemLabel(value, item) }));
}

/** Id of the roadmap a new report most likely belongs to (the newest), or undefined. */
export function currentRoadmap(roadmaps: RoadmapForForm[]): string | undefined {
  return newestFirst(roadmaps)[0]?.id;
}
