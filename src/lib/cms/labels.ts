import { ru, t, type UiKey } from '../../i18n/ru';
import type { CmsField } from './types';

/**
 * Russian labels for the values of every enum in the schemas, by field path. The unit test
 * fails when a schema gains a value that has no label here.
 */
const optionKeys: Record<string, (value: string) => string> = {
  'documents.kind': (v) => `kind.${v}`,
  'documents.status': (v) => `status.${v}`,
  'documents.appendices.collection': (v) => `collection.${v}`,
  'schools.category': (v) => `cms.option.category.${v}`,
  'reports.rows.status': (v) => `cms.option.rowStatus.${v}`,
  'settings.cms.backend': (v) => `cms.option.backend.${v}`,
};

function lookup(key: string): string | undefined {
  return key in ru ? t(key as UiKey) : undefined;
}

/** Label of enum `value` of the field at `path`, or undefined. */
export function optionLabel(path: string, value: string): string | undefined {
  const key = optionKeys[path];
  return key ? lookup(key(value)) : undefined;
}

/**
 * Hint for a field whose schema has no description: a field-specific one from `ru.ts`
 * (`cms.hint.<path>`), else a general one for widgets whose use needs telling (pick a date, pick
 * from a list). Free-text fields without either get none, and the unit test names them.
 */
export function fallbackHint(path: string, field: Omit<CmsField, 'hint'>): string | undefined {
  const specific = lookup(`cms.hint.${path}`);
  if (specific) return specific;
  switch (field.widget) {
    case 'relation':
      return t(field.multiple ? 'cms.hint.relation.many' : 'cms.hint.relation');
    case 'setka-date':
      return t('cms.hint.date');
    case 'select':
      return t('cms.hint.select');
    case 'boolean':
      return t('cms.hint.boolean');
    case 'list':
      return t('cms.hint.list');
    case 'object':
      return t('cms.hint.object');
    default:
      return undefined;
  }
}
