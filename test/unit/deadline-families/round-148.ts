/**
 * Round 148 (corpus-real-136: teachers' professional contests and awards — «Учитель года», «Воспитатель года», «Педагогический
 * дебют», premiums to the best teachers, state and departmental awards). Two classes the set's first run missed, as contest news writes
 * them:
 * - a length of service after «стаж* / опыт*» — «со стажем работы до трех лет», «имеющие стаж работы … не менее 15 лет», «с опытом
 *   работы от года до пяти лет» — is who may take part, a label like an age: the time of the sentence is read as if it were not there
 *   («В этом году … со стажем работы до трех лет» was `by` 2020-12-31, «В этом году … со стажем до 5 лет» a bare span);
 * - days of the month a contest was moved to, written outside the move, before or after it — «10-15 февраля … перенесенного с ноября
 *   на февраль», «…, перенесённый с апреля на май, пройдет 20 мая» — are the new time, the month after «на» only names their month and its year is their year (it was the whole month, or a window from
 *   the days of the year before to the month's end).
 * Pins: an age and a start after «стаж» read as before; «стажировка» is no length of service; a move with no day of the new month
 * and a day of another month read as before; a year of the new month that the period puts the days out of keeps the month.
 * The first template of each class is the set's real row (its source in corpus-real-136.tsv).
 */
import { by, iso, MONTHS_GEN, MONTHS_NOM, on, range, sectionsOf, unread, type Family, type Row } from './kit';

const YEAR: [string, string] = ['2021-01-01', '2021-12-31'];
/** the time a sentence names, and what it reads as */
const TIMES: Array<[string, Row[1]]> = [
  ['В этом году', range(...YEAR)],
  ['В нынешнем году', range(...YEAR)],
  ['До 15 мая', by('2021-05-15')],
  ['15 марта', on('2021-03-15')],
  ['С 1 по 10 февраля', range('2021-02-01', '2021-02-10')],
];
/** who takes part */
const WHO = ['в конкурсе участвуют педагоги', 'заявки подают учителя', 'свои силы испытали 54 педагога'];
/** the noun of service and the words after it */
const SERVICE = ['со стажем', 'со стажем работы', 'со стажем педагогической работы', 'имеющие стаж работы в сфере образования', 'с опытом работы', 'с педагогическим стажем'];
/** the length */
const LENGTHS = ['до трех лет', 'до трёх лет', 'до 3 лет', 'до 3-х лет', 'не менее 3 лет', 'не более 5 лет', 'от 1 года до 5 лет', 'от года до пяти лет', 'свыше 10 лет', 'более 20 лет', '5 лет', 'не менее пятнадцати лет'];

const SERVICE_PINS: Row[] = [
  // with no time in the sentence nothing is read (the first was a bare span, «срок отсчитывается от события: «15 лет»»)
  ['Лауреаты должны иметь стаж работы не менее 15 лет', unread],
  ['со стажем работы до трех лет', unread],
  // an age reads as before (round 117), and a start after «стаж … исчисляется» is still a start
  ['учителя в возрасте до 35 лет', unread],
  ['стаж исчисляется с 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // «стажировка» is no length of service: its count is read as before
  ['В этом году стажировка длится 2 года', { kind: 'unparsed', reason: /непонятное число «2»/ }],
  // a span after a noun that is not «стаж / опыт» reads as before
  ['Документы действительны в течение 3 лет', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
];

/** what happens on the days */
const EVENTS = ['пройдет финал конкурса', 'состоится региональный этап', 'пройдут очные испытания'];
/** how the move is said */
const MOVES = [', перенесенного', ', перенесённого', ', который перенесли', ' — его перенесли'];
/** [new month, old month, old month's year, new month's year] */
const PAIRS: Array<[number, number, string, string]> = [
  [2, 11, ' 2020 года', ' 2021 года'],
  [2, 11, '', ''],
  [6, 4, '', ''],
  [6, 4, ' 2021 года', ' 2021 года'],
  [10, 5, '', ''],
  [12, 3, ' 2021 г.', ' 2021 г.'],
];

const MOVE_PINS: Row[] = [
  // no day of the new month: the month is the new time (round 126)
  ['Финал перенесли с ноября 2020 года на февраль 2021 года.', range('2021-02-01', '2021-02-28')],
  ['Финал перенесли с апреля на май', range('2021-05-01', '2021-05-31')],
  // a day of another month reads as before
  ['15 марта пройдет финал, перенесенный с ноября на февраль.', range('2021-02-01', '2021-03-15')],
  // a day of the new month written after the move is the new time too (it was the whole of May)
  ['Финал, перенесённый с апреля на май, пройдет 20 мая.', on('2021-05-20')],
  // the new month's year outside the period: the month, as before
  ['Финал, перенесённый с ноября 2021 года на февраль 2022 года, пройдет 10 февраля.', range('2022-02-01', '2022-02-28')],
  // a time not named leaves no date (round 126)
  ['Проведение регионального этапа конкурса переносится с апреля на более поздние сроки.', { kind: 'unparsed', reason: /срок перенесён, новый не назван/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a length of service after «стаж* / опыт*» is a label, the time of the sentence is read', () => {
      addAs('В этом году свои силы в конкурсе испытали 54 педагога со стажем работы до трех лет.', range(...YEAR));
      for (const [time, expected] of TIMES)
        for (const who of WHO)
          for (const service of SERVICE)
            for (const length of LENGTHS) add(`${time} ${who} ${service} ${length}`, expected);
    });
    section('a length of service: pins', () => SERVICE_PINS.forEach(([t, e]) => addAs(t, e)));
    section('days of the month moved to, written before the move, are the new time', () => {
      addAs('Совсем скоро, 10-15 февраля в Перми пройдет финал конкурса "Воспитатель года России" - 2020, перенесенного с ноября 2020 года на февраль 2021 года в связи с пандемией.', range('2021-02-10', '2021-02-15'));
      for (const [m, old, oldYear, newYear] of PAIRS)
        for (const ev of EVENTS)
          for (const move of MOVES) {
            const tail = `${move} с ${MONTHS_GEN[old - 1]}${oldYear} на ${MONTHS_NOM[m - 1]}${newYear}`;
            add(`10-15 ${MONTHS_GEN[m - 1]} ${ev}${tail}`, range(iso(m, 10), iso(m, 15)));
            add(`20 ${MONTHS_GEN[m - 1]} ${ev}${tail}`, on(iso(m, 20)));
            add(`С 3 по 7 ${MONTHS_GEN[m - 1]} ${ev}${tail}`, range(iso(m, 3), iso(m, 7)));
          }
    });
    section('the month moved to: pins', () => MOVE_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 148: a length of service after «стаж* / опыт*» is a label; days of the month moved to, written before the move, are the new time',
  rows: () => sections().flatMap(([, rows]) => rows),
};
