/**
 * Round 233 (corpus-real-212: collective agreements and sectoral agreements in education — the obligations of the parties and their
 * time limits, the agreements' terms and the Profsoyuz's meetings on them). Three classes, each a row of the set (its source there):
 * - a clause of reason after a comma or a dash — «, так как …», «, поскольку …», «, потому что …» — after the text's dates says why the
 *   date is what it is; its dates are a note, like round 67's purpose clause («В 2022 году утвердить документ нужно до 19 декабря, так
 *   как 17 декабря выпадает на выходной.» → by 2022-12-19, it was `on` 12-17 and 12-19);
 * - one or two words in the genitive between the results and round 169's adjective of the year («Подведены итоги отчетно-выборной
 *   кампании прошлого года.» → 2020, it was `unparsed`);
 * - a season's word right after «г.» is a town's name («… Координационным советом организаций профсоюзов г. Зимы, … на 2015 - 2018
 *   гг.» → the years, it was the winter to 2022-02-28).
 * Pins: a reason clause with no date before it keeps its dates; a reason clause with no date of its own; round 169's results with no
 * word between; a noun that is no genitive between; the results after a day; a season after a year's «г.»; a season alone.
 */
import { distinctRows, by, on, ongoing, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the deadline the sentence sets, and what it reads as */
const MAIN: Array<[string, Expect]> = [
  ['В 2022 году утвердить документ нужно до 19 декабря', by('2022-12-19')],
  ['утвердить график отпусков нужно до 17 декабря', by('2021-12-17')],
  ['заявления принимаются до 15 мая', by('2021-05-15')],
  ['отчет о выполнении коллективного договора сдать не позднее 25 января', by('2021-01-25')],
  ['уведомление работник должен получить не позднее 1 августа', by('2021-08-01')],
];
const REASONS = ['так как', 'поскольку', 'потому что'];
const JOINS = [', ', ' — '];
/** the reason's own dates */
const WHY = ['17 декабря выпадает на выходной', 'с 1 по 10 января праздничные дни', 'в феврале меняется форма отчета'];

/** words in the genitive between the results and the year's adjective */
const BETWEEN = ['работы', 'кампании', 'отчетно-выборной кампании', 'деятельности профкома', 'работы организации'];
const YEAR_ADJ: Array<[string, Expect]> = [
  ['прошлого', range('2020-01-01', '2020-12-31')],
  ['минувшего', range('2020-01-01', '2020-12-31')],
  ['уходящего', range('2021-01-01', '2021-12-31')],
  ['текущего', range('2021-01-01', '2021-12-31')],
];
const RESULTS = ['подведены итоги {x} {a} года', 'на заседании подвели итоги {x} {a} года'];

/** a town named after «г.», and what the text reads as */
const TOWN: Array<[string, Expect]> = [
  ['Координационным советом организаций профсоюзов г. Зимы, Управлением образования на 2015 - 2018 гг.', range('2015-01-01', '2018-12-31')],
  ['план работы городской организации профсоюза г. Зимы на 2019 год', range('2019-01-01', '2019-12-31')],
  ['заседание в г. Зиме до 1 марта', by('2021-03-01')],
  ['совещание руководителей школ г. Зима 15 мая', on('2021-05-15')],
  ['конференция работников образования г. Зимы в сентябре', range('2021-09-01', '2021-09-30')],
];

const PINS: Row[] = [
  // no date before the reason clause: its dates are the text's (no comma before «Так как» either)
  ['Так как 1 сентября — воскресенье, линейка пройдет 2 сентября', on('2021-09-02', '2021-09-01')],
  // a reason clause with no date of its own
  ['до 15 сентября, так как документы готовит комиссия', by('2021-09-15')],
  ['В течение года, так как работа ведется постоянно', ongoing],
  // round 169: the results right before the adjective; a word that is no genitive between; the results after a day
  ['Подведены итоги прошлого года.', range('2020-01-01', '2020-12-31')],
  ['результаты ЕГЭ прошлого года', unread],
  ['программа прошлого года', unread],
  // a season after a year's «г.» and a season alone read as before
  ['зимой 2021 г.', range('2021-12-01', '2022-02-28')],
  ['декабрь 2021 г. Зима', range('2021-12-01', '2022-02-28')],
  ['до зимы', by('2021-11-30')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a clause of reason after the dates', () => {
      for (const [m, e] of MAIN) for (const r of REASONS) for (const j of JOINS) for (const w of WHY) add(`${m}${j}${r} ${w}`, e);
    });
    section('words in the genitive between the results and the year', () => {
      for (const f of RESULTS) for (const x of BETWEEN) for (const [a, e] of YEAR_ADJ) add(f.replace('{x}', x).replace('{a}', a), e);
    });
    section('a season after «г.» is a town', () => {
      for (const [t, e] of TOWN) add(t, e);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 233: collective agreements in education — a clause of reason after the dates is a note; words between the results and the year; a season after «г.» is a town',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
