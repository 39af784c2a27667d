/**
 * Round 123 (corpus-real-111: financial and digital literacy in schools — the Bank of Russia's онлайн-уроки and онлайн-зачет, Недели
 * финансовой грамотности, «Урок цифры», «Цифровой диктант», the Единый урок по безопасности в сети «Интернет», информационная
 * безопасность детей plans). No parser change: the set's one first-run miss was a label against round 88's decision, and the label was
 * changed to it. This family pins that reading for every way news writes an edition's number, so that it cannot change unseen:
 * - an ordinal before a repeat adjective in the nominative with a coming verb — a word («пятый», «седьмая», «двадцать пятый»), a Roman
 *   numeral («VIII ежегодный», «XXV ежегодная») or figures with their ending («5-й», «10-я») — stays a repeat, over the window its days
 *   name («С 1 по 15 декабря пройдет пятый ежегодный Всероссийский онлайн-зачет …» → yearly, 12-01..12-15) or over the period (round
 *   88's «7-я ежегодная ярмарка пройдет 5 мая»);
 * - a held edition (round 59's past verb) is its day, and an edition dated in full (a month with its year) is its window;
 * - «очередной» names one meeting of the series (round 56), as before.
 * The first template is the set's real row (its source in corpus-real-111.tsv).
 */
import { on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** ordinals of one edition as news writes them, by the gender of the noun they go with */
const ORDINALS = {
  m: ['пятый', 'седьмой', 'третий', 'двадцать пятый', 'V', 'VIII', 'XXV', '5-й', '10-й'],
  f: ['пятая', 'седьмая', 'двадцать пятая', 'VIII', 'XXV', '7-я', '10-я'],
};
const yearlyOver = (start: string, due: string): Expect => ({ kind: 'recurring', every: 'year', day: null, start, due });
/** the sentence around «{o}» (the ordinal), its noun's gender, and what it gives */
const FRAMES: Array<[string, keyof typeof ORDINALS, Expect]> = [
  // a coming edition: the repeat stays (rounds 56 and 88)
  ['С 1 по 15 декабря пройдет {o} ежегодный Всероссийский онлайн-зачет по финансовой грамотности, который организует Банк России совместно с Агентством стратегических инициатив', 'm', yearlyOver('2021-12-01', '2021-12-15')],
  ['с 7 по 28 октября пройдет {o} ежегодный онлайн-зачет', 'm', yearlyOver('2021-10-07', '2021-10-28')],
  ['{o} ежегодная ярмарка пройдет 5 мая', 'f', rec('year')],
  // a held edition is its day, an edition dated in full its window (round 59)
  ['15 мая прошел {o} ежегодный фестиваль финансовой грамотности', 'm', on('2021-05-15')],
  ['{o} ежегодный Всероссийский онлайн-зачет по финансовой грамотности проходит с 1 по 15 декабря 2022 года', 'm', range('2022-12-01', '2022-12-15')],
];
const PINS: Row[] = [
  // «очередной» names one meeting of the series (round 56)
  ['С 1 по 15 декабря пройдет очередной ежегодный онлайн-зачет', range('2021-12-01', '2021-12-15')],
  // no ordinal: the repeat over the window, as before
  ['С 1 по 15 декабря пройдет ежегодный онлайн-зачет', yearlyOver('2021-12-01', '2021-12-15')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('an ordinal before a repeat adjective («пятый ежегодный», «VIII ежегодная», «5-й ежегодный»): a coming edition stays a repeat, a held or fully dated one is its day or window', () => {
      for (const [frame, gender, e] of FRAMES) for (const o of ORDINALS[gender]) add(frame.replace('{o}', o), e);
    });
    section('editions of a series: «очередной» and no ordinal', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 123 (pins, no parser change): an ordinal before a repeat adjective («пятый ежегодный», «VIII ежегодная», «5-й ежегодный») with a coming verb stays a repeat, as round 88 decided for figures',
  rows: () => sections().flatMap(([, rows]) => rows),
};
