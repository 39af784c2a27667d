/**
 * Round 120 (corpus-real-108: schools' and kindergartens' work with parents — родительские собрания, всеобуч and lectures, the
 * родительский патруль and контроль of meals, open days, questionnaires, parents' boards). One class the set's first run missed,
 * as kindergartens' and schools' pages write it:
 * - a child's age written with its months — months after the years («ребенка возраста 1 год и 3 месяца», «от 1 года 6 месяцев до 3
 *   лет», «в возрасте 2 лет 3 месяцев»), months before «до» and the upper age («от 2 месяцев до 3 лет», «с 2-х месяцев до 7 лет»),
 *   half a year in figures («с 1,5 до 3 лет», «от 1,5 лет»), and months alone after «в возрасте» («в возрасте 3 месяцев») — is a
 *   label like round 62's «детей 5-7 лет»: never a span, and the dates and windows beside it are read; an age in brackets after
 *   «возраст*» («детей раннего возраста (от 1 года 6 месяцев до 3 лет)») is one too, with months or in years.
 * - a day glued to a page's heading, rubric or label before its month's name — «Новости31 августа, 2022», «Объявление15 марта 2021
 *   года», «Опубликовано5 октября» — is that day (round 65 made figures glued to a word's end part of the word, a nickname like
 *   «Сергей53», and the date line lost its day).
 * Pins: the ages in years read as before; months alone after a noun of children («ребенок 3 месяца не посещал …»), «в течение 2
 * месяцев», «через 3 месяца после …» and «за 2 месяца до …» keep their reading; a window in months («на 3 месяца с 1 сентября»)
 * reads as before; figures glued to a word with no month after them («Сергей53,», «Учитель5 класса») stay part of the word, and a
 * date glued to a word («Главная15.03.2021») reads as before.
 * The first template of each class is the set's real row (its source in corpus-real-108.tsv).
 */
import { bareSpan, by, ev, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** the sentence around «{a}» (a child or children with their age, in the genitive) and what it gives */
const AGE_FRAMES: Array<[string, Expect]> = [
  ['Другая заявительница, имеющая {a}, обратилась с вопросом - возможно ли уже с октября определить ребенка в дошкольное учреждение', from('2021-10-01')],
  ['Консультационный пункт для родителей {a} работает с 1 сентября', from('2021-09-01')],
  ['Заявления родителей {a} принимаются до 15 мая', by('2021-05-15')],
  ['Адаптационная группа для {a} откроется 1 октября', on('2021-10-01')],
  ['День открытых дверей для родителей {a} пройдет с 10 по 14 мая', range('2021-05-10', '2021-05-14')],
  ['Родительское собрание для родителей {a} состоится 20 сентября в 17.30', on('2021-09-20')],
];
/** a child's age with months, as kindergartens' pages write it (with its noun, in the genitive) */
const AGES = [
  'ребенка возраста 1 год и 3 месяца',
  'ребенка возраста 2 года 6 месяцев',
  'ребенка в возрасте 1 года 8 месяцев',
  'детей в возрасте 2 лет 3 месяцев',
  'детей в возрасте от 2 месяцев до 3 лет',
  'детей в возрасте от 2-х месяцев до 3-х лет',
  'детей в возрасте от 1 года 6 месяцев до 3 лет',
  'детей в возрасте от 1 года и 6 месяцев до 7 лет',
  'детей в возрасте с 1 года 6 месяцев',
  'детей в возрасте 3 месяцев',
  'детей в возрасте с 2 месяцев',
  'детей в возрасте от 2 месяцев',
  'детей от 2 месяцев до 7 лет',
  'детей с 2 месяцев до 3 лет',
  'детей с 1,5 до 3 лет',
  'детей от 1,5 лет',
  'детей в возрасте до 1,5 лет',
  'детей от 2,5 до 7 лет',
  'воспитанников в возрасте от 1 года 6 месяцев',
  'детей раннего возраста (от 1 года 6 месяцев до 3 лет)',
  'детей раннего возраста (от 2 месяцев до 3 лет)',
  'детей дошкольного возраста (с 1,5 до 7 лет)',
];
const AGE_PINS: Row[] = [
  // ages in years, as before
  ['Консультационный пункт для родителей детей от 1 года до 3 лет работает с 1 сентября', from('2021-09-01')],
  ['Заявления родителей детей в возрасте от 3 до 7 лет принимаются до 15 мая', by('2021-05-15')],
  ['Адаптационная группа для детей 2-3 лет откроется 1 октября', on('2021-10-01')],
  // an age in years in brackets after «возраст*» is a label too now (its «до 3 лет) … 1 октября» was read as by that day)
  ['Адаптационная группа для детей раннего возраста (от 1 года до 3 лет) откроется 1 октября', on('2021-10-01')],
  ['Группа для детей младшего возраста (2-3 года) работает с 1 сентября', from('2021-09-01')],
  // months alone after a noun of children, and spans of months, keep their reading
  ['ребенок 3 месяца не посещал детский сад', bareSpan],
  ['в течение 2 месяцев', bareSpan],
  ['через 3 месяца после зачисления', ev('зачисления')],
  ['за 2 месяца до начала учебного года', ev('начала')],
  ['в течение 3 месяцев со дня зачисления', ev('зачисления')],
  ['Родители детей в течение 2 месяцев с 1 сентября проходят анкетирование', bareSpan],
];

/** a page's heading, rubric or label glued to the day of its date line */
const HEADINGS = ['Новости', 'Объявление', 'Главная', 'Анонс', 'Событие', 'Опубликовано', 'Обновлено', 'Добавлено', 'Родителям', 'Мероприятия'];
/** the date line after the heading, and what it gives */
const GLUED_DATES: Array<[string, Expect]> = [
  ['31 августа, 2022', on('2022-08-31')],
  ['15 марта 2021 года', on('2021-03-15')],
  ['5 октября', on('2021-10-05')],
  ['1 сентября 2020 г.', on('2020-09-01')],
  ['20 мая 2021, 18:30', on('2021-05-20')],
  ['12 ноября 2019 года Родительское собрание', on('2019-11-12')],
];
const GLUED_PINS: Row[] = [
  // figures glued to a word with no month after them stay part of the word (round 65)
  ['Сергей53, У нас только копии заверенные директором, подлиники оставляем себе.', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['Учитель5 класса', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['ГИА2021 пройдет с 24 мая', { kind: 'ongoing', start: '2021-05-24', due: '2021-12-31' }],
  // a date glued to a word keeps its reading
  ['Главная15.03.2021', on('2021-03-15')],
  ['Новости 31 августа, 2022', on('2022-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a child\'s age with its months («возраста 1 год и 3 месяца», «от 2 месяцев до 3 лет», «с 1,5 до 3 лет») is a label', () => {
      for (const [frame, e] of AGE_FRAMES) for (const a of AGES) add(frame.replace('{a}', a), e);
    });
    section('ages with months: pins', () => AGE_PINS.forEach(([t, e]) => add(t, e)));
    section('a day glued to a page\'s heading before its month («Новости31 августа, 2022») is that day', () => {
      for (const h of HEADINGS) for (const [d, e] of GLUED_DATES) add(`${h}${d}`, e);
    });
    section('headings glued to figures: pins', () => GLUED_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 120: a child\'s age with its months («ребенка возраста 1 год и 3 месяца», «от 2 месяцев до 3 лет», «с 1,5 до 3 лет») is a label; a day glued to a page\'s heading before its month («Новости31 августа, 2022») is that day',
  rows: () => sections().flatMap(([, rows]) => rows),
};
