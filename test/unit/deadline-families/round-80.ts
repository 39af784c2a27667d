/**
 * Round 80 (corpus-real-69's misses): three classes of real rows, each as plans and the news write it.
 * 1. A number after «номер», «телефон», «тел.» or «линия» is a telephone or a line's number, and two numbers joined by a glued «х» («3х3»,
 *    «4х200») are a format of play — labels, not days (both were `unparsed`, «непонятное число»).
 * 2. «учебная» between a school quarter's number and «четверть» is skipped («в течение всей четвертой учебной четверти» → IV четверть;
 *    it was open-ended over the period or `unparsed`).
 * 3. A verb of starting with no date of its own before a verb of ending starts nothing («начались …, которые завершатся в мае» → by
 *    05-31; it was open-ended from May).
 * The first template of each class is the real row of corpus-real-69 (its source in the set).
 */
import { by, iso, lastDay, on, range, variants, type Expect, type Row, type Family } from './kit';

// 1. Telephone and line numbers, formats of play
const PHONE_LEADS = ['Позвонив по номеру', 'звоните по номеру', 'на номер', 'по телефону', 'телефон горячей линии', 'по телефону горячей линии',
  'на телефон горячей линии', 'тел.', 'Номер телефона доверия'];
const PHONES = ['122', '112', '8-800-2000-122', '45-12-34', '8-800-555-35-35'];
const PHONE_DEADLINES: Array<[string, Expect]> = [
  ['до 1 мая', by('2021-05-01')],
  ['с 1 по 15 мая', range('2021-05-01', '2021-05-15')],
  ['— приём сообщений до 25 декабря', by('2021-12-25')],
  ['(круглосуточно), акция 4-5 октября', range('2021-10-04', '2021-10-05')],
];
const SPORTS = ['легкоатлетическая эстафета', 'эстафета', 'баскетбол', 'мини-футбол', 'волейбол', 'стритбол'];
const FORMATS = ['3х3', '4х100', '4х200 м.', '5x5', '4x400 м', '2х2'];
const SPORT_DAYS: Array<[string, Expect]> = [
  ['Зональный этап пройдет 4-5 октября в таких видах как шахматы, {s} {f}', range('2021-10-04', '2021-10-05')],
  ['{s} {f} – 17 марта', on('2021-03-17')],
  ['Соревнования по виду {s} {f} пройдут с 10 по 12 ноября', range('2021-11-10', '2021-11-12')],
  ['до 20 апреля подать заявки на {s} {f}', by('2021-04-20')],
];

// 2. «учебная четверть»
const QUARTER_WINDOWS: Array<[string, string]> = [['2021-09-01', '2021-10-31'], ['2021-11-01', '2021-12-31'], ['2021-01-01', '2021-03-31'], ['2021-04-01', '2021-05-31']];
const ORDINALS_GEN = ['первой', 'второй', 'третьей', 'четвертой'];
const ROMAN = ['I', 'II', 'III', 'IV'];
const QUARTER_TEMPLATES = [
  'Ученики 6 класса {x} работали над составлением родословной своих семей',
  'Провести мониторинг посещаемости {x}',
  'Рейды в семьи, находящиеся в СОП, {x}',
  'Контрольные срезы по математике {x}',
];
const QUARTER_SPANS = (q: number): string[] => [
  `в течение всей ${ORDINALS_GEN[q]} учебной четверти`,
  `в течение ${ORDINALS_GEN[q]} учебной четверти`,
  `в ${ORDINALS_GEN[q]} учебной четверти`,
  `в ${ROMAN[q]} учебной четверти`,
  `в течение ${ROMAN[q]} учебной четверти`,
  `${ROMAN[q]} учебная четверть`,
  `${q + 1} учебная четверть`,
];

// 3. A verb of starting with no date of its own
const START_VERBS = ['начались', 'начнутся', 'стартовали', 'стартуют'];
const END_VERBS = ['завершатся', 'закончатся', 'заканчиваются', 'завершаются'];
const START_TEMPLATES = [
  'В школах {s} Всероссийские проверочные работы, которые {e} {d}',
  'Рейды в семьи {s} и {e} {d}',
  'Президентские состязания {s}, а {e} {d}',
  'Занятия секций ШСК {s}; {e} они {d}',
];
const END_DAYS = (m: number): Array<[string, Expect]> => [
  [`в ${['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'][m - 1]}`, by(iso(m, lastDay(m)))],
  [`${m === 2 ? 20 : 25} ${['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'][m - 1]}`, by(iso(m, m === 2 ? 20 : 25))],
];

const PINS: Array<[string, Expect]> = [
  // a verb of starting with its own day still opens the window
  ['начинается 1 апреля и завершается 30 июня', range('2021-04-01', '2021-06-30')],
  ['проверка начнется 1 апреля', { kind: 'ongoing', start: '2021-04-01', due: '2021-12-31' }],
  ['работы начнутся, а завершатся к маю', by('2021-04-30')],
  // a quarter with no «учебная», and «учебного года» after a half, read as before
  ['в течение всей четвертой четверти', range('2021-04-01', '2021-05-31')],
  ['II полугодие учебного года', range('2021-01-01', '2021-08-31')],
  // a date right after «номер» is still a date; a number after «№» a label as before
  ['по номеру 12.05', on('2021-05-12')],
  ['приказ № 5, 12 мая', on('2021-05-12')],
];

export const family: Family = {
  title: 'round 80: telephone numbers and formats of play are labels; «учебная четверть»; a verb of starting with no date starts nothing',
  rows: () => {
    const rows: Row[] = [];
    for (const l of PHONE_LEADS)
      for (const n of PHONES)
        for (const [d, e] of PHONE_DEADLINES) rows.push(...variants(`${l} ${n} ${d}`).map((t): Row => [t, e]));
    for (const s of SPORTS)
      for (const f of FORMATS)
        for (const [tpl, e] of SPORT_DAYS) rows.push(...variants(tpl.replace('{s}', s).replace('{f}', f)).map((t): Row => [t, e]));
    for (const tpl of QUARTER_TEMPLATES)
      for (let q = 0; q < 4; q++)
        for (const x of QUARTER_SPANS(q)) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, range(QUARTER_WINDOWS[q]![0], QUARTER_WINDOWS[q]![1])]));
    for (const tpl of START_TEMPLATES)
      for (const s of START_VERBS)
        for (const en of END_VERBS)
          for (const m of [3, 5, 6, 10, 12])
            for (const [d, e] of END_DAYS(m)) rows.push(...variants(tpl.replace('{s}', s).replace('{e}', en).replace('{d}', d)).map((t): Row => [t, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
