/**
 * Round 106 (corpus-real-94: interruptions and changes of schooling — quarantines, актированные дни, distance learning, holidays moved
 * or lengthened). Four classes its first run missed, as news of quarantines and holidays and orders on making up days write them:
 * - a number after «за» with its month in words after it («за 25 октября», «за 25 и 26 октября») is a day the work is for (the
 *   days to make up, a report's day), not the count of an offset before an event; «за 10 дней до …» and «за 2 недели» count as before.
 * - a number after «ещё / еще» at a clause's end («…, с 1 февраля к ним добавятся ещё 12.») counts more of what the sentence named: a
 *   label, not a stray number; «ещё 11 марта» (a day) and «ещё 12 школ» read as before.
 * - two or more days with «число / числа» after them and a month named before them in the clause («в октябре, когда отдыхали с 9 по 17
 *   число») are days of that month, and the month's own window goes; a window of days with «число» and no month stays a monthly repeat.
 * - the transitive forms of «закончить / окончить» right before a period of study («закончат учебный год 30 мая», «окончат четверть 27
 *   октября») are verbs of ending like round 103's «завершат»: by that day; «закончила школу в 1990 году» and a negated «не закончил
 *   занятия … в прошлом году» read as before.
 * The first template of each class is corpus-real-94's real row (its source in the set).
 */
import { MONTHS_PREP, by, ev, iso, on, ongoing, range, rec, sectionsOf, type Expect, type Family } from './kit';

/** «за {d}»: the sentence around the days the work is for */
const FOR_FRAMES = [
  'Руководители учебных заведений должны разработать график отработки занятий за {d}',
  'Школы отработают учебные дни за {d}',
  'Учащиеся отработают пропущенные уроки за {d}',
  'Отработка занятий за {d}',
  'Отчет о посещаемости за {d}',
];
/** the days after «за» (a month in words) and what the frame then reads */
const FOR_DAYS: Array<[string, Expect]> = [
  ['25 октября', on('2021-10-25')],
  ['25 и 26 октября', on('2021-10-26', '2021-10-25')],
  ['25, 26 октября', on('2021-10-26', '2021-10-25')],
  ['25 или 26 октября', on('2021-10-26', '2021-10-25')],
  ['3 ноября', on('2021-11-03')],
  ['1 и 2 февраля', on('2021-02-02', '2021-02-01')],
];
const FOR_PINS: Array<[string, Expect]> = [
  // offsets before an event count as before
  ['за 10 дней до начала каникул', ev('до начала каникул')],
  ['не позднее чем за 2 недели до экзамена', ev('до экзамена')],
  ['за 3 дня до 25 октября', ev('за 3 дня до')],
  // round 42: a dotted day after «за» with no deadline after it reads as before; before a later deadline the deadline wins
  ['Итоги за 30.05 и 01.06', ev('за 30.05')],
  ['Результаты экзаменов за 30.05 являются предварительными до 13 июня.', by('2021-06-13')],
];

/** «ещё {n}» at a clause's end, after a sentence that has a date */
const MORE_FRAMES: Array<[string, Expect]> = [
  ['Ранее были закрыты на карантин семь школ, с 1 февраля к ним добавятся {m} {n}', { kind: 'ongoing', start: '2021-02-01', due: '2021-12-31' }],
  ['С 1 февраля к ним добавятся {m} {n}', { kind: 'ongoing', start: '2021-02-01', due: '2021-12-31' }],
  ['С 15 марта на дистанционное обучение перейдут {m} {n}', { kind: 'ongoing', start: '2021-03-15', due: '2021-12-31' }],
  ['До 1 марта на карантин закроют {m} {n}', by('2021-03-01')],
  ['15 февраля на карантин закрыли {m} {n}', on('2021-02-15')],
];
const MORE_COUNTS = ['12', '3', '25', '7'];
const MORE_PINS: Array<[string, Expect]> = [
  // a day after «ещё», and a count with its noun, as before
  ['Ограничения были введены еще 11 марта', on('2021-03-11')],
  ['С 1 февраля к ним добавятся ещё 12 школ', { kind: 'ongoing', start: '2021-02-01', due: '2021-12-31' }],
  ['С понедельника к ним добавятся ещё 12 школ', ongoing],
];

/** days with «число / числа» after a month in the clause: «{m}» the month in the prepositional */
const DAYS_FRAMES = [
  'Ученики, обучающиеся по триместрам, уже насладились каникулами в {m}, когда отдыхали с {a} по {b} число',
  'В {m} каникулы с {a} по {b} число',
  'В {m} школьники отдыхали с {a} по {b} числа',
  'Карантин в {m} продлится с {a} по {b} число',
];
const DAY_PAIRS: Array<[number, number]> = [[9, 17], [1, 7], [20, 28]];
const DAYS_PINS: Array<[string, Expect]> = [
  // no month before them: a window of days of every month, as before
  ['Каникулы с 9 по 17 число', rec('month', 17)],
  ['Ежемесячно с 1 по 5 число', rec('month', 5)],
  // a single «N числа» after a month reads as before
  ['В октябре отчет до 28 числа', { kind: 'unparsed', reason: /число месяца без месяца/ }],
];

/** «{v} {o} {d}»: a verb of finishing before a period of study, then its day */
const FINISH_VERBS = ['закончат', 'окончат', 'заканчивают', 'закончим', 'закончили', 'окончили'];
const STUDY_OBJECTS = ['учебный год', 'учебу', 'учёбу', 'занятия', 'обучение', 'четверть', 'триместр', 'полугодие'];
const FINISH_DAYS: Array<[string, string]> = [['30 мая', '2021-05-30'], ['27 октября', '2021-10-27'], ['28.12.2021', '2021-12-28']];
const FINISH_PINS: Array<[string, Expect]> = [
  // finishing school, a negated finishing and a count of grades read as before
  ['Она закончила школу в 1990 году', range('1990-01-01', '1990-12-31')],
  ['А так же те, кто не закончил занятия с логопедом в прошлом году', range('2020-01-01', '2020-12-31')],
  ['Мы закончили 9 классов 25 мая', on('2021-05-25')],
  // round 103's «завершат» as before
  ['Месячник завершат 10 октября', by('2021-10-10')],
];

function sections(): Array<[string, ReturnType<typeof sectionsOf>[number][1]]> {
  return sectionsOf((section, add) => {
    section('a day after «за» with its month is the day the work is for', () => {
      for (const frame of FOR_FRAMES) for (const [d, e] of FOR_DAYS) add(frame.replace('{d}', d), e);
    });
    section('a day after «за»: pins', () => FOR_PINS.forEach(([t, e]) => add(t, e)));
    section('a number after «ещё» at a clause\'s end is a count', () => {
      for (const [frame, e] of MORE_FRAMES) for (const m of ['ещё', 'еще']) for (const n of MORE_COUNTS) add(frame.replace('{m}', m).replace('{n}', n), e);
    });
    section('a number after «ещё»: pins', () => MORE_PINS.forEach(([t, e]) => add(t, e)));
    section('days with «число» after a month in the clause are days of that month', () => {
      for (const frame of DAYS_FRAMES)
        for (let m = 1; m <= 12; m++)
          for (const [a, b] of DAY_PAIRS) add(frame.replace('{m}', MONTHS_PREP[m - 1]!).replace('{a}', String(a)).replace('{b}', String(b)), range(iso(m, a), iso(m, b)));
    });
    section('days with «число»: pins', () => DAYS_PINS.forEach(([t, e]) => add(t, e)));
    section('«закончить / окончить» before a period of study is a verb of ending', () => {
      for (const v of FINISH_VERBS)
        for (const o of STUDY_OBJECTS)
          for (const [d, due] of FINISH_DAYS) {
            add(`Остальные школьники ${v} ${o} ${d}`, by(due));
            add(`${v} ${o} ${d}`, by(due));
          }
    });
    section('«закончить / окончить»: pins', () => FINISH_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 106: a day after «за» with its month, a count after «ещё», days with «число» after a month, «закончить / окончить» before a period of study',
  rows: () => sections().flatMap(([, rows]) => rows),
};
