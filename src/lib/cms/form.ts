import { currentRoadmap, itemOptions, monthOptions, type RoadmapForForm } from './options';
import type { RelationTarget } from './fields';
import { t } from '../../i18n/ru';
import type { CmsField } from './types';

/** How each referenced collection appears in pick-lists: readable names, stored as the entry id (file name). */
export const relationTargets: Record<string, RelationTarget> = {
  schools: { value_field: '{{slug}}', display_fields: ['{{shortName}}'], search_fields: ['shortName', 'name'] },
  documents: { value_field: '{{slug}}', display_fields: ['{{title}}'], search_fields: ['title', 'number'] },
  roadmaps: { value_field: '{{slug}}', display_fields: ['{{title}}'], search_fields: ['title', 'shortTitle'] },
  pairings: { value_field: '{{slug}}', display_fields: ['{{title}}'], search_fields: ['title'] },
};

/** Schools that receive help (everything but partners) and partner schools, for the two pick-lists of a pair. */
const SUPPORTED_SCHOOLS = { field: 'category', values: ['low-results', 'difficult-conditions', 'both'] };
const PARTNER_SCHOOLS = { field: 'category', values: ['partner'] };

/** Fields whose text runs to several lines (verbatim titles, activities, results). */
const MULTILINE = [
  'settings.organization',
  'settings.programme',
  'settings.reportRule.recipient',
  'documents.title',
  'documents.issuer',
  'documents.summary',
  'documents.approval.authority',
  'schools.about',
  'pairings.title',
  'pairings.approval.authority',
  'roadmaps.title',
  'roadmaps.approval.authority',
  'roadmaps.sections.title',
  'roadmaps.sections.items.activity',
  'reports.rows.result',
  'reports.rows.reason',
];

/**
 * Per-field adjustments on top of what the schema gives (keyed by path without list indices).
 * Options built from content (months, roadmap items) make the report form a matter of picking.
 */
export function formOverrides(roadmaps: RoadmapForForm[]): Record<string, Partial<CmsField>> {
  const months = monthOptions(roadmaps);
  const items = itemOptions(roadmaps);
  const roadmap = currentRoadmap(roadmaps);
  const overrides: Record<string, Partial<CmsField>> = {
    'settings.logo': { widget: 'image' },
    'documents.appendices': { label_singular: 'приложение', summary: '№ {{fields.number}}: {{fields.id}}' },
    'documents.attachments': { label_singular: 'файл', summary: '{{fields.title}}', collapsed: true },
    'documents.attachments.file': { widget: 'file' },
    'pairs.school': { filters: [SUPPORTED_SCHOOLS] },
    'pairs.partner': { filters: [PARTNER_SCHOOLS] },
    'roadmaps.sections': { label_singular: 'раздел', summary: '{{fields.title}}', collapsed: true },
    'roadmaps.sections.items': { label_singular: 'мероприятие', summary: '{{fields.number}}. {{fields.activity | truncate(80)}}', collapsed: true },
    'roadmaps.sections.items.responsible': { label_singular: 'ответственного' },
    'reports.school': { filters: [SUPPORTED_SCHOOLS] },
    'reports.submitted': { default: '{{now}}' },
    // Pre-filled with the items due from the school that month; the coordinator from the pairing list.
    'reports.rows': { setka_prefill: 'report-rows', label_singular: 'мероприятие', summary: '№ {{fields.item}}', collapsed: false },
    'reports.author': { widget: 'setka-coordinator' },
  };
  if (roadmap) overrides['reports.roadmap'] = { default: roadmap };
  // A pick-list instead of typing `2021-09`; the pattern goes because every option already matches it.
  if (months.length > 0) overrides['reports.month'] = { widget: 'select', options: months, pattern: undefined, hint: t('cms.hint.reports.month') };
  if (items.length > 0) overrides['reports.rows.item'] = { widget: 'select', options: items, pattern: undefined, hint: t('cms.hint.reports.rows.item') };
  for (const path of MULTILINE) overrides[path] = { ...overrides[path], widget: 'text' };
  return overrides;
}
