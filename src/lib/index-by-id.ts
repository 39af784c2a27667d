/** Builds a Map from entry id to entry once, so pages look entries up instead of scanning lists in loops. */
export function indexById<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) map.set(entry.id, entry);
  return map;
}

/** Groups entries by a key, keeping their order. */
export function groupBy<T, K>(entries: readonly T[], key: (entry: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const entry of entries) {
    const k = key(entry);
    const list = map.get(k);
    if (list) list.push(entry);
    else map.set(k, [entry]);
  }
  return map;
}
