/** A path into entry data: object keys and list indices. */
export type DataPath = Array<string | number>;

function isEmptyScalar(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keys the CMS form left empty, to delete before saving: blank strings, nulls, and objects
 * whose every key is blank (an untouched «Подпись» block). Only object keys are listed, never
 * list items, so indices stay put and a blank row still reaches the check. The deepest
 * removable path is replaced by its parent when the whole parent is blank.
 *
 * Decap writes `website: ''` for a cleared optional field; Zod then rejects `''` as a URL.
 * Removing it keeps the file as a person would write it.
 */
export function blankPaths(data: unknown, path: DataPath = []): DataPath[] {
  const out: DataPath[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      if (isPlainObject(item) || Array.isArray(item)) out.push(...blankPaths(item, [...path, i]));
    });
    return out;
  }
  if (!isPlainObject(data)) return out;
  for (const [key, value] of Object.entries(data)) {
    const here = [...path, key];
    if (isEmptyScalar(value)) {
      out.push(here);
    } else if (isPlainObject(value)) {
      if (isBlankObject(value)) out.push(here);
      else out.push(...blankPaths(value, here));
    } else if (Array.isArray(value)) {
      out.push(...blankPaths(value, here));
    }
  }
  return out;
}

/** True when an object holds nothing but blanks (recursively); `{}` counts. */
export function isBlankObject(value: Record<string, unknown>): boolean {
  return Object.values(value).every((v) => isEmptyScalar(v) || (isPlainObject(v) && isBlankObject(v)));
}

/** A copy of `data` without the blank keys (the same rule as `blankPaths`), for tests and previews. */
export function pruneBlank<T>(data: T): T {
  const copy = structuredClone(data);
  for (const path of blankPaths(copy)) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    delete (parent as Record<string | number, unknown>)[path[path.length - 1]!];
  }
  return copy;
}
