/**
 * Round 115 (corpus-real-103: the testing in Russian of foreign citizens' children before school admission, migrant children's
 * language courses and adaptation). Two classes the set's first run missed, as news of courses, adaptation programmes and school
 * notices write them:
 * - the holidays with no season and no dates inside a sentence — «на каникулах», «в / во каникулы» — are an event, like «в каникулы»
 *   opening a cell (round 17), «во время каникул» (round 44) and the holidays named by their season (round 35).
 * - «как только <событие>» is the moment the clause after it names, an event, like «тогда, когда …» (round 74); opening the text, after
 *   a comma, after «сразу» or «лишь».
 * Pins: «на каникулы» (going on holiday, the holidays' start) is not read by the rule and reads as before; a date or a repeat written
 * beside either phrase wins (dates outrank an event phrase elsewhere); the seasons' holidays, «в каникулярное время» and «во время
 * каникул» read as before; «как» and «только» alone are no event.
 * The first template of each class is the set's real row (its source in corpus-real-103.tsv).
 */
import { by, ev, on, range, rec, sectionsOf, unread, type Family, type Row } from './kit';

/** the sentence around «{h}» (the holidays with no season) */
const HOLIDAY_FRAMES = [
  'Приглашают заниматься {h} дополнительно',
  'Дети мигрантов занимаются русским языком {h}',
  'Библиотека работает {h} по особому режиму',
  '{h} для учащихся организованы языковые занятия',
  'Инструктаж о правилах поведения {h} проводят классные руководители',
  'Школьники могут посещать кружки {h}',
  'Ремонт кабинетов проводится {h}',
];
const HOLIDAYS = ['на каникулах', 'в каникулы', 'во каникулы', 'на  каникулах', 'В каникулы', 'На каникулах'];
const HOLIDAY_PINS: Row[] = [
  // a date or a repeat beside the holidays wins
  ['Приглашаем детей на каникулах в библиотеку 15 июня', on('2021-06-15')],
  ['В каникулы с 1 по 7 ноября работает лагерь', range('2021-11-01', '2021-11-07')],
  ['Занятия на каникулах до 10 января', by('2021-01-10')],
  ['Инструктаж «Правила поведения на каникулах» проводится ежеквартально', rec('quarter')],
  // going on holiday is not read by the rule
  ['Школьники уходят на каникулы', unread],
  ['Как и ранее каждая школа вправе решать, когда дети пойдут на каникулы, но это должно произойти не позже 30 декабря', by('2021-12-30')],
  ['В украинских школах дети уходят на каникулы каждый квартал', rec('quarter')],
  // the seasons' holidays and the holidays' time read as before
  ['Занятия проходят на летних каникулах', ev('каникул')],
  ['Беседы по технике безопасности во время каникул', ev('каникул')],
  ['Школа в каникулярное время организует работу кружков', ev('каникулярн')],
];

/** the sentence around «{c}» (the clause of «как только») */
const SOON_FRAMES = [
  'Занятия начнутся, {c} наберут группу желающих',
  'Курсы откроются, {c} поступят заявления родителей',
  'Ребенка зачислят в школу, {c} он пройдет тестирование',
  'Результаты направят в школу, {c} их проверит комиссия',
  'Повторное тестирование назначат, {c} закончится дополнительное обучение',
  '{c} наберется группа, начнутся занятия',
  '{c} поступит направление, родители обращаются в тестирующую организацию',
];
const SOONS = ['как только', 'сразу, как только', 'лишь только', 'Как только', 'как  только'];
const SOON_PINS: Row[] = [
  // a date beside the clause wins
  ['Занятия пройдут 15 сентября, как только наберут группу', on('2021-09-15')],
  ['Как только наберут группу, до 1 октября начнутся занятия', by('2021-10-01')],
  ['Курсы откроются в сентябре, как только наберут группу', range('2021-09-01', '2021-09-30')],
  // «как» and «только» alone are no event
  ['Занятия проводятся только для детей мигрантов', unread],
  ['Как проходит тестирование', unread],
  // «тогда, когда …» reads as before
  ['Заниматься спортом можно только тогда, когда в школе не проходят уроки', ev('когда')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«на каникулах», «в каникулы» inside a sentence are an event', () => {
      for (const frame of HOLIDAY_FRAMES) for (const h of HOLIDAYS) add(frame.replace('{h}', h), ev('каникул'));
    });
    section('«на каникулах», «в каникулы»: pins', () => HOLIDAY_PINS.forEach(([t, e]) => add(t, e)));
    section('«как только <событие>» is an event', () => {
      for (const frame of SOON_FRAMES) for (const c of SOONS) add(frame.replace('{c}', c), ev('только'));
    });
    section('«как только»: pins', () => SOON_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 115: «на каникулах», «в каникулы» inside a sentence are an event; «как только <событие>» is an event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
