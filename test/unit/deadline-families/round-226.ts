/**
 * Round 226 (no set; a probe of a plan table's abbreviations). A count of times written short: «р.» (with its dot or not) after a count
 * of one or two figures up to 12 or a count word is «раз»; a slash glued to the period's word is «в» («1 раз/мес», «2 р/год»);
 * «уч. год» is the school year's unit after «раз в»; «ежедн.» is «ежедневно». A date not yet known («дата уточняется», «сроки будут
 * уточнены», «время и место уточняются») is a schedule. «от … до …» with a day or a month on both sides is a window like «с … до …».
 * Pins: a price («100 р. в месяц», «5 р. в день»), «ГОСТ Р …», the full words as before; ages and amounts «от 5 до 17 лет», an act's
 * date «от 01.09.2021 № 5»; «Сроки уточнения списков» (a noun, no verb).
 */
import { distinctRows, iso, lastDay, MONTHS_GEN, ongoing, pad, range, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

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
  // ages, amounts and an act's date after «от»
  ['от 5 до 17 лет', { kind: 'unparsed', reason: /непонятное число/ }],
  ['для детей от 2 месяцев до 3 лет', unread],
  ['Приказ от 01.09.2021 № 5', unread],
  // an act's date, its noun or its number before «от», keeps the act's label before a deadline
  ['На основании письма Комитета по образованию от 27.02.2017 № 276 от 27.02.2017 до 1 сентября представить отчет', { kind: 'by', due: '2021-09-01' }],
  ['приказ от 01.09.2021 до 15.09', { kind: 'on', start: '2021-09-01', due: '2021-09-15' }],
  // the noun of making exact names a work, not a date to come
  ['Сроки уточнения списков', unread],
];

/** the subject and the verb of a date not yet known */
const UNKNOWN: string[] = [];
for (const subject of ['дата', 'Дата проведения', 'конкретная дата', 'точная дата проведения', 'срок', 'сроки', 'сроки проведения', 'точные сроки'])
  for (const verb of ['уточняется', 'уточняются', 'будет уточнена', 'будут уточнены', 'уточнится', 'уточнятся'])
    for (const tail of ['', ' дополнительно', ' позднее']) {
      const plural = /сроки/.test(subject);
      if (plural !== /ются|будут|ятся/.test(verb)) continue; // the verb agrees with its subject
      UNKNOWN.push(`${subject} ${verb}${tail}`);
    }
for (const s of ['время и место', 'дата и время', 'место и время']) for (const v of ['уточняются', 'будут уточнены']) UNKNOWN.push(`${s} ${v}`);

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
    section('a date not yet known', () => {
      for (const t of UNKNOWN) add(t, sched(t.toLowerCase()));
    });
    section('«от … до …» with a day or a month on both sides', () => {
      for (let m = 1; m <= 12; m++) {
        const g = MONTHS_GEN[m - 1]!;
        add(`от 1 ${g} до ${lastDay(m)} ${g}`, range(iso(m, 1), iso(m, lastDay(m))));
        add(`от 1 до 10 ${g}`, range(iso(m, 1), iso(m, 10)));
        add(`от 01.${pad(m)} до 10.${pad(m)}`, range(iso(m, 1), iso(m, 10)));
        add(`от 05.${pad(m)}.2021 до 20.${pad(m)}.2021`, range(iso(m, 5), iso(m, 20)));
        if (m < 12) add(`от ${MONTHS_GEN[m - 1]} до ${MONTHS_GEN[m]}`, range(iso(m, 1), iso(m + 1, lastDay(m + 1))));
      }
      add(`Приём заявлений от 1 апреля до 30 июня`, range('2021-04-01', '2021-06-30'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 226: a count of times written short — «1 р. в четв.», «2 р/год», «1 раз в уч. год», «ежедн.»; «дата уточняется»; «от … до …»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
