/**
 * Round 235 (a probe of self-written cells, no set): two or more weeks of one weekday of a month are one day each. «в первую и третью
 * субботу октября» was only the third Saturday, «во 2-ю и 4-ю среду февраля» was `unparsed`, «в первую и последнюю субботу
 * сентября» was only the last; each is now `on` with one day for each week, the first its start and the last its due. The last is the
 * fifth, as round 95 reads «в последнюю субботу» (a month lacking it gives its fourth).
 * Pins: one week of the weekday (rounds 95 and 191 as before), the same weeks of every month (round 127: a repeat), weeks of a month
 * with no weekday (round 170: a window).
 */
import { distinctRows, on, pad, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the weekday's words in the accusative after «в», and its number (1 = Monday), with the ordinals' gender */
const WEEKDAYS: Array<[string, number, 'f' | 'm' | 'n']> = [
  ['понедельник', 1, 'm'],
  ['вторник', 2, 'm'],
  ['среду', 3, 'f'],
  ['четверг', 4, 'm'],
  ['пятницу', 5, 'f'],
  ['субботу', 6, 'f'],
  ['воскресенье', 7, 'n'],
];
const ORDINALS: Record<'f' | 'm' | 'n', string[]> = {
  f: ['первую', 'вторую', 'третью', 'четвертую', 'пятую'],
  m: ['первый', 'второй', 'третий', 'четвертый', 'пятый'],
  n: ['первое', 'второе', 'третье', 'четвертое', 'пятое'],
};
const SUFFIX: Record<'f' | 'm' | 'n', string> = { f: 'ю', m: 'й', n: 'е' };
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** the weeks named, and how they are joined */
const WEEKS: Array<[number[], string[]]> = [
  [[1, 3], ['и']],
  [[2, 4], ['и']],
  [[1, 2], ['и']],
  [[1, 2, 3], [',', 'и']],
];

/** The day of the `nth` `weekday` of `month` in 2021; the fifth is the last (a month lacking it gives its fourth). */
function nthWeekday(month: number, nth: number, weekday: number): string {
  const first = new Date(Date.UTC(2021, month - 1, 1)).getUTCDay() || 7;
  let day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  if (day > new Date(Date.UTC(2021, month, 0)).getUTCDate()) day -= 7;
  return `2021-${pad(month)}-${pad(day)}`;
}

/** «первую и третью», «1-ю и 3-ю», «первую, вторую и третью» */
function joined(words: string[], joins: string[]): string {
  return words.map((w, k) => (k === 0 ? w : `${joins[k - 1] === ',' ? ',' : ` ${joins[k - 1]}`} ${w}`)).join('');
}

const PINS: Row[] = [
  // one week of the weekday, as before (round 95's last, round 191's months after it)
  ['в первую субботу сентября', on('2021-09-04')],
  ['в последнюю субботу сентября', on('2021-09-25')],
  ['во вторую среду февраля', on('2021-02-10')],
  // the same weeks of every month: a repeat (round 127)
  ['во вторую и четвертую субботу месяца', rec('month')],
  ['каждую первую и третью среду месяца', rec('month')],
  // weeks of a month with no weekday: a window (round 170)
  ['первая и вторая неделя сентября', range('2021-09-01', '2021-09-14')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('two or more weeks of one weekday of a month, in words and in figures', () => {
      for (const [weekday, n, gender] of WEEKDAYS)
        for (const [month, gen] of MONTHS_GEN.entries())
          for (const [weeks, joins] of WEEKS) {
            const e: Expect = on(nthWeekday(month + 1, weeks.at(-1)!, n), nthWeekday(month + 1, weeks[0]!, n));
            const prep = weekday === 'вторник' ? 'во' : 'в';
            const words = joined(weeks.map((w) => ORDINALS[gender][w - 1]!), joins);
            const prepWords = /^вт/.test(words) ? 'во' : prep;
            add(`${prepWords} ${words} ${weekday} ${gen}`, e);
            const figures = joined(weeks.map((w) => `${w}-${SUFFIX[gender]}`), joins);
            add(`${prep} ${figures} ${weekday} ${gen}`, e);
          }
    });
    section('the first and the last', () => {
      for (const [weekday, n, gender] of WEEKDAYS)
        for (const [month, gen] of MONTHS_GEN.entries()) {
          const last = gender === 'f' ? 'последнюю' : gender === 'm' ? 'последний' : 'последнее';
          add(`в ${ORDINALS[gender][0]} и ${last} ${weekday} ${gen}`, on(nthWeekday(month + 1, 5, n), nthWeekday(month + 1, 1, n)));
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 235: two or more weeks of one weekday of a month — «в первую и третью субботу октября», «во 2-ю и 4-ю среду февраля» — are a day each',
  rows: () => distinctRows(sections()),
};
