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

/** the sentence around «{a} {y}» (a legal act's noun in the case the frame needs and the act's year), and what it reads */
const ACT_FRAMES: Array<[string, 'nom' | 'ins' | 'dat', Expect]> = [
  ['с 1 сентября 2024 года вступил в силу {a} {y}, запрещающий ученикам использовать телефоны', 'nom', { kind: 'ongoing', start: '2024-09-01', due: null }],
  ['{a} {y} вступает в силу с 1 сентября', 'nom', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['{a} {y} действует до 31 мая', 'nom', by('2021-05-31')],
  ['В соответствии с {a} {y} документы принимаются до 1 марта', 'ins', by('2021-03-01')],
  ['Согласно {a} {y} прием заявлений начинается 1 апреля и завершается 30 июня', 'dat', range('2021-04-01', '2021-06-30')],
];
/** the act's noun in the nominative, the instrumental and the dative */
const ACTS: Record<'nom' | 'ins' | 'dat', string[]> = {
  nom: ['федеральный закон', 'закон', 'областной закон', 'приказ', 'указ', 'постановление', 'распоряжение'],
  ins: ['федеральным законом', 'приказом', 'указом', 'постановлением', 'распоряжением'],
  dat: ['федеральному закону', 'приказу', 'указу', 'постановлению', 'распоряжению'],
};
/** the act's year as news and clauses write it */
const ACT_YEARS = ['2023 года', '2012 года', '2020 г.', '2019 г'];
const fromYear = (start: string): Expect => ({ kind: 'ongoing', start, due: null });
const ACT_PINS: Row[] = [
  // with «в» between, the year is when
  ['приказ в 2021 году', range('2021-01-01', '2021-12-31')],
  ['В 2012 году принят закон об образовании', range('2012-01-01', '2012-12-31')],
  // a year after «с», «за», «до» reads as before
  ['Закон действует с 2023 года', fromYear('2023-01-01')],
  ['Отчет о выполнении приказа за 2020 год', range('2020-01-01', '2020-12-31')],
  ['Приказ действует до 2027 года', by('2026-12-31')],
  // a date written after an act's noun is the date
  ['приказ 15 марта 2021 года', { kind: 'on', start: '2021-03-15', due: '2021-03-15' }],
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
    section('a year right after a legal act\'s noun names the act, a label', () => {
      for (const [frame, form, e] of ACT_FRAMES) for (const a of ACTS[form]) for (const y of ACT_YEARS) add(frame.replace('{a}', a).replace('{y}', y), e);
    });
    section('an act\'s year: pins', () => ACT_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 116: a bare year after «и действует / будет действовать / продлится до» ends the window on that year\'s eve; a year after a legal act\'s noun names the act',
  rows: () => sections().flatMap(([, rows]) => rows),
};
