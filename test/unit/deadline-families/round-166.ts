/**
 * Round 166 (corpus-real-154: children's additional education — кружки и секции, сертификаты ПФДО, the «Навигатор», внеурочная
 * деятельность, приём and зачисление in объединения, the centres «Точка роста»). Six classes the set's first run missed, as the pages of
 * houses of children's creativity, their Положения and calendar graphs, and the news of «Точка роста» write them:
 * - «при записи / переписи …» inside a sentence is an event, like «при зачислении …» (round 10's «при <событии>»; it was `unparsed`).
 * - a span of years after «за» with no «до / перед / после / с / от» after it — «за два года», «за 5 лет» — is how long the work took,
 *   the time the figures cover, not an offset before an event (it was `event`).
 * - numbers right after «школа» in any case, one or a list joined by «и» or commas, are the schools' numbers, labels like «СОШ 19» (it
 *   was `unparsed`, «непонятное число «276»»).
 * - a span right after a dash that follows the word of a period («года», «периода», …) is that period's length, a label: «в течение
 *   всего календарного года – 36 недель» is open-ended (it was `unparsed`, a bare span).
 * - an underscore of a form's blank glued before the year of a quoted day and the month's figures: ««26» 08. _2022г.» is that day (it
 *   was `unparsed`).
 * - a dot glued between the figures of an act's number belongs to the number: «№ 101.1/01-05» is no day (it was `on` 2021-01-01).
 * Pins: offsets with their «до», dates after «школа», counts of times, bare spans, a form's date without its underscore, an act's number
 * with slashes only read as before.
 * The first template of each class is the set's real row (its source in corpus-real-154.tsv).
 */
import { bareSpan, ev, iso, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** no date read: the plain message, or a figure's «непонятное число» or a bare span's message when the span is written in figures («за 2 года», «за 5 лет») */
const noDate: Expect = { kind: 'unparsed', reason: /не удалось распознать срок|непонятное число|срок отсчитывается от события/ };

/** what is done when a child is written down, and the verbal nouns after «при» */
const RECORD_LEADS = ['Перевод статуса происходит автоматически', 'Сертификат активируется', 'Родители предъявляют свидетельство о рождении', 'Договор об обучении заключается'];
const RECORD_NOUNS = ['записи', 'переписи'];
const RECORD_OBJECTS = ['обучающегося на программы из реестра сертифицированных программ', 'ребёнка на кружок или секцию', 'в объединение', 'детей на программу дополнительного образования'];

const RECORD_PINS: Row[] = [
  // the verbal nouns that were events already
  ['Перевод статуса происходит автоматически при зачислении обучающегося на программу', ev('при зачислении')],
  ['при поступлении на работу', ev('при поступлении')],
  // a written note of an entry that is no «при»
  ['Запись в кружки продолжается.', ongoing],
];

/** spans of years after «за», and what the sentence says was done in them */
const YEAR_SPANS = ['два года', '2 года', 'три года', '3 года', 'пять лет', '5 лет', 'десять лет', '10 лет'];
const YEAR_DONE: Array<(span: string) => string> = [
  (span) => `122 центра «Точка роста» открыли в Смоленской области за ${span}`,
  (span) => `Более 40 новых кружков открыто в районе за ${span}`,
  (span) => `В регионе за ${span} создано 3 тысячи новых мест дополнительного образования`,
  (span) => `Количество детей в объединениях за ${span} выросло вдвое`,
];

const YEAR_PINS: Row[] = [
  // an offset with its «до» after the span stays one
  ['за 2 года до окончания срока действия сертификата', ev('за 2 года до окончания срока')],
  ['не позднее чем за 2 недели до начала занятий', ev('за 2 недели до начала занятий')],
  ['за 10 дней до начала учебного года', ev('за 10 дней до начала учебного года')],
  // a year in figures after «за» is the year covered, as before
  ['Отчет за 2020 год', range('2020-01-01', '2020-12-31')],
];

/** what happened to the pupils of the schools named, and the day or window it names */
const SCHOOL_LEADS: Array<[string, { start: string; due: string } | string]> = [
  ['С 6 по 8 сентября Дом детского творчества радушно встречал учащихся', { start: '2021-09-06', due: '2021-09-08' }],
  ['15 сентября в Доме детского творчества побывали ученики', '2021-09-15'],
  ['20 октября прошла встреча педагогов центра с учащимися', '2021-10-20'],
];
/** «школа» in its cases with one number or a list of them */
const SCHOOL_NUMBERS = ['школ 276 и 279', 'школы 117', 'школ 12, 15 и 101', 'школы 45', 'школ 4 и 7'];

const SCHOOL_PINS: Row[] = [
  // a date after «школа» is a date
  ['в школе 5 и 6 мая', on('2021-05-06', '2021-05-05')],
  ['в школе 1 сентября', on('2021-09-01')],
  // a count of times after «школы» is a count
  ['школы 2 раза в год', rec('year')],
];

/** what runs over a period, the period's words and the dash and length after them */
const PERIOD_LEADS = ['Занятия с детьми проходят в течение всего календарного года', 'Объединения работают в течение учебного года', 'Обучение ведётся в течение всего учебного года', 'Кружки работают в течение всего периода'];
const DASHES = ['–', '-', '—'];
const LENGTHS = ['36 недель', '34 недели', '52 недели', '9 месяцев'];

const PERIOD_PINS: Row[] = [
  // a bare span names no event, as before
  ['36 недель', bareSpan],
  ['в течение 36 недель', bareSpan],
  // the length after its noun read so already
  ['продолжительность учебного года – 36 недель', unread],
];

/** a form's day in quotes, the month's figures, the gap with its underscores and the year */
const FORM_DAYS = ['26', '01', '30', '5'];
const FORM_MONTHS = ['08', '09', '12'];
const FORM_GAPS = ['. _', '._', ' _', '. __'];
const FORM_YEARS: Array<[string, number]> = [['2022г.', 2022], ['2021 г.', 2021], ['2019', 2019]];

const FORM_PINS: Row[] = [
  // the same form's date with no underscore read so already (round 158)
  ['«26» 08. 2022г.', on('2022-08-26')],
  ['Протокол № 1 от «26 » 08. 2022г.', on('2022-08-26')],
  // a blank form names no date
  ['«__» ____ 20__ г.', { kind: 'unparsed', reason: /дата не заполнена/ }],
];

/** the issued acts, their dates and numbers with a dot glued inside */
const DOTTED_ACTS = ['Приказ', 'приказ', 'Распоряжение', 'Постановление администрации района'];
const DOTTED_DATES = ['от 23.03.2020 г', 'от 23.03.2020', 'от 1 сентября 2021 г.', 'от 15.01.2019 года'];
const DOTTED_NUMBERS = ['101.1/01-05', '12.3/01-07', '45.2', '1.1/15'];

const DOTTED_PINS: Row[] = [
  // an act's number with slashes or dashes only read so already
  ['Приказ от 23.03.2020 г № 101/01-05', unread],
  ['приказ от 17.04.2019 г №01-07/159', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«при записи / переписи …» inside a sentence is an event', () => {
      addAs('Перевод статуса происходит автоматически при записи обучающегося на программы из реестра сертифицированных программ.', ev('при записи'));
      addAs('Родители столкнулись с тем, что теперь при записи ребёнка на кружок или секцию необходимо оформлять сертификат дополнительного образования.', ev('при записи'));
      for (const lead of RECORD_LEADS)
        for (const noun of RECORD_NOUNS)
          for (const object of RECORD_OBJECTS) add(`${lead} при ${noun} ${object}`, ev(`при ${noun}`));
    });
    section('«при записи»: pins', () => RECORD_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a span of years after «за» with no anchor after it is no offset', () => {
      addAs('122 центра «Точка роста» открыли в Смоленской области за два года', unread);
      for (const span of YEAR_SPANS) for (const done of YEAR_DONE) add(done(span), noDate);
    });
    section('a span of years after «за»: pins', () => YEAR_PINS.forEach(([t, e]) => addAs(t, e)));
    section('numbers right after «школа» are the schools\' numbers, labels', () => {
      addAs('С 6 по 8 сентября Дом детского творчества радушно встречал учащихся школ 276 и 279.', range('2021-09-06', '2021-09-08'));
      for (const [lead, when] of SCHOOL_LEADS)
        for (const numbers of SCHOOL_NUMBERS) {
          const e = typeof when === 'string' ? on(when) : range(when.start, when.due);
          addAs(`${lead} ${numbers}`, e);
          addAs(`${lead} ${numbers}.`, e);
        }
    });
    section('numbers after «школа»: pins', () => SCHOOL_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a span after a dash that follows a period\'s word is the period\'s length', () => {
      addAs('Занятия с детьми проходят в течение всего календарного года – 36 недель.', ongoing);
      for (const lead of PERIOD_LEADS)
        for (const dash of DASHES)
          for (const length of LENGTHS) {
            addAs(`${lead} ${dash} ${length}`, ongoing);
            addAs(`${lead} ${dash} ${length}.`, ongoing);
          }
    });
    section('a period\'s length: pins', () => PERIOD_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an underscore of a form\'s blank before the year of a quoted day and month', () => {
      addAs('«26» 08. _2022г.', on('2022-08-26'));
      for (const day of FORM_DAYS)
        for (const month of FORM_MONTHS)
          for (const gap of FORM_GAPS)
            for (const [year, y] of FORM_YEARS) addAs(`«${day}» ${month}${gap}${year}`, on(iso(Number(month), Number(day), y)));
    });
    section('a form\'s underscore: pins', () => FORM_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a dot glued between the figures of an act\'s number belongs to it', () => {
      addAs('(Приказ Управления образования администрации Каменского района Пензенской области от 23.03.2020 г № 101.1/01-05)', unread);
      for (const act of DOTTED_ACTS)
        for (const date of DOTTED_DATES)
          for (const number of DOTTED_NUMBERS) {
            addAs(`${act} ${date} № ${number}`, unread);
            addAs(`(${act} ${date} № ${number})`, unread);
          }
    });
    section('an act\'s number: pins', () => DOTTED_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 166: «при записи» inside a sentence; a span of years after «за» with no anchor; numbers after «школа»; a period\'s length after a dash; a form\'s underscore before the year; a dot inside an act\'s number',
  rows: () => sections().flatMap(([, rows]) => rows),
};
