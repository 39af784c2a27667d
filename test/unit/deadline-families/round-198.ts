/**
 * Round 198 (corpus-real-182: НОКО plans and orders to fix faults — планы по устранению недостатков, предписания Рособрнадзора,
 * Роспотребнадзора и пожарного надзора, отчёты об их исполнении). Three classes, each a row of the set (its source there):
 * - the adverb «оперативно» is «в оперативном порядке», an event like round 140's «срочно» («Поручил оперативно их устранить.»);
 * - «скорейшее / оперативное / незамедлительное / немедленное / безотлагательное / срочное» before the verbal nouns of fixing and doing
 *   («устранение, исполнение, выполнение, рассмотрение») is at once after what the text names, an event like «незамедлительно» («выданы
 *   предписания о скорейшем устранении нарушений», «обеспечено оперативное устранение …»);
 * - «к указанному / названному / обозначенному сроку / времени / моменту / дню», «до указанного … », «к / до указанной даты» point back
 *   to a time the text before named, an event like round 59's «к этому сроку» («… и к указанному сроку все нарушения … будут устранены»).
 * Pins: «оперативно-хозяйственные совещания» (a weekly repeat), «оперативное / срочное» before other nouns (unread), a date with the
 * phrase (the date wins), «в установленный срок» and «в указанные сроки» (schedules), «к этому сроку», «срочно», «в кратчайшие сроки».
 */
import { distinctRows, by, ev, on, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the adverb in the sentences of orders and reports */
const ADVERB_FRAMES = [
  'Поручил {p} их устранить',
  'Нарушения устранены {p}',
  'Директору {p} устранить замечания',
  'Информацию о нарушениях направлять {p}',
  '{p} принять меры по устранению недостатков',
  'Выявленные недостатки будут {p} устранены',
];

/** an adjective of haste and a verbal noun of fixing or doing, in agreeing case forms */
const HASTE: Array<[prep: string, nom: string, gen: string]> = [
  ['скорейшем', 'скорейшее', 'скорейшего'],
  ['оперативном', 'оперативное', 'оперативного'],
  ['незамедлительном', 'незамедлительное', 'незамедлительного'],
  ['немедленном', 'немедленное', 'немедленного'],
  ['безотлагательном', 'безотлагательное', 'безотлагательного'],
  ['срочном', 'срочное', 'срочного'],
];
const DOINGS: Array<[prep: string, nom: string, gen: string]> = [
  ['устранении', 'устранение', 'устранения'],
  ['исполнении', 'исполнение', 'исполнения'],
  ['выполнении', 'выполнение', 'выполнения'],
  ['рассмотрении', 'рассмотрение', 'рассмотрения'],
];
const HASTE_FRAMES_PREP = ['Выданы предписания {o} {a} {n} нарушений', 'Руководителям направлены требования {o} {a} {n} замечаний'];
const HASTE_FRAMES_NOM = ['Во исполнение поручений обеспечено {a} {n} выявленных нарушений', 'Требуется {a} {n} предписания'];
const HASTE_FRAMES_GEN = ['Приняты меры для {a} {n} недостатков', 'В целях {a} {n} предписания создана рабочая группа'];

/** a time the text before named, pointed back to */
const POINTED_BACK: Array<[phrase: string, stem: string]> = [];
for (const [k, stem] of [['указанному', 'указан'], ['названному', 'назван'], ['обозначенному', 'обозначен']] as const)
  for (const n of ['сроку', 'времени', 'моменту', 'дню']) POINTED_BACK.push([`к ${k} ${n}`, stem]);
for (const [d, stem] of [['указанного', 'указан'], ['названного', 'назван'], ['обозначенного', 'обозначен']] as const)
  for (const n of ['срока', 'времени', 'момента', 'дня']) POINTED_BACK.push([`до ${d} ${n}`, stem]);
for (const [k, stem] of [['указанной', 'указан'], ['названной', 'назван'], ['обозначенной', 'обозначен']] as const) {
  POINTED_BACK.push([`к ${k} дате`, stem]);
  POINTED_BACK.push([`до ${k} даты`, stem]);
}
const POINTED_FRAMES = [
  'Наши сотрудники продолжают работать, и {p} все нарушения будут устранены',
  '{p} нарушения должны быть устранены',
  'Отчёт об исполнении предписания представить {p}',
  'Работы по устранению замечаний завершить {p}',
];

const PINS: Row[] = [
  // a compound with «оперативно-» is no adverb: the weekly meeting stays a repeat
  ['В администрации возобновились еженедельные обязательные оперативно-хозяйственные совещания', rec('week', null)],
  // «оперативное / срочное» before other nouns is not read
  ['Оперативное совещание при директоре', unread],
  ['срочный договор', unread],
  ['оперативная обстановка на территории РФ', unread],
  ['Работа в оперативном режиме', unread],
  ['скорейшего выздоровления', unread],
  // a date written with the phrase wins
  ['оперативное совещание 15 мая', on('2021-05-15')],
  ['оперативно до 15 мая', by('2021-05-15')],
  ['к указанному сроку (15 мая)', on('2021-05-15')],
  ['до указанного срока, но не позднее 20 мая', by('2021-05-20')],
  // the schedules and the events that were read already
  ['в установленный срок', sched('в установленный срок')],
  ['В указанные сроки', sched('указанные сроки')],
  ['к этому сроку', ev('этому сроку')],
  ['срочно', ev('срочно')],
  ['в кратчайшие сроки', ev('кратчайшие')],
  ['Незамедлительно', ev('незамедлительно')],
];

const fill = (frame: string, p: string): string => frame.replace('{p}', p);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the adverb «оперативно»', () => {
      for (const f of ADVERB_FRAMES) add(fill(f, 'оперативно'), ev('оперативно'));
    });
    section('an adjective of haste before a verbal noun of fixing or doing', () => {
      for (const [ap, an, ag] of HASTE)
        for (const [np, nn, ng] of DOINGS) {
          const o = ap === 'оперативном' ? 'об' : 'о'; // «об» before a vowel
          for (const f of HASTE_FRAMES_PREP) add(f.replace('{o}', o).replace('{a}', ap).replace('{n}', np), ev(ap));
          for (const f of HASTE_FRAMES_NOM) add(f.replace('{a}', an).replace('{n}', nn), ev(an));
          for (const f of HASTE_FRAMES_GEN) add(f.replace('{a}', ag).replace('{n}', ng), ev(ag));
        }
    });
    section('a time the text before named, pointed back to', () => {
      for (const [p, stem] of POINTED_BACK) for (const f of POINTED_FRAMES) add(fill(f, p), ev(stem));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 198: orders to fix faults — «оперативно», «о скорейшем / оперативном устранении …», «к указанному сроку»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
