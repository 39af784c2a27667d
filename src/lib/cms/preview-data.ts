/**
 * What the CMS previews and the report form look ids up in, served as /admin/preview-data.json
 * (built from the programme core by preview-input.ts; read in the browser by src/client/cms).
 */
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
}

/** What the CMS previews and the report form look ids up in (served as /admin/preview-data.json). */
export interface PreviewData {
  organization: string;
  dueDay: number;
  schools: Record<string, { name: string; shortName: string; coordinator?: { name: string; position: string } }>;
  roadmaps: Record<string, {
    title: string;
    period: PeriodLike;
    order: string[];
    items: Record<string, FormItem>;
    /** Item numbers each school's report lists for a month (school → `YYYY-MM` → numbers): the blank's rule, from the programme core. */
    due: Record<string, Record<string, string[]>>;
  }>;
  /** Existing reports: key `school/yyyy-mm` → file, to refuse a second report for the same month. */
  reports: Record<string, string>;
}

export interface PreviewInput {
  settings: { organization: string; reportRule: { dueDay: number } };
  schools: Array<{ id: string; name: string; shortName: string }>;
  /** Coordinators by school (from the pairing lists). */
  coordinators?: Record<string, { name: string; position: string }>;
  roadmaps: Array<{
    id: string;
    title: string;
    period: PeriodLike;
    items: ReadonlyArray<{ number: string; activity: string; deadline: string; understood: string; unparsed?: string | undefined }>;
    due: Record<string, Record<string, string[]>>;
  }>;
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
    for (const item of r.items) {
      items[item.number] = { activity: item.activity, deadline: item.deadline, understood: item.understood, ...(item.unparsed ? { unparsed: item.unparsed } : {}) };
    }
    roadmaps[r.id] = { title: r.title, period: r.period, order: r.items.map((i) => i.number), items, due: r.due };
  }
  const reports: PreviewData['reports'] = {};
  for (const r of input.reports) reports[r.key] ??= r.file;
  return { organization: input.settings.organization, dueDay: input.settings.reportRule.dueDay, schools, roadmaps, reports };
}

/**
 * Items a school's report for `month` lists, in roadmap order (computed by the programme core's
 * `blankItems`, the rule of the printed blank and the status pages).
 */
export function dueItems(data: PreviewData, roadmapId: string, school: string, month: string): string[] {
  return data.roadmaps[roadmapId]?.due[school]?.[month] ?? [];
}

/** «16 — Посещение уроков кураторами · срок: 22.04.2021 19.05.2021 …» — how a report row names its item. */
export function itemLabel(number: string, item: Pick<FormItem, 'activity' | 'deadline'>): string {
  return `${number} — ${item.activity.replace(/\s+/g, ' ').trim()} · срок: ${item.deadline.replace(/\s+/g, ' ').trim()}`;
}
