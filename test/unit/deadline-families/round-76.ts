/**
 * Round 76 (a known miss of corpus-real-64, no new set): «в соответствии со сроками / согласно срокам / по срокам его / её / их
 * окончания / завершения / начала / проведения» names the dates of an event said before it by a pronoun — an event, not a schedule of
 * a document. The first template is the real row of corpus-real-64 (its source in the set); the others are the same class as orders
 * and plans write it.
 */
import { sched, variants, ev, type Row, type Family } from './kit';

const TEMPLATES = [
  'Организовать возвращение детей с оздоровительного отдыха {x}',
  'Обеспечить подвоз обучающихся к месту проведения экзамена {x}',
  'Выдача путёвок в лагерь производится {x}',
  'Отчёт о смене представить {x}',
  'Провести инструктаж участников олимпиады {x}',
];
const PREPOSITIONS = ['в соответствии со сроками', 'согласно срокам', 'по срокам'];
const PRONOUNS = ['его', 'её', 'их'];
const NOUNS = ['окончания', 'завершения', 'начала', 'проведения'];

const PINS: Row[] = [
  // with no pronoun the dates are a document's, as before
  ['в соответствии со сроками проведения', sched('сроки проведения')],
  ['в сроки, установленные приказом', sched('сроки, установленные приказом')],
];

export const family: Family = {
  title: 'round 76: «в соответствии со сроками его / её / их окончания» is an event',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of TEMPLATES)
      for (const p of PREPOSITIONS)
        for (const pr of PRONOUNS)
          for (const n of NOUNS) rows.push(...variants(tpl.replace('{x}', `${p} ${pr} ${n}`)).map((t): Row => [t, ev(n)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
