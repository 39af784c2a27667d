/**
 * Round 275 (corpus-real-238's first-run miss): «в законную силу» is «в силу» — an act, a decision or a change entering into lawful
 * force on a day, in a month or in a year is in force from it, as round 49 reads «вступает / вступил / вступит / вступающий / вступивший
 * в силу <день>»: «… изменения в ст. 20.25 и ст. 32.2 КоАП РФ, которые вступили в законную силу 06.05.2013 года.» → open-ended from
 * 2013-05-06 (it was `on` that day). Every row is written with «в силу» and with «в законную силу», and both read the same.
 * Pins: the day written before the verb stays that day (round 115); «со дня / по истечении …» after «в законную силу» stay the
 * event; «в законную силу» with no date stays unread; the verb's other objects («в законный брак», «в должность») and «в силу» as «by
 * virtue of» keep the day; a day of entering into force and then «и действует до» keep round 39's window.
 */
import { distinctRows, MONTHS_GEN, MONTHS_PREP, ev, iso, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** Open-ended from `start` to the period's end (2021-12-31), or with no due when it starts after the period. */
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: start > '2021-12-31' ? null : '2021-12-31' });

/** The verb of entering into force with a subject that agrees with it. */
const SUBJECTS: Array<[subject: string, verb: string]> = [
  ['Постановление', 'вступает'],
  ['Постановление', 'вступило'],
  ['Решение суда', 'вступит'],
  ['Закон', 'вступил'],
  ['Поправка', 'вступила'],
  ['Изменения', 'вступили'],
  ['Изменения', 'вступают'],
  ['Поправки', 'вступят'],
];

/** Participles after an act's noun and a comma. */
const PARTICIPLES: Array<[noun: string, participle: string]> = [
  ['Приказ', 'вступающий'],
  ['Постановление', 'вступившее'],
  ['Поправки', 'вступающие'],
  ['Решение', 'вступившее'],
  ['постановлением мирового судьи', 'вступившим'],
];

const FORCE = ['в силу', 'в законную силу'];

const PINS: Row[] = [
  // a day written right before the verb stays that day (round 115's relabel of corpus-real-103's «28 января вступил в силу …»)
  ['28 января вступил в законную силу соответствующий федеральный закон.', on('2021-01-28')],
  // the event after «в законную силу» (round 31)
  ['Постановление вступает в законную силу со дня его принятия.', ev('со дня его принятия')],
  ['Постановление вступает в законную силу по истечении 10 суток со дня вручения копии.', ev('по истечении 10 суток')],
  ['не позднее 60 дней со дня вступления постановления в законную силу', ev('со дня вступления')],
  // no date: nothing read
  ['Постановление вступило в законную силу.', unread],
  ['вступил в законную силу', unread],
  // «с» after «в законную силу» was open-ended already
  ['Постановление вступает в законную силу с 1 сентября 2021 года.', from('2021-09-01')],
  // the verb's other objects and «в силу» as «by virtue of» keep the day
  ['Он вступил в законный брак 12 марта 2021 года.', on('2021-03-12')],
  ['Он вступил в должность 12 марта 2021 года.', on('2021-03-12')],
  ['В силу закона 12 марта 2021 года решение отменено.', on('2021-03-12')],
  // a day of entering into force, then «и действует до»: round 39's window
  ['вступил в законную силу 01.09.2023 г. и действует до 31.08.2029 г.', range('2023-09-01', '2029-08-31')],
  // the corpus row
  ['Федеральным законом от 05.04.2013 года  N 49-ФЗ внесены изменения  в ст. 20.25 и ст. 32.2 КоАП РФ, которые вступили в законную силу 06.05.2013 года.', from('2013-05-06')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a subject, the verb in every tense, «в [законную] силу», a day, a month or a year', () => {
      SUBJECTS.forEach(([subject, verb], k) => {
        const m = (k % 12) + 1;
        const d = 3 + k;
        for (const force of FORCE) {
          add(`${subject} ${verb} ${force} ${d} ${MONTHS_GEN[m - 1]} 2021 года`, from(iso(m, d)));
          add(`${subject} ${verb} ${force} ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.2013 года`, from(iso(m, d, 2013)));
          add(`${subject} ${verb} ${force} в ${MONTHS_PREP[m - 1]} 2021 года`, from(iso(m, 1)));
          addAs(`${subject} ${verb} ${force} в 2022 году.`, from('2022-01-01'));
        }
      });
    });
    section('an act, a comma, a participle, «в [законную] силу» and a day', () => {
      PARTICIPLES.forEach(([noun, participle], k) => {
        const m = 12 - k;
        const d = 20 - k;
        for (const force of FORCE) {
          addAs(`${noun}, ${participle} ${force} ${d} ${MONTHS_GEN[m - 1]} 2021 г.`, from(iso(m, d)));
          addAs(`${noun} «О мерах …», ${participle} ${force} ${d}.${String(m).padStart(2, '0')}.2021,`, from(iso(m, d)));
        }
      });
    });
    section('a later day of the same text ends the window, as after «в силу»', () => {
      for (const force of FORCE) {
        addAs(`Решение вступило ${force} 12 марта, а исполнено 20 марта.`, range('2021-03-12', '2021-03-20'));
        addAs(`Решение, вступившее ${force} 1 марта 2021 г., исполнено 15 марта 2021 г.`, range('2021-03-01', '2021-03-15'));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 275: «в законную силу» is «в силу» — entering into lawful force on a day, in a month or a year is in force from it',
  rows: () => distinctRows(sections()),
};
