/**
 * Round 240 (corpus-real-217, the admission campaigns of universities and colleges).
 * 1. The preposition of the first day of a list written again before each next day («до 9 и до 17 августа», «к 5 и к 20 мая») is the
 *    same list of days of the month named last, as «до 9 и 17 августа» (`on`, each day); it was `unparsed`, «непонятное число «9»».
 * 2. The rules and the order of admission («Правилами приема», «порядком приема», «в правилах приема») fix a term like an order: a
 *    comparison with such a term («не позднее срока …, установленного Правилами приема») is a schedule; it was `unparsed`.
 * Pins: a count or «числа» after the repeated preposition («до 9 и до 17 лет», «до 10 и до 25 числа»), a day with its own month after
 * each preposition, the list with the preposition once, the expiry of a term and the span of a term with the new documents.
 */
import { distinctRows, MONTHS_GEN, iso, on, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const PREPOSITIONS = ['до', 'к', 'на'];
const PAIRS: Array<[number, number]> = [[9, 17], [1, 15], [5, 20], [10, 25], [2, 30]];
const TAILS = ['', ' соответственно', ' 2021 года'];

const DOCUMENTS = ['Правилами приема', 'правилами приема в университет', 'порядком приема', 'Правилами'];
const COMPARISONS = ['не позднее', 'позднее', 'не позже', 'ранее', 'менее'];
const TERMS = ['срока', 'срока завершения приема документов', 'срока подачи документов'];
const PARTICIPLES = ['установленного', 'определенного', 'указанного'];

const PINS: Row[] = [
  ['до 9 и до 17 лет', { kind: 'unparsed', reason: /непонятное число «9»/ }],
  ['до 3 и до 7 дней', { kind: 'unparsed', reason: /непонятное число «3»/ }],
  ['к 9 и к 17 часам', { kind: 'unparsed', reason: /непонятное число «9»/ }],
  ['до 10 и до 25 числа', rec('month', 10)],
  ['до 9 августа и до 17 августа', on(iso(8, 17), iso(8, 9))],
  ['до 9 и 17 августа', on(iso(8, 17), iso(8, 9))],
  ['с 1 и с 15 мая', { kind: 'unparsed', reason: /непонятное число «1»/ }],
  ['по истечении срока, установленного правилами', { kind: 'event', names: 'по истечении срока' }],
  ['в течение срока, установленного правилами', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['не позднее срока завершения приема документов', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the preposition repeated before each day of a list', () => {
      for (const p of PREPOSITIONS)
        for (const [a, b] of PAIRS)
          for (const m of [5, 8, 11])
            for (const tail of TAILS) {
              const e: Expect = on(iso(m, b), iso(m, a));
              add(`${p} ${a} и ${p} ${b} ${MONTHS_GEN[m - 1]}${tail}`, e);
              add(`${p} ${a}, ${p} ${a + 1} и ${p} ${b} ${MONTHS_GEN[m - 1]}${tail}`, e);
            }
    });
    section('a comparison with a term the rules or the order of admission fix', () => {
      for (const c of COMPARISONS)
        for (const t of TERMS)
          for (const p of PARTICIPLES)
            for (const d of DOCUMENTS) {
              const text = `${c} ${t}, ${p} ${d}`;
              addAs(text, sched(text.replace(/^не /, '')));
              addAs(`Документы принимаются ${text}.`, sched(text.replace(/^не /, '')));
            }
      for (const p of ['установленные', 'указанные', 'определенные']) addAs(`сроки, ${p} в правилах приема`, sched(`сроки, ${p} в правилах приема`));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 240: «до 9 и до 17 августа» is one list of days; a term the rules or the order of admission fix is a schedule',
  rows: () => distinctRows(sections()),
};
