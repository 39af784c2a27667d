/**
 * Round 278 (corpus-real-239, housing and utilities and apartment buildings: 90/101 first, 92/101 on seven labels changed to the
 * README, 101/101 after): what the plans of works of managing companies and the news of bills write.
 * - «раз(а)» with the plural ending in brackets is «раз» («1 раз(а) в неделю» weekly, «1 раз(а) в день» daily work);
 * - a collective numeral before «суток» counts days like round 209's «раз в два дня» («1 раз в двое суток» daily work, «раз в семеро
 *   суток» weekly), «вдвое суток» with the preposition glued to it too;
 * - «период» after a season's adjective is the unit of a count of times like «сезон» («3 раза в летний период» repeats over the summer,
 *   «1 раз в весенне-летний период» with no window);
 * - the series year after an act's number with its letters («№ 396-ЗРК/2017») is the number's, so the act line stays unread;
 * - «за <месяц>» after a deadline «до / не позднее <день> <месяц>» is the month a bill covers, a note: the deadline stays.
 * Pins: «в летний период» alone stays the summer, «2 раза в летний сезон» the repeat it was, «раз в два дня» daily work, «раз в день
 * рождения» the event, «за 10 дней до …» the offset, «за ноябрь до 1 декабря» the deadline, «№ 12/2017» after an act's date unread.
 */
import { distinctRows, MONTHS_GEN, MONTHS_NOM, by, ev, iso, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const COUNTS_ONCE = ['1 раз', 'один раз', 'не реже 1 раза', 'не реже одного раза'];
const COUNTS_MANY = ['2 раза', '3 раза', 'дважды', 'не реже 2 раз', 'не менее 3 раз'];

/** A season's adjective and its window in the calendar year 2021 (winter runs into 2022). */
const SEASONS: Array<[string, string, string]> = [
  ['летний', '2021-06-01', '2021-08-31'],
  ['зимний', '2021-12-01', '2022-02-28'],
  ['весенний', '2021-03-01', '2021-05-31'],
  ['осенний', '2021-09-01', '2021-11-30'],
];
const COMPOUND_SEASONS = ['весенне-летний', 'осенне-зимний', 'летне-осенний', 'зимне-весенний'];

const seasonal = (start: string, due: string): Expect => ({ kind: 'recurring', every: null, day: null, start, due });

const PINS: Row[] = [
  // a season's period alone is the season
  ['в летний период', range('2021-06-01', '2021-08-31')],
  // «сезон» after a season's adjective was a count's unit already (round 209)
  ['2 раза в летний сезон', rec(null)],
  // round 209's days and round 34's event day
  ['раз в два дня', ongoing],
  ['1 раз в 10 дней', rec(null)],
  ['раз в день рождения', ev('в день рождения')],
  // «за» before a deadline, and an offset
  ['за ноябрь до 1 декабря', by('2021-12-01')],
  ['за 10 дней до 1 декабря', ev('за 10 дней до')],
  ['до 1 декабря', by('2021-12-01')],
  // a figures-only number with a year after its slash, after an act's date, stays unread (round 41)
  ['от 12.11.2014 № 12/2014', unread],
  ['Закон от 4 июля 2017 года № 396', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«раз(а)» in a plan\'s «Периодичность» column', () => {
      for (const n of ['1', '2', '3']) {
        add(`${n} раз(а) в неделю`, rec('week'));
        add(`${n} раз(а) в месяц`, rec('month'));
        add(`${n} раз(а) в год`, rec('year'));
        add(`${n} раз(а) в квартал`, rec('quarter'));
        add(`${n} раз(а) в день`, ongoing);
        add(`не реже ${n} раз(а) в месяц`, rec('month'));
      }
    });
    section('a collective numeral before «суток»', () => {
      for (const count of COUNTS_ONCE) {
        for (const numeral of ['двое', 'трое', 'четверо', 'пятеро', 'шестеро']) add(`${count} в ${numeral} суток`, ongoing);
        add(`${count} в семеро суток`, rec('week'));
        add(`${count} вдвое суток`, ongoing);
        add(`${count} в двое суток во время гололеда`, ongoing);
        add(`${count} вдвое суток во время гололеда`, ongoing);
      }
    });
    section('«период» after a season\'s adjective as a count\'s unit', () => {
      for (const [adj, start, due] of SEASONS) {
        for (const count of [...COUNTS_ONCE, ...COUNTS_MANY]) add(`${count} в ${adj} период`, seasonal(start, due));
      }
      for (const adj of COMPOUND_SEASONS) for (const count of [...COUNTS_ONCE, ...COUNTS_MANY]) add(`${count} в ${adj} период`, rec(null));
    });
    section('the series year after an act\'s number', () => {
      [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021].forEach((y, k) => {
        const d = 3 + k;
        const m = (k % 12) + 1;
        const number = 48 + k * 50;
        for (const code of ['ЗРК', 'зрк', 'ЗС', 'ОЗ']) {
          addAs(`Закон Республики Крым от ${d} ${MONTHS_GEN[m - 1]} ${y} года № ${number}-${code}/${y}`, unread);
          addAs(`от ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y} № ${number}-${code}/${y}`, unread);
          addAs(`Закон от ${d} ${MONTHS_GEN[m - 1]} ${y} г. №${number}-${code}/${y}`, unread);
        }
      });
    });
    section('the month a bill covers after its deadline', () => {
      for (let k = 1; k < 12; k++) {
        const d = 5 + (k % 20);
        const covered = MONTHS_NOM[k - 1]!;
        add(`до ${d} ${MONTHS_GEN[k]} оплатить квитанцию за ${covered}`, by(iso(k + 1, d)));
        add(`не позднее ${d} ${MONTHS_GEN[k]} внести плату за ${covered}`, by(iso(k + 1, d)));
        add(`До ${d} ${MONTHS_GEN[k]} текущего года жители получат платёжные документы за ${covered}`, by(iso(k + 1, d)));
        addAs(`до ${d} ${MONTHS_GEN[k]}, за ${covered}`, by(iso(k + 1, d)));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 278: «раз(а)», «раз в двое суток», «раз в <сезонный> период», an act\'s series year, «за <месяц>» after a deadline',
  rows: () => distinctRows(sections()),
};
