/**
 * Round 71 (the known misses of corpus-real-62, textbooks and the school library): the classes round 68 left, each in the grammatical
 * variety real pages write it. The first template of each group is a real row of corpus-real-62 (its source in the set); the others are
 * the same class as other school, district and news pages write it.
 * - after a window of days with both ends written, «на <YYYY-YYYY> учебный год» is what the window prepares for — a note;
 * - «в первые N [календарных] дней / недель с начала <периода>» is the window of those first days;
 * - a relative clause «, [по / в …] который …» after a day and its month, with no day or month of its own, is a note;
 * - «в срок <дата> до <дата>» with the «с» left out is the window between the two days.
 */
import { by, ev, on, range, variants, type Expect, type Family, type Row } from './kit';

const WINDOW_TEMPLATES: Array<[string, Expect]> = [
  ['Департамент образования информирует о проведении {w} сбора информации по формированию заказа на учебники и учебные пособия для первой ступени общего образования {y}', range('2012-02-20', '2012-03-01')],
  ['Управление образования проводит {w} мониторинг обеспеченности учебниками {y}', range('2012-02-20', '2012-03-01')],
  ['Прием заявок на курсы {w} {y}', range('2012-02-20', '2012-03-01')],
];
const WINDOWS = ['с 20 февраля по 1 марта 2012г.', 'с 20 февраля по 1 марта 2012 года', 'с 20.02.2012 по 01.03.2012', '20 февраля – 1 марта 2012 г.'];
const SCHOOL_YEARS = ['на 2012-2013 учебный год', 'на 2012/2013 учебный год', 'на 2012-2013 уч. год'];

const FIRST_DAYS_TEMPLATES = [
  'Также заместитель руководителя горОО отметила, что учебники школьникам будут выдавать {x} с начала учебного года',
  'Входные контрольные работы проводятся {x} с начала учебного года',
  'Библиотека выдает учебники {x} с начала учебного года',
];
const FIRST_DAYS: Array<[string, Expect]> = [
  ['в первые пять дней', range('2021-09-01', '2021-09-05')],
  ['в первые 5 дней', range('2021-09-01', '2021-09-05')],
  ['в первые три дня', range('2021-09-01', '2021-09-03')],
  ['в первые 10 календарных дней', range('2021-09-01', '2021-09-10')],
  ['в первые две недели', range('2021-09-01', '2021-09-14')],
  ['в течение первых 7 дней', range('2021-09-01', '2021-09-07')],
];

const RELATIVE_TEMPLATES: Array<[string, Expect]> = [
  ['- 15 августа придет первая часть учебников для первоклашек, {x} они будут обучаться в первом полугодии', on('2021-08-15')],
  ['20 мая в школе прошла ярмарка учебников, {x} дети будут заниматься в следующем учебном году', on('2021-05-20')],
  ['Учебники выдадут 30 августа, {x} ребята будут учиться во втором полугодии', on('2021-08-30')],
];
const RELATIVES = ['по которым', 'на которых', 'с которыми', 'по которой'];

const TERM_TEMPLATES = [
  'Издательства, желающие включить свои учебники в перечень, должны направить {x} соответствующее заявление, сообщается на сайте минобразования',
  'Заявки на участие принимаются {x}',
  'Документы представляются в комиссию {x}',
];
const TERMS: Array<[string, Expect]> = [
  ['в срок 15 ноября 2016 года до 15 января 2017 года', range('2016-11-15', '2017-01-15')],
  ['в срок 15 ноября до 15 декабря', range('2021-11-15', '2021-12-15')],
  ['в срок 01.09.2021 до 15.09.2021', range('2021-09-01', '2021-09-15')],
  ['в срок 1 сентября 2021 г. до 30 сентября 2021 г.', range('2021-09-01', '2021-09-30')],
];

const PINS: Row[] = [
  // a school year after «на» with no window of days before it is the period covered; a start with no end keeps it; a relative clause
  // that names its own day, «срок, до которого», «в срок до …», «в срок <дата>» alone and «в течение первых дней» stay as they were
  ['План работы на 2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  ['с сентября по май на 2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  ['С 23 сентября стартует школьный этап олимпиады, который продлится до конца октября', range('2021-09-23', '2021-10-31')],
  ['10 февраля – срок, до которого должны быть запущены все процедуры', by('2021-02-10')],
  ['в срок до 15 сентября', by('2021-09-15')],
  ['Отчёт сдать в срок 15 мая', on('2021-05-15')],
  ['в течение первых трех дней после зачисления', ev('в течение первых трех дней')],
  ['в начале учебного года', range('2021-09-01', '2021-09-30')],
];

export const family: Family = {
  title: 'round 71: «на <учебный год>» after a window of days, «в первые N дней с начала …», a relative clause after a day, «в срок <дата> до <дата>»',
  rows: () => {
    const rows: Row[] = [];
    for (const [tpl, e] of WINDOW_TEMPLATES) for (const w of WINDOWS) for (const y of SCHOOL_YEARS) rows.push(...variants(tpl.replace('{w}', w).replace('{y}', y)).map((t): Row => [t, e]));
    for (const tpl of FIRST_DAYS_TEMPLATES) for (const [x, e] of FIRST_DAYS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [tpl, e] of RELATIVE_TEMPLATES) for (const x of RELATIVES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const tpl of TERM_TEMPLATES) for (const [x, e] of TERMS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
