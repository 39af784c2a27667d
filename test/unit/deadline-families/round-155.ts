/**
 * Round 155 (corpus-real-143: methodical work of schools and of municipal methodical services — ИМЦ, ММЦ, РМЦ, наставничество, young
 * teachers). One class the set's first run missed, as orders and plans write it:
 * - a range of parts after the noun of a part of a document — «согласно приложению 1-21», «пункты 2.1-2.4», «разделами 3–5», «п.
 *   1-3» — is one label, like the single number after such a noun (round 6: «согласно приложению 1»); the end of the range was
 *   `unparsed`, «непонятное число «21»», and so lost the text's dates. Only a dash glued on both sides.
 * Pins: a month word or a date's dot after the dash keeps the dates («п. 2-15 мая», «п. 1-15.05»); a spaced dash; a single part's
 * number; the number sign's codes; a range of parts alone reads nothing.
 * The first template is the set's real row (its source in corpus-real-143.tsv).
 */
import { by, ev, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** what holds the dates, with the expected reading */
const DATES: Array<[string, Expect]> = [
  ['в 2021-2022 учебном году', range('2021-09-01', '2022-08-31')],
  ['до 15 мая', by('2021-05-15')],
  ['с 1 по 10 марта', range('2021-03-01', '2021-03-10')],
  ['1 сентября', on('2021-09-01')],
  ['в течение года', ongoing],
  ['ежемесячно', rec('month')],
  ['в ноябре 2023 года', range('2023-11-01', '2023-11-30')],
];
/** a preposition and the noun of a part, as orders write them */
const REFERENCES = [
  'согласно приложению',
  'согласно приложениям',
  'в соответствии с пунктами',
  'в соответствии с разделами',
  'по пунктам',
  'согласно п.',
  'согласно пп.',
  'см. прил.',
  'согласно таблицам',
  'в соответствии со статьями',
];
/** the range of parts */
const PART_RANGES = ['1-21', '2-5', '3.1-3.4', '2.1-2.10', '1–3', '10—12'];
/** what follows the reference */
const TAILS = ['', ' к настоящему приказу', ' положения', ' плана'];

const PINS: Row[] = [
  // a month word or a date's dot after the dash: the dates (as before)
  ['п. 2-15 мая', on('2021-05-15')],
  ['п. 1-15.05', on('2021-05-15')],
  ['согласно приложению 2-10 сентября', on('2021-09-10')], // the appendix's number, then its day
  // a single part's number, with the dates around it (round 6)
  ['с 14 по 22 марта 2006 года согласно приложению 1', range('2006-03-14', '2006-03-22')],
  ['до 15 мая, п. 2.3 положения', by('2021-05-15')],
  // the number sign's code, and a spaced dash, as before
  ['до 1 июня, протокол № 1-21', by('2021-06-01')],
  ['до 1 июня, приказ № 5-р', by('2021-06-01')],
  // a range of parts alone reads nothing
  ['согласно приложению 1-21', unread],
  ['в соответствии с пунктами 3-5 Положения', unread],
  // an offset after the reference stays an event
  ['согласно пунктам 2-4, не позднее чем за 10 дней до начала проверки', ev('начала')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a range of parts after the noun of a part of a document is one label', () => {
      addAs('1. Утвердить требования к организации и проведению муниципального этапа всероссийской олимпиады школьников в 2021-2022 учебном году согласно приложению 1-21 к настоящему приказу.', range('2021-09-01', '2022-08-31'));
      for (const [dates, e] of DATES)
        for (const ref of REFERENCES)
          for (const parts of PART_RANGES)
            for (const tail of TAILS) {
              add(`${dates} ${ref} ${parts}${tail}`, e);
              addAs(`${ref} ${parts}${tail}, ${dates}`, e);
            }
    });
    section('the range of parts: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 155: a range of parts after the noun of a part of a document («согласно приложению 1-21») is one label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
