/**
 * Round 221 (corpus-real-201: the plans of implementing municipal and regional programmes — the passports and «Сроки реализации» of
 * programmes «Развитие образования», the Десятилетие детства plans, culture, sport and social support, with their date lines and
 * database cards). Two classes, each a row of the set (its source there):
 * - a plan's «на период до <год>» after the day the plan was approved is the plan's horizon, a label, as its «на 2021-2027 годы» after
 *   a day already was (round 79's `planPeriod`, which read «на период до» only before the dates): «29 марта 2021 г. Губернатором
 *   Иркутской области был утверждён план основных мероприятий, …, на период до 2027 года.» → on 2021-03-29;
 * - a periodical's quoted name right before «от <дата> №», a word of publishing a few tokens before the name, is the issue — the day it
 *   came out, not an act's date (round 11): «ОПУБЛИКОВАНО: «Волна» от 05.07.2011 №30;» → on 2011-07-05.
 * Pins: «на период до <год>» with no day (a `by` as before) or after a plan's years with no day (round 79), a plan's years after a day, an act's noun between the word of publishing
 * and the quoted name, a quoted name with no word of publishing, an act's date after «от» alone.
 */
import { distinctRows, by, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** days of approval, as news and acts write them, and the day each is */
const DAYS: Array<[string, string]> = [
  ['29 марта 2021 г.', '2021-03-29'],
  ['15.05.2021', '2021-05-15'],
  ['1 сентября 2020 года', '2020-09-01'],
  ['10 декабря 2019 г.', '2019-12-10'],
];
/** who approved what: a plan's, a programme's, a strategy's or a concept's noun, a few words or a participial phrase after it */
const APPROVED = [
  'Губернатором Иркутской области был утверждён план основных мероприятий, проводимых в рамках Десятилетия детства в Иркутской области,',
  'утверждена Стратегия развития образования',
  'правительство области утвердило программу развития',
  'утверждена Концепция развития дополнительного образования детей',
  'принят план мероприятий по реализации Стратегии',
  'утверждена дорожная карта развития системы образования района',
];
/** the horizon */
const HORIZONS = ['на период до 2027 года', 'на период до 2030 г.', 'на период до 2025 года', 'на период до 2035 года'];

/** words of publishing before a periodical's name */
const PUBLISHED = ['ОПУБЛИКОВАНО:', 'Опубликовано в газете', 'Опубликован в', 'Официальная публикация:', 'опубликовано в бюллетене', 'Официальное опубликование:'];
/** periodicals' quoted names */
const PERIODICALS = ['«Волна»', '"Российская газета"', '«Вестник Красноселья»', '“Наш край”'];
/** the issue's date, and its day */
const ISSUES: Array<[string, string]> = [
  ['05.07.2011', '2011-07-05'],
  ['5 мая 2020 г.', '2020-05-05'],
  ['12 марта 2021 года', '2021-03-12'],
];
const NUMBERS = ['№30', '№ 17', 'N 54', '№ 15(119)'];

const PINS: Row[] = [
  // «на период до <год>» with no day: the year before it, as before
  ['на период до 2025 года', by('2024-12-31')],
  ['Стратегия развития образования на период до 2030 года', by('2029-12-31')],
  // a plan's years after a day, as before
  ['29 марта 2021 г. утверждён план основных мероприятий на 2021-2027 годы.', on('2021-03-29')],
  // after a plan's years with no day, round 79's pin: the strategy's «до 2025 года» reads with them (corpus-real-199)
  ['Правительство РФ утвердило план мероприятий по реализации в 2013-2015 годах Стратегии государственной национальной политики Российской Федерации на период до 2025 года.', range('2013-01-01', '2024-12-31')],
  // a span with no plan's noun keeps its end
  ['с 1 марта на период до 2025 года', range('2021-03-01', '2025-12-31')],
  // an act's noun between the word of publishing and the name: the act's date, a label
  ['опубликован приказ «Об утверждении плана» от 05.07.2011 №30', unread],
  ['Опубликовано постановление "О программе" от 12.03.2021 № 54', unread],
  // a quoted name with no word of publishing, and an act's date alone, as before
  ['Приказ «О плане мероприятий» от 05.07.2011 №30', unread],
  ['Газета «Волна» от 05.07.2011 №30', unread],
  ['от 19.12.2017 года № 589', unread],
  ['Постановление Правительства РФ от 15.04.2014 N 296', unread],
  // a verb of publishing with the date right after it, as before (round 210)
  ['Опубликовано 15.03.2021 N 12', on('2021-03-15')],
  ['от 26.08.2020', on('2020-08-26')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a plan\'s «на период до <год>» after its day', () => {
      for (const [d, day] of DAYS)
        for (const a of APPROVED) for (const h of HORIZONS) add(`${d} ${a} ${h}`, on(day));
    });
    section('a periodical\'s issue after a word of publishing', () => {
      for (const w of PUBLISHED)
        for (const p of PERIODICALS)
          for (const [d, day] of ISSUES) for (const n of NUMBERS) addAs(`${w} ${p} от ${d} ${n}`, on(day));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 221: the plans of implementing programmes — a plan\'s «на период до <год>» after its day, a periodical\'s issue after a word of publishing',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
