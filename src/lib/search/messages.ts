/**
 * The sentence the search page announces after each search: «Найдено 3 результата по запросу
 * «школам»», «Найден 21 результат», or the «nothing found» advice.
 */
import { plural } from '../../i18n/ru';

/** Strings of the `search.*` block of src/i18n/ru.ts that the message uses. */
export type MessageStrings = Record<string, string | undefined>;

const pluralRules = new Intl.PluralRules('ru');

/** «Найдено 3 результата по запросу «школам» с выбранными фильтрами». */
export function foundMessage(count: number, query: string, filtered: boolean, s: MessageStrings): string {
  if (count === 0) return s['search.none'] ?? '';
  const verb = pluralRules.select(count) === 'one' ? s['search.found.one'] : s['search.found.other'];
  const noun = plural(count, [s['search.result.one'] ?? '', s['search.result.few'] ?? '', s['search.result.many'] ?? '']);
  const parts = [`${verb} ${noun}`];
  if (query) parts.push(`${s['search.forQuery']} «${query}»`);
  if (filtered) parts.push(s['search.withFilters'] ?? '');
  return parts.filter(Boolean).join(' ');
}
