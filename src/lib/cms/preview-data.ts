import { itemsForMonth } from '../export/blank';
import type { Occurrence } from '../status/types';
import type { PeriodLike } from '../check/report-rules';

/** A roadmap item as the CMS shows and pre-fills it. */
export interface FormItem {
  activity: string;
  /** Deadline verbatim, as the roadmap writes it. */
  deadline: string;
  /** The deadline as understood, in Russian («до 15 февраля 2021 г.»). */
  understood: string;
  /** Why the deadline was not understood; absent when it was. */
  unparsed?: string;
  /** Months (`YYYY-MM`) whose report blank carries this item (the blank's own rule, `itemsForMonth`). */
  months: string[];
  /** Schools the item applies to, when not every follower of the roadmap. */
  schools?: string[];
}

/** What the CMS previews and the report form look ids up in (served as /admin/preview-data.json). */
export interface PreviewData {
  organization: string;
  dueDay: number;
  schools: Record<string, { name: string; shortName: string; coordinator?: { name: string; position: string } }>;
  roadmaps: Record<string, { title: string; period: PeriodLike; followers: string[]; order: string[]; items: Record<string, FormItem> }>;
  /** Existing reports: key `school/yyyy-mm` → file, to refuse a second report for the same month. */
  reports: Record<string, string>;
}

/** A roadmap item with its parsed deadline, as the programme computes it (src/data/programme.ts). */
export interface ProgrammeItem {
  number: string;
  activity: string;
  deadline: string;
  understood: string;
  unparsed?: string | undefined;
  occurrences: readonly Occurrence[];
  undated: boolean;
  schools: readonly string[];
}

export interface PreviewInput {
  settings: { organization: string; reportRule: { dueDay: number } };
  schools: Array<{ id: string; name: string; shortName: string }>;
  /** Coordinators by school (from the pairing lists). */
  coordinators?: Record<string, { name: string; position: string }>;
  roadmaps: Array<{ id: string; title: string; period: PeriodLike; followers: readonly string[]; items: readonly ProgrammeItem[] }>;
  /** Months the report form offers. */
  months: readonly string[];
  reports: Array<{ key: string; file: string }>;
}

/** Indexes schools, roadmap items and reports by id for the previews and the report form. */
export function previewData(input: PreviewInput): PreviewData {
  const schools: PreviewData['schools'] = {};
  for (const s of input.schools) {
    const coordinator = input.coordinators?.[s.id];
    schools[s.id] = { name: s.name, shortName: s.shortName, ...(coordinator ? { coordinator } : {}) };
  }
  const roadmaps: PreviewData['roadmaps'] = {};
  for (const r of input.roadmaps) {
    const items: Record<string, FormItem> = {};
    const followers = new Set(r.followers);
    for (const item of r.items) {
      const everyone = item.schools.length === followers.size && item.schools.every((s) => followers.has(s));
      items[item.number] = {
        activity: item.activity,
        deadline: item.deadline,
        understood: item.understood,
        ...(item.unparsed ? { unparsed: item.unparsed } : {}),
        months: input.months.filter((m) => itemsForMonth([item], m).length > 0),
        ...(everyone ? {} : { schools: [...item.schools] }),
      };
    }
    roadmaps[r.id] = { title: r.title, period: r.period, followers: [...r.followers], order: r.items.map((i) => i.number), items };
  }
  const reports: PreviewData['reports'] = {};
  for (const r of input.reports) reports[r.key] ??= r.file;
  return { organization: input.settings.organization, dueDay: input.settings.reportRule.dueDay, schools, roadmaps, reports };
}

/**
 * Items a school's report for `month` lists, in roadmap order: those that apply to the school
 * and whose windows touch the month (the rule of the report blank and the status pages).
 */
export function dueItems(data: PreviewData, roadmapId: string, school: string, month: string): string[] {
  const roadmap = data.roadmaps[roadmapId];
  if (!roadmap) return [];
  return roadmap.order.filter((n) => {
    const item = roadmap.items[n]!;
    const applies = item.schools ? item.schools.includes(school) : roadmap.followers.includes(school);
    return applies && item.months.includes(month);
  });
}

/** «16 — Посещение уроков кураторами · срок: 22.04.2021 19.05.2021 …» — how a report row names its item. */
export function itemLabel(number: string, item: Pick<FormItem, 'activity' | 'deadline'>): string {
  return `${number} — ${item.activity.replace(/\s+/g, ' ').trim()} · срок: ${item.deadline.replace(/\s+/g, ' ').trim()}`;
}
