/**
 * Round 259 (found by reading every corpus text with the dash between two numbers written as a hyphen, an en dash or an em dash): the
 * dash between two numbers reads the same whichever dash it is.
 * - An age «3–6 лет», «13 — 18 лет» after a noun of children is a label, as «3-6 лет» was (corpus-real-57's «Численность воспитанников
 *   в возрасте 3 - 6 лет указывается … на 1 января …» with an en dash was `unparsed`, «срок отсчитывается от события: «3 лет»»).
 * - «в <год> году» after two days of a month joined by a hyphen, «24-25 мая … в 2024 году», is the days' year, as with an en dash
 *   (corpus-real-113's row with a hyphen was 2021-05-24..2024-12-31).
 * Pins: a hyphen after letters or after a year («ГТО-25 мая», «2021-25 мая») joins no day, and reads as before.
 */
import { distinctRows, on, range, sectionsOf, type Family, type Row } from './kit';

const DASHES = ['-', '–', '—', ' - ', ' – ', ' — '];
const NOUNS = ['Численность воспитанников в возрасте', 'Дети', 'учащихся', 'для детей в возрасте', 'обучающиеся'];
const AGES: Array<[number, number]> = [[3, 6], [13, 18], [1, 3], [7, 11], [14, 17]];

const PINS: Row[] = [
  // a hyphen after letters or after a year joins no day: as before
  ['ГТО-25 мая в 2024 году', range('2021-05-25', '2024-12-31')],
  ['2021-25 мая в 2024 году', range('2021-01-01', '2024-12-31')],
  // an en dash, as before
  ['24–25 мая как даты проведения в 2024 году', range('2024-05-24', '2024-05-25')],
  // a span alone stays a span
  ['в течение 3-6 дней', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an age with any dash after a noun of children is a label', () => {
      NOUNS.forEach((noun, k) => {
        for (const [j, dash] of DASHES.entries()) {
          const [a, b] = AGES[(k + j) % AGES.length]!;
          add(`${noun} ${a}${dash}${b} лет указывается на 1 января`, on('2021-01-01'));
          add(`${noun} ${a}${dash}${b} лет — до 15 сентября`, { kind: 'by', due: '2021-09-15' });
        }
      });
    });
    section('a year after two days joined by any dash', () => {
      for (const dash of ['-', '–', '—']) {
        add(`24${dash}25 мая как даты проведения в 2024 году`, range('2024-05-24', '2024-05-25'));
        add(`Ведомство рекомендует 24${dash}25 мая как даты проведения в 2024 году в школах последних звонков`, range('2024-05-24', '2024-05-25'));
        addAs(`10${dash}12 октября пройдет форум в 2023 году`, range('2023-10-10', '2023-10-12'));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 259: the dash between two numbers reads the same whichever dash it is',
  rows: () => distinctRows(sections()),
};
