import type { z } from 'astro/zod';
import { schemas, type CollectionName } from '../../schemas';
import { toJsonSchema, type JsonNode } from '../cms/json-schema';
import { t } from '../../i18n/ru';
import type { Problem } from './types';

const trees = new Map<CollectionName, JsonNode>();

function tree(collection: CollectionName): JsonNode {
  let root = trees.get(collection);
  if (!root) trees.set(collection, (root = toJsonSchema(schemas[collection] as z.ZodType)));
  return root;
}

/** The node itself, or the branch of a union / optional that has what the next step needs. */
function branch(node: JsonNode, root: JsonNode, has: (n: JsonNode) => boolean): JsonNode | undefined {
  if (node.$ref?.startsWith('#/')) {
    const target = node.$ref.slice(2).split('/').reduce<unknown>((cur, key) => (cur as Record<string, unknown> | undefined)?.[key], root);
    return target ? branch(target as JsonNode, root, has) : undefined;
  }
  if (has(node)) return node;
  for (const alt of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
    const found = branch(alt, root, has);
    if (found) return found;
  }
  return undefined;
}

/** The number a list block shows in the CMS's summary of it (a roadmap item's «number», a report row's «item»). */
function blockNumber(element: unknown): string | undefined {
  if (!element || typeof element !== 'object') return undefined;
  const { number, item } = element as { number?: unknown; item?: unknown };
  const value = typeof number === 'string' || typeof number === 'number' ? number : typeof item === 'string' || typeof item === 'number' ? item : undefined;
  return value === undefined || String(value).trim() === '' ? undefined : String(value).trim();
}

/**
 * The field as the CMS form names it, from the schema's titles: `sections.1.items.0.deadline` of a
 * roadmap is «Разделы › 2 › Мероприятия › 1 (№ 4) › Сроки реализации» (list positions from 1, as a
 * person counts the blocks of a list in the form; with the file's `data`, the number each block shows
 * in its collapsed summary, «№ 4», so a block is found without counting). Undefined when a step has
 * no title in the schema (a key the schema does not know): the message then names the path alone.
 */
export function fieldTitle(collection: CollectionName | undefined, field: string | undefined, data?: unknown): string | undefined {
  if (!collection || !field || !(collection in schemas)) return undefined;
  // A document's Markdown text is no schema field: the form shows it under its own label.
  if (field === 'body') return collection === 'documents' ? t('cms.body') : undefined;
  const root = tree(collection);
  let node: JsonNode | undefined = root;
  const parts: string[] = [];
  let value: unknown = data;
  for (const step of field.split('.')) {
    if (!node) return undefined;
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
    if (/^\d+$/.test(step)) {
      node = branch(node, root, (n) => n.items !== undefined)?.items;
      const shown = blockNumber(value);
      parts.push(`${Number(step) + 1}${shown ? ` (№ ${shown})` : ''}`);
      continue;
    }
    const next: JsonNode | undefined = branch(node, root, (n) => n.properties?.[step] !== undefined)?.properties?.[step];
    const title = next ? (next.title ?? branch(next, root, (n) => n.title !== undefined)?.title) : undefined;
    if (!next || !title) return undefined;
    parts.push(title);
    node = next;
  }
  return parts.join(' › ');
}

/**
 * Names each problem's field as the form does, with the numbers its list blocks show, from the data of
 * the problem's file (`dataOf(file)`). Every place that prints problems calls it once it has the files:
 * the check, the dev site's list of dropped entries and the CMS's refusal of a bad save say the same.
 */
export function nameFields<P extends Problem>(problems: P[], dataOf: (file: string) => unknown): P[] {
  for (const p of problems) if (p.field && p.collection) p.fieldTitle = fieldTitle(p.collection, p.field, dataOf(p.file));
  return problems;
}
