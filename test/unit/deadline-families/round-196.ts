/**
 * Round 196 (no new set: a decision made one). A document in the instrumental opening an editorial note on an act — «внесены
 * изменения», «признано утратившим силу», «изложен в новой редакции», «дополнен приложением» — says who changed or repealed the act, not
 * who sets the dates (round 19's «Приказом по школе»): the note names no time, and the act's date is its label. A moment or a date of
 * entering into force written in the note is read as before.
 * Pins: a document in the instrumental opening any other text is still a schedule.
 * The first template is a real row of corpus-real-171 (its source there).
 */
import { ev, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the act in the instrumental and who issued it */
const ACTS = [
  'Постановлением Администрации города Орла',
  'Постановлением Правительства Астраханской области',
  'постановлением администрации района',
  'Приказом Министерства просвещения Российской Федерации',
  'Приказом Министерства образования и науки Пермского края',
  'приказом управления образования',
  'Распоряжением Правительства Калининградской области',
  'распоряжением главы администрации',
];
/** the act's date and number as legal texts write them */
const LABELS = ['от 26 мая 2014 г. N 1988', 'от 12.08.2022 № 732', 'от 25 сентября 2017 г. N СЭД-26-01-06-947', 'от 16 января 2013 года № 83-п'];
/** the editorial notes */
const EDITS = [
  'настоящее постановление признано утратившим силу',
  'приказ признан утратившим силу',
  'настоящие Правила признаны утратившими силу',
  'постановление утратило силу',
  'в статью 2 настоящего приложения внесены изменения',
  'внесены изменения в федеральный государственный образовательный стандарт',
  'в приказ внесены следующие изменения',
  'внесено изменение в пункт 3',
  'в Положение внесены дополнения',
  'пункт 2 главы 1 настоящего приложения изложен в новой редакции',
  'приложение изложено в редакции',
  'приказ дополнен приложением N 3',
  'Положение дополнено пунктом 4.1',
];
const cal = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });
/** what a note may add: the moment or the date of entering into force */
const IN_FORCE: Array<[string, Expect]> = [
  [', вступающие в силу с момента опубликования названного приказа', ev('опубликования')],
  [', вступающим в силу со дня его официального опубликования', ev('опубликования')],
  [', вступающие в силу с 1 января 2014 года', cal('2014-01-01')],
  [', которые вступают в силу в 2017 году.', cal('2017-01-01')],
];
const PINS: Row[] = [
  ['Приказом по школе', sched('приказ по школе')],
  ['Приказом директора утвержден график', sched('приказ директора утвержден график')],
  ['распоряжением директора', sched('распоряжение директора')],
  ['Постановлением администрации', sched('постановление администрации')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, _add, addAs) => {
    section('a document in the instrumental opening an editorial note on an act names no time', () => {
      addAs('Постановлением Администрации города Кургана от 25 апреля 2012 г. N 2683 в статью 2 настоящего приложения внесены изменения', unread);
      for (const act of ACTS) for (const label of LABELS) for (const edit of EDITS) addAs(`${act} ${label} ${edit}`, unread);
    });
    section('a moment or a date of entering into force in the note is read as before', () => {
      for (const act of ACTS) for (const label of LABELS.slice(0, 2)) for (const [tail, e] of IN_FORCE) addAs(`${act} ${label} внесены изменения${tail}`, e);
    });
    section('a document in the instrumental opening another text: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 196: a document in the instrumental opening an editorial note on an act names no time',
  rows: () => sections().flatMap(([, rows]) => rows),
};
