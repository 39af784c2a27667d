import { capitalize, formatDateNumeric, formatMonth, isValidIsoDate, isValidIsoMonth } from '../dates';
import { reportDueDate } from '../status/report-status';
import { t, type UiKey } from '../../i18n/ru';
import type { PreviewData } from './preview-data';

/** A report row as the preview shows it. */
export interface PreviewRow {
  item: string;
  activity: string;
  result: string;
  status: string;
  statusLabel: string;
  reason: string;
  /** Not done (or partly) and no reason: the check will reject the report. */
  reasonMissing: boolean;
}

/** Everything the report preview renders, worked out from the form's current values. */
export interface ReportPreview {
  schoolName: string;
  schoolFullName: string;
  monthLabel: string;
  roadmapTitle: string;
  submitted: string;
  /** `on-time` / `late` against the report rule, or undefined while a date is missing. */
  timeliness?: 'on-time' | 'late';
  dueDate?: string;
  author: string;
  rows: PreviewRow[];
}

interface ReportLike {
  school?: string;
  roadmap?: string;
  month?: string;
  submitted?: string;
  author?: { name?: string; position?: string };
  rows?: Array<{ item?: string; result?: string; status?: string; reason?: string }>;
}

/** The preview model of a report entry (values may be half-filled: the form is being typed in). */
export function reportPreview(report: ReportLike, data: PreviewData): ReportPreview {
  const school = report.school ? data.schools[report.school] : undefined;
  const roadmap = report.roadmap ? data.roadmaps[report.roadmap] : undefined;
  const month = report.month && isValidIsoMonth(report.month) ? report.month : undefined;
  const submitted = report.submitted && isValidIsoDate(report.submitted) ? report.submitted : undefined;
  const dueDate = month ? reportDueDate(month, data.dueDay) : undefined;
  const rows = (report.rows ?? []).map((row): PreviewRow => {
    const status = row.status ?? '';
    const reason = row.reason?.trim() ?? '';
    const label = status ? t(`cms.option.rowStatus.${status}` as UiKey) : '';
    return {
      item: row.item ?? '',
      activity: (row.item && roadmap?.items[row.item]?.activity) || '',
      result: row.result?.trim() ?? '',
      status,
      statusLabel: label ?? status,
      reason,
      reasonMissing: !!status && status !== 'done' && !reason,
    };
  });
  return {
    schoolName: school?.shortName ?? report.school ?? '',
    schoolFullName: school?.name ?? '',
    monthLabel: month ? capitalize(formatMonth(month)) : '',
    roadmapTitle: roadmap?.title ?? '',
    submitted: submitted ? formatDateNumeric(submitted) : '',
    ...(submitted && dueDate ? { timeliness: submitted <= dueDate ? ('on-time' as const) : ('late' as const), dueDate: formatDateNumeric(dueDate) } : {}),
    author: [report.author?.name, report.author?.position].filter(Boolean).join(', '),
    rows,
  };
}

const SUMMARY = /^(\d{4}-\d{2}) · ([a-z0-9][a-z0-9-]*)$/;
const PAIR_SUMMARY = /^№ (\d+) · ([a-z0-9][a-z0-9-]*) ← ([a-z0-9][a-z0-9-]*)$/;

/**
 * The report list's summary (`2021-09 · nikolskaya-sh`, from the collection's `summary`
 * template) in words: `Сентябрь 2021 · Никольская средняя школа`; the pair list's too (`№ 5 ·
 * Малиновская ООШ ← Октябрьская СОШ`). Other text comes back as is.
 */
export function readableReportSummary(text: string, data: PreviewData): string {
  // Group headings of the report list («Школа nikolskaya-sh», «Месяц 2021-09»): names, not ids.
  const group = /^(Школа|Школа-партнёр|Месяц) (\S+)$/.exec(text.trim());
  if (group) {
    const value = group[2]!;
    if (group[1] !== 'Месяц' && data.schools[value]) return `${group[1]} ${data.schools[value]!.shortName}`;
    if (group[1] === 'Месяц' && isValidIsoMonth(value)) return `Месяц ${formatMonth(value)}`;
    return text;
  }
  // The pair list's summary (`№ 5 · malinovskaya-oosh ← oktyabrskaya-sosh`).
  const pair = PAIR_SUMMARY.exec(text.trim());
  if (pair) return `№ ${pair[1]} · ${data.schools[pair[2]!]?.shortName ?? pair[2]} ← ${data.schools[pair[3]!]?.shortName ?? pair[3]}`;
  const m = SUMMARY.exec(text.trim());
  if (!m || !isValidIsoMonth(m[1]!)) return text;
  const school = data.schools[m[2]!]?.shortName ?? m[2]!;
  return `${capitalize(formatMonth(m[1]!))} · ${school}`;
}
