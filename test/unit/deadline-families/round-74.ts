/**
 * Round 74 (corpus-real-65's first-run misses): six classes, each built from a real row of the set (its source in the set) and the
 * same class as school, district and news pages write it.
 *  1. a grade joined to its noun by a hyphen («11-классников», «9-классницы») is a label;
 *  2. a class's figure with its letter glued to it («1а, 1е, 3г», «6д классах») is a label;
 *  3. numbers joined by «,» after a single «№» («№ 122, 174, 620») are numbers of things, a label;
 *  4. «первый / последний день <сезона>» is that one day;
 *  5. «в / на период / время аттестации / обучения» is an event;
 *  6. «[только] тогда, когда …», «в то время, когда …» is an event.
 */
import { ev, on, range, variants, type Expect, type Family, type Row } from './kit';

const GRADE_NOUNS = ['классников', 'классники', 'классницы', 'классниц', 'классникам', 'классный'];
const GRADE_TEMPLATES: Array<[string, Expect]> = [
  ['Выпускные вечера {g} - 24 июня, время проведения мероприятия должно быть не позднее 22.00 часов', on('2021-06-24')],
  ['Последний звонок для {g} пройдет 25 мая', on('2021-05-25')],
  ['Линейка {g} - 1 сентября', on('2021-09-01')],
  ['Родительское собрание {g} с 10 по 12 марта', range('2021-03-10', '2021-03-12')],
];

const LETTER_LISTS = ['1а, 1е, 3г, 3з, 4е, 5а, 5в, 5д, 6д', '2а, 2б', '5в и 6г', '7а, 7б и 7в', '11а, 11б', '6д'];
const LETTER_TEMPLATES: Array<[string, Expect]> = [
  ['В {l} классах с 13.12.2022 по 19.12.2022 приостановлена образовательная деятельность', range('2022-12-13', '2022-12-19')],
  ['Карантин в {l} классах продлится до 20 февраля', { kind: 'by', due: '2021-02-20' }],
  ['Учащиеся {l} классов переведены на дистанционное обучение с 6 по 15 октября', range('2021-10-06', '2021-10-15')],
];

const NUMBER_LISTS = ['№ 122, 174, 620', '№ 5, 17, 23', '№ 1, 2, 3', '№12, 45', '№ 31, 105 и 120'];
const NUMBER_TEMPLATES: Array<[string, Expect]> = [
  ['3 июня на базе образовательных учреждений {n} начали работу лагеря дневного пребывания детей', on('2021-06-03')],
  ['В школах {n} с 1 по 5 февраля объявлен карантин', range('2021-02-01', '2021-02-05')],
  ['Учения пройдут в гимназиях {n} 15 сентября', on('2021-09-15')],
];

const EDGES: Array<[string, Expect]> = [
  ['первый день лета', on('2021-06-01')],
  ['последний день лета', on('2021-08-31')],
  ['первый день осени', on('2021-09-01')],
  ['последний день осени', on('2021-11-30')],
  ['первый день весны', on('2021-03-01')],
  ['последний день весны', on('2021-05-31')],
  ['первый день зимы', on('2021-12-01')],
];
const EDGE_TEMPLATES = [
  'В {d} социальный патруль выехал в рейд',
  'В {d} в городе заработают пришкольные оздоровительные лагеря дневного пребывания',
  'Акция пройдет в {d}',
  '{D} - торжественная линейка',
];

const STAGE_NOUNS = ['аттестации', 'обучения'];
const STAGE_TEMPLATES = [
  'На период {s} ученик становится экстерном — может посещать консультации, пользоваться библиотекой и лабораториями',
  'В период {s} обучающийся пользуется учебниками библиотеки',
  'На время {s} за учащимся сохраняется место в школе',
  'На весь период {s} ребенок прикрепляется к школе',
];

const WHEN: string[] = [
  'Заниматься спортом желающие могут только тогда, когда в школе не проходят уроки или ученики находятся на каникулах, подчеркнули в мэрии',
  'Посещать стадион можно тогда, когда нет уроков',
  'Консультации проводятся тогда, когда у педагога нет занятий',
  'Родители могут прийти в школу в то время, когда у ребенка нет уроков',
  'Библиотека работает с читателями в то время, когда нет учебных занятий',
];

const PINS: Row[] = [
  // a bare count with its case ending, a half-year with its ordinal ending, a number before a month after «№ …,», an act's number and
  // its date, a season with no edge day: as before
  ['в течение 3х дней после проведения', ev('после проведения')],
  ['приказ № 5, 12 мая 2021 года', on('2021-05-12')],
  ['летом 2021 года', range('2021-06-01', '2021-08-31')],
  ['в течение лета', range('2021-06-01', '2021-08-31')],
  ['11 классы - 24 июня', on('2021-06-24')],
  ['в 5 "А" классе 15 марта', on('2021-03-15')],
];

export const family: Family = {
  title: 'round 74: grade compounds, classes with letters, «№» lists, the edge days of seasons, «на период аттестации», «тогда, когда»',
  rows: () => {
    const rows: Row[] = [];
    for (const [tpl, e] of GRADE_TEMPLATES)
      for (const n of [1, 4, 9, 11]) for (const g of GRADE_NOUNS) rows.push(...variants(tpl.replace('{g}', `${n}-${g}`)).map((t): Row => [t, e]));
    for (const [tpl, e] of LETTER_TEMPLATES) for (const l of LETTER_LISTS) rows.push(...variants(tpl.replace('{l}', l)).map((t): Row => [t, e]));
    for (const [tpl, e] of NUMBER_TEMPLATES) for (const n of NUMBER_LISTS) rows.push(...variants(tpl.replace('{n}', n)).map((t): Row => [t, e]));
    for (const tpl of EDGE_TEMPLATES)
      for (const [d, e] of EDGES) rows.push(...variants(tpl.replace('{d}', d).replace('{D}', d[0]!.toUpperCase() + d.slice(1))).map((t): Row => [t, e]));
    for (const tpl of STAGE_TEMPLATES) for (const s of STAGE_NOUNS) rows.push(...variants(tpl.replace('{s}', s)).map((t): Row => [t, ev(s)]));
    for (const t of WHEN) rows.push(...variants(t).map((v): Row => [v, ev('когда')]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
