/**
 * Round 179 (corpus-real-165: career guidance in schools — the профминимум, «Билет в будущее», «Россия — мои горизонты», open lessons,
 * fairs of professions, open days of colleges, profile tenth classes). Three classes the set's first run missed, as school news, approval
 * lines and regional papers write them:
 * - a class's figure with its letter glued to it, right after a noun of pupils («ребята 9г», «ученики 11г», «учащихся 8г») or closing a
 *   list of classes («8в и 9г», «9а, 9б и 9г»), is a label (the letter «г» was read as a year's abbreviation: `unparsed`, «непонятное
 *   число»).
 * - a protocol's noun nearer the «№» than an issued act's noun makes the number the protocol's, whose date is its meeting's day (round
 *   40): «ПРИНЯТО решением педагогического совета Протокол № 12 от 20 мая 2023 г.» is `on` 05-20 (it was the act's label, `unparsed`).
 * - the graduates of a year named relative to the current one («выпускников этого / прошлого / следующего года») are that year's cohort:
 *   a text with no date speaks of that year, as of «выпускники 2021 года» (it was `unparsed`).
 * Pins: an issued act's own number, a protocol alone, a letter after a count or a year, a year in the genitive with no noun of graduates
 * and a date written with the graduates read as before.
 * The first template of each class is the set's real row (its source in corpus-real-165.tsv).
 */
import { on, range, sectionsOf, unread, type Family, type Row } from './kit';

/** the nouns of pupils a class follows */
const PUPILS = ['ребята', 'ученики', 'учащиеся', 'обучающиеся', 'школьники', 'учащихся'];
/** the classes' figures and the letters glued to them («г» is the one a year's abbreviation hid) */
const GRADES = [2, 5, 8, 9, 11];
const LETTERS = ['г', 'в'];
/** the dates the sentences carry, and what they read as */
const CLASS_DATES: Array<[string, Row[1]]> = [
  ['15 мая', on('2021-05-15')],
  ['6-7 сентября', range('2021-09-06', '2021-09-07')],
  ['23 ноября', on('2021-11-23')],
];
/** what follows the class */
const CLASS_TAILS = [' посетили колледж', ', а также их родители, посетили колледж.'];

const CLASS_PINS: Row[] = [
  // a class before a word of grades was a label already (round 74)
  ['15 мая 9г класс посетил колледж', on('2021-05-15')],
  // a year's abbreviation after a year stays a year
  ['15 мая 2021г прошла ярмарка', on('2021-05-15')],
  // a figure with «г» after no noun of pupils reads as before
  ['вышли 9г', { kind: 'unparsed', reason: /непонятное число/ }],
];

/** the approval lines' leads, the bodies whose decision it was, and the protocol's noun */
const APPROVALS = ['ПРИНЯТО решением', 'Принято решением', 'принято решением', 'Утверждено решением', 'СОГЛАСОВАНО решением'];
const BODIES = ['педагогического совета', 'педсовета', 'Совета школы', 'управляющего совета'];
const PROTOCOLS = ['Протокол', 'протокол', 'ПРОТОКОЛ'];
/** the protocol's numbers and dates, and the day each names */
const PROTOCOL_DATES: Array<[string, string]> = [
  ['20 мая 2023 г.', '2023-05-20'],
  ['30.08.2021', '2021-08-30'],
  ['29 августа 2022 года', '2022-08-29'],
  ['28.08.2020г.', '2020-08-28'],
];

const PROTOCOL_PINS: Row[] = [
  // an issued act's own number keeps its date a label (round 40)
  ['Приказ № 12 от 20 мая 2023 г.', unread],
  ['решение педагогического совета № 12 от 20 мая 2023 г.', unread],
  // a protocol alone and a protocol after its body read so already
  ['Протокол № 12 от 20 мая 2023 г.', on('2023-05-20')],
  ['ПРИНЯТО педагогическим советом Протокол № 12 от 20 мая 2023 г.', on('2023-05-20')],
];

/** the adjectives of a year relative to the current one, and the shift each names */
const RELATIVE: Array<[string, number]> = [
  ['этого', 0], ['текущего', 0], ['нынешнего', 0],
  ['прошлого', -1], ['минувшего', -1], ['предыдущего', -1], ['прошедшего', -1],
  ['следующего', 1], ['будущего', 1],
];
/** the graduates' noun in its cases, the sentence's lead and tail */
const GRADUATES = ['выпускники', 'выпускников', 'выпускникам', 'выпускниками', 'выпускницы', 'выпускниц'];
const GRADUATE_LEADS = ['', 'Большинство ', 'Среди '];
const GRADUATE_TAILS = ['', ' (71,7%) определились с профессией', ' выбрали колледжи'];

const GRADUATE_PINS: Row[] = [
  // a date written with the graduates wins
  ['15 мая выпускники прошлого года встретились со школьниками', on('2021-05-15')],
  // a year in the genitive with no noun of graduates reads as before
  ['этого года', unread],
  ['планы следующего года', unread],
  // the year in figures, as before
  ['Большинство выпускников 2021 года определились с профессией.', range('2021-01-01', '2021-12-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a class\'s figure and letter after a noun of pupils, or closing a list of classes, is a label', () => {
      addAs('Так, 6-7 сентября в библиотеку на Луначарского, с которой школа сотрудничает более 20 лет, вышли ребята 9г, а 8 сентября еще два 9 класса: 9д и 9л,  встретились со специалистом центра «Маяк».', range('2021-09-06', '2021-09-08'));
      for (const [date, e] of CLASS_DATES)
        for (const grade of GRADES)
          for (const letter of LETTERS) {
            for (const pupils of PUPILS)
              for (const tail of CLASS_TAILS) addAs(`${date} ${pupils} ${grade}${letter}${tail}`, e);
            add(`${date} ${grade === 1 ? 2 : grade - 1}в и ${grade}${letter} посетили колледж`, e);
            add(`${date} ${grade}а, ${grade}б и ${grade}${letter} приняли участие в ярмарке профессий`, e);
          }
    });
    section('the class and its letter: pins', () => CLASS_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a protocol\'s number after an issued act\'s noun is the protocol\'s, its date the meeting\'s day', () => {
      addAs('ПРИНЯТО решением педагогического совета Протокол № 12 от 20 мая 2023 г.', on('2023-05-20'));
      for (const lead of APPROVALS)
        for (const body of BODIES)
          for (const protocol of PROTOCOLS)
            for (const [date, day] of PROTOCOL_DATES)
              for (const num of ['12', '1', '3/1']) addAs(`${lead} ${body} ${protocol} № ${num} от ${date}`, on(day));
    });
    section('the protocol after an act\'s noun: pins', () => PROTOCOL_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the graduates of a year named relative to the current one are that year\'s', () => {
      addAs('Большинство выпускников этого года (71,7%) либо четко определились с профессией, либо находились в активной стадии выбора.', range('2021-01-01', '2021-12-31'));
      for (const [adj, shift] of RELATIVE) {
        const y = 2021 + shift;
        for (const noun of GRADUATES)
          for (const lead of GRADUATE_LEADS)
            for (const tail of GRADUATE_TAILS) {
              const text = `${lead}${noun} ${adj} года${tail}`;
              addAs(text, range(`${y}-01-01`, `${y}-12-31`));
              addAs(`${text}.`, range(`${y}-01-01`, `${y}-12-31`));
            }
      }
    });
    section('the graduates\' year: pins', () => GRADUATE_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 179: a class\'s figure and letter after a noun of pupils or closing a list of classes; a protocol\'s number after an issued act\'s noun; the graduates of a year named relative to the current one',
  rows: () => sections().flatMap(([, rows]) => rows),
};
