/**
 * Round 270 (corpus-real-229's and corpus-real-57's known misses): the place an act was issued, written between its date and its
 * number, leaves the date the act's — «от 13 декабря 2023 г. с. Бея № 145/1» and «ПРИКАЗ. «09» января 2017г. с.п. Солнечный. № 20.» →
 * `unparsed` (they were `on` the act's day). A kind of settlement with its dot («с.», «п.», «пос.», «пгт.», «д.», «ст.», «х.», «г.», or
 * none) and a name of one or two words (a hyphen inside one), a dot after it or none, then «№» and a number. Pins: a meeting's record
 * after its date stays the meeting's day (round 40); a date with no act before it or no «№» after the place reads as before.
 */
import { distinctRows, MONTHS_GEN, by, on, pad, sectionsOf, unread, type Family, type Row } from './kit';

const PLACES = ['с. Бея', 'п. Новый', 'пос. Солнечный', 'пгт. Ноглики', 'д. Ивановка', 'ст. Кавказская', 'х. Весёлый', 'г. Кропоткин', 'с.п. Солнечный', 'рп. Чистоозёрное', 'Ханты-Мансийск', 'г. Ханты-Мансийск', 'с. Верхний Услон'];

const PINS: Row[] = [
  // a meeting's record after its date: the meeting's day (round 40)
  ['от 31 августа 2022 года протокол № 1', on('2022-08-31')],
  ['от 30.08.2013г. протокол №1', on('2013-08-30')],
  // the number right after the date, as before
  ['от 13.12.2023 № 12', unread],
  ['от 13 декабря 2023 г. № 145/1 с. Бея', unread],
  // no act: a deadline before a place and a number
  ['до 13 декабря 2023 г. школа № 5', by('2023-12-13')],
  ['до 13 декабря 2023 г. с. Бея', by('2023-12-13')],
  // a place and no number after it: the day, as before
  ['13 декабря 2023 г. с. Бея прошёл сход граждан', on('2023-12-13')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an act\'s date, a place, its number', () => {
      PLACES.forEach((place, k) => {
        const d = 10 + k;
        const m = (k % 12) + 1;
        const number = `${100 + k}${k % 2 === 0 ? '/1' : ''}`;
        add(`от ${d} ${MONTHS_GEN[m - 1]} 2023 г. ${place} № ${number}`, unread);
        add(`от ${d}.${pad(m)}.2023 г. ${place}. № ${number}`, unread);
        addAs(`Постановление администрации от ${d}.${pad(m)}.2023 ${place} № ${number}`, unread);
        addAs(`ПРИКАЗ. «${pad(d)}» ${MONTHS_GEN[m - 1]} 2017г. ${place}. № ${number}.`, unread);
        addAs(`Решение Совета депутатов от ${d} ${MONTHS_GEN[m - 1]} 2023 года ${place} N ${number}`, unread);
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 270: a place between an act\'s date and its number leaves the date the act\'s',
  rows: () => distinctRows(sections()),
};
