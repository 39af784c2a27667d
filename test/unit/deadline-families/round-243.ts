/**
 * Round 243 (corpus-real-219's misses, 92/96 → 95/96): three shapes of the news of schools' and kindergartens' капремонт.
 * - A count with a degree sign right after it («360°», «+8°», «-25°C») is a measure, a label: «Завершить работы планируют в сентябре
 *   2024 года.Телеканал 360°» → the window of September 2024 (it was `unparsed`, «непонятное число «360»»).
 * - A year after «в» in a participial phrase of building or opening set off by a comma («, открытом в 1976 году», «, построенная в
 *   1962 году») is the house's history, a label: «… в дошкольном учреждении, открытом в 1976 году, ведутся с июня 2018 года.» →
 *   open-ended from 2018-06-01 (it was the window 1976..2018-06).
 * - «к концу / до конца / до окончания месяца» with a dash and a day and its month right after it is that day: «Она заработает только к
 *   концу месяца — 22 сентября.» → by 09-22 (it was `unparsed`, «не указано, какого месяца»).
 * Pins: a number with no sign, «N°» of a document's number, the short participle («Школа открыта в 2020 году»), a participle with no
 * comma before it, round 79's «подписанным в 1980 году», «до конца месяца» alone, round 209's month named before, «до конца месяца - 25 числа».
 */
import { distinctRows, by, on, range, unread, sectionsOf, MONTHS_GEN, MONTHS_PREP, iso, lastDay, type Expect, type Family, type Row } from './kit';

const COUNTS = [8, 25, 180, 360];
const SIGNS = ['°', 'º', '°C', '°С'];
const PRE = ['', '+', '-'];

/** participles of building or opening in their full forms, in several genders and cases */
const BUILT = [
  'построенная', 'построенной', 'построенном', 'построенное', 'построенный', 'построенного', 'построенные', 'построенных',
  'открытом', 'открытой', 'открытый', 'открытая', 'открытое', 'основанная', 'основанной', 'возведённое', 'возведенного',
];
const OLD_YEARS = [1957, 1962, 1976, 2005];
const BEFORE_IN = ['', 'ещё ', 'еще '];

const END_OF_MONTH = ['к концу месяца', 'до конца месяца', 'до окончания месяца'];
const DASHES = [' — ', ' - ', ' – '];
const DAYS = [1, 15, 22, 30];

const ongoingFrom = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

const PINS: Row[] = [
  // no degree sign: the number reads as before
  ['до 360', { kind: 'unparsed', reason: /непонятное число «360»/ }],
  ['Телеканал 360 сообщает, что работы завершат до 1 июня', by('2021-06-01')], // a count before a word, round 61
  // round 227's «N°» of a document's number
  ['Приказ от 21 июля 2008 г. N°2/3', unread],
  // the short participle names when
  ['Школа открыта в 2020 году', range('2020-01-01', '2020-12-31')],
  ['Школа построена в 2019 году', range('2019-01-01', '2019-12-31')],
  // no comma before the participle: when, as before
  ['построенную в 2020 году школу откроют 1 сентября', on('2020-09-01')],
  // round 79: a document's act
  ['в соответствии с Указом, подписанным в 1980 году, до 1 марта', by('2021-03-01')],
  // a year after «в» with no participle stays the year
  ['Школа, в 2020 году отремонтированная, откроется 1 сентября', on('2020-09-01')],
  // «до конца месяца» alone, round 209's month before, a day of every month
  ['до конца месяца', { kind: 'unparsed', reason: /не указано, какого месяца/ }],
  ['до конца месяца - 25', { kind: 'unparsed', reason: /не указано, какого месяца/ }],
  ['С 15 апреля и до конца месяца', range('2021-04-15', '2021-04-30')],
  ['Отчет сдать до конца месяца - 25 числа', { kind: 'recurring', every: 'month', day: 25, start: '2021-01-01', due: '2021-12-31' }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count with a degree sign', () => {
      for (const n of COUNTS)
        for (const s of SIGNS)
          for (const p of PRE) {
            addAs(`до 15 октября при температуре ${p}${n}${s}`, by('2021-10-15'));
            addAs(`Завершить работы планируют в сентябре 2024 года.Телеканал ${p}${n}${s}`, range('2024-09-01', '2024-09-30'));
            addAs(`Работы завершат до 1 июня. Фото: ${p}${n}${s}`, by('2021-06-01'));
          }
    });
    section('a building\'s year in a participial phrase after a comma', () => {
      for (const p of BUILT)
        for (const y of OLD_YEARS)
          for (const b of BEFORE_IN) {
            add(`Школа, ${p} ${b}в ${y} году, будет отремонтирована до 1 сентября`, by('2021-09-01'));
            add(`ремонтные работы в здании, ${p} ${b}в ${y} году, ведутся с июня 2018 года`, ongoingFrom('2018-06-01'));
            addAs(`Капремонт в детском саду, ${p} ${b}в ${y} г., завершат к 25 августа 2023 года.`, by('2023-08-25'));
          }
    });
    section('a day after «к концу месяца —»', () => {
      for (const e of END_OF_MONTH)
        for (const d of DASHES)
          for (let m = 1; m <= 12; m++)
            for (const day of DAYS) {
              if (day > lastDay(m)) continue;
              add(`${e}${d}${day} ${MONTHS_GEN[m - 1]}`, by(iso(m, day)));
              addAs(`Ремонт закончат ${e}${d}${day} ${MONTHS_GEN[m - 1]} 2022 года.`, by(iso(m, day, 2022)));
            }
      // the month in the prepositional is no day: unchanged
      addAs(`до конца месяца - в ${MONTHS_PREP[8]}`, { kind: 'unparsed', reason: /не указано, какого месяца/ });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 243: degrees are no date, a building\'s year of history, a day after «к концу месяца —»',
  rows: () => distinctRows(sections()),
};
