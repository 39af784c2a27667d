/**
 * Round 268 (corpus-real-233, 99/99 first): two classes its variants found, each general.
 *
 * 1. A date with slashes whose second number cannot be a month (13–31) and whose first can (1–12) is written month first, the order of
 *    a site's engine: «чт, 05/23/2024 - 17:32» (Drupal's default «D, m/d/Y - H:i» over a TV channel's news of the summer labour
 *    quarter, https://khabarovsktv.ru/node/23624) → `on` 2024-05-23 (it was `recurring` weekly from the weekday, and «05/23/2024» alone
 *    `unparsed`, «несуществующая дата «05.23.2024»»). Pins: a date readable both ways stays the day first («вт, 06/04/2024 - 10:00» →
 *    04-06, round 251), dots write the day first («05.23.2024» stays a date that does not exist), «13/13/2021», a number after «№».
 * 2. The holidays after «на протяжении», or after «в течение / на протяжении» with «всех», and «[летний] каникулярный период» after
 *    either, are the holidays like «в течение летних каникул» (round 21): an event — «На протяжении всех каникул ребёнок пройдет все
 *    уровни квеста, …» (a children's camp's letter to parents, a public repository, `find_string`) was `ongoing` over the period. Pins:
 *    days written with them win; the season itself («на протяжении всего лета», «на протяжении летнего периода»), the school year, a
 *    shift, a lesson, the bathing season read as before; inside a sentence «… трудились на протяжении летних каникул.» stays open-ended
 *    work as «в течение летних каникул» does there; and the other phrasings of corpus-real-233 that read right on the first run.
 */
import { distinctRows, by, ev, iso, lastDay, on, ongoing, range, sectionsOf, type Expect, type Family, type Row } from './kit';

const pad = (n: number): string => String(n).padStart(2, '0');
/** a weekday's abbreviation as Drupal prints it before the date */
const WEEKDAYS = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];
/** what real pages write around a month-first date `{}` */
const DATE_FRAMES = ['{}', '{} - 17:32', '{} 10:05', 'Опубликовано: {}', 'Дата публикации: {}'];
const YEARS = [2019, 2021, 2024];

/** the holidays after the new openers */
const OPENERS = ['на протяжении', 'На протяжении', 'на протяжении всех', 'в течение всех', 'В течение всех', 'в течении всех'];
const HOLIDAYS = ['каникул', 'летних каникул', 'осенних каникул', 'зимних каникул', 'весенних каникул', 'новогодних каникул', 'летних школьных каникул'];
const TERM_OPENERS = ['на протяжении', 'на протяжении всего', 'в течение', 'в течение всего', 'В течение всего'];
const TERMS = ['каникулярного периода', 'летнего каникулярного периода', 'осеннего каникулярного периода'];
/** what real texts write after it */
const AFTER = ['{}', '{} подростки работали в трудовых бригадах.', '{} ребёнок пройдет все уровни квеста, выберет свою миссию.', '{}, по отдельному плану'];

const PINS: Array<[string, Expect]> = [
  // a date both ways readable stays the day first (round 251); dots write the day first
  ['вт, 06/04/2024 - 10:00', on('2024-04-06')],
  ['вт, 22/09/2020 - 11:41', on('2020-09-22')],
  ['26/08/2014 - 07:39', on('2014-08-26')],
  ['14/07/2011', on('2011-07-14')],
  ['до 19/02/2021', by('2021-02-19')],
  ['05.23.2024', { kind: 'unparsed', reason: /несуществующая дата «05\.23\.2024»/ }],
  ['13/13/2021', { kind: 'unparsed', reason: /несуществующая дата/ }],
  ['№ 05/23/2024', { kind: 'unparsed', reason: /./ }],
  ['12/2021', range('2021-12-01', '2021-12-31')],
  // days written with the holidays win; the season, the school year, a shift, a lesson, the bathing season read as before
  ['на протяжении летних каникул с 1 по 14 июля', range('2021-07-01', '2021-07-14')],
  ['на протяжении каникул (с 30.10 по 07.11)', range('2021-10-30', '2021-11-07')],
  ['В течение летних каникул с 1 по 14 июля', range('2021-07-01', '2021-07-14')],
  ['в течение летних каникул', ev('каникул')],
  ['на протяжении всего лета', range('2021-06-01', '2021-08-31')],
  ['На протяжении всего лета ребята трудились в бригадах.', range('2021-06-01', '2021-08-31')],
  ['на протяжении летнего периода', range('2021-06-01', '2021-08-31')],
  ['в течение всего лета', range('2021-06-01', '2021-08-31')],
  ['на протяжении июня', range('2021-06-01', '2021-06-30')],
  ['на протяжении учебного года', ongoing],
  ['на протяжении всего периода', ongoing],
  ['на протяжении смены', ongoing],
  ['на протяжении всего урока', ev('урок')],
  ['на протяжении купального сезона', ev('купальн')],
  ['Подростки трудились на протяжении летних каникул.', ongoing],
  ['Подростки трудились в течение летних каникул.', ongoing],
  // corpus-real-233's other phrasings, right on the first run
  ['18 апреля 200815:35', on('2008-04-18')],
  ['МОСКВА, 18 июн — РИА Новости.', on('2021-06-18')],
  ['16:21 03.06.2025 16+', on('2025-06-03')],
  ['Дата:11.07.2017', on('2017-07-11')],
  ['10-08-2003', on('2003-08-10')],
  ['В период осенних каникул планируется трудоустроить еще 24 подростка.', ev('каникул')],
  ['Вторая очередь- с 1 июля по 24 июля.', range('2021-07-01', '2021-07-24')],
  ['Первая очередь начинается со 2 июня по 28 июня.', range('2021-06-02', '2021-06-28')],
  ['Приём заявок осуществляется до 1 июня по телефону 5-38-49.', by('2021-06-01')],
  ['Нынешним летом здесь планируют найти работу для более чем трех тысяч подростков.', range('2021-06-01', '2021-08-31')],
  ['Многодневные палаточные сборы будут проводиться в три смены и закончатся в середине июля.', by('2021-07-20')],
  ['Напомним, операция «Подросток» проводится на территории города с мая по сентябрь ежегодно.', { kind: 'recurring', every: 'year', start: '2021-05-01', due: '2021-09-30' }],
  ['По словам первого секретаря райкома БРСМ Марии Селицкой, по состоянию на 1 августа в районе временно трудоустроено 129 человек.', on('2021-08-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a slash date written month first (the second number 13–31)', () => {
      let k = 0;
      for (let m = 1; m <= 12; m++)
        for (let d = 13; d <= lastDay(m); d += 3) {
          const y = YEARS[k % YEARS.length]!;
          const date = `${pad(m)}/${pad(d)}/${y}`;
          const frame = DATE_FRAMES[k % DATE_FRAMES.length]!;
          addAs(frame.replace('{}', date), on(iso(m, d, y)));
          addAs(`${WEEKDAYS[k % WEEKDAYS.length]}, ${date} - ${pad(k % 24)}:${pad((k * 7) % 60)}`, on(iso(m, d, y)));
          addAs(`${m}/${d}/${y}`, on(iso(m, d, y)));
          addAs(`до ${date}`, by(iso(m, d, y)));
          k++;
        }
      for (let m = 1; m <= 12; m++) {
        const a = `${pad(m)}/13/2021`;
        const b = `${pad(m)}/20/2021`;
        addAs(`с ${a} по ${b}`, range(iso(m, 13), iso(m, 20)));
        addAs(`${a} - ${b}`, range(iso(m, 13), iso(m, 20)));
      }
    });
    section('the holidays after «на протяжении» or «в течение всех»', () => {
      for (const o of OPENERS)
        for (const h of HOLIDAYS)
          for (const f of AFTER) (f === '{}' ? add : addAs)(f.replace('{}', `${o} ${h}`), ev('каникул'));
      for (const o of TERM_OPENERS)
        for (const t of TERMS)
          for (const f of AFTER) (f === '{}' ? add : addAs)(f.replace('{}', `${o} ${t}`), ev('каникулярн'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 268: a slash date written month first; the holidays after «на протяжении» or «в течение всех» are an event',
  rows: () => distinctRows(sections()),
};
