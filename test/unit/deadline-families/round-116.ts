/**
 * Round 116 (corpus-real-104: changes in the rules of schooling and their effective dates — the laws, orders and sanitary rules that
 * «вступают в силу» on a day and «действуют до» a later one). One class the set's first run missed, as news of new rules, orders' last
 * clauses and lists of documents write a rule's term:
 * - a bare year after round 39's «и действует / действуют / будет / будут действовать / продлится / продлятся до» that follows the day a
 *   rule comes into force: the window ends on that year's eve, as «до 2027 года» alone and «будут действовать до 2027 года» alone read
 *   («до» with a year means before it starts); the year written «года», «г.», «г» or bare, the start written «вступает / вступил /
 *   вступают в силу <день>», «с <день>», «вступает в силу с <день>», «с 01.09.2021».
 * Pins: a day after «до» keeps the day it names (round 39), «до 2029 года включительно» and «по 2027 год» keep the year, «до конца 2027
 * года» is by the year's end and «до начала сентября» is the month's eve (round 87), «до 2027 года» alone and after the verb alone read as
 * before.
 * The first template is the set's real row (its source in corpus-real-104.tsv).
 */
import { by, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the sentence around «{s} {v} {y}»: the start, the verb of lasting and the year */
const FRAMES = [
  'Они {s} {v} {y}',
  'Новые санитарные правила {s} {v} {y}',
  'Приказ {s} {v} {y}',
  '(Порядок {s} {v} {y})',
];
/** the start: the day the rule comes into force, and that day */
const STARTS: Array<[string, string]> = [
  ['вступят в силу 1 января', '2021-01-01'],
  ['вступает в силу 1 сентября 2021 года', '2021-09-01'],
  ['вступил в силу с 1 марта', '2021-03-01'],
  ['вступают в силу 01.09.2021', '2021-09-01'],
  ['с 1 сентября', '2021-09-01'],
  ['с 01.01.2021', '2021-01-01'],
];
/** the verb of lasting before «до» (round 39's list) */
const VERBS = ['и будут действовать до', 'и будет действовать до', 'и действует до', 'и действуют до', 'и продлится до', 'и продлятся до'];
/** the year after «до», and the window's last day: that year's eve */
const YEARS: Array<[string, string]> = [
  ['2027 года', '2026-12-31'],
  ['2030 года', '2029-12-31'],
  ['2027 г.', '2026-12-31'],
  ['2029 г', '2028-12-31'],
  ['2027', '2026-12-31'],
];

const PINS: Row[] = [
  // a day after «до» keeps the day it names (round 39)
  ['Приказ вступает в силу 1 сентября 2023 года и действует до 1 сентября 2029 года', range('2023-09-01', '2029-09-01')],
  ['(вступил в силу 01.09.2023 г. и действует до 31.08.2029 г.)', range('2023-09-01', '2029-08-31')],
  // «включительно» and «по» keep the year
  ['Порядок действует с 1 сентября 2023 года и действует до 2029 года включительно', range('2023-09-01', '2029-12-31')],
  ['с 1 сентября 2023 года и действует до 2029 г. включительно', range('2023-09-01', '2029-12-31')],
  ['вступает в силу 1 сентября и действует по 2027 год', range('2021-09-01', '2027-12-31')],
  // «до конца <года>» is by its end, «до начала <месяца>» the month's eve (round 87)
  ['с 1 сентября и действует до конца 2027 года', range('2021-09-01', '2027-12-31')],
  ['Набор стартует 6 июля и продлится до начала сентября', range('2021-07-06', '2021-08-31')],
  // «до <год> года» alone and after the verb alone, as before
  ['до 2027 года', by('2026-12-31')],
  ['Они будут действовать до 2027 года', by('2026-12-31')],
  ['Правила действуют до 2027 года', by('2026-12-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a bare year after «и действует / будет действовать / продлится до» ends the window on its eve', () => {
      for (const frame of FRAMES)
        for (const [s, start] of STARTS)
          for (const v of VERBS)
            for (const [y, eve] of YEARS) {
              const e: Expect = range(start, eve);
              add(frame.replace('{s}', s).replace('{v}', v).replace('{y}', y), e);
            }
    });
    section('«и действует до <год>»: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 116: a bare year after «и действует / будет действовать / продлится до» ends the window on that year\'s eve',
  rows: () => sections().flatMap(([, rows]) => rows),
};
