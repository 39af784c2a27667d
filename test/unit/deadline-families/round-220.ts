/**
 * Round 220 (corpus-real-200: СПО — colleges and technical schools: graphs of the learning process, the demonstration exam and ГИА,
 * practice, admission, положения, plans and news of colleges). Seven classes, each a row of the set (its source there):
 * - a count of days opening a cell, a dash or a colon and the days in figures says how many days they are, a label («2 дня – 23.02,
 *   08.03», «1 день – 04.11», a university's column of non-working holidays);
 * - the plural «наступят / наступают» is a verb of starting and «окончится / окончатся» one of ending («… каникулы у студентов наступят
 *   25 декабря 2023 года и окончатся 8 января 2024 года.»);
 * - the end of a window written «с … до середины <месяца>» is the month's 15th, as round 59's «до середины <месяца>» alone («в период с
 *   января до середины августа 2025 года»);
 * - the number of a part of the document (up to two: «п. 67», «пункту 12», «ч. 2 ст. 5») between the preposition and the document is
 *   the same document («В соответствии с п. 67 Порядка проведения ГИА …»);
 * - an order in the instrumental with a bare «на учебный год» after it is the act that sets the thing for the year («5. Заведующий
 *   учебно-методическим кабинетом назначается приказом директора на учебный год.»);
 * - a footnote mark after a year and its «года / г.», then a comma and a word, is dropped («… от 2 сентября 2020 года 1, колледжи …»);
 * - «с» between the intransitive «прекращается» and a day says the day it ends («… прекращается с 31 декабря 2022 года …»).
 * Pins: a count of days alone or with its event, the singular «наступит», «по середину» and «в середине», a bare «в п. 3», a clause of
 * «настоящего» document, «назначается приказом» with no year, a school year with an adjective, figures after a year, the transitive
 * «прекращает».
 */
import { distinctRows, bareSpan, by, ev, on, range, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** counts of days, with the adjectives of their kind or not */
const COUNTS = ['1 день', '2 дня', '3 дня', '5 дней', '9 дней', '2 выходных дня', '3 нерабочих дня', '2 праздничных дня', '14 календарных дней'];
const COUNT_SEPS = [' – ', ' - ', ' — ', ': '];
/** the days after the count, as a graph's cell writes them */
const COUNTED: Array<[string, Expect]> = [
  ['04.11', on('2021-11-04')],
  ['23.02, 08.03', on('2021-03-08', '2021-02-23')],
  ['01.05, 09.05, 12.06', on('2021-06-12', '2021-05-01')],
  ['31.12 – 08.01', range('2021-12-31', '2022-01-08')],
  ['01.01-08.01', range('2021-01-01', '2021-01-08')],
  ['с 30.10 по 07.11', range('2021-10-30', '2021-11-07')],
];

/** holidays that begin and end */
const HOLIDAYS = ['зимние каникулы у студентов', 'каникулы', 'осенние каникулы школьников'];
const STARTING = ['наступят', 'наступают'];
const ENDING = ['окончатся', 'закончатся', 'завершатся'];
const SPANS: Array<[string, string, Expect, string]> = [
  ['25 декабря 2023 года', '8 января 2024 года', range('2023-12-25', '2024-01-08'), '2023-12-25'],
  ['30 октября', '7 ноября', range('2021-10-30', '2021-11-07'), '2021-10-30'],
  ['1 июня', '31 августа', range('2021-06-01', '2021-08-31'), '2021-06-01'],
];

/** a window that runs to the middle of a month */
const MIDDLE_FRAMES: Array<[string, number]> = [
  ['в период с {a} до середины {b}', 2021],
  ['с {a} до середины {b}', 2021],
  ['с {a} до середины {b} 2025 года', 2025],
];
const MIDDLE_STARTS: Array<[string, number, number]> = [
  ['января', 1, 1],
  ['1 февраля', 2, 1],
];
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** the number of a part of a document, by the preposition it follows */
const PARTS: Array<[string, string[]]> = [
  ['в соответствии с', ['п. 67', 'п.5.3', 'пп. 2.1', 'ч. 2 ст. 5', 'пунктом 5', 'разделом 4', 'подпунктом 2.1', 'статьей 12']],
  ['согласно', ['п. 67', 'п. 3.2', 'пункту 12', 'разделу 4', 'подпункту 2.1']],
  ['на основании', ['п. 5', 'пункта 5', 'раздела 3']],
];
/** documents in the genitive, and the reason they give */
const PART_DOCS: Array<[string, string]> = [
  ['Порядка проведения ГИА', 'порядок проведения ГИА'],
  ['Положения о практике', 'положение о практике'],
  ['приказа директора', 'приказ директора'],
  ['положения', 'положение'],
  ['графика учебного процесса', 'график учебного процесса'],
];

/** who is appointed or set up for the year, and the acts that do it */
const APPOINTED = [
  '5. Заведующий учебно-методическим кабинетом назначается',
  'Секретарь педагогического совета назначается',
  'Руководитель методического объединения назначается',
  'Председатель предметно-цикловой комиссии назначается',
  'Состав приемной комиссии создается',
];
const ACTS = ['приказом директора', 'приказом директора колледжа', 'распоряжением директора', 'приказом руководителя', 'приказом директора техникума'];

/** a footnote mark after a year */
const FOOTNOTE_FRAMES: Array<[string, Expect]> = [
  ['Согласно тексту приказа №457 Минпросвещения от 2 сентября 2020 года {n}, колледжи России начинают прием заявлений на поступление не позднее 20 июня', by('2021-06-20')],
  ['Согласно приказу № 12 от 5 апреля 2019 г. {n}, школы сдают отчеты до 1 марта', by('2021-03-01')],
  ['В соответствии с письмом № 03-1 от 10 января 2021 года {n}, прием документов завершается 15 августа', by('2021-08-15')],
];

/** what stops, how it is said, and the day */
const STOPPED = ['Прием на обучение', 'Прием заявлений', 'Подача документов', 'Выдача справок'];
const STOPS = ['прекращается', 'прекратится', 'прекращен', 'прекращена'];
const STOP_DAYS: Array<[string, string]> = [
  ['с 1 сентября', '2021-09-01'],
  ['с 31 декабря 2022 года', '2022-12-31'],
  ['с 15.08.2021', '2021-08-15'],
  ['со 2 октября', '2021-10-02'],
];

const PINS: Row[] = [
  // a count of days alone is a bare span, with its event an offset, and a span inside a sentence as before
  ['2 дня', bareSpan],
  ['10 дней со дня регистрации', ev('регистрации')],
  ['5 дней - 15 мая', on('2021-05-15')],
  // the singular «наступит» of a moment stays that day
  ['Заветный час наступит вечером 24 июня.', on('2021-06-24')],
  ['Наступит 1 сентября', on('2021-09-01')],
  // «по середину», «в середине» and the deadline alone as before
  ['с января по середину августа 2025 года', range('2025-01-01', '2025-08-20')],
  ['в середине августа', range('2021-08-11', '2021-08-20')],
  ['до середины августа', by('2021-08-15')],
  ['с 1 по 15 августа', range('2021-08-01', '2021-08-15')],
  ['с июня до конца августа', range('2021-06-01', '2021-08-31')],
  // a bare «в п. 3», a clause of the same text, and the document named with no part, as before
  ['в п. 3 положения', unread],
  ['3.2. Оплата взимается единовременным платежом в размере, установленном согласно п. 2.1 настоящего Постановления, вне зависимости от количества рабочих, нерабочих и праздничных дней в месяце.', unread],
  ['в соответствии с порядком проведения ГИА', sched('порядок проведения ГИА')],
  ['с 14 по 22 марта 2006 года согласно приложению 1', range('2006-03-14', '2006-03-22')],
  ['до 15 мая, п. 2.3 положения', by('2021-05-15')],
  // «назначается приказом» with no year after it, a school year with an adjective, and round 91's order «по <организации>»
  ['Заведующий кабинетом назначается приказом директора', unread],
  ['Заведующий кабинетом назначается приказом директора на текущий учебный год', range('2020-09-01', '2021-08-31')],
  ['Председатель комиссии назначается приказом по Учреждению на учебный год', sched('приказом по Учреждению на учебный год')],
  ['План работы на учебный год', range('2020-09-01', '2021-08-31')],
  // figures after a year that are days, and a count of times, as before
  ['от 2 сентября 2020 года 1, 2 и 3 октября', on('2020-10-03', '2020-09-02')],
  ['до 1 сентября 2021 года 1 раз, ежегодно', rec('year', 1)],
  // the transitive «прекращает» is the start of a pause, «прекращается» with no «с» by that day, «с момента …» an event
  ['С 15 мая библиотека прекращает выдачу книг', { kind: 'ongoing', start: '2021-05-15', due: '2021-12-31' }],
  ['Подача заявок прекращается 1 декабря 2016 года.', by('2016-12-01')],
  ['прекращается с момента отчисления', ev('отчисления')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count of days before the days it counts', () => {
      for (const c of COUNTS)
        for (const sep of COUNT_SEPS)
          for (const [d, e] of COUNTED) {
            addAs(`${c}${sep}${d}`, e);
            addAs(`${c}${sep}${d};`, e);
          }
    });
    section('the plural «наступят» and «окончатся»', () => {
      for (const h of HOLIDAYS)
        for (const [a, b, e, start] of SPANS) {
          for (const s of STARTING) {
            for (const f of ENDING) add(`${h} ${s} ${a} и ${f} ${b}`, e);
            add(`${h} ${s} ${a}`, { kind: 'ongoing', start, due: start.startsWith('2023') ? null : '2021-12-31' });
          }
          add(`${h} окончатся ${b}`, by(e.kind === 'range' ? e.due! : ''));
        }
    });
    section('a window to the middle of a month', () => {
      for (const [frame, year] of MIDDLE_FRAMES)
        for (const [a, am, ad] of MIDDLE_STARTS)
          for (let m = am + 1; m <= 12; m++)
            add(frame.replace('{a}', a).replace('{b}', MONTHS_GEN[m - 1]!), range(`${year}-${pad(am)}-${pad(ad)}`, `${year}-${pad(m)}-15`));
    });
    section('the number of a part of the document', () => {
      for (const [prep, parts] of PARTS)
        for (const p of parts) for (const [doc, reason] of PART_DOCS) add(`${prep} ${p} ${doc}`, sched(reason));
    });
    section('an order with a bare «на учебный год» after it', () => {
      for (const who of APPOINTED) for (const act of ACTS) addAs(`${who} ${act} на учебный год.`, sched(`${act} на учебный год`));
    });
    section('a footnote mark after a year', () => {
      for (const [frame, e] of FOOTNOTE_FRAMES) for (let n = 1; n <= 9; n++) addAs(frame.replace('{n}', String(n)) + '.', e);
    });
    section('«с» after «прекращается»', () => {
      for (const what of STOPPED) for (const v of STOPS) for (const [d, due] of STOP_DAYS) add(`${what} ${v} ${d}`, by(due));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 220: colleges — a count of days before its days, «наступят» and «окончатся», a window to the middle of a month, a part of a document, an order for the year, a footnote after a year, «прекращается с»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
