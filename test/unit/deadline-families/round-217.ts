/**
 * Round 217 (corpus-real-199: countering the ideology of terrorism and extremism, the harmony of interethnic relations — the plans
 * of regions, districts and education offices, programmes and their acts, schools' pages). Five classes, each a row of the set (its
 * source there):
 * - two whole month forms of one singular case glued into one word are the two months with the dash the page lost, a window
 *   («сентябрьоктябрь», and corpus-real-105's «в январемарте»);
 * - a lesson, a class, a training or a lecture after «перед» inside a sentence is an event like «перед поездкой» («В каждом классе
 *   перед уроками были проведены …»);
 * - a Cyrillic «Н» alone before a number right after a year is the number sign «N», so the act's date before it is a label
 *   («Приказ министерства образования и науки рф от 10 декабря 2013 г. Н 1324»);
 * - a bare «Пр-<номер>», the index of the President's instructions, is an act's number like «№ <номер>», so the date before it
 *   stays the day («28.11.2014, Пр-2753»);
 * - a month, or a part of it, right after a day of that same month is the day's own year, not the next («17.12.2012 Во второй
 *   половине декабря …»).
 * Pins: months glued with a dash or a space, a word that is no pair of months, «перед началом учебного года», a Latin «N» and
 * «N Пр-…» after a date, another month before the day's in the calendar after a date, a month after a day of another month.
 */
import { ev, months, on, range, sectionsOf, unread, MONTHS_NOM, type Family, type Row } from './kit';

/** Month forms by case: prepositional and genitive, in month order. */
const MONTHS_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): string => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
const first = (y: number, m: number): string => `${y}-${pad(m)}-01`;
/** The window of months a..b (1–12) in 2021, the end in 2022 when it comes before the start in the calendar. */
const window = (a: number, b: number): ReturnType<typeof range> => range(first(2021, a), lastDay(b < a ? 2022 : 2021, b));

/** what stands after «перед» — a lesson, a class, a training, a lecture, with an adjective or not */
const BEFORE = [
  'перед уроками', 'перед уроком', 'перед занятием', 'перед занятиями', 'перед тренировкой', 'перед тренировками', 'перед лекцией',
  'перед лекциями', 'перед каждым уроком', 'перед каждым занятием', 'перед очередной тренировкой',
];
const BEFORE_FRAMES = ['{p}', 'Инструктаж {p}', 'Проводится беседа {p}'];

/** act dates, a Cyrillic «Н» with a number after them, and what may stand before */
const ACT_DATES = ['от 10 декабря 2013 г.', 'от 10.12.2013', 'от 10 декабря 2013 года', 'от 10.12.2013 г.'];
const CYRILLIC_NUMBERS = ['Н 1324', 'Н1324', 'Н 15-р'];
const ACTS = ['', 'Приказ министерства образования и науки рф ', 'Постановление администрации '];

/** dates with a bare index of the President's instructions after them */
const PRESIDENT_DATED: Array<[string, string]> = [
  ['28.11.2014', '2014-11-28'],
  ['28 ноября 2014 г.', '2014-11-28'],
  ['30.12.2023', '2023-12-30'],
  ['26 апреля 2013 года', '2013-04-26'],
];
const INDEXES = ['Пр-2753', 'Пр-1069', 'Пр-2610'];
const APPROVED = ['', 'Утверждена Президентом РФ '];

export const family: Family = {
  title: 'round 217: two month forms glued into one word; a lesson after «перед»; a Cyrillic «Н» and a bare «Пр-» as number signs; a month after a day of that month keeps its year',
  rows: (): Row[] =>
    sectionsOf((section, add, addAs) => {
      section('two nominative months glued', () => {
        for (let a = 1; a <= 12; a++) for (let b = 1; b <= 12; b++) if (a !== b) addAs(MONTHS_NOM[a - 1]! + MONTHS_NOM[b - 1]!, window(a, b));
      });
      section('two prepositional or genitive months glued, in a sentence', () => {
        for (let a = 1; a < 12; a++) {
          add(`Проводятся в ${MONTHS_PREP[a - 1]}${MONTHS_PREP[a]}`, window(a, a + 1));
          addAs(`с ${MONTHS_GEN[a - 1]}${MONTHS_GEN[a]} 2022 года`, range(first(2022, a), lastDay(2022, a + 1)));
        }
      });
      section('a lesson after «перед»', () => {
        for (const p of BEFORE) for (const f of BEFORE_FRAMES) add(f.replace('{p}', p), ev('перед'));
      });
      section('a Cyrillic «Н» after an act\'s date', () => {
        for (const d of ACT_DATES) for (const n of CYRILLIC_NUMBERS) for (const a of ACTS) addAs(`${a}${d} ${n}`, unread);
      });
      section('a bare «Пр-» index after a date', () => {
        for (const [d, iso] of PRESIDENT_DATED) for (const i of INDEXES) for (const a of APPROVED) addAs(`${a}${d}, ${i}`, on(iso));
      });
      section('a month after a day of that month', () => {
        for (let m = 1; m <= 12; m++) {
          const day = `17.${pad(m)}.2012`;
          add(`${day} Во второй половине ${MONTHS_GEN[m - 1]} прошли лекции`, range(`2012-${pad(m)}-16`, lastDay(2012, m)));
          add(`${day} В ${MONTHS_PREP[m - 1]} прошли лекции`, range(first(2012, m), lastDay(2012, m)));
        }
      });
      section('pins: what reads as before', () => {
        addAs('сентябрь-октябрь', range('2021-09-01', '2021-10-31'));
        addAs('сентябрь октябрь', months('2021-09-01', '2021-10-31'));
        addAs('в январе', range('2021-01-01', '2021-01-31'));
        addAs('перед началом учебного года', { kind: 'by', due: '2021-08-31' });
        addAs('Перед началом осенних каникул', ev('перед началом'));
        addAs('от 10.12.2013 N 1324', unread);
        addAs('(с изменениями от 05.10.2016 г. N Пр-1060)', unread);
        addAs('15.12.2012, январь', range('2012-12-15', '2013-01-31'));
        addAs('17.12.2012, 5 января', on('2013-01-05', '2012-12-17'));
        addAs('17.11.2012 В декабре', range('2012-11-17', '2012-12-31'));
      });
    }).flatMap(([, rows]) => rows),
};
