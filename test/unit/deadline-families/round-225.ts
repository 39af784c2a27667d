/**
 * Round 225 (corpus-real-205: school theatres, choirs, media centres, cadet classes, ecological education, «Орлята России» — their
 * plans, положения and graphs, and the news and date lines of their pages). One class, a row of the set (its source there):
 * - four runs of one to three figures joined by dots, an IP address (each run not above 255), is a label — the editor's mark of a
 *   wiki's history line — never a date: «Версия от 09:14, 18 апреля 2006; 194.85.113.101 (обсуждение)» is that day of 2006.
 * Pins: dates with dots and a year (three runs), a window of two of them, round 143's degrees «1.2.3 степени» before a date, a
 * deadline with no address — each read as before.
 */
import { distinctRows, by, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the version lines of a wiki's history, a date and its day */
const VERSIONS: Array<[string, string]> = [
  ['Версия от 09:14, 18 апреля 2006', '2006-04-18'],
  ['Версия от 12:30, 5 мая 2010', '2010-05-05'],
  ['Текущая версия на 21:07, 3 марта 2015', '2015-03-03'],
  ['Правка от 7 ноября 2012', '2012-11-07'],
  ['18 апреля 2006', '2006-04-18'],
  ['25.10.2017', '2017-10-25'],
];
/** IP addresses as the history lines write them */
const ADDRESSES = ['194.85.113.101', '10.0.0.1', '217.118.64.2', '91.144.150.22', '255.255.255.0', '1.2.3.4'];
/** how the address follows the date */
const AFTER = ['{d}; {ip} (обсуждение)', '{d}; {ip}', '{d} {ip} (обсуждение)', '{d}, {ip}', '{ip} {d}'];

/** deadlines with an address before or after them */
const DEADLINES: Array<[string, Expect]> = [
  ['до 15 сентября', by('2021-09-15')],
  ['не позднее 01.10.2021', by('2021-10-01')],
  ['с 1 по 15 марта', range('2021-03-01', '2021-03-15')],
];
const DEADLINE_FRAMES = ['{t} (заявки с адреса {ip})', 'Доступ с IP {ip} — {t}'];

const PINS: Row[] = [
  // dates with dots: three runs, as before
  ['18.04.2006', on('2006-04-18')],
  ['до 10.09.2021', by('2021-09-10')],
  ['01.09.2021-15.09.2021', range('2021-09-01', '2021-09-15')],
  // round 143's degrees of prizes, with a date after them
  ['Дипломы 1.2.3 степени вручат 11 апреля', on('2021-04-11')],
  // no address: as before
  ['до 15 сентября', by('2021-09-15')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an IP address after a wiki\'s version line', () => {
      for (const [d, day] of VERSIONS)
        for (const ip of ADDRESSES) for (const f of AFTER) add(f.replace('{d}', d).replace('{ip}', ip), on(day));
    });
    section('an IP address beside a deadline', () => {
      for (const [t, e] of DEADLINES)
        for (const ip of ADDRESSES) for (const f of DEADLINE_FRAMES) addAs(f.replace('{t}', t).replace('{ip}', ip), e);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 225: school theatres, choirs, media centres, cadet classes — an IP address of a wiki\'s version line is no date',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
