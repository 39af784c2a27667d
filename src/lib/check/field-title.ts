import type { z } from 'astro/zod';
import { schemas, type CollectionName } from '../../schemas';
import { toJsonSchema, type JsonNode } from '../cms/json-schema';
import { t } from '../../i18n/ru';

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

/**
 * The field as the CMS form names it, from the schema's titles: `sections.1.items.0.deadline` of a
 * roadmap is «Разделы › 2 › Мероприятия › 1 › Сроки реализации» (list positions from 1, as a
 * person counts the blocks of a list in the form). Undefined when a step has no title in the
 * schema (a key the schema does not know): the message then names the path alone.
 */
export function fieldTitle(collection: CollectionName | undefined, field: string | undefined): string | undefined {
  if (!collection || !field || !(collection in schemas)) return undefined;
  // A document's Markdown text is no schema field: the form shows it under its own label.
  if (field === 'body') return collection === 'documents' ? t('cms.body') : undefined;
  const root = tree(collection);
  let node: JsonNode | undefined = root;
  const parts: string[] = [];
  for (const step of field.split('.')) {
    if (!node) return undefined;
    if (/^\d+$/.test(step)) {
      node = branch(node, root, (n) => n.items !== undefined)?.items;
      parts.push(String(Number(step) + 1));
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
