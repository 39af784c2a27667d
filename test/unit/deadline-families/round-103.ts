/**
 * Round 103 (corpus-real-91: school transport, sport and children's movements). One class the set's first run missed, as news and plans
 * of school events write it:
 * - the transitive finite forms of «завершить / завершать» — someone ends the thing («Месячник завершат 10 октября.», «Приём заявок
 *   завершим 30 июня», «Акцию завершили 15 мая») — are verbs of ending like the intransitive «завершится / завершился» (rounds 10 and
 *   65): by the day written after them, by a month's end, and by a day written before a present or future form; a day before a past
 *   form is the day it closed (round 65). «закончить / окончить» are left out: in school texts their transitive forms also mean
 *   finishing school («закончила школу в 1990 году»); the infinitive «завершить» too: a plan item's infinitive keeps its day or window
 *   (round 82). Both pinned below as they read.
 * The first template is the set's real row (its source in corpus-real-91.tsv).
 */
import { by, on, range, sectionsOf, type Row, type Family } from './kit';

/** the sentence around «{v}» (the verb) and «{d}» (the day) */
const FRAMES = [
  'Месячник {v} {d}',
  'Приём заявок {v} {d}',
  '{V} спартакиаду школьников {d}',
  'Сезон школьных перевозок {v} {d} в 14.00',
  'Работы по ремонту автобусов {v} не позже, чем {d}',
];
/** the day before the verb: a deadline for the present and future forms, the day it closed for the past ones (round 65) */
const FRAME_DAY_FIRST = '{d} {v} туристический слёт';
const NOW = ['завершат', 'завершим', 'завершают', 'завершаем', 'завершит', 'завершает'];
const PAST = ['завершили', 'завершил', 'завершила', 'завершило'];
const VERBS = [...NOW, ...PAST];
const DAYS: Array<[string, string]> = [
  ['10 октября', '2021-10-10'],
  ['30 июня', '2021-06-30'],
  ['25.08.2021', '2021-08-25'],
  ['31 мая 2021 года', '2021-05-31'],
  ['1 декабря', '2021-12-01'],
];
const MONTHS: Array<[string, string]> = [
  ['в октябре', '2021-10-31'],
  ['в мае', '2021-05-31'],
  ['в декабре 2021 года', '2021-12-31'],
];
const PINS: Row[] = [
  // the intransitive forms and a «к / до» read as before
  ['Месячник завершится 10 октября', by('2021-10-10')],
  ['Месячник завершат к 10 октября', by('2021-10-10')],
  ['Работы завершат до 25 августа', by('2021-08-25')],
  // «закончить / окончить» stay out: finishing school is no deadline's end
  ['Она закончила школу в 1990 году', range('1990-01-01', '1990-12-31')],
  ['Выпускники окончили школу в 2010 году', range('2010-01-01', '2010-12-31')],
  // a window written before the verb keeps its start
  ['Месячник проведут с 1 по 10 октября и завершат 15 октября', range('2021-10-01', '2021-10-15')],
  // a plan item's infinitive keeps its window (round 82), and a day before the past form with a year after it is still that day
  ['Капремонт планируют завершить в 2026 году', range('2026-01-01', '2026-12-31')],
  ['Завершить приём заявок 30 июня', on('2021-06-30')],
  ['1 апреля 2016 года ТИК завершила приём конкурсных работ для участия в муниципальном этапе олимпиады в 2016 году', on('2016-04-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    const fill = (frame: string, v: string, d: string): string =>
      frame.replace('{v}', v).replace('{V}', v[0]!.toUpperCase() + v.slice(1)).replace('{d}', d);
    section('transitive «завершить / завершать» before a day', () => {
      for (const frame of FRAMES) for (const v of VERBS) for (const [d, due] of DAYS) add(fill(frame, v, d), by(due));
    });
    section('transitive «завершить / завершать» after a day', () => {
      for (const v of NOW) for (const [d, due] of DAYS) add(fill(FRAME_DAY_FIRST, v, d), by(due));
      for (const v of PAST) for (const [d, due] of DAYS) add(fill(FRAME_DAY_FIRST, v, d), on(due));
    });
    section('transitive «завершить / завершать» before a month', () => {
      for (const frame of FRAMES.slice(0, 4)) for (const v of VERBS) for (const [d, due] of MONTHS) add(fill(frame, v, d), by(due));
    });
    section('transitive «завершить / завершать»: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 103: the transitive forms of «завершить / завершать» are verbs of ending',
  rows: () => sections().flatMap(([, rows]) => rows),
};
