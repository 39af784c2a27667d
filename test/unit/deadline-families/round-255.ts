/**
 * Round 255 (corpus-real-226, pay and stimulating payments in education), three rules:
 * - a number that closes its sentence is no date when no date can have it: five to seven figures after a comma, a colon or a date line
 *   («…, Санкт-Петербург, 190000.», a view count «07.10.2021 19:04 43740») or three or four figures that cannot be a year after a word of quantity («при общем количестве
 *   школ более 600.») are labels, as round 61 reads them before a word (they were `unparsed`, «непонятное число …»);
 * - «до» before a noun of a level or an amount («до уровня / размера / величины / значения / суммы / показателя …») is how far a pay is
 *   raised, not «до <year>» for a year later in the sentence (it was `by` the year before);
 * - «… распространяется на правоотношения, возникшие с <дня>» after «после <события>» is the day an act applies from, open-ended, as the
 *   same words after «со дня его подписания» read (it was the `event`).
 * Pins: a number with no word of quantity before it, a number glued to a fraction, a year after «до уровня», a day after «после» with
 * nothing between, and «со дня его подписания» read as before.
 */
import { distinctRows, by, ev, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (m: number, d: number, y = 2021): string => `${y}-${pad(m)}-${pad(d)}`;
const from = (start: string, due: string | null = '2021-12-31'): Expect => ({ kind: 'ongoing', start, due });

/** (month, day) pairs of deadlines in 2021 */
const DAYS: Array<[number, number]> = [[5, 1], [6, 8], [9, 1], [10, 15], [12, 25]];
const POSTCODES = ['190000', '620026', '367032', '101000', '443099'];
const CITIES = ['Санкт-Петербург', 'г. Екатеринбург', 'г. Махачкала', 'Москва', 'г. Самара'];
const VIEWS = ['43740', '15218', '10234', '99999', '120456'];
const QUANTITY = ['более', 'свыше', 'около', 'почти', 'порядка', 'менее'];
const COUNTS = ['600', '350', '1200', '750', '8500', '125'];

const RAISE = ['подтянуть', 'довести', 'повысить', 'увеличить', 'поднять'];
const LEVEL = ['уровня', 'размера', 'величины', 'значения', 'суммы', 'показателя'];
const WHAT = ['средней зарплаты по региону', 'зарплат учителей', 'оплаты труда педагогов', 'минимального размера оплаты труда'];
const YEARS = [2013, 2019, 2022, 2024];

const SUBJECTS = ['Постановление', 'Настоящее решение', 'Приказ', 'Положение'];
const EVENTS = ['его официального опубликования', 'официального опубликования', 'его подписания', 'его опубликования в газете'];
const APPLIES = [
  'и распространяется на правоотношения, возникшие',
  'и распространяет свое действие на правоотношения, возникшие',
  'и распространяющейся на правоотношения возникшие',
  'и распространяется на правоотношения, возникшие',
];
/** (year, month, day) of the start an act reaches back to */
const STARTS: Array<[number, number, number]> = [[2016, 1, 1], [2020, 9, 1], [2016, 7, 1], [2021, 3, 15], [2023, 1, 1]];

const PINS: Row[] = [
  // a number with no word of quantity before it, closing the text: unread as before
  ['Всего 600.', { kind: 'unparsed', reason: /непонятное число «600»/ }],
  // a number glued to a fraction is no closing number
  ['Сумма 150000,50', { kind: 'unparsed', reason: /непонятное число «150000»/ }],
  // five figures with no comma, colon or date line before them, and a year glued to a day (round 144), stay unread
  ['отчёт 12345', { kind: 'unparsed', reason: /непонятное число «12345»/ }],
  ['18 октября 202218', { kind: 'unparsed', reason: /непонятное число/ }],
  // a postcode before the deadline, as before
  ['Индекс 190000, срок до 1 мая', by('2021-05-01')],
  // a count before a word (round 61), as before
  ['До 2024 года в школах России будет создано 19950 центров', by('2023-12-31')],
  // a year after «до уровня» is still «до» the year (which level a year names is not said)
  ['до уровня 2019 года', by('2018-12-31')],
  ['Повысить до уровня 100 % до 1 сентября', by('2021-09-01')],
  ['До 15 мая довести до уровня', by('2021-05-15')],
  ['до 2013 года', by('2012-12-31')],
  // a day right after «после» anchors the offset, as before
  ['Выплата производится после опубликования 1 июля', ev('опубликования')],
  ['После проведения олимпиады 15 мая', ev('олимпиады')],
  // «со дня его подписания», as before
  ['Постановление вступает в силу со дня его подписания и распространяется на правоотношения, возникшие с 1 января 2016 года.', from('2016-01-01')],
  // nothing read at all stays unread
  ['Заработная плата выплачивается в кассе', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a postcode or a view count closing the text', () => {
      for (let k = 0; k < POSTCODES.length; k++) {
        const [m, d] = DAYS[k]!;
        add(`Документы направляются до ${d} ${GEN[m - 1]} по адресу: Комитет по образованию, ул. Ленина, д. 8, ${CITIES[k]}, ${POSTCODES[k]}`, by(iso(m, d)));
        add(`с ${d} по ${d + 2} ${GEN[m - 1]} направляет документы в Комитет по адресу: ${CITIES[k]}, ${POSTCODES[k]}`, range(iso(m, d), iso(m, d + 2)));
        addAs(`${pad(d)}.${pad(m)}.2021 19:04 ${VIEWS[k]}`, on(iso(m, d)));
        addAs(`${pad(d)}.${pad(m)}.2021 ${VIEWS[k]}`, on(iso(m, d)));
      }
    });
    section('a count after a word of quantity closing the sentence', () => {
      for (let q = 0; q < QUANTITY.length; q++)
        for (let k = 0; k < COUNTS.length; k++) {
          const [m, d] = DAYS[(q + k) % DAYS.length]!;
          add(`С ${d} ${GEN[m - 1]} выплату будут получать педагоги школ, всего учреждений ${QUANTITY[q]} ${COUNTS[k]}`, from(iso(m, d)));
          add(`Выплаты будут перечислены до ${d} ${GEN[m - 1]}, получателей ${QUANTITY[q]} ${COUNTS[k]}`, by(iso(m, d)));
        }
    });
    section('«до» before a noun of a level, then a year', () => {
      for (const v of RAISE)
        for (let k = 0; k < LEVEL.length; k++) {
          const y = YEARS[(RAISE.indexOf(v) + k) % YEARS.length]!;
          const w = WHAT[k % WHAT.length]!;
          add(`${v} зарплату педагогов до ${LEVEL[k]} ${w} в ${y} году`, range(`${y}-01-01`, `${y}-12-31`));
          add(`Зарплату воспитателей было велено ${v} до ${LEVEL[k]} ${w} в ${y} году`, range(`${y}-01-01`, `${y}-12-31`));
          add(`${v} зарплату до ${LEVEL[k]} ${w} до 1 сентября`, by('2021-09-01'));
        }
    });
    section('«после <события> и распространяется на правоотношения, возникшие с <дня>»', () => {
      for (const s of SUBJECTS)
        for (let k = 0; k < EVENTS.length; k++) {
          const [y, m, d] = STARTS[(SUBJECTS.indexOf(s) + k) % STARTS.length]!;
          const e = from(iso(m, d, y), y <= 2021 ? '2021-12-31' : null);
          add(`${s} вступает в силу после ${EVENTS[k]} ${APPLIES[k]} с ${d} ${GEN[m - 1]} ${y} года`, e);
          addAs(`${s} вступает в силу после ${EVENTS[k]} ${APPLIES[k]} с ${pad(d)}.${pad(m)}.${y}`, e);
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 255: closing numbers that no date has, «до уровня …», and the day an act applies from after «после <события>»',
  rows: () => distinctRows(sections()),
};
