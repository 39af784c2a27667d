/**
 * Round 203 (corpus-real-187: information security and the school's site — планы по информационной безопасности обучающихся, защита
 * персональных данных, сроки обновления информации на сайте). One class, a row of the set (its source there):
 * - an incident of information security after «при» — a leak, a loss, a theft, a break-in, an attack, a failure, an incident, in the
 *   singular or the plural, with up to two adjectives («при утечке данных», «при случайной утечке персональных данных», «при
 *   компьютерных атаках», «при сбое в работе системы») — is an event, like round 52's emergencies («при пожаре», «при аварии»); a term
 *   written after it («в течение 24 часов», «всего 24 часа») counts from the incident.
 * Pins: a date written with the incident wins; the emergencies of round 52 and «при наличии» read as before; a bare span with no
 * incident stays a span with no event; the incident's noun with no «при» names no event, and «при несанкционированном доступе» is left
 * unread.
 */
import { distinctRows, bareSpan, ev, on, unread, type Expect, type Family, type Row, sectionsOf } from './kit';

/** the incidents after «при», in the prepositional */
const INCIDENTS = ['утечке', 'утечках', 'утере', 'утрате', 'потере', 'краже', 'взломе', 'взломах', 'атаке', 'атаках', 'сбое', 'сбоях', 'инциденте', 'инцидентах'];
/** what the incident is of (nothing, or a genitive after it) */
const OF_WHAT = ['', ' данных', ' персональных данных', ' информации', ' носителя', ' в работе информационной системы'];
/** adjectives before the incident (agreeing loosely; the parser reads any prepositional adjective) */
const ADJECTIVES = ['', 'случайной ', 'компьютерной ', 'несанкционированной '];
/** what a rule or a plan says after the incident */
const RESTS = ['', ' — в течение 24 часов', ' на это будет всего 24 часа', ' уведомить Роскомнадзор в течение 72 часов', ' составляется акт'];

const PINS: Row[] = [
  // a date written with the incident wins
  ['При утечке данных 15.03.2021', on('2021-03-15')],
  ['при сбое в работе системы, 10 марта', on('2021-03-10')],
  // round 52's emergencies and «при наличии» read as before
  ['при пожаре', ev('пожаре')],
  ['При угрозе возникновения чрезвычайной ситуации', ev('угрозе')],
  ['при наличии свободных мест', ev('при наличии')],
  // a bare span with no incident stays a span with no event
  ['в течение 24 часов', bareSpan],
  ['24 часа', bareSpan],
  // the incident's noun with no «при» names no event, and «при несанкционированном доступе» is left unread
  ['Утечка персональных данных', unread],
  ['утечка данных', unread],
  ['при несанкционированном доступе', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an incident of information security after «при»', () => {
      for (const i of INCIDENTS) for (const o of OF_WHAT) for (const r of RESTS) add(`при ${i}${o}${r}`, ev(`при ${i}`));
    });
    section('adjectives before the incident', () => {
      for (const a of ADJECTIVES.slice(1)) for (const i of ['утечке', 'атаке', 'краже', 'утрате']) for (const r of RESTS) addAs(`При ${a}${i} данных${r}`, ev(i));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 203: information security — an incident after «при» (утечке, утрате, краже, взломе, атаке, сбое, инциденте …) is an event',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
