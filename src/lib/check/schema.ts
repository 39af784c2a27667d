import type { z } from 'astro/zod';
import { schemas } from '../../schemas';
import type { Problem, RawEntry } from './types';

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Validates every entry against its collection's Zod schema; returns the valid data by entry. */
export function checkSchemas(entries: RawEntry[]): { problems: Problem[]; valid: Map<RawEntry, unknown> } {
  const problems: Problem[] = [];
  const valid = new Map<RawEntry, unknown>();
  for (const entry of entries) {
    if (entry.data === undefined) continue;
    const schema = schemas[entry.collection] as z.ZodType;
    const result = schema.safeParse(entry.data ?? {});
    if (result.success) {
      valid.set(entry, result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const value = valueAt(entry.data, path);
      const keyList = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const keys = keyList.length ? keyList.join(', ') : undefined;
      const fieldPath = keyList.length === 1 ? [...path, keyList[0]!] : path;
      const field = fieldPath.join('.');
      problems.push({
        severity: 'error',
        code: `schema.${issue.code}`,
        file: entry.file,
        line: entry.lineOf(fieldPath),
        field: field || undefined,
        collection: entry.collection,
        data: {
          detail: issue.message,
          value: show(value),
          missing: isBlank(value) && (issue.code === 'invalid_type' || issue.code === 'invalid_value') ? 1 : undefined,
          keys,
          collection: entry.collection,
        },
      });
    }
  }
  return { problems, valid };
}

/**
 * A field a methodist left empty: absent, written with nothing after the colon (YAML null) or
 * only spaces. It is «не заполнено», whatever the field expects, not a wrong value.
 */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
