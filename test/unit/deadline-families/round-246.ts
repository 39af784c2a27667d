/**
 * Round 246 (corpus-real-222's miss, 101/102 → 102/102): a yearly adjective in a news sentence of one day.
 * - A yearly adjective («ежегодный / ежегодного / ежегодной / ежегодных …») in a text that names its day as today, yesterday or
 *   tomorrow («сегодня / вчера / завтра») is one item of the series, like round 59's past verb of holding: the month the text names
 *   says when. «Финальный тур ежегодного конкурса на звание «Учитель года» начинается сегодня, 25 сентября.» is open-ended from
 *   09-25 (round 13: a verb of starting before its day), «Сегодня, 25 сентября, состоится ежегодный конкурс чтецов» is `on` 09-25
 *   (both were `recurring`, year).
 * Pins: a weekly or monthly series started or held today stays its repeat (corpus-real-11's «… еженедельная акция …, которая будет
 * проходить по понедельникам»); no month, the yearly repeat stays; no news word, the yearly repeat stays; round 59's held verb and
 * full date read as before.
 */
import { distinctRows, on, rec, sectionsOf, MONTHS_GEN, iso, type Expect, type Family, type Row } from './kit';

const DAYS = [1, 15, 28];
/** the yearly adjective with its noun, and the verbs of the present or future that agree with it */
const SUBJECTS: Array<[string, string[]]> = [
  ['ежегодный конкурс чтецов', ['состоится', 'пройдёт', 'пройдет', 'проходит', 'стартует']],
  ['ежегодная акция «Дорога в школу»', ['состоится', 'пройдёт', 'проходит', 'стартует']],
  ['ежегодное совещание педагогов', ['состоится', 'пройдёт', 'проходит', 'стартует']],
  ['ежегодные соревнования «Безопасное колесо»', ['состоятся', 'пройдут', 'проходят', 'стартуют']],
];
/** the same yearly series in the genitive after the noun of its part, with the verb of starting that agrees with that noun */
const PARTS: Array<[string, string]> = [
  ['Финальный тур ежегодного конкурса на звание «Учитель года»', 'начинается'],
  ['Региональный этап ежегодной олимпиады', 'начинается'],
  ['Заключительный этап ежегодного фестиваля', 'начнётся'],
  ['Муниципальный этап ежегодных соревнований', 'начнется'],
];
const from = (m: number, d: number): Expect => ({ kind: 'ongoing', start: iso(m, d), due: '2021-12-31' });

const PINS: Row[] = [
  // corpus-real-11: a weekly series started today is the repeat it starts
  ['Сегодня, 5 сентября, в школе получила старт Всероссийская еженедельная акция- церемония поднятия государственного флага Российской Федерации, которая будет проходить по понедельникам.', rec('week')],
  // a monthly series held today stays monthly
  ['Сегодня, 25 сентября, проводится ежемесячное совещание.', rec('month')],
  // no month: the yearly repeat stays
  ['Сегодня стартует ежегодный конкурс чтецов.', rec('year')],
  // no news word: the yearly repeat stays
  ['Финальный тур ежегодного конкурса начинается 25 сентября.', { kind: 'recurring', every: 'year', day: null, start: '2021-09-25', due: '2021-12-31' }],
  ['Ежегодный конкурс чтецов 25 сентября.', rec('year')],
  // round 59: a past verb of holding and a full date read as before
  ['23 августа в Махачкале прошло ежегодное Августовское совещание работников образования.', on('2021-08-23')],
  ['Сегодня, 31 января 2024 года, на базе МБУО ИМЦ стартовал ежегодный муниципальный конкурс педагогического мастерства.', on('2024-01-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a yearly adjective after «сегодня / завтра, <день>»', () => {
      for (const news of ['Сегодня', 'Завтра'])
        for (const d of DAYS)
          for (let m = 1; m <= 12; m++)
            for (const [subject, verbs] of SUBJECTS) for (const v of verbs) add(`${news}, ${d} ${MONTHS_GEN[m - 1]}, ${v} ${subject}`, on(iso(m, d)));
    });
    section('a yearly adjective after «вчера, <день>» with a verb that is no verb of holding', () => {
      for (const d of DAYS)
        for (let m = 1; m <= 12; m++) {
          addAs(`Вчера, ${d} ${MONTHS_GEN[m - 1]}, проходил ежегодный конкурс чтецов.`, on(iso(m, d)));
          addAs(`Вчера, ${d} ${MONTHS_GEN[m - 1]}, в школе проходила ежегодная акция «Дорога в школу».`, on(iso(m, d)));
        }
    });
    section('a verb of starting before «сегодня / завтра, <день>» of a yearly series', () => {
      for (const d of DAYS)
        for (let m = 1; m <= 12; m++)
          for (const [part, verb] of PARTS)
            for (const news of ['сегодня', 'завтра']) add(`${part} ${verb} ${news}, ${d} ${MONTHS_GEN[m - 1]}`, from(m, d));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 246: a yearly adjective in a news sentence of today, yesterday or tomorrow is one item of the series',
  rows: () => distinctRows(sections()),
};
