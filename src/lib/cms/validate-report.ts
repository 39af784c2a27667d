import { checkSchemas } from '../check/schema';
import { formatProblem } from '../check/format';
import { nameFields } from '../check/field-title';
import { reportKeyOf, reportPeriodFindings } from '../check/report-rules';
import { duplicateReports } from '../check/rules';
import type { Problem } from '../check/types';
import type { PreviewData } from './preview-data';

/** What the CMS knows about the entry being saved. */
export interface ReportSave {
  data: unknown;
  /** True for a new entry; false when an existing file is edited. */
  isNew: boolean;
  /** The file being edited (`school/yyyy-mm` id), for an existing entry. */
  slug?: string;
}

/** Path of a report file in the repository, as the check names it. */
export function reportFile(data: { school?: unknown; month?: unknown }, slug?: string): string {
  const id = slug ?? (typeof data.school === 'string' && typeof data.month === 'string' ? `${data.school}/${data.month}` : 'новый отчёт');
  return `src/content/reports/${id}.yaml`;
}

/**
 * The errors `npm run check` would print for this report, worked out in the browser before
 * Decap writes anything: the schema (a not-done row without a reason …), the month and the
 * submission date against the roadmap's period, a second report for the same school and month.
 * Lines are exactly the check's (`file: error [code] поле «…»: … — …`), without line numbers.
 */
export function reportErrors(save: ReportSave, data: PreviewData): string[] {
  const file = reportFile((save.data ?? {}) as Record<string, unknown>, save.slug);
  const { problems, valid } = checkSchemas([{ collection: 'reports', id: save.slug ?? '', file, data: save.data, lineOf: () => undefined }]);
  const out: Problem[] = problems.filter((p) => p.severity === 'error');
  const report = [...valid.values()][0] as { school: string; month: string; submitted: string; roadmap: string } | undefined;
  if (report) {
    const key = reportKeyOf(report);
    const roadmap = data.roadmaps[report.roadmap];
    const findings = roadmap ? reportPeriodFindings(report, roadmap.period) : [];
    for (const f of findings) if (f.severity === 'error') out.push({ severity: f.severity, code: f.code, file, field: f.path.join('.') || undefined, collection: 'reports', data: f.data });
    // The check's own rule «one report per school and month», against the reports that exist
    // (editing the report in its own file is no duplicate).
    const existing = data.reports[key];
    const others = existing && !(!save.isNew && save.slug === key) ? [{ file: existing, school: report.school, month: report.month }] : [];
    const duplicate = duplicateReports([...others, { file, school: report.school, month: report.month }]).find((d) => d.duplicate.file === file && d.first !== d.duplicate);
    if (duplicate) out.push({ severity: 'error', code: 'report.duplicate', file, field: 'month', collection: 'reports', data: { school: report.school, month: report.month, first: duplicate.first.file } });
  }
  return nameFields(out, () => save.data).map(formatProblem);
}
