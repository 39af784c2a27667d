/**
 * Round 132 (corpus-real-120: payments and paid services of schools and kindergartens — платные образовательные услуги, родительская
 * плата, компенсация части родительской платы, school meal payment). One class the set's first run missed, as paid services' rules,
 * contracts and offers write it:
 * - «до / не позднее [чем] / не позже» with «дня» or «даты» before the event's verbal noun — «до дня 1-го занятия», «не позднее даты
 *   начала образовательной программы», «не позднее дня подписания договора», «до даты начала обучения» — is that event, like «до начала
 *   обучения» (round 17's «до <событие>»); it was `unparsed`, «дня / даты» standing where the verbal noun was wanted. An ordinal may stand
 *   between «дня» and the noun («до дня первого занятия», «до дня 1-го занятия»).
 * - «не позднее / не позже» right before the verbal noun — «не позднее начала занятий», «не позднее подписания договора» — is that event
 *   too, as «до» before it always was (it was `unparsed`).
 * Pins: a date written with it wins («… до дня начала занятий, но не позднее 1 октября» → 10-01); «не позднее / до начала / окончания
 * учебного года» stay the school year's days (round 17, round 87); an offset before «до дня …» reads as before («за 10 дней до дня
 * проведения экзамена»); «не позднее 25 декабря» and «до 1 сентября» stay their days; a bare span stays `unparsed`.
 * - round 132's second rule: an adjective of the coming period — «нового», «очередного», «следующего» — between «каждого» and the unit
 *   («До 5 сентября каждого нового учебного года», «до 10 числа каждого следующего месяца», «каждого очередного года») repeats like
 *   «каждого учебного года» (it was by the day, or the window of «в начале»).
 * Pins of the second rule: «каждого нового ученика» (no unit after the adjective) leaves the day as it was; «На новый учебный год …
 * до 1 сентября» (no «каждого») stays by that day; the same sentences without the adjective repeat as before.
 * The first template of each class is the set's real row (its source in corpus-real-120.tsv).
 */
import { bareSpan, by, ev, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the words before the deadline, as paid services' rules write them */
const SUBJECTS = ['Оплата производится единовременно,', 'Абонемент оплачивается', 'Родительская плата вносится', 'Заявление подается', 'Документы представляются'];
/** the prepositions of a deadline before an event */
const PREPS = ['до', 'не позднее', 'не позднее чем', 'не позже'];
/** the day or the date of the event */
const DAY_WORDS = ['дня', 'даты'];
/** the event, its verbal noun first (an ordinal may stand before it), and the word its reason names */
const EVENTS: Array<[string, string]> = [
  ['начала образовательной программы', 'программы'],
  ['1-го занятия', 'занятия'],
  ['первого занятия', 'занятия'],
  ['начала занятий', 'занятий'],
  ['начала обучения', 'обучения'],
  ['подписания договора', 'договора'],
  ['заключения договора', 'договора'],
  ['зачисления ребенка', 'зачисления'],
  ['подачи заявления', 'заявления'],
];
/** the events «не позднее» may stand right before (a verbal noun, no ordinal) */
const BARE_EVENTS = EVENTS.filter(([e]) => !/^(?:1-го|первого)/.test(e));

const PINS: Row[] = [
  // a date written with it wins
  ['Оплата производится до дня начала занятий, но не позднее 1 октября', by('2021-10-01')],
  ['не позднее даты начала обучения, но не позднее 15 сентября', by('2021-09-15')],
  // the school year's start and end stay its days
  ['до начала учебного года', by('2021-08-31')],
  ['не позднее начала учебного года', by('2021-09-30')],
  ['не позднее окончания учебного года', by('2021-05-31')],
  // an offset before «до дня …» reads as before
  ['за 10 дней до дня проведения экзамена', ev('экзамена')],
  // days stay days
  ['не позднее 25 декабря', by('2021-12-25')],
  ['Документы представляются до 1 сентября', by('2021-09-01')],
  // a bare span stays unparsed
  ['Возврат средств производится в течение 10 рабочих дней', bareSpan],
];

/** days of a yearly deadline and their day of the month */
const YEAR_DAYS: Array<[string, number]> = [['До 5 сентября', 5], ['до 1 октября', 1], ['не позднее 15 сентября', 15], ['до 25 августа', 25]];
/** days of a monthly deadline */
const MONTH_DAYS: Array<[string, number]> = [['до 10 числа', 10], ['не позднее 15 числа', 15], ['до 20-го числа', 20], ['не позднее 25-го числа', 25]];
/** the adjectives of the coming period */
const NEXT = ['нового', 'очередного', 'следующего'];
/** the yearly units after them */
const YEAR_UNITS = ['учебного года', 'года'];
/** what is done, after the repeat */
const TAILS = ['предоставляются документы на льготное питание', 'родители подают заявление', ''];
const startOfEvery: Expect = { kind: 'recurring', every: 'year', day: null, start: '2021-09-01', due: '2021-09-30' };
const NEXT_PINS: Row[] = [
  // no unit after the adjective: the day as before
  ['каждого нового ученика принимают до 1 сентября', by('2021-09-01')],
  // no «каждого»: the day as before
  ['На новый учебный год план утверждается до 1 сентября', by('2021-09-01')],
  // without the adjective, as before
  ['До 5 сентября каждого учебного года предоставляются документы', rec('year', 5)],
  ['до 10 числа каждого месяца', rec('month', 10)],
  ['в начале каждого учебного года', startOfEvery],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«до / не позднее» with «дня / даты» before the event\'s verbal noun («до дня 1-го занятия») is that event', () => {
      add('Абонемент оплачивается до дня 1-го занятия', ev('занятия'));
      add('Оплата производится единовременно, не позднее даты начала образовательной программы в объеме 100%', ev('программы'));
      for (const s of SUBJECTS)
        for (const p of PREPS)
          for (const d of DAY_WORDS)
            for (const [e, names] of EVENTS) add(`${s} ${p} ${d} ${e}`, ev(names));
    });
    section('«не позднее / не позже» right before the event\'s verbal noun («не позднее начала занятий») is that event', () => {
      for (const s of SUBJECTS)
        for (const p of PREPS.filter((x) => x !== 'до'))
          for (const [e, names] of BARE_EVENTS) add(`${s} ${p} ${e}`, ev(names));
    });
    section('days of an event: pins', () => PINS.forEach(([t, e]) => add(t, e)));
    section('an adjective of the coming period between «каждого» and the unit («каждого нового учебного года») repeats', () => {
      addAs('До 5 сентября каждого нового учебного года предоставляются следующие документы в кабинет ответственному за организацию питания или классному руководителю:', rec('year', 5));
      for (const [d, n] of YEAR_DAYS)
        for (const a of NEXT)
          for (const u of YEAR_UNITS)
            for (const t of TAILS) add([d, 'каждого', a, u, t].filter(Boolean).join(' '), rec('year', n));
      for (const [d, n] of MONTH_DAYS) for (const a of NEXT) add(`${d} каждого ${a} месяца`, rec('month', n));
      for (const a of NEXT) add(`в начале каждого ${a} учебного года`, startOfEvery);
    });
    section('the coming period\'s adjective: pins', () => NEXT_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 132: «до / не позднее» with «дня / даты» before the event\'s verbal noun («до дня 1-го занятия», «не позднее даты начала образовательной программы»), and «не позднее» right before it, is that event; «каждого нового учебного года» repeats',
  rows: () => sections().flatMap(([, rows]) => rows),
};
