import { internalFailure, parseDeadline, type Deadline } from '../deadline';
import { formatDateNumeric } from '../dates';
import type { CheckedContent } from './rules';
import type { Problem } from './types';

/**
 * Deadline warnings for every roadmap item: text that cannot be read, dates outside the
 * roadmap period, and deadlines earlier than the order that approved the roadmap.
 * The source is never corrected: these are warnings for a person to look at.
 * A failure of the parser itself is an error (`deadline.internal-error`): the text may be fine.
 */
export function checkDeadlines(c: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map(c.documents.map((d) => [d.entry.id, d.data]));
  for (const r of c.roadmaps) {
    const { period } = r.data;
    const context = { year: Number(period.start.slice(0, 4)), period };
    const approvedOn = documents.get(r.data.document)?.date;
    r.data.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        const path = ['sections', s, 'items', i, 'deadline'];
        // The line only for a problem: finding it may parse the roadmap file again (a cached check).
        const where = () => ({ file: r.entry.file, line: r.entry.lineOf(path), field: path.join('.'), collection: 'roadmaps' as const });
        const d = parseDeadline(item.deadline, context);
        const failure = internalFailure(d);
        if (failure !== null) {
          problems.push({ severity: 'error', code: 'deadline.internal-error', ...where(), data: { item: item.number, text: item.deadline, detail: failure } });
          return;
        }
        if (d.kind === 'unparsed') {
          problems.push({ severity: 'warning', code: 'deadline.unparsed', ...where(), data: { item: item.number, text: item.deadline, reason: d.reason ?? '' } });
          return;
        }
        const days = datesOf(d);
        if (days.length === 0) return;
        const outside = days.filter((day) => day < period.start || day > period.end);
        if (outside.length > 0) {
          problems.push({ severity: 'warning', code: 'deadline.outside-period', ...where(), data: { item: item.number, text: item.deadline, dates: outside.map(formatDateNumeric).join(', '), start: period.start, end: period.end } });
        }
        if (approvedOn) {
          const early = days.filter((day) => day < approvedOn);
          if (early.length > 0) {
            problems.push({ severity: 'warning', code: 'deadline.before-document', ...where(), data: { item: item.number, text: item.deadline, dates: early.map(formatDateNumeric).join(', '), approved: approvedOn } });
          }
        }
      });
    });
  }
  return problems;
}

/** The concrete days a deadline names (its due date, its listed dates, its window end). */
function datesOf(d: Deadline): string[] {
  if (d.kind === 'ongoing' || d.kind === 'recurring') return [];
  if (d.dates.length > 0) return d.dates;
  return d.due ? [d.due] : [];
}
