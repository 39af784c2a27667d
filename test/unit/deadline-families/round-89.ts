/**
 * Round 89 (corpus-real-78: children's leisure and self-government around schools). Two classes the set's first run missed, as camp,
 * school and news pages write them:
 * - each day of a camp's shift, the holidays or a gathering after «каждый день» is the time of that event, not daily work: «Каждый день
 *   смены будет посвящен изучению биографии знаменитых личностей в истории Отечества.»;
 * - a named day of the calendar after «в» inside a sentence is the day of that event: «Традиционно учащиеся 5-11 классов в День здоровья
 *   дружно вышли в Васьков Лог на школьный турслет.».
 * The first template of each class is the set's real row (its source in corpus-real-78.tsv).
 */
import { ev, on, range, variants, ongoing, type Row, type Family } from './kit';

const EACH_TEMPLATES = [
  '{x} будет посвящен изучению биографии знаменитых личностей в истории Отечества',
  '{x} начинается с утренней линейки и зарядки',
  'Отряды готовят творческие номера {x}',
  'Вожатые подводят итоги {x} на вечернем огоньке',
];
const EACH_PREFIXES = ['каждый день', 'в каждый день', 'на каждый день'];
const EACH_NOUNS = ['смены', 'каникул', 'лагеря', 'сбора', 'слета', 'похода', 'фестиваля', 'форума'];

const DAY_TEMPLATES = [
  'Традиционно учащиеся 5-11 классов {x} дружно вышли в Васьков Лог на школьный турслет',
  'Ученики школы {x} провели флешмоб',
  'Концерт для родителей пройдет {x}',
  'Совет обучающихся {x} организовал акцию',
];
const NAMED_DAYS = [
  'в День здоровья', 'в День знаний', 'в День учителя', 'в День Победы', 'в День матери', 'в День отца', 'в День семьи',
  'в День защиты детей', 'в День народного единства', 'в День памяти', 'в День молодежи', 'в День космонавтики',
  'в День самоуправления', 'в День дублера', 'в день открытых дверей', 'в день рождения школы', 'в День города', 'во Дни здоровья',
];

const PINS: Row[] = [
  // daily work with no event after «каждый день» stays open-ended; «каждый день проведения …» with no «в / на» stays as it was
  ['Центры работают каждый день с 10:00 до 19:00', ongoing],
  ['каждый день проведения ГИА', ongoing],
  // a date written with them wins as before
  ['Каждый день смены с 1 по 21 июня', range('2021-06-01', '2021-06-21')],
  ['Учащиеся в День здоровья 15 сентября вышли в поход', on('2021-09-15')],
  // a day followed by a count is a rate, not a named day
  ['Ученики работают в день 2 часа', { kind: 'unparsed', reason: /2 часа/ }],
  // opening a cell it was read already
  ['В День здоровья', ev('здоровья')],
];

export const family: Family = {
  title: 'round 89: «каждый день смены», «в День здоровья» are events',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of EACH_TEMPLATES)
      for (const p of EACH_PREFIXES)
        for (const n of EACH_NOUNS) rows.push(...variants(tpl.replace('{x}', `${p} ${n}`)).map((t): Row => [t, ev(n)]));
    for (const tpl of DAY_TEMPLATES)
      for (const d of NAMED_DAYS) rows.push(...variants(tpl.replace('{x}', d)).map((t): Row => [t, ev(d.split(' ')[2]!)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
