/**
 * Round 276 (no set; found by parsing a public list of real deadline strings), one rule:
 * - an hour before a day after «до / к / не позднее» (round 60, round 264) reads the same when its words are abbreviated with a dot
 *   («ч.», «час.», «мин.») and when the day is written in figures: «До 12 ч. 00 мин. 09.03.2023.» (a list of deadline strings in a
 *   public repository's task of normalising dates and times, store file id 26542118868) → by 2023-03-09 (it was `unparsed`,
 *   «срок отсчитывается от события: «12 ч»»). Pins: an hour with no day after it, a count of hours after «в течение / за», an hour
 *   before a number that is no date.
 */
import { distinctRows, bareSpan, by, ev, MONTHS_GEN, iso, sectionsOf, type Family, type Row } from './kit';

/** the words before the hour, the hours and their words, the minutes */
const BEFORE = ['до', 'не позднее', 'не позже'];
const HOURS: Array<[string, string]> = [
  ['12', 'ч.'],
  ['18', 'ч.'],
  ['24', 'ч.'],
  ['17', 'час.'],
  ['12', 'часов'],
  ['18', 'ч'],
];
const MINUTES = ['', ' 00 мин.', ' 30 мин.', ' 00 мин', ' 00 минут'];

const PINS: Row[] = [
  // an hour with no day after it, a count of hours, a number that is no date — as before
  ['до 18 ч. 30 мин.', bareSpan],
  ['в течение 24 ч. 15 ноября', bareSpan],
  ['за 3 ч. до начала', ev('начал')],
  ['в течение 24 часов после получения', ev('получени')],
  ['до 18.00 15 ноября', by('2021-11-15')],
  ['15 ноября до 24 ч.', by('2021-11-15')],
  ['До 09:00 ч. 07.03.2023', by('2023-03-07')],
  ['До 11-00ч 07.03.2022г.', by('2022-03-07')],
  ['До 10.00,. 06.03.2023г.', by('2023-03-06')],
  ['до 12 ч. 5.5 баллов', { kind: 'unparsed', reason: /непонятное число/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an hour with its words abbreviated, before a day and its month', () => {
      MONTHS_GEN.forEach((m, k) => {
        const day = 3 + 2 * k;
        for (const b of BEFORE)
          for (const [h, w] of HOURS)
            for (const min of MINUTES) {
              add(`${b} ${h} ${w}${min} ${day} ${m}`, by(iso(k + 1, day)));
              addAs(`${b} ${h} ${w}${min} ${day} ${m} 2022 г.`, by(iso(k + 1, day, 2022)));
            }
      });
    });
    section('an hour before a day in figures', () => {
      for (const b of BEFORE)
        for (const [h, w] of HOURS)
          for (const min of MINUTES)
            for (const [d, due] of [['09.03.2023', '2023-03-09'], ['15.11.2021', '2021-11-15'], ['01.09', '2021-09-01'], ['31.12.2021 г.', '2021-12-31']] as const)
              add(`${b} ${h} ${w}${min} ${d}`, by(due));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 276: an hour before a day with its words abbreviated («до 12 ч. 00 мин. 09.03.2023»)',
  rows: () => distinctRows(sections()),
};
