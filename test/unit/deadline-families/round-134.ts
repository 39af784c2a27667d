/**
 * Round 134 (corpus-real-122: labour protection and fire safety routines of schools and kindergartens — инструктажи, обучение and
 * проверка знаний, СОУТ, учебные эвакуации, проверки гидрантов, электробезопасность). One class the set's first run missed, as
 * labour-protection rules, orders and reference answers write it:
 * - «в день / в дни» with an adjective in the genitive before the event's verbal noun — «в день фактического приема сотрудника на
 *   работу», «в день официального опубликования», «в день его официального опубликования», «в дни массового проведения мероприятий» —
 *   inside a sentence is that event, like «в день проведения» (round 84's «в день <событие>» and «в день приема»); it was `unparsed`
 *   when the adjective stood between them.
 * Pins: a date written in the sentence wins («…, 15 мая 2021 года» → that day); an ordinal, «первичного» or «последнего» before the
 * noun is no such adjective («в день второго тура», «в день последнего звонка», «в день первичного приема» stay as they were); a noun
 * that is no verbal noun stays as it was («в день Всемирной гражданской обороны», «в дни школьных каникул»); the same sentences without
 * the adjective are events as before.
 * The first template is the set's real row (its source in corpus-real-122.tsv).
 */
import { ev, on, unread, sectionsOf, type Family, type Row } from './kit';

/** the words before the day, as labour-protection rules and orders write them */
const SUBJECTS = [
  'Вводный инструктаж по охране труда для работников надо провести',
  'Инструктаж проводится',
  'Приказ размещается на официальном сайте',
  'Журнал заполняется',
  'Работник знакомится с инструкцией',
];
/** «в день» or «в дни», with a pronoun of the document or none */
const DAYS = ['в день', 'в дни', 'в день его', 'в день ее'];
/** the adjectives in the genitive before the verbal noun */
const ADJECTIVES = ['фактического', 'официального', 'непосредственного', 'массового', 'очередного'];
/** the event: its verbal noun first, and the word its reason names */
const EVENTS: Array<[string, string]> = [
  ['приема сотрудника на работу', 'приема'],
  ['приема на работу', 'приема'],
  ['опубликования', 'опубликования'],
  ['проведения мероприятий', 'проведения'],
  ['заключения трудового договора', 'заключения'],
  ['издания приказа', 'издания'],
  ['поступления на работу', 'поступления'],
  ['выхода на работу', 'выхода'],
];

const PINS: Row[] = [
  // a date written in the sentence wins
  ['Приказ размещается на сайте в день официального опубликования, 15 мая 2021 года.', on('2021-05-15')],
  ['Инструктаж проводится 1 сентября, в день фактического начала занятий.', on('2021-09-01')],
  // an ordinal or «последнего» is no such adjective: as before
  ['Заявление принимается в день второго тура.', unread],
  ['Линейка проводится в день последнего звонка.', unread],
  ['Инструктаж проводится в день первичного приема на работу.', unread],
  // a noun that is no verbal noun: as before
  ['Мероприятия прошли в день Всемирной гражданской обороны.', unread],
  ['Экскурсия проводится в дни школьных каникул.', unread],
  // without the adjective, as before
  ['Вводный инструктаж надо провести в день приема сотрудника на работу.', ev('приема')],
  ['Приказ вступает в силу в день его опубликования.', ev('опубликования')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«в день / в дни» with an adjective in the genitive before the event\'s verbal noun («в день фактического приема») is that event', () => {
      addAs('Вводный инструктаж по охране труда для работников надо провести в день фактического приема сотрудника на работу.', ev('приема'));
      for (const s of SUBJECTS)
        for (const d of DAYS)
          for (const a of ADJECTIVES)
            for (const [e, names] of EVENTS) add(`${s} ${d} ${a} ${e}`, ev(names));
    });
    section('the adjective before the event: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 134: «в день / в дни» with an adjective in the genitive before the event\'s verbal noun («в день фактического приема сотрудника на работу», «в день официального опубликования») is that event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
