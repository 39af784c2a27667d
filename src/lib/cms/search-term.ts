import { toSlug } from '../slug';

/** Lower case, «ё» as «е», spaces collapsed: how a typed name is compared with the schools' names. */
const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * What Decap's search box should look for when someone types a school's name in Russian. Decap
 * searches a report's own fields, which name the school by id (`nikolskaya-sh`), so the name is
 * turned into that id: the id of the one school whose full or short name contains the typed text;
 * for several, the part their ids share (at least 3 letters); otherwise the typed text in Latin
 * letters, the way ids are made (`Солохинская` → `solokhinskaya`). Text without Russian letters
 * is searched as typed.
 */
export function searchTermFor(query: string, schools: Record<string, { name: string; shortName: string }>): string {
  if (!/[а-яё]/i.test(query)) return query;
  const typed = fold(query);
  const ids = Object.entries(schools)
    .filter(([, s]) => fold(s.shortName).includes(typed) || fold(s.name).includes(typed))
    .map(([id]) => id);
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1) {
    let prefix = ids[0]!;
    for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
    prefix = prefix.replace(/-+$/, '');
    if (prefix.length >= 3) return prefix;
  }
  return toSlug(query, 200) || query;
}
