/**
 * Round 279 (corpus-real-240: municipal improvement and the comfortable urban environment), two rules:
 * - «суток» counts days in «раз в <N> суток», as «дня / дней» do (round 209): «1 раз в 2 суток» (a yard-cleaning table's
 *   «Периодичность», https://docs.cntd.ru/document/456064716/titles/9MKIBD) was `unparsed`, «срок отсчитывается от события: «2
 *   суток»»; every 2–6 days is daily work (open-ended), every week or more a repeat (`week` when whole weeks). Pins: «раз в сутки»,
 *   «2 раза в сутки» (a count per day), «в течение 2 суток» (a bare span), «в течение 2 суток со дня …» (an event), «раз в 2 дня».
 * - after a day with its year written, «в <год> году» / «на <год> год» (or «г.») right after a noun or a participle of the clause
 *   is what the work is for, a label: «С 15 апреля по 30 мая 2022 года проходит рейтинговое голосование по отбору общественных
 *   территорий для благоустройства в 2022 году.» (https://arspik.ru/item/1208783) was a window to 2022-12-31, «27 мая 2024 года …
 *   пройдёт общественное обсуждение …, которое запланировано на 2025 год …» a window to 2025-12-31. Pins: a conjunction or a particle
 *   before «в» («…, но актуален и в 2021 году»), a finite verb («и продлится в 2022 году»), a comma («…, в 2021 году он продолжится»),
 *   an earlier year, no day with its year (the year is the day's), a year written first.
 */
import { distinctRows, by, ev, on, ongoing, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** «раз в <N> суток»: 2–6 daily work, a week's multiple `week`, any other count a repeat with no `every` */
const EVERY_DAYS: Array<[number, Expect]> = [
  [2, ongoing], [3, ongoing], [4, ongoing], [5, ongoing], [6, ongoing],
  [7, rec('week')], [14, rec('week')], [21, rec('week')], [10, rec(null)], [15, rec(null)], [30, rec(null)],
];
const TIMES = ['1 раз в', 'раз в', 'один раз в', 'не реже 1 раза в', 'не реже одного раза в', 'Уборка 1 раз в'];
const AFTER = ['', '.', ' (100% территории)', ';'];

/** a day with its year (the text's time) and the frame of the later year: [text with {y} for the day's year and {p} for the year's words, expect for year y] */
const PURPOSE: Array<[string, (y: number) => Expect]> = [
  ['С 15 апреля по 30 мая {y} года проходит рейтинговое голосование по отбору общественных территорий для благоустройства {p}.', (y) => range(`${y}-04-15`, `${y}-05-30`)],
  ['С 21 апреля по 12 июня {y} года проходит голосование по выбору территорий, планируемых к благоустройству в первоочередном порядке {p}.', (y) => range(`${y}-04-21`, `${y}-06-12`)],
  ['С 15 января по 15 февраля {y} года проводится открытое рейтинговое голосование по выбору общественных территорий для благоустройства {p}.', (y) => range(`${y}-01-15`, `${y}-02-15`)],
  ['27 мая {y} года пройдёт общественное обсуждение благоустройства детского сквера, которое запланировано {p}.', (y) => on(`${y}-05-27`)],
  ['До 25 декабря {y} года необходимо актуализировать свое заявление {p}.', (y) => by(`${y}-12-25`)],
  ['К 15 ноября {y} года правительство должно предоставить план мероприятий по подготовке и проведению {p} празднования юбилея.', (y) => by(`${y}-11-15`)],
];
/** the year's words after «в» and after «на», for a year */
const IN_YEAR = (y: number): string[] => [`в ${y} году`, `в ${y} г.`];
const FOR_YEAR = (y: number): string[] => [`на ${y} год`, `на ${y} г.`];

const PINS: Row[] = [
  // a count per day, a bare span, an event's span, «дня» (round 209)
  ['1 раз в сутки', ongoing],
  ['2 раза в сутки', ongoing],
  ['в течение 2 суток', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  ['не позднее 2 суток', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  ['в течение 2 суток со дня подачи заявления', ev('подачи')],
  ['1 раз в 2 дня', ongoing],
  ['раз в 10 дней', rec(null)],
  ['раз в 14 дней', rec('week')],
  // the later year joined to the clause, not to a noun: a conjunction, a particle, a verb, a comma
  ['Данный приказ был издан 30 июня 2016 года, но актуален и в 2021 году.', range('2016-06-30', '2021-12-31')],
  ['Приём начнётся 1 сентября 2021 года и продлится в 2022 году.', range('2021-09-01', '2022-12-31')],
  ['Проект стартовал 1 марта 2020 года, в 2021 году он продолжится.', range('2020-03-01', '2021-12-31')],
  ['С 15 апреля по 30 мая 2022 года проходит голосование, а в 2023 году пройдет снова.', range('2022-04-15', '2023-12-31')],
  // an earlier year, no day with its year, a year written first
  ['15 мая 2021 года, как и в 2020 году, пройдет субботник.', range('2020-01-01', '2021-05-15')],
  ['С 15 апреля по 30 мая 2022 года проходит голосование для благоустройства в 2021 году.', range('2021-01-01', '2022-05-30')],
  ['С 15 апреля по 30 мая проходит голосование для благоустройства в 2022 году.', range('2021-04-15', '2022-12-31')],
  ['В 2022 году с 15 апреля по 30 мая проходит голосование.', range('2022-04-15', '2022-05-30')],
  // round 267's year between an attribute and its noun, round 199's theme year
  ['18 декабря 2014 года состоялось итоговое в 2014 году заседание Совета.', on('2014-12-18')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«раз в <N> суток» counts days', () => {
      for (const [n, e] of EVERY_DAYS) for (const t of TIMES) for (const a of AFTER) add(`${t} ${n} суток${a}`, e);
    });
    section('a later year after a noun of the clause after a day with its year', () => {
      for (const [frame, e] of PURPOSE)
        for (const y of [2021, 2022, 2024])
          for (const later of [y, y + 1, y + 2]) {
            const words = frame.includes('заявление {p}') || frame.includes('запланировано {p}') ? FOR_YEAR(later) : IN_YEAR(later);
            for (const p of words) add(frame.replace('{y}', String(y)).replace('{p}', p), e(y));
          }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 279: «раз в <N> суток» counts days; a later year after a noun of the clause after a day with its year is a label',
  rows: () => distinctRows(sections()),
};
