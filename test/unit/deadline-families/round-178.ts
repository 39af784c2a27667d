/**
 * Round 178 (corpus-real-164: the money and reporting side of schools and kindergartens — municipal tasks and their report forms, ПФХД,
 * procurement plans, bus.gov.ru, statistical forms). Five classes the set's first run missed, as legal databases, report forms and
 * signature stamps write them:
 * - a full date after «с изменениями [и дополнениями] на[:]» is the date of a text's edition, a label like round 160's «Редакция от …»
 *   (it was `on` that day); a start of force after it is read as before.
 * - a date after «от» with an edition in brackets right after it — «(ред. от …)», «(в ред. …)», «(в редакции от …)», «(с изменениями на
 *   …)» — is an act's date, a label (it was `on` that day).
 * - the field's name «Периодичность» before a periodicity adjective, with a colon, a dash or a form's underscore between, is the
 *   «Периодичность» cell: a repeat (it was `unparsed`).
 * - figures glued to a form's underscores after «за» are a blank year, no offset's count (it was `event`).
 * - a date whose separators are escaped with backslashes («2023\-01\-18», «18\.01\.2023»), its clock after «T» or not, is that date (it
 *   was `unparsed`).
 * Pins: «с изменениями и дополнениями от <date>», a title's year before the edition, «от <date>» with no edition after it, a bracket that
 * is no edition, a lone periodicity adjective and the field's name alone, «за N дней до …», «годовой отчёт», an ISO date with a plain
 * clock read as before.
 * The first template of each class is the set's real row (its source in corpus-real-164.tsv).
 */
import type { Deadline } from '../../../src/lib/deadline';
import { ev, on, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the words before the edition's date */
const CHANGES_ON = ['(с изменениями на', 'с изменениями на', '(с изменениями на:', '(с изменениями и дополнениями на', '(С изменениями на', 'с изменениями и дополнениями на:'];
/** the edition's dates, in words and figures, with their year words */
const EDITION_DATES = ['8 апреля 2015 года', '6 марта 2024 года', '01.04.2015', '17.12.2015 г.', '26 сентября 2014 г.', '10 октября 2024 года'];
/** the titles the edition line closes (none: the line alone) */
const TITLES = [
  '',
  'Об утверждении порядка предоставления информации государственным (муниципальным) учреждением ',
  'О порядке формирования муниципального задания в отношении муниципальных учреждений города Иркутска ',
  'ОБ УСТАНОВЛЕНИИ ФОРМ ОТЧЕТНОСТИ ',
  'Об утверждении Порядка определения объема и условий предоставления субсидий на иные цели ',
];
/** a start of force after the edition line, and the day it names */
const IN_FORCE: Array<[string, string]> = [
  [' (редакция, действующая с 1 января 2017 года)', '2017-01-01'],
  [' — действует с 01.04.2020', '2020-04-01'],
];

const CHANGES_PINS: Row[] = [
  // the amending act's day after «с изменениями и дополнениями от» is read as before
  ['(с изменениями и дополнениями от 22.12.2023г.)', on('2023-12-22')],
  // a title's year before the edition line is the title's window, as before
  ['О бюджете на 2021 год (с изменениями на 10 февраля 2021 года)', { kind: 'range', start: '2021-01-01', due: '2021-12-31' }],
  // a day after «на» with no edition before it stays the day
  ['на 8 апреля 2015 года', on('2015-04-08')],
  ['(на 8 апреля 2015 года)', on('2015-04-08')],
];

/** the acts and forms whose date an edition follows */
const ACTS = ['Форма 1-ДО', 'Форма 85-К', 'Положение', 'Порядок', 'Инструкция', 'Постановление администрации'];
/** the act's dates */
const ACT_DATES = ['20.07.2011', '30.07.2021', '18 июля 2019 года', '06.11.2014 г.'];
/** the editions in brackets after it */
const EDITIONS_AFTER = ['(ред. от 02.02.2012)', '(в ред. от 17.12.2021)', '(ред. от 03.12.2015)', '(в редакции от 12.10.2010)', '(с изменениями на 1 марта 2022 года)', '(в ред. Постановления от 05.05.2016 N 12)'];

const ACT_PINS: Row[] = [
  // «от <date>» with no edition after it stays the day, as before
  ['Форма 85-К от 30.07.2021', on('2021-07-30')],
  ['от 20.07.2011 (на сайте)', on('2011-07-20')],
  ['Форма 85-К от 11.08.2009', on('2009-08-11')],
];

/** the field's name as forms write it, the marks between it and the adjective, and the adjectives with their repeats */
const FIELD_NAMES = ['Периодичность', 'периодичность', 'ПЕРИОДИЧНОСТЬ'];
const FIELD_MARKS = [' _', ' ', ': ', ' - ', ' — ', ': _'];
const ADJECTIVES: Array<[string, Deadline['every']]> = [
  ['квартальная', 'quarter'],
  ['Квартальная', 'quarter'],
  ['месячная', 'month'],
  ['годовая', 'year'],
  ['недельная', 'week'],
  ['полугодовая', null],
  ['квартальный', 'quarter'],
];

const FIELD_PINS: Row[] = [
  // the adjective alone, as round 11 read it
  ['Квартальная', rec('quarter')],
  ['Годовая', rec('year')],
  // the field's name alone, and an adjective before a noun, name no repeat
  ['Периодичность', unread],
  ['годовой отчёт', unread],
  // the adverb after the field's name, as before
  ['Периодичность ежеквартально', rec('quarter')],
];

/** what stands before the blank year, and the blanks */
const BLANK_LEADS = ['за', 'За'];
const BLANK_YEARS = ['20____ год', '20__ г.', '20___ год', '20____год', '20_ г.', '20__г.'];
/** a blank year is no date: the stray figures stay unread */
const strayTwenty: Expect = { kind: 'unparsed', reason: /непонятное число «20»/ };

const BLANK_PINS: Row[] = [
  // a span after «за» before an event is an offset, as before
  ['за 10 дней до начала', ev('начала')],
  ['за 20 дней до проведения', ev('проведения')],
  ['За 2 недели до экзамена', ev('экзамена')],
  // a filled year after «за» is that year's
  ['за 2024 год', { kind: 'range', start: '2024-01-01', due: '2024-12-31' }],
];

/** escaped dates and the day each names */
const ESCAPED: Array<[string, string]> = [
  ['2023\\-01\\-18', '2023-01-18'],
  ['2022\\-12\\-27', '2022-12-27'],
  ['2024\\-09\\-02', '2024-09-02'],
  ['18\\.01\\.2023', '2023-01-18'],
  ['5\\.09\\.2021', '2021-09-05'],
];
/** the clock after it, escaped or not */
const ESCAPED_CLOCKS = ['', '\\T11:21:28', '\\T09:05:00', 'T23:59:01', '\\T10\\:15\\:00'];
/** the field before it */
const STAMP_LEADS = ['', 'Время подписания: ', 'Дата подписания: ', 'Подписано '];

const ESCAPED_PINS: Row[] = [
  // an ISO date and its clock written plainly, as before
  ['2023-01-18T11:21:28', on('2023-01-18')],
  ['Время подписания: 2023-01-18', on('2023-01-18')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a date after «с изменениями на» is the edition\'s, a label', () => {
      addAs('(с изменениями на 8 апреля 2015 года)', unread);
      addAs('О порядке формирования муниципального задания в отношении муниципальных учреждений города Иркутска и финансового обеспечения выполнения муниципального задания (с изменениями на 6 марта 2024 года)', unread);
      addAs('Об утверждении порядка предоставления информации государственным (муниципальным) учреждением, ее размещения на официальном сайте в сети Интернет и ведения указанного сайта (с изменениями на 17 декабря 2015 года) (редакция, действующая с 1 января 2017 года)', { kind: 'ongoing', start: '2017-01-01', due: '2021-12-31' });
      for (const title of TITLES)
        for (const lead of CHANGES_ON)
          for (const date of EDITION_DATES) {
            const close = lead.startsWith('(') ? ')' : '';
            addAs(`${title}${lead} ${date}${close}`, unread);
            for (const [after, start] of IN_FORCE) addAs(`${title}${lead} ${date}${close}${after}`, { kind: 'ongoing', start, due: '2021-12-31' });
          }
    });
    section('the edition after «с изменениями на»: pins', () => CHANGES_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an act\'s date with its edition in brackets after it is a label', () => {
      addAs('Форма 1-ДО от 20.07.2011 (ред. от 02.02.2012)', unread);
      for (const act of ACTS)
        for (const date of ACT_DATES)
          for (const edition of EDITIONS_AFTER) {
            addAs(`${act} от ${date} ${edition}`, unread);
            addAs(`— ${act} от ${date} ${edition}`, unread);
          }
    });
    section('the act\'s date before an edition: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the field\'s name «Периодичность» before a periodicity adjective is the cell, a repeat', () => {
      addAs('Периодичность _квартальная', rec('quarter'));
      for (const name of FIELD_NAMES)
        for (const mark of FIELD_MARKS)
          for (const [adjective, every] of ADJECTIVES) add(`${name}${mark}${adjective}`, rec(every));
    });
    section('the periodicity field: pins', () => FIELD_PINS.forEach(([t, e]) => addAs(t, e)));
    section('figures glued to a form\'s underscores after «за» are a blank year, no offset', () => {
      addAs('за 20____ год', strayTwenty);
      for (const lead of BLANK_LEADS)
        for (const blank of BLANK_YEARS) {
          addAs(`${lead} ${blank}`, strayTwenty);
          addAs(`${lead} ${blank};`, strayTwenty);
        }
    });
    section('the blank year after «за»: pins', () => BLANK_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a date with backslash-escaped separators is that date', () => {
      addAs('Время подписания: 2023\\-01\\-18\\T11:21:28', on('2023-01-18'));
      for (const lead of STAMP_LEADS)
        for (const [date, day] of ESCAPED)
          for (const clock of ESCAPED_CLOCKS) {
            if (clock && date.includes('.')) continue; // a clock with «T» follows an ISO date only
            addAs(`${lead}${date}${clock}`, on(day));
          }
    });
    section('the escaped date: pins', () => ESCAPED_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 178: the date of a text\'s edition after «с изменениями на»; an act\'s date with its edition in brackets after it; «Периодичность» before a periodicity adjective; a form\'s blank year after «за»; a date with backslash-escaped separators',
  rows: () => sections().flatMap(([, rows]) => rows),
};
