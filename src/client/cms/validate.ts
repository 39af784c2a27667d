import { reportErrors } from '../../lib/cms/validate-report';
import { reportKeyOf } from '../../lib/check/report-rules';
import type { PreviewData } from '../../lib/cms/preview-data';
import { t } from '../../i18n/ru';
import type { ImmutableMap } from './decap';

/** A refused save: Decap shows `String(error)` in its «Не удалось сохранить запись: …» notice. */
export class SaveRefused extends Error {
  override toString(): string {
    return this.message;
  }
}

/**
 * Decap `preSave` handler for reports: throws (so nothing is written) with the lines
 * `npm run check` would print, when the report has errors — a not-done row without a reason,
 * a second report for the same school and month, a month or date outside the roadmap's period.
 */
export function refuseBadReport(data: () => PreviewData | undefined) {
  return ({ entry }: { entry: ImmutableMap }): undefined => {
    const index = data();
    if (entry.get('collection') !== 'reports' || !index) return undefined;
    const slug = entry.get('slug');
    const errors = reportErrors({ data: (entry.get('data') as ImmutableMap).toJS(), isNew: entry.get('newRecord') === true, ...(typeof slug === 'string' && slug ? { slug } : {}) }, index);
    if (errors.length > 0) throw new SaveRefused([t('cms.save.refused'), ...errors].join('\n'));
    return undefined;
  };
}

/** Decap `postSave` handler: a report just saved counts as existing for the rest of the session. */
export function rememberSavedReport(data: () => PreviewData | undefined) {
  return ({ entry }: { entry: ImmutableMap }): undefined => {
    const index = data();
    const report = (entry.get('data') as ImmutableMap).toJS() as { school?: string; month?: string };
    if (entry.get('collection') !== 'reports' || !index || !report.school || !report.month) return undefined;
    const key = reportKeyOf({ school: report.school, month: report.month });
    index.reports[key] ??= `src/content/reports/${key}.yaml`;
    return undefined;
  };
}
