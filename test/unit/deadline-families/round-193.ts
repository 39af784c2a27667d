/**
 * Round 193 (corpus-real-178, plans of methodical work). Two classes:
 *  1. A «семестр» of a school year is its half: «итоги первого семестра 2011-2012 учебного года» is 2011-09-01..12-31, as «первого
 *     полугодия 2011-2012 учебного года» reads; «второй семестр» the second half; in the calendar context «1 семестр» is the calendar
 *     year's first half, as «1 полугодие»; «до конца первого семестра» is by the half's end, «1 раз в семестр» a repeat with no `every`
 *     value (round 23's «раз в полугодие»).
 *  2. «старт [<its thing>] [будет / был] дан» before a day is the verb of starting, as round 85's «будет дан старт …»: the day after it
 *     opens the window (round 13: «стартует 2 октября» → `ongoing` from that day).
 * Pins: «полугодие» reads as before; «дан старт» and «старт … дан» right after a day stay that day; the noun alone («Старт акции –
 * 1 сентября») stays the day; a verb of ending before a «семестр» stays `by` (round 103's `finishingStudy`).
 * The first templates are real rows of corpus-real-178 (their sources there).
 */
import { by, on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the first and the second semester as plans write them, in the genitive, and which half each is */
const SEMESTERS_GEN: Array<[string, 1 | 2]> = [
  ['первого семестра', 1],
  ['1 семестра', 1],
  ['I семестра', 1],
  ['1-го семестра', 1],
  ['второго семестра', 2],
  ['2 семестра', 2],
  ['II семестра', 2],
  ['2-го семестра', 2],
];
/** the same in the nominative, accusative and prepositional, with the words before them */
const SEMESTERS_OTHER: Array<[string, 1 | 2]> = [
  ['первый семестр', 1],
  ['1 семестр', 1],
  ['I семестр', 1],
  ['в первом семестре', 1],
  ['в 1 семестре', 1],
  ['на первый семестр', 1],
  ['второй семестр', 2],
  ['2 семестр', 2],
  ['II семестр', 2],
  ['во втором семестре', 2],
  ['во 2 семестре', 2],
  ['на второй семестр', 2],
];
/** the school years the plans name, written as they write them, and the year the school year starts in */
const SCHOOL_YEARS: Array<[string, number]> = [
  ['2011-2012 учебного года', 2011],
  ['2019-2020 учебного года', 2019],
  ['2021-2022 учебного года', 2021],
  ['2022-2023 уч. года', 2022],
  ['2023/2024 учебного года', 2023],
];
/** words before a semester of a school year */
const LEADS = ['итоги', '· итоги', 'Анализ работы за', 'план работы на', 'в течение', 'отчёт за'];

/** the half of a school year starting in `y` */
const schoolHalf = (half: 1 | 2, y: number): Expect => (half === 1 ? range(`${y}-09-01`, `${y}-12-31`) : range(`${y + 1}-01-01`, `${y + 1}-08-31`));
/** the half of the calendar year 2021 */
const calHalf = (half: 1 | 2): Expect => (half === 1 ? range('2021-01-01', '2021-06-30') : range('2021-07-01', '2021-12-31'));

/** the noun «старт» and what it starts, before the verb */
const STARTS = ['Старт', 'Её старт', 'Его старт', 'Старт акции', 'Старт конкурса', 'Старт проекта', 'Старт марафона', 'Старт недели'];
/** the verb «дать» after «старт» */
const GIVEN = ['будет дан', 'был дан', 'дан'];
/** a place between the verb and the day */
const PLACES = ['', ' в Туле', ' в школе'];
/** the days after it, and the day each is */
const DAYS: Array<[string, string]> = [
  ['2 октября', '2021-10-02'],
  ['1 сентября', '2021-09-01'],
  ['15 мая', '2021-05-15'],
  ['01.09.2021', '2021-09-01'],
  ['10 января 2021 года', '2021-01-10'],
];
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

const PINS: Row[] = [
  // «полугодие» reads as before
  ['итоги первого полугодия 2011-2012 учебного года', range('2011-09-01', '2011-12-31')],
  ['II полугодие 2021-2022 уч. года', range('2022-01-01', '2022-08-31')],
  ['до конца первого полугодия', by('2021-06-30')],
  ['1 раз в полугодие', rec(null)],
  ['1 раз в триместр', rec(null)],
  // a verb of ending before a semester stays `by` its day (round 103)
  ['закончат семестр 27 декабря', by('2021-12-27')],
  ['окончат семестр 30 мая', by('2021-05-30')],
  // «дан старт» right after a day stays that day (round 88), and so does the turned order
  ['1 сентября дан старт акции', on('2021-09-01')],
  ['1 сентября старт был дан акции', on('2021-09-01')],
  ['2 октября старт будет дан в Туле', on('2021-10-02')],
  // the noun alone keeps its reading
  ['Старт акции – 1 сентября', on('2021-09-01')],
  ['Старт акции: 2 октября', on('2021-10-02')],
  // round 85's order reads as before
  ['будет дан старт акции 2 октября', from('2021-10-02')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a «семестр» of a school year is its half', () => {
      addAs('· итоги первого семестра 2011-2012 учебного года;', range('2011-09-01', '2011-12-31'));
      for (const lead of LEADS)
        for (const [sem, half] of SEMESTERS_GEN)
          for (const [sy, y] of SCHOOL_YEARS) addAs(`${lead} ${sem} ${sy}`, schoolHalf(half, y));
    });
    section('a «семестр» in the calendar context is the calendar year\'s half', () => {
      for (const [sem, half] of SEMESTERS_OTHER) add(sem, calHalf(half));
      for (const [sem, half] of SEMESTERS_GEN) {
        add(`до конца ${sem}`, by(half === 1 ? '2021-06-30' : '2021-12-31'));
        add(`в течение ${sem}`, calHalf(half));
      }
      for (const n of ['1 раз в семестр', 'раз в семестр', 'один раз в семестр', '2 раза в семестр', 'два раза в семестр', 'не реже 1 раза в семестр', 'до 2 раз в семестр'])
        add(n, rec(null));
    });
    section('«старт … дан» before a day is the verb of starting', () => {
      addAs('Её старт будет дан в Туле 2 октября — День среднего профессионального образования, где состоится награждения и подведение итогов Всероссийского конкурса среди педагогических работников системы СПО «Мастер года».', from('2021-10-02'));
      for (const start of STARTS)
        for (const given of GIVEN)
          for (const place of PLACES)
            for (const [day, iso] of DAYS) addAs(`${start} ${given}${place} ${day}.`, from(iso));
    });
    section('what stays as it was: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 193: a «семестр» is a half; «старт … дан» before a day is the verb of starting',
  rows: () => sections().flatMap(([, rows]) => rows),
};
