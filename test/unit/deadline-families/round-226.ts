/**
 * Round 226 (no set; a probe of a plan table's abbreviations). A count of times written short: «р.» (with its dot or not) after a count
 * of one or two figures up to 12 or a count word is «раз»; a slash glued to the period's word is «в» («1 раз/мес», «2 р/год»);
 * «уч. год» is the school year's unit after «раз в»; «ежедн.» is «ежедневно».
 * Pins: a price («100 р. в месяц», «5 р. в день»), «ГОСТ Р …», the full words as before.
 */
import { ongoing, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the count before the word of times */
const COUNTS = ['1', '2', '3', '12', 'один', 'два'];
/** the word of times, short */
const TIMES = ['р.', 'р', 'раз', 'раза'];
/** the period after «в» or a slash, and the repeat it gives */
const UNITS: Array<[string, 'week' | 'month' | 'quarter' | 'year']> = [
  ['мес.', 'month'],
  ['мес', 'month'],
  ['месяц', 'month'],
  ['нед.', 'week'],
  ['неделю', 'week'],
  ['четв.', 'quarter'],
  ['четверть', 'quarter'],
  ['кв.', 'quarter'],
  ['квартал', 'quarter'],
  ['год', 'year'],
  ['уч. год', 'year'],
];
/** what is done so often, `{t}` the count */
const FRAMES = ['{t}', 'Заседание ШМО {t}', 'Проверка дневников – {t}', 'в течение года, {t}'];

const PINS: Row[] = [
  // a price: more figures than a count of times, or the noun of money
  ['100 р. в месяц', unread],
  ['плата 50 р. в день', unread],
  // a standard's letter
  ['ГОСТ Р 7.0.97-2016', unread],
  // the full words as before
  ['1 раз в месяц', rec('month')],
  ['дважды в год', rec('year')],
  ['ежедневно', ongoing],
  ['1 раз в учебный год', rec('year')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count of times written short, per a period after «в» or a slash', () => {
      for (const f of FRAMES)
        for (const c of COUNTS)
          for (const t of TIMES) {
            if ((t === 'раз' || t === 'раза') && c !== '1' && c !== '2') continue; // the full words are round 17's
            for (const [u, every] of UNITS) {
              add(f.replace('{t}', `${c} ${t} в ${u}`), rec(every));
              if (!u.includes(' ')) add(f.replace('{t}', `${c} ${t}/${u}`), rec(every));
            }
          }
    });
    section('«ежедн.»', () => {
      for (const f of ['ежедн.', 'Утренний фильтр – ежедн.', 'ежедн. (в течение года)']) add(f, ongoing as Expect);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 226: a count of times written short — «1 р. в четв.», «2 р/год», «1 раз в уч. год», «ежедн.»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => [...new Map(sections().flatMap(([, rows]) => rows).map((r): [string, Row] => [r[0], r])).values()],
};
