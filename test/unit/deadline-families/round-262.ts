/**
 * Round 262 (found by reading every corpus text with its months' names abbreviated, «дек.», «сен.»): an item number before a day and an
 * abbreviated month is the item's number, as before the full name — «4.1. В срок до 15 авг. года, следующего за отчетным, …» → by
 * 08-15 (it was `unparsed`, «непонятное число «4.1»»), «1. 26 дек. 2014 года …» → on 2014-12-26 (it was «несуществующая дата «1.26»»).
 * Pins: an item number with no month after it and a clause number before a full date read as before.
 */
import { distinctRows, by, on, range, sectionsOf, type Family, type Row } from './kit';

const ABBREVIATED: Array<[string, number]> = [['янв.', 1], ['фев.', 2], ['мар.', 3], ['апр.', 4], ['июн.', 6], ['июл.', 7], ['авг.', 8], ['сен.', 9], ['сент.', 9], ['окт.', 10], ['ноя.', 11], ['нояб.', 11], ['дек.', 12]];
const pad = (n: number): string => String(n).padStart(2, '0');

const PINS: Row[] = [
  ['4.1. В срок до 15 августа года, следующего за отчетным', by('2021-08-15')],
  ['1. 26 декабря 2014 года провести елку', on('2014-12-26')],
  ['2.4 Ответственные лица назначаются приказом', { kind: 'unparsed', reason: /непонятное число «2\.4»/ }],
  ['Марш парков 2. Акция', { kind: 'unparsed', reason: /непонятное число|не удалось/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an item number before a day and an abbreviated month', () => {
      ABBREVIATED.forEach(([abbr, m], k) => {
        const d = 10 + k;
        add(`4.1. В срок до ${d} ${abbr} года, следующего за отчетным, направить отчет`, by(`2021-${pad(m)}-${d}`));
        add(`1. ${d} ${abbr} 2014 года провести новогоднюю елку`, on(`2014-${pad(m)}-${d}`));
        add(`4.3 Прием работ до ${d} ${abbr}`, by(`2021-${pad(m)}-${d}`));
        addAs(`6. ${d} – ${d + 2} ${abbr} Конкурс рисунков.`, range(`2021-${pad(m)}-${d}`, `2021-${pad(m)}-${d + 2}`));
        addAs(`2. ${d} - ${d + 2} ${abbr} 2022 года: направление ссылки на видео`, range(`2022-${pad(m)}-${d}`, `2022-${pad(m)}-${d + 2}`));
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 262: an item number before a day and an abbreviated month is the item\'s number',
  rows: () => distinctRows(sections()),
};
