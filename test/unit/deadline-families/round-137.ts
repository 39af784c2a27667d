/**
 * Round 137 (corpus-real-125: innovation and grant work of schools and kindergartens — инновационные площадки, премии лучшим учителям,
 * grants of schools). One class the set's first run missed, as news of contests, grants and premiums write it:
 * - a figure's change or spread «с / со / от N до M <noun>» — «число победителей выросло с 1000 до 1250 человек», «увеличится со 100 до
 *   125 премий», «конкурс собрал от 1000 до 1500 заявок», «грант вырос с 1000 до 1500 тысяч рублей» — is a count of things, a label like
 *   «25 человек» (round 61 read only «от N до M» with three figures at most; «с 1000 до 1250 человек» was `unparsed`, «непонятное число
 *   «1000»», and dropped the year written before it). A date or a year in the sentence keeps its reading.
 * Pins: a month, a unit of time or «числа» after the second figure keeps its reading («с 15 до 20 мая», «с 10 до 15 дней», «с 15 до 20
 * числа»); two years stay a window of years, with or without a word after them («с 2020 до 2025 года», «с 2021 до 2024 включительно»);
 * a time of day with no word stays as it was («с 9 до 18»); «с 10 до 15 человек» and «от 10 до 50 человек» stay labels.
 * The first template is the set's real row (its source in corpus-real-125.tsv).
 */
import { range, rec, unread, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the figure that changes, and its verb, as news of contests and grants write them */
const SUBJECTS = [
  'число победителей выросло',
  'количество участников увеличилось',
  'число премий увеличится',
  'конкурс собрал',
];
/** the figures: both counts that no year or date has */
const FIGURES: Array<[string, string]> = [
  ['1000', '1250'],
  ['100', '125'],
  ['1200', '1350'],
  ['300', '450'],
  ['150', '1000'],
  ['12000', '15000'],
];
/** the prepositions before the first figure («со» before «100», as Russian writes it before a cluster) */
const FROMS = (n: string): string[] => (n.startsWith('1') && n.length === 3 ? ['с', 'со', 'от'] : ['с', 'от']);
/** the nouns counted: people, things, money */
const NOUNS = ['человек', 'школ', 'заявок', 'тысяч рублей', 'млн рублей'];
/** the date written before, and what the text reads with the count as a label */
const LEADS: Array<[string, Expect]> = [
  ['С 2023 года', { kind: 'ongoing', start: '2023-01-01', due: null }],
  ['В 2024 году', range('2024-01-01', '2024-12-31')],
  ['С 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['', unread],
];

const PINS: Row[] = [
  // a month, a unit of time or «числа» after the second figure keeps its reading
  ['с 15 до 20 мая', range('2021-05-15', '2021-05-20')],
  ['с 1 до 15 сентября', range('2021-09-01', '2021-09-15')],
  ['с 15 до 20.05', range('2021-05-15', '2021-05-20')],
  ['с 10 до 15 дней', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  ['с 15 до 20 числа', rec('month', 20)],
  // two years stay a window of years
  ['с 2020 до 2025 года', range('2020-01-01', '2025-12-31')],
  ['с 2021 до 2024 включительно', range('2021-01-01', '2024-12-31')],
  ['с 2021 до 2024 г.', range('2021-01-01', '2024-12-31')],
  // a time of day with no word stays as it was
  ['с 9 до 18', { kind: 'unparsed', reason: /непонятное число «9»/ }],
  // small counts stay labels
  ['с 10 до 15 человек', unread],
  ['от 10 до 50 человек', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a figure\'s change or spread «с / со / от N до M <noun>» is a count, a label', () => {
      addAs('С 2023 года число победителей выросло с 1000 до 1250 человек.', { kind: 'ongoing', start: '2023-01-01', due: null });
      for (const [lead, e] of LEADS)
        for (const s of SUBJECTS)
          for (const [n, m] of FIGURES)
            for (const from of FROMS(n))
              for (const noun of NOUNS) add([lead, s, from, n, 'до', m, noun].filter(Boolean).join(' '), e);
    });
    section('figures of dates, spans and years: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 137: a figure\'s change or spread «с / со / от N до M <noun>» («выросло с 1000 до 1250 человек») is a count, a label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
