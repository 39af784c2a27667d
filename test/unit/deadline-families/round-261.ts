/**
 * Round 261 (found by reading every corpus text with its dates «dd.mm.yyyy» written «dd.mm.yy»): a date with a two-figure year reads
 * as with its four figures — «в первую среду декабря (04.12.24)» is 2024-12-04 as «(04.12.2024)» reads (it was 2021-12-01),
 * «Публикации за 17.04.25» is on 2025-04-17 (it was an event). A reason quotes the date as the cell writes it.
 * Pins: a date whose year runs on («01.10.20__», a blank to fill), three parts after a letter or a number sign («п.12.01.25»,
 * «№01.02.03»), and four parts («12.01.25.1») are not rewritten and read as before.
 */
import { distinctRows, by, on, range, sectionsOf, type Family, type Row } from './kit';

const PINS: Row[] = [
  ['На 01.10.20__', { kind: 'unparsed', reason: /дата не заполнена: «01\.10\.20__»/ }],
  ['до 31.02.21', { kind: 'unparsed', reason: /несуществующая дата «31\.02\.21»/ }],
  ['до 31/02/2021', { kind: 'unparsed', reason: /несуществующая дата «31\/02\/2021»/ }],
  ['до 32-го мая', { kind: 'unparsed', reason: /«32-го мая»/ }],
  ['до 31.12.21', by('2021-12-31')],
  ['в соответствии с п.12.01.25 до 1 марта', by('2021-03-01')],
  ['п.12.01.25', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['№01.02.03', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['12.01.25.1', { kind: 'unparsed', reason: /срок не указан/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a bracket\'s date with a two-figure year after a weekday of the month', () => {
      for (const [d, yy] of [[4, 24], [6, 23], [1, 21], [7, 22], [3, 25]] as const) {
        add(`в первую среду декабря (0${d}.12.${yy})`, on(`20${yy}-12-0${d}`));
      }
      add('во вторую среду февраля (11.02.26)', on('2026-02-11'));
    });
    section('a date with a two-figure year after «за»', () => {
      for (const [dm, yy] of [['17.04', 25], ['01.09', 23], ['28.02', 22]] as const) {
        const [d, m] = dm.split('.');
        addAs(`Публикации за ${dm}.${yy}`, on(`20${yy}-${m}-${d}`));
        addAs(`Новости за ${dm}.${yy}`, on(`20${yy}-${m}-${d}`));
      }
    });
    section('dates with two-figure years read as with four', () => {
      add('до 25.05.24', by('2024-05-25'));
      add('с 01.09.23 по 31.05.24', range('2023-09-01', '2024-05-31'));
      add('не позднее 15.01.25 г.', by('2025-01-15'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 261: a date with a two-figure year reads as with its four figures',
  rows: () => distinctRows(sections()),
};
