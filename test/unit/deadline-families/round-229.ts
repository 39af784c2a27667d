/**
 * Round 229 (corpus-real-208: records management and citizens' appeals in education and municipalities — instructions on
 * делопроизводство, the regulations of registering and reviewing appeals, of instructions and protocols, the schedules of personal
 * reception, and the labels and date lines of the acts). Four classes, each a row of the set (its source there):
 * - the adverbs of a repeat without «еже-» — «квартально», «поквартально», «помесячно», «понедельно» — repeat like «ежеквартально»,
 *   «ежемесячно», «еженедельно» («- Квартально - для анализа итогов периода» → quarterly, it was `unparsed`);
 * - «не позднее / не позже» before a time the text points back to («указанного / названного / обозначенного / этого / того» срока,
 *   дня, момента, времени, «… даты») is that event, as round 198's «до указанного срока» («а) с конкретной датой исполнения - не
 *   позднее указанного срока;» → `event`, it was `unparsed`);
 * - a form's line of underscores right after a date filled in whole is the rest of its line, so the «№» after it is read and the
 *   date after «от» is the act's label («от _18.11.2011__№_321__» → `unparsed`, it was on 2011-11-18);
 * - «в рабочее время» in the clause of a thing's arrival («поступившие … в рабочее время», «при поступлении … в рабочее время») is
 *   when it arrives, no daily work («Обращения, поступившие в Министерство, … в рабочее время, регистрируются в день поступления, при
 *   поступлении в нерабочее время - на следующий рабочий день.» → `event`, it was `ongoing`).
 * Pins: «ежеквартально» and the adjective «квартальный»; «до указанного срока», «в указанные сроки», «в установленный срок», a date
 * written with the pointing phrase; a date between underscores with no «от», a protocol's day, a blank date; round 197's «в рабочее
 * время» of work, and of an applicant («от поступающих»).
 */
import type { Deadline } from '../../../src/lib/deadline';
import { distinctRows, by, ev, on, ongoing, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the adverbs and how often they say */
const ADVERBS: Array<[string, Deadline['every']]> = [
  ['квартально', 'quarter'],
  ['поквартально', 'quarter'],
  ['помесячно', 'month'],
  ['понедельно', 'week'],
];
/** the frames of a cell, a list item and a sentence around the adverb */
const ADVERB_FRAMES = [
  '{w}',
  '- {w} - для анализа итогов периода',
  'Сроки: {w}',
  'Отчет о работе представляется {w}',
  'Заседания комиссии проводятся {w}',
  'мониторинг обращений граждан - {w}',
];
/** the adverb with a day of the month after it (not the week's: a day of the month says nothing of a week) */
const ADVERB_DAYS: Array<[string, number]> = [
  ['{w}, до 10 числа', 10],
  ['{w} до 5 числа месяца, следующего за отчетным периодом', 5],
  ['{w}, не позднее 15 числа', 15],
];

/** «не позднее / не позже» and the time pointed back to */
const LATEST = ['не позднее', 'не позже'];
const POINTING = ['указанного', 'названного', 'обозначенного', 'этого', 'того'];
const POINTED = ['срока', 'дня', 'момента'];
const POINTING_F = ['указанной', 'названной', 'обозначенной', 'этой', 'той'];
const LATEST_FRAMES = [
  '{p}',
  'а) с конкретной датой исполнения - {p};',
  'Документы должны быть представлены {p}.',
];

/** a date filled in on a form's line, and the act's number on the line after it */
const FILLED_DATES = ['18.11.2011', '01.09.2021', '5.03.2015', '18.11.2011г.', '12.01.26'];
const NUMBERS = ['321', '1', '45'];
const FILLED_FRAMES = ['от _{d}__№_{n}__', 'от {d}__№_{n}__', 'Приказ от {d}___№ {n}', 'от __{d}___ № {n}', 'Распоряжение от {d}_____ № {n}'];

/** the clause of a thing's arrival in working hours, and the rule that follows */
const SUBJECTS = ['Обращения', 'Заявления', 'Письменные обращения граждан', 'Документы'];
const PLACES = ['', ' в администрацию района', ' в учреждение', ' в Министерство, его территориальные органы или подведомственные учреждения'];
const TAILS: Array<[string, string]> = [
  [' регистрируются в день поступления', 'поступления'],
  [' регистрируются в день поступления, при поступлении в нерабочее время - на следующий рабочий день', 'поступления'],
  [' регистрируются не позднее следующего рабочего дня после дня поступления', 'следующего'],
];

const PINS: Row[] = [
  // the adverb with «еже-» and the adjective of a report's period as before
  ['ежеквартально', rec('quarter')],
  ['Квартальный план', unread],
  ['квартальный отчет', unread],
  // round 198's «до …», a date written with the pointing phrase, the plural «в указанные сроки» and «в установленный срок»
  ['до указанного срока', ev('указанного')],
  ['не позднее указанного срока (15 мая)', by('2021-05-15')],
  ['в указанные сроки', sched('указанные сроки')],
  ['в установленный срок', sched('в установленный срок')],
  // a date between underscores with no «от» is that day; a protocol's date is its meeting's day (round 40); a blank date stays blank
  ['____18.11.2011_____№___1___', on('2011-11-18')],
  ['Протокол от 30.08.2021___№_1_', on('2021-08-30')],
  ['__.__.2021__', { kind: 'unparsed', reason: /дата не заполнена/ }],
  // round 197's working hours of work stay open-ended, and so do an applicant's («поступающий» is no arrival of a thing)
  ['Звонить следует в рабочее время.', ongoing],
  ['Консультации проводятся в рабочее время.', ongoing],
  ['Приём документов от поступающих ведётся в рабочее время.', ongoing],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the adverbs of a repeat without «еже-»', () => {
      for (const [w, every] of ADVERBS) {
        for (const f of ADVERB_FRAMES) add(f.replace('{w}', w), rec(every));
        if (every !== 'week') for (const [f, day] of ADVERB_DAYS) add(f.replace('{w}', w), rec(every, day));
      }
    });
    section('«не позднее / не позже» before a time pointed back to', () => {
      for (const l of LATEST) {
        const phrases = [
          ...POINTING.flatMap((p) => POINTED.map((n): [string, string] => [`${l} ${p} ${n}`, p])),
          ...POINTING_F.map((p): [string, string] => [`${l} ${p} даты`, p]),
        ];
        for (const [p, name] of phrases) for (const f of LATEST_FRAMES) add(f.replace('{p}', p), ev(name));
      }
    });
    section('a form line after a date filled in whole, before the act number', () => {
      for (const f of FILLED_FRAMES) for (const d of FILLED_DATES) for (const n of NUMBERS) addAs(f.replace('{d}', d).replace('{n}', n), unread);
    });
    section('«в рабочее время» in the clause of a thing’s arrival', () => {
      for (const s of SUBJECTS) for (const p of PLACES) for (const [t, name] of TAILS) add(`${s}, поступившие${p} в рабочее время,${t}`, ev(name));
      for (const s of ['обращения', 'заявления', 'документов']) {
        add(`При поступлении ${s} в рабочее время регистрация производится в день поступления`, ev('поступлени'));
      }
      add('Заявление, поступившее в рабочее время, регистрируется в тот же день', ev('тот же день'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 229: records management and citizens’ appeals — repeat adverbs without «еже-»; «не позднее указанного срока»; a form line after a whole date; «в рабочее время» of an arrival',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
