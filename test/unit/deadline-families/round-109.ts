/**
 * Round 109 (corpus-real-97: national educational campaigns in schools). One class the set's first run missed, as news and plans of
 * school events write it:
 * - «первый / последний день <месяца>» is that one day, as round 74 reads «в последний день лета»: «Последний день октября стал
 *   стартом проекта …» → 10-31 (it was the month, 10-01..10-31), «в первый день марта» → 03-01, «в последний день февраля» → 02-28
 *   (a year not written: a common year). Any case of «первый / последний» and «день»; the month's year when written.
 * The first template is the set's real row (its source in corpus-real-97.tsv). Pins: a month alone, another ordinal, «день» alone
 * before the month, a last week and a repeat of the month's last day read as before.
 */
import { by, iso, lastDay, MONTHS_GEN, on, range, rec, sectionsOf, type Family, type Row } from './kit';

/** the sentence around «{d}» (the edge day with its month) */
const FRAMES = [
  '{D} стал стартом проекта «Кинозал Советского Кино» детского объединения «Вершины мудрости»',
  'В {d} в школе прошел показ фильма',
  '{D} — Всероссийский урок цифры',
  'Диктант пройдет в {d}',
  'В {d} состоялся Культурный марафон',
  'Итоги подведут в {d}',
];
/** the edge words in the case each frame needs: nominative for «{D}», accusative (= nominative) after «в» */
const EDGES: Array<[string, 'first' | 'last']> = [
  ['последний день', 'last'],
  ['первый день', 'first'],
];
const PINS: Row[] = [
  // a month alone stays its window
  ['В октябре в школе прошел показ фильма', range('2021-10-01', '2021-10-31')],
  // another ordinal, or «день» alone, before a month keeps the month as before
  ['Третий день октября стал стартом проекта', range('2021-10-01', '2021-10-31')],
  ['День октября', range('2021-10-01', '2021-10-31')],
  // the month's last week and a repeat of the month's last day read as before
  ['в последнюю неделю октября', range('2021-10-25', '2021-10-31')],
  ['каждый последний день месяца', rec('month')],
  // a season's edge day as round 74
  ['В последний день лета', on('2021-08-31')],
  // a limit before the month's last day is by that day
  ['до последнего дня октября', by('2021-10-31')],
  // a year written with the month
  ['В первый день марта 2022 года', on('2022-03-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«первый / последний день <месяца>» is that one day', () => {
      for (const frame of FRAMES)
        for (const [edge, which] of EDGES)
          MONTHS_GEN.forEach((m, idx) => {
            const d = `${edge} ${m}`;
            const day = which === 'first' ? 1 : idx === 1 ? 28 : lastDay(idx + 1);
            add(frame.replace('{d}', d).replace('{D}', d[0]!.toUpperCase() + d.slice(1)), on(iso(idx + 1, day)));
          });
    });
    section('«первый / последний день <месяца>»: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 109: «первый / последний день <месяца>» is that one day',
  rows: () => sections().flatMap(([, rows]) => rows),
};
