/**
 * Round 164 (corpus-real-153: the reporting deadlines of schools and kindergartens to education offices — statistical forms, reports on
 * муниципальное задание, attendance registers, the rules of class and electronic journals — and the date lines of their pages).
 * Four classes the set's first run missed, as report pages and journal rules write them:
 * - the code of a statistical form — figures, a hyphen and capital letters, «85-К», «1-ДО», «83-РИК» — right after «форма» or «отчёт» in
 *   any case, with no «№» between, is the form's name, a label: «— Форма 85-К от 11.08.2009» is that day (it was `unparsed`,
 *   «непонятное число «85»»).
 * - a night from one weekday to the next, «в ночь с <дня недели> на <день недели>», is that night of every week: «Замечания по ведению
 *   журналов формируются в ночь с воскресенья на понедельник.» is weekly (it was `ongoing`, «с воскресенья» read as a start).
 * - two two-digit years joined by «-» or «/», the second the next one, before «гг» or a school-year word are a pair of years of this
 *   century: «положение о самообслед. 22-23гг» is 2022–2023, «21-22 учебный год» the school year (they were `unparsed`).
 * - a form's blank month before a pair of years does not take the pair's first year: «за ______________ 2007/2008 учебного года» is
 *   the school year 2007/2008 (it was the calendar year 2008).
 * Pins: «форма N 85-К», «ОО-1», «1-е полугодие» after «отчёт», a weekday move «с понедельника на вторник», «с понедельника по пятницу», a
 * night between two dates, «21-22 года» (maybe an age), pairs that are not the next year, four-digit pairs, a day window, a form's blank
 * date with one year — all read as before.
 * The first template of each class is the set's real row (its source in corpus-real-153.tsv).
 */
import { by, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** what stands before the form's code */
const FORM_HEADS = ['форма', 'Форма', 'ФОРМА', 'по форме', 'формы', 'формой', 'отчет', 'отчёт', 'Отчет по форме', 'сведения по форме'];
/** statistical forms' codes of schools and kindergartens */
const FORM_CODES = ['85-К', '1-ДО', '83-РИК', '1-НД', '3-ДО', '1-ФК', '76-РИК'];
/** what follows the code, with the reading it gives */
const FORM_TAILS: Array<[string, Expect]> = [
  [' от 11.08.2009', on('2009-08-11')],
  [' до 20 января', by('2021-01-20')],
  [' сдается до 5 октября', by('2021-10-05')],
  [' за 2021 год', range('2021-01-01', '2021-12-31')],
  [' - 15 сентября', on('2021-09-15')],
];

const FORM_PINS: Row[] = [
  // after its number sign, as before
  ['Форма N 85-К от 11.08.2009', on('2009-08-11')],
  ['форма № 1-ДО до 20 января', by('2021-01-20')],
  // a code with its letters first was no number
  ['Форма ОО-1 от 11.08.2009', on('2009-08-11')],
  ['Отчет по форме ОО-1 сдается до 20 сентября', by('2021-09-20')],
  // an ordinal with a small letter stays an ordinal
  ['отчет за 1-е полугодие', range('2021-01-01', '2021-06-30')],
  // round 146's form code with a slash
  ['справка (форма 026/у-2000) до 1 сентября', by('2021-09-01')],
];

/** the nights of the week, «с <genitive> на <accusative>» */
const NIGHTS = ['с воскресенья на понедельник', 'с пятницы на субботу', 'со вторника на среду', 'с субботы на воскресенье', 'с четверга на пятницу'];
/** what is done that night */
const NIGHT_LEADS = ['', 'Замечания по ведению журналов формируются ', 'Резервное копирование журнала выполняется ', 'Обновление данных проводится '];

const NIGHT_PINS: Row[] = [
  // a move from one weekday to another names no week's night
  ['перенесено с понедельника на вторник', ongoing],
  // a span of weekdays, as before
  ['с понедельника по пятницу', rec('week')],
  ['каждое воскресенье', rec('week')],
  // a night between two dates is read as before
  ['в ночь с 31 декабря на 1 января', range('2021-01-01', '2021-12-31')],
  // a weekday after «с» alone, as before
  ['с воскресенья', ongoing],
];

/** the first years of pairs written short */
const SHORT_YEARS = [19, 21, 22, 23, 24];
/** what joins the two years */
const SHORT_JOINS = ['-', '/', ' - '];
/** the words after the pair: the calendar years or the school year */
const SHORT_WORDS: Array<[string, boolean]> = [
  ['гг', false], [' гг.', false], ['гг.', false], [' г.г.', false],
  [' учебный год', true], [' уч. год', true], [' уч.год', true], [' учебного года', true], [' учебном году', true],
];
/** what stands before the pair */
const SHORT_LEADS = ['', 'положение о самообслед. ', 'план на ', 'в ', 'Отчет за '];

const SHORT_PINS: Row[] = [
  // a singular «года» may be an age: unread, as before
  ['21-22 года', { kind: 'unparsed', reason: /непонятное число/ }],
  // a pair that is not the next year stays unread
  ['22-24гг', { kind: 'unparsed', reason: /непонятное число/ }],
  // four-digit and mixed pairs, as before
  ['на 2022-23 гг', range('2022-01-01', '2023-12-31')],
  ['2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  // days of a month and ages in years
  ['15-16 ноября', range('2021-11-15', '2021-11-16')],
  ['детей 11-12 лет', unread],
];

/** a blank month as forms print it */
const BLANKS = ['______________', '________', '____'];
/** the pairs of years, with the school year's first year */
const BLANK_PAIRS: Array<[string, number]> = [['2007/2008', 2007], ['2020/2021', 2020], ['2023-2024', 2023], ['2024/25', 2024]];
/** the school-year words */
const BLANK_WORDS = ['учебного года', 'уч. года', 'учебный год'];
/** what stands before the blank */
const BLANK_LEADS = ['за ', 'ОТЧЕТ по организации питания учащихся за ', 'на '];

const BLANK_PINS: Row[] = [
  // a form's blank date with one year is still no date (round 59)
  ['«__» ________ 2007 г.', { kind: 'unparsed', reason: /дата не заполнена/ }],
  ['с "___" ________ 2007 г.', { kind: 'unparsed', reason: /дата не заполнена/ }],
  ['__.__.2021', { kind: 'unparsed', reason: /дата не заполнена/ }],
  // the pair with no blank, as before
  ['за 2007/2008 учебного года', range('2007-09-01', '2008-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a statistical form\'s code after «форма / отчёт» is the form\'s name, a label', () => {
      addAs('— Форма 85-К от 11.08.2009', on('2009-08-11'));
      for (const head of FORM_HEADS)
        for (const code of FORM_CODES) for (const [tail, e] of FORM_TAILS) add(`${head} ${code}${tail}`, e);
    });
    section('the form\'s code: pins', () => FORM_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a night from one weekday to the next is weekly', () => {
      addAs('Замечания по ведению журналов формируются в ночь с воскресенья на понедельник.', rec('week'));
      for (const lead of NIGHT_LEADS)
        for (const night of NIGHTS) for (const v of lead ? ['в ночь'] : ['в ночь', 'В ночь']) add(`${lead}${v} ${night}`, rec('week'));
    });
    section('the night of the week: pins', () => NIGHT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('two two-digit years, the second the next one, before «гг» or a school-year word are a pair of years', () => {
      addAs('положение о самообслед. 22-23гг', range('2022-01-01', '2023-12-31'));
      for (const lead of SHORT_LEADS)
        for (const a of SHORT_YEARS)
          for (const join of SHORT_JOINS)
            for (const [word, school] of SHORT_WORDS) {
              const e = school ? range(`20${a}-09-01`, `20${a + 1}-08-31`) : range(`20${a}-01-01`, `20${a + 1}-12-31`);
              add(`${lead}${a}${join}${a + 1}${word}`, e);
            }
    });
    section('the short pair: pins', () => SHORT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a form\'s blank month before a pair of years leaves the pair whole', () => {
      addAs('за ______________ 2007/2008 учебного года', range('2007-09-01', '2008-08-31'));
      for (const lead of BLANK_LEADS)
        for (const blank of BLANKS)
          for (const [pair, y] of BLANK_PAIRS)
            for (const word of BLANK_WORDS) add(`${lead}${blank} ${pair} ${word}`, range(`${y}-09-01`, `${y + 1}-08-31`));
    });
    section('the blank before a pair: pins', () => BLANK_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 164: a statistical form\'s code after «форма / отчёт»; a night from one weekday to the next; two-digit pairs of years; a blank month before a pair of years',
  rows: () => sections().flatMap(([, rows]) => rows),
};
