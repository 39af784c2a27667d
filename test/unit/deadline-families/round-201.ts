/**
 * Round 201 (corpus-real-185: councils and self-governance in schools — Управляющий совет, советы родителей и обучающихся,
 * родительские собрания, всеобуч). Two classes, each a row of the set (its source there):
 * - one four-digit year written twice across «-» or «/» right before a school-year word («2022-2022 учебный год», the row after
 *   «2021-2022 учебный год» of a council's table) is the school year that year names, 1 September to 31 August of the next;
 * - the next or the previous school year in words after «в» («в следующем / новом / прошлом учебном году»), written first, is the
 *   school year of the days, months and seasons after it that have no year, as a school year in figures written first is
 *   («Были оговорены сроки каникул в следующем учебном году, проведение ремонтных работ в летний период …» → the summer of 2022):
 *   September–December its first year, January–August its second.
 * Pins: two different years and a pair of one year with «гг.» or alone, the current school year («в текущем учебном году, в мае» stays
 * May 2021), the year a thing is for («комплектование на новый учебный год … с 1 июня»), the school year as a subject («Новый учебный
 * год продлится с 1 сентября по 26 мая»), a school year in words alone, the next calendar year («в следующем году, в мае»), a school year
 * in figures written first.
 */
import { distinctRows, cap, iso, lastDay, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** first years of a school year written twice, and the separators between the two */
const SAME_YEARS = [2019, 2022, 2024];
const SEPARATORS = ['-', '/', ' – '];
/** the school-year words after the pair, and the frames the pair stands in */
const SCHOOL_WORDS = ['учебный год', 'уч. г.', 'учебного года'];
const PAIR_FRAMES = ['{p}', 'План работы совета обучающихся на {p}'];
const PREPOSITIONAL = ['в {y} учебном году', 'В {y} учебном году'];

/** the school year in words after «в» and its shift from the context's (2020/21 in the calendar year 2021) */
const NAMED: Array<[string, number]> = [
  ['в следующем учебном году', 1],
  ['в предстоящем учебном году', 1],
  ['в новом учебном году', 1],
  ['в прошлом учебном году', -1],
  ['в прошедшем учебном году', -1],
];
/** what follows with no year: its first and last month, or a day */
const WHEN_MONTHS: Array<[string, number, number]> = [
  ['в летний период', 6, 8],
  ['летом', 6, 8],
  ['в мае', 5, 5],
  ['в январе', 1, 1],
  ['в марте', 3, 3],
  ['в октябре', 10, 10],
  ['осенью', 9, 11],
];
const WHEN_DAYS: Array<[string, number, number]> = [
  ['15 января', 1, 15],
  ['20 мая', 5, 20],
  ['1 сентября', 9, 1],
];
const NAMED_FRAMES = [
  '{sy}, {w}',
  'Были оговорены сроки каникул {sy}, проведение ремонтных работ {w} и создание мотивирующего образовательного пространства.',
  '{sy} заседания совета пройдут {w}',
];

/** the year of month `m` in the school year shifted `shift` from 2020/21 */
const yearOf = (shift: number, m: number): number => 2020 + shift + (m >= 9 ? 0 : 1);

const PINS: Row[] = [
  // two different years, a pair of one year with «гг.» or alone, read as before
  ['2022-2023 учебный год', range('2022-09-01', '2023-08-31')],
  ['2022-2022 гг.', range('2022-01-01', '2022-12-31')],
  ['2022-2022', range('2022-01-01', '2022-12-31')],
  ['2021-2023 гг.', range('2021-01-01', '2023-12-31')],
  // the current school year keeps the context year
  ['в текущем учебном году, в мае', range('2021-05-01', '2021-05-31')],
  ['В этом учебном году, в октябре', range('2021-10-01', '2021-10-31')],
  // the year a thing is for, the school year as the subject
  ['Комплектование МДОУ на новый учебный год осуществляется в период с 1 июня по 30 июня.', range('2021-06-01', '2021-06-30')],
  ['Новый учебный год продлится с 1 сентября по 26 мая.', range('2021-09-01', '2022-05-26')],
  ['Плановое комплектование на следующий учебный год начнётся 15 апреля и продлится до 31 июля.', range('2021-04-15', '2021-07-31')],
  // a school year in words alone, the next calendar year, a school year in figures written first
  ['в следующем учебном году', range('2021-09-01', '2022-08-31')],
  ['в прошлом учебном году', range('2019-09-01', '2020-08-31')],
  ['в следующем году, в мае', range('2022-05-01', '2022-05-31')],
  ['в 2021-2022 учебном году, в летний период', range('2022-06-01', '2022-08-31')],
  ['в 2021-2022 учебном году 15 января', on('2022-01-15')],
];

const fill = (frame: string, sy: string, w: string): string => frame.replace('{sy}', sy).replace('{w}', w);
const first = (frame: string, text: string): string => (frame.startsWith('{sy}') ? cap(text) : text);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('one year written twice before a school-year word', () => {
      for (const y of SAME_YEARS) {
        const e = range(`${y}-09-01`, `${y + 1}-08-31`);
        for (const sep of SEPARATORS) {
          for (const w of SCHOOL_WORDS) for (const f of PAIR_FRAMES) add(f.replace('{p}', `${y}${sep}${y} ${w}`), e);
          for (const f of PREPOSITIONAL) addAs(f.replace('{y}', `${y}${sep}${y}`), e);
        }
      }
    });
    section('the next or previous school year in words, then months and seasons', () => {
      for (const [sy, shift] of NAMED)
        for (const [w, m1, m2] of WHEN_MONTHS)
          for (const f of NAMED_FRAMES) addAs(first(f, fill(f, sy, w)), range(iso(m1, 1, yearOf(shift, m1)), iso(m2, lastDay(m2), yearOf(shift, m2))));
    });
    section('the next or previous school year in words, then a day', () => {
      for (const [sy, shift] of NAMED)
        for (const [w, m, d] of WHEN_DAYS)
          for (const f of NAMED_FRAMES) addAs(first(f, fill(f, sy, w)), on(iso(m, d, yearOf(shift, m))));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 201: councils and self-governance — a school year with one year written twice, the next or previous school year in words written first before months, seasons and days',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
