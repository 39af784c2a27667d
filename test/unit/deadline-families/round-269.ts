/**
 * Round 269 (found by reading every corpus text with what a cell may hold and no one sees): a soft hyphen where a word may break
 * («сен\u00adтября»), a stress mark («сентя́бря»), «й» and «ё» written as two characters (a letter and its combining mark, as a Mac or
 * a PDF writes them), a word joiner, and the marks of direction a page copies with its text. The text reads as without them: «до 15
 * сен\u00adтября 2021 г.» was a window to the end of 2021, «в течение учебного года» with a two-character «й» was not open-ended.
 * Pins: a zero-width space stays a space (round 249); a letter with its accent written as one character is left as it is.
 */
import { distinctRows, MONTHS_GEN, MONTHS_NOM, by, ev, iso, lastDay, ongoing, range, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** A soft hyphen after every second letter of each word of more than four letters (where Word would break it). */
const hyphenated = (t: string): string => t.replace(/[а-яё]{5,}/gi, (w) => w.replace(/([а-яё]{2})(?=[а-яё]{2})/gi, '$1\u00ad'));
/** A stress mark after the first vowel of each word of more than four letters. */
const stressed = (t: string): string => t.replace(/[а-яё]{5,}/gi, (w) => w.replace(/([аеиоуыэюя])/i, '$1\u0301'));
/** «й» and «ё» as a letter and its combining mark. */
const decomposed = (t: string): string => t.normalize('NFD');

const PLAIN: Row[] = [
  ['май 2021 г.', range('2021-05-01', '2021-05-31')],
  ['в течение учебного года', ongoing],
  ['в течение всего учебного года', ongoing],
  ['по утверждённому графику', sched('утвержденный график')],
  ['ежегодно в майские праздники', rec('year')],
  ['до 1 мая текущего года', by('2021-05-01')],
  ['за 10 дней до её начала', ev('за 10 дней до')],
  ['в последнюю пятницу каждого месяца', rec('month')],
  ['в первый учебный день', ev('в первый учебный день')],
  ['сентябрь-май', range('2021-09-01', '2022-05-31')],
];

const PINS: Row[] = [
  // a zero-width space stays a space (round 249)
  ['до\u200b15 сентября 2021 г.', by('2021-09-15')],
  // an accented letter written as one character is no mark: the word stays a word of its own
  ['до 15 сентябрé 2021 г.', range('2021-01-01', '2021-12-31')],
  // the text as it is written, with none of them
  ['до 15 сентября 2021 г.', by('2021-09-15')],
  ['Возраст участников с 14 лет до 21 года.', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a month with soft hyphens and with a stress mark', () => {
      MONTHS_GEN.forEach((m, k) => {
        const day = 10 + k;
        for (const form of [hyphenated, stressed]) {
          add(`до ${day} ${form(m)} 2021 г.`, by(iso(k + 1, day)));
          add(`с 1 по ${day} ${form(m)} 2021 года`, range(iso(k + 1, 1), iso(k + 1, day)));
          add(`${form(MONTHS_NOM[k]!)} 2021 г.`, range(iso(k + 1, 1), iso(k + 1, lastDay(k + 1))));
        }
      });
    });
    section('«й» and «ё» as two characters, soft hyphens, stress marks', () => {
      for (const [t, e] of PLAIN) for (const form of [decomposed, hyphenated, stressed]) if (form(t) !== t) add(form(t), e);
    });
    section('a word joiner and the marks of direction', () => {
      addAs('\u200eдо 15.09.2021\u200f', by('2021-09-15'));
      addAs('\u202bдо 15 сентября 2021 г.\u202c', by('2021-09-15'));
      addAs('до\u206015 сентября 2021 г.', by('2021-09-15'));
      addAs('с 1\u200c по 15\u200d сентября 2021 года', range('2021-09-01', '2021-09-15'));
      addAs('в течение \u2066учебного\u2069 года', ongoing);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 269: what a cell holds and no one sees (soft hyphens, stress marks, «й» and «ё» in two characters, joiners, marks of direction)',
  rows: () => distinctRows(sections()),
};
