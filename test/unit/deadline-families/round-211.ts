/**
 * Round 211 (no new set: the relabels of sets 147, 152, 159, 167, 171 and 191, where fresh labellers read an approval stamp's act as no
 * time and the README said `schedule`). One class:
 * - a document in the instrumental opening the text («Приказом», «приказом», «Распоряжением», «Постановлением») with its own date
 *   («от ‹дата›») within a few words after it, its number before or after the date, is one act already issued, named by its label:
 *   `unparsed`, as «Утверждено приказом от … № …» already was («Приказом от «31» августа 2023 г. № 156», «Приказом заведующего № 83
 *   от 30.08.2022»).
 * Pins: a document with no date of its own («Приказом по школе», «Приказом директора МБОУ СОШ № 5», «Приказом № 156») stays who sets
 * the dates; a text that names terms, dates or a timetable stays a schedule or keeps its deadline; «Утверждено приказом от …» stays
 * `unparsed`.
 */
import { distinctRows, by, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the documents in the instrumental that open the stamp */
const ACTS = ['Приказом', 'приказом', 'Распоряжением', 'Постановлением'];
/** who issued it, between the noun and its date */
const ISSUERS = [
  '',
  'директора',
  'заведующего',
  'заведующего МАДОУ № 23',
  'и.о. директора МБОУ «Коробицынская СОШ»',
  'Министерства просвещения Российской Федерации',
  'Управления образования администрации района',
];
/** the act's own label: its date, its number before or after it */
const LABELS = [
  'от «31» августа 2023 г. № 156',
  'от 30.10.2023 г. № 628',
  'от 29 октября 2024 г. № 427',
  '№ 83 от 30.08.2022',
  '№ 67-О от 27.05.2024 г.',
  'от 17.04.2019 г №01-07/159',
  'от 28.08.2024 г. № 29-ПС',
  'от 25 июня 2019 г. N 203-р',
];
const FRAMES = ['{t}', '({t})', '{t}.', '{t} «Об утверждении положения о методическом совете»'];

const PINS: Row[] = [
  // no date of its own: who sets the dates, as before
  ['Приказом по школе', sched('приказ по школе')],
  ['Приказом директора МБОУ СОШ № 5', sched('приказ директора МБОУ СОШ № 5')],
  ['Приказом № 156', sched('приказ № 156')],
  ['распоряжением директора', sched('распоряжение директора')],
  // a text that names a timetable or terms stays as it was
  ['Приказом директора от 01.09.2021 № 5 утвердить график', sched('приказ директора от 01.09.2021 № 5 утвердить график')],
  ['Приказом от 01.09.2021 № 5 установлены сроки до 15 мая', by('2021-05-15')],
  ['Приказом директора школы до 15 сентября', by('2021-09-15')],
  // the stamp with its participle, as before
  ['Утверждено приказом от 31.08.2023 № 156', unread],
  ['Утвержден приказом директора МБОУ СОШ № 5 от 30.08.2021 № 123', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a document in the instrumental with its own date is an act\'s label', () => {
      for (const a of ACTS)
        for (const i of ISSUERS)
          for (const l of LABELS) for (const f of FRAMES) add(f.replace('{t}', [a, i, l].filter(Boolean).join(' ')), unread);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 211: a document in the instrumental with its own date is one issued act named by its label, not who sets the dates',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
