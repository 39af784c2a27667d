/**
 * Round 263 (found by reading every corpus text with its months' names abbreviated, with and without the dot): a month's abbreviation
 * after its day is the month's whole name, so every rule that reads a name reads it — «Общероссийский день приема граждан …,
 * назначенный на 14 дек., был перенесен …» → `unparsed`, the day moved with no new one named (it was on 12-14), «Приказом … от 31 авг.
 * № 243» → an act's date, none (it was on 08-31), «… до 15 дек. обеспечить …» → by 12-15. The reason quotes the abbreviation as written.
 * Pins: the dot before a capital stays a sentence's end; a word that only begins like an abbreviation («8 сентиментальных песен», «5
 * марок») is no month.
 */
import { distinctRows, MONTHS_GEN, by, on, range, sectionsOf, unread, type Family, type Row } from './kit';

const ABBREVIATIONS: Array<[string, number]> = [['янв', 1], ['фев', 2], ['февр', 2], ['мар', 3], ['апр', 4], ['июн', 6], ['июл', 7], ['авг', 8], ['сен', 9], ['сент', 9], ['окт', 10], ['ноя', 11], ['нояб', 11], ['дек', 12], ['декаб', 12]];
const pad = (n: number): string => String(n).padStart(2, '0');

const PINS: Row[] = [
  ['8 сентиментальных песен', unread],
  ['5 марок', unread],
  // a letter of another script after the abbreviation's letters: no abbreviation (round 20's Greek look-alike in «марτа»)
  ['в срок до 31 марτа 2014 года', by('2014-03-31')],
  ['до 31 фев.', { kind: 'unparsed', reason: /несуществующая дата/ }],
  // the whole names, as before
  ['Приказом директора от 31 августа № 243', unread],
  ['до 15 декабря обеспечить актуализацию концепции', by('2021-12-15')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an abbreviation after its day, with its dot or without', () => {
      ABBREVIATIONS.forEach(([abbr, m], k) => {
        const d = 10 + k;
        const day = `2021-${pad(m)}-${d}`;
        for (const written of [`${abbr}.`, abbr, abbr.toUpperCase() + '.']) {
          add(`до ${d} ${written} обеспечить актуализацию концепции`, by(day));
          addAs(`Приказом директора от ${d} ${written} № 243`, unread);
          addAs(`Приём, назначенный на ${d} ${written}, был перенесен из-за карантина`, { kind: 'unparsed', reason: /срок перенесён/ });
          addAs(`Международный день был установлен ${d} ${written} в 1992 году`, on(`1992-${pad(m)}-${d}`));
          addAs(`до ${d}${written} ${2022}`, by(`2022-${pad(m)}-${d}`));
        }
        addAs(`Сочи. ${d} ${abbr}. ИНТЕРФАКС - с 1 по 5 ${MONTHS_GEN[(m % 12)]} пройдет олимпиада`, range(`2021-${pad((m % 12) + 1)}-01`, `2021-${pad((m % 12) + 1)}-05`));
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 263: a month\'s abbreviation after its day is the month\'s whole name',
  rows: () => distinctRows(sections()),
};
