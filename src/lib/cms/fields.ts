import { t } from '../../i18n/ru';
import type { JsonNode } from './json-schema';
import type { CmsField, SelectOption } from './types';

/** How a referenced collection is shown in a relation widget. */
export interface RelationTarget {
  display_fields: string[];
  search_fields: string[];
  value_field: string;
}

/**
 * Everything the walk needs besides the schema: readable names for referenced collections,
 * option labels, hints the schema leaves out, and per-field adjustments (keyed by dotted path
 * without list indices, e.g. `reports.rows.item`).
 */
export interface FieldContext {
  relations: Record<string, RelationTarget>;
  /** Label of an enum value at `path`; undefined when none is known (the value is shown then). */
  optionLabel: (path: string, value: string) => string | undefined;
  /** Hint for a field whose schema has no description. */
  hint: (path: string, field: Omit<CmsField, 'hint'>) => string | undefined;
  /** Changes to the generated field (multi-line text, options built from content, relation filters…). */
  overrides: Record<string, Partial<CmsField>>;
}

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

function typeOf(node: JsonNode): string | undefined {
  if (Array.isArray(node.type)) return node.type.find((type) => type !== 'null');
  return node.type;
}

function selectOptions(node: JsonNode, path: string, ctx: FieldContext): SelectOption[] {
  return (node.enum ?? []).filter((v): v is string => typeof v === 'string').map((value) => ({ value, label: ctx.optionLabel(path, value) ?? value }));
}

/**
 * The widget-specific part of a field for one JSON Schema node. `block` is the label of the
 * optional object the node's own fields sit in, if any (see `fieldFor`).
 */
function widgetFor(node: JsonNode, path: string, ctx: FieldContext, block: string | undefined): Omit<CmsField, 'name' | 'label' | 'required'> {
  if (node.$ref || node.anyOf || node.oneOf || node.allOf) {
    throw new Error(`CMS: поле ${path} описано составной схемой (${node.$ref ? '$ref' : 'anyOf/oneOf/allOf'}), форму для него построить нельзя — упростите схему.`);
  }
  const type = typeOf(node);
  const relation = node.relation ?? node.items?.relation;
  if (relation) {
    const target = ctx.relations[relation];
    if (!target) throw new Error(`CMS: поле ${path} ссылается на коллекцию «${relation}», для которой не задано, как показывать записи.`);
    return { widget: 'relation', collection: relation, ...target, options_length: 200, ...(type === 'array' ? { multiple: true } : {}) };
  }
  if (node.enum) return { widget: 'select', options: selectOptions(node, path, ctx) };
  switch (type) {
    case 'object':
      return { widget: 'object', collapsed: false, fields: fieldsOf(node, path, ctx, block) };
    case 'array': {
      const items = node.items ?? {};
      const min = node.minItems ? { min: node.minItems } : {};
      if (typeOf(items) === 'object') return { widget: 'list', collapsed: false, ...min, fields: fieldsOf(items, path, ctx) };
      // A list of plain values: one input per value (Decap's default comma-separated box would split «Управление образования, кураторы»).
      const item = fieldFor('value', { title: node.title, description: node.description, ...items }, path, true, ctx);
      return { widget: 'list', ...min, field: item };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      };
    case 'string': {
      if (node.pattern === DATE_PATTERN) {
        // Setka's own date field (src/client/cms/widgets.ts): typed as ДД.ММ.ГГГГ, stored as strict ISO `YYYY-MM-DD`.
        // Decap's datetime widget corrupts typed years (decap-cms#7939: 11192021 → 1901-11-19).
        return { widget: 'setka-date' };
      }
      const message = node['x-pattern-message'] ?? 'значение записано не в том виде';
      if (node.pattern) return { widget: 'string', pattern: [node.pattern, message] };
      if (node.format === 'uri') return { widget: 'string', pattern: ['^https?://\\S+$', message] };
      if (node.format === 'email') return { widget: 'string', pattern: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', message] };
      return { widget: 'string' };
    }
    default:
      throw new Error(`CMS: для поля ${path} нет подходящего виджета (тип ${String(type)}).`);
  }
}

/**
 * One form field for property `name` of a schema node; `path` is the parent's dotted path.
 *
 * Decap checks `required` fields even inside an object nobody filled in, so a document without
 * a signature block could not be saved. Inside an optional object (`block`, its label) the
 * form therefore asks for nothing and says in the hint what is needed once the block is used;
 * the schema still rejects a half-filled block, and blank blocks are dropped before saving.
 */
export function fieldFor(name: string, node: JsonNode, parentPath: string, required: boolean, ctx: FieldContext, block?: string): CmsField {
  const path = `${parentPath}.${name}`;
  const label = node.title ?? name;
  const generated: CmsField = {
    name,
    label,
    required: required && !block,
    ...widgetFor(node, path, ctx, block ?? (required ? undefined : label)),
    ...(node.default !== undefined && !(Array.isArray(node.default) && node.default.length === 0) ? { default: node.default } : {}),
  };
  const override = ctx.overrides[path] ?? {};
  const field: CmsField = { ...generated, ...override };
  let hint = override.hint ?? formHint(node.description, field) ?? ctx.hint(path, field);
  if (required && block) hint = [hint, t('cms.hint.requiredInBlock').replace('{block}', block)].filter(Boolean).join('. ');
  return hint ? { ...field, hint } : field;
}

/**
 * A schema description is written for people editing YAML («Дата приказа, ГГГГ-ММ-ДД»); in the
 * form a date is picked in a calendar, so the format note goes (and an empty rest gives no hint).
 */
function formHint(description: string | undefined, field: CmsField): string | undefined {
  if (!description || field.widget !== 'setka-date') return description;
  const rest = description.replace(/[,;]?\s*ГГГГ-ММ-ДД[,;]?\s*/u, ' ').trim();
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : undefined;
}

/** Form fields for every property of an object node, in the schema's order (`block`: see `fieldFor`). */
export function fieldsOf(node: JsonNode, path: string, ctx: FieldContext, block?: string): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) => fieldFor(name, child, path, required.has(name), ctx, block));
}
