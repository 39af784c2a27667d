/**
 * Round 94 (corpus-real-83: the safety of schools and kindergartens). One class the set's first run missed, as school, city and news
 * pages write it:
 * - a themed week, month, decade, day, festival or feast named in quotes after «в рамках / в ходе / в период / во время», with «проведения
 *   / подготовки» between or not, is the time of that event, as it is unquoted (rounds 23, 64, 77): «В рамках проведения «Недели
 *   безопасности», посвященной вопросам обеспечения безопасности детей на дорогах, в школах города сотрудники ГИБДД проверяют
 *   информацию, …».
 * The first template is the set's real row (its source in corpus-real-83.tsv).
 */
import { ev, on, range, variants, ongoing, type Row, type Family } from './kit';

const TEMPLATES = [
  '{x}, посвященной вопросам обеспечения безопасности детей на дорогах, в школах города сотрудники ГИБДД проверяют информацию',
  '{x} в школе прошли классные часы и инструктажи',
  'Инспекторы ГИБДД провели беседы с учащимися {x}',
  'Учебная эвакуация прошла {x}',
  '{x}',
];
const PREFIXES = ['в рамках', 'в рамках проведения', 'в рамках подготовки', 'в ходе', 'в ходе проведения', 'во время', 'в период'];
/** a quoted name and the word of it the reason must hold */
const NAMES: [string, string][] = [
  ['«Недели безопасности»', 'недели'],
  ['«Месячника безопасности»', 'месячника'],
  ['«Декады дорожной безопасности»', 'декады'],
  ['«Единого дня безопасности»', 'дня'],
  ['«Всероссийской недели безопасности дорожного движения»', 'недели'],
  ['«Месячника гражданской защиты»', 'месячника'],
  ['«Дня защиты детей»', 'дня'],
  ['«Недели правовых знаний»', 'недели'],
  ['"Недели финансовой грамотности"', 'недели'],
  ['«Фестиваля ГТО»', 'фестиваля'],
  ['«Праздника урожая»', 'праздника'],
  ['«Единых дней профилактики»', 'дней'],
  ['„Месячника пожарной безопасности“', 'месячника'],
];

const PINS: Row[] = [
  // a date written with it wins as before
  ['В рамках «Недели безопасности» с 19 по 23 сентября', range('2021-09-19', '2021-09-23')],
  ['в рамках проведения «Декады дорожной безопасности» 10 марта', on('2021-03-10')],
  // «в течение» a quoted month and «в рамках реализации …» stay open-ended work
  ['в течение «Месячника безопасности»', ongoing],
  ['в рамках реализации «Плана безопасности»', ongoing],
  // an ordinal inside the quotes is no themed period: unread as before
  ['в рамках «Первой недели»', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // an action named after its noun was read already
  ['в рамках акции «Внимание, дети!»', ev('акции')],
];

export const family: Family = {
  title: 'round 94: a themed week, month or day named in quotes after «в рамках / в ходе / во время» is an event',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of TEMPLATES)
      for (const p of PREFIXES)
        for (const [name, word] of NAMES) rows.push(...variants(tpl.replace('{x}', `${p} ${name}`)).map((t): Row => [t, ev(word)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
