/**
 * Round 274 (corpus-real-237, 89/98 first, 96/98 on seven labels changed to the README's reading, 98/98 after), two rules:
 * - a law's number written with its code and no «№» — «25-ФЗ», «44-ФЗ», «273-ФКЗ», a region's «131-ОЗ», «1244-КЗ», «47-РЗ» — is the
 *   law's number, a label as after «№»: «Документ 25-ФЗ Тип Закон Дата принятия 02.03.2007» (the card of the law on the municipal
 *   service, https://www.klerk.ru/cdoc/view/federalnyj-zakon-ot-2-marta-2007-g-n-25-fz-o-municipalnoj-sluzbe-v-rossijskoj-federacii/stata-91-klassnye-ciny-municipalnyh-sluzasih)
 *   → `on` 2007-03-02 (it was `unparsed`, «непонятное число «25»»). Pins: «№ / N 273-ФЗ» with the act's date after it, a dash with spaces, a day range, «25-го».
 * - «Правило / Шаг <число>» (singular, any case) is an item's number, a label like «пункт 2»: «Правило 2. Утвердите график отпусков до 17
 *   декабря 2025 года» (https://www.klerk.ru/blogs/vk_tech/666705/) → by 2025-12-17 (it was `unparsed`, «непонятное число «2»»).
 *   Pins: «правила» (a plural, «Правила 2021 года» left as it was), a count of times after «правило», a number with no noun.
 * And corpus-real-237's other phrasings that read right on the first run.
 */
import { distinctRows, by, ev, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** law numbers with their codes */
const LAWS = ['25-ФЗ', '44-ФЗ', '273-ФЗ', '131-ФЗ', '1-ФКЗ', '131-ОЗ', '1244-КЗ', '47-РЗ', '25-фз', '44-Фз'];
const LAW_FRAMES: Array<[string, Expect]> = [
  ['Документ {} Тип Закон Дата принятия 02.03.2007', on('2007-03-02')],
  ['по {} до 1 марта', by('2021-03-01')],
  ['Отчет по {} — до 15 апреля', by('2021-04-15')],
  ['Закупки по {} с 1 по 15 мая', range('2021-05-01', '2021-05-15')],
  ['Изменения в {} вступили в силу 1 сентября 2021 года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['в соответствии с {} ежегодно до 30 апреля', rec('year', 30)],
  ['{}', unread],
];

/** the nouns of an item and their numbers */
const ITEMS = ['Правило', 'правило', 'Шаг', 'шаг'];
const ITEM_FRAMES: Array<[string, Expect]> = [
  ['{} 2. Утвердите график отпусков до 17 декабря 2025 года', by('2025-12-17')],
  ['{} 1. Подайте заявление до 1 марта', by('2021-03-01')],
  ['{} 3: сдать отчет не позднее 15 апреля', by('2021-04-15')],
  ['{} 4. Обучение с 1 по 10 июня', range('2021-06-01', '2021-06-10')],
  ['{} 12. Ежемесячно до 5 числа', rec('month', 5)],
];
const CASES: Array<[string, string]> = [['правилу', 'По правилу 3 сведения подаются до 30 апреля'], ['шагом', 'Следующим шагом 2 станет проверка до 1 июня'], ['шаге', 'На шаге 2 отчет сдается до 1 июня']];

const PINS: Row[] = [
  // rule 1: a number after «№», a dash with spaces, a range of days, an ordinal — as before
  ['Федеральный закон от 02.03.2007 № 25-ФЗ', unread],
  ['Закона от № 426-ФЗ от 28.12.2013 «О специальной оценке условий труда»', unread],
  ['Федеральный закон N 273-ФЗ от 29.12.2012', unread],
  ['по закону № 44-ФЗ до 1 марта', by('2021-03-01')],
  ['25 - 30 мая', range('2021-05-25', '2021-05-30')],
  ['25-30 мая', range('2021-05-25', '2021-05-30')],
  ['до 25-го', { kind: 'unparsed', reason: /непонятное число «25»/ }],
  // rule 2: a plural, a count of times, a number alone — as before
  ['правило 2 раза в год', rec('year')],
  ['2. Утвердите график отпусков до 17 декабря 2025 года', by('2025-12-17')],
  ['Шаг 1: Локализация и фиксация (0–4 часа)', unread],
  // corpus-real-237's other phrasings, right on the first run
  ['Атестация муниципальных служащих проводится один раз в три года.', rec('year')],
  ['Аттестация проводится периодически, не чаще одного раза в два года, но не реже одного раза в четыре года.', rec('year')],
  ['Обычно декларации подаются до 30 апреля включительно.', by('2021-04-30')],
  ['2. Заявление представляется в письменной форме в отдел муниципальной службы и кадров администрации района не позднее 15 апреля текущего года.', by('2021-04-15')],
  ['Срок приема документов для участия в конкурсе – с 16.03.2026 по 27.03.2026.', range('2026-03-16', '2026-03-27')],
  ['- не позднее чем через один месяц со дня принятия решения о ее проведении', ev('со дня принятия решения')],
  ['4. Каждому участнику конкурса на замещение вакантной муниципальной должности муниципальной службы сообщается о результатах в письменной форме в течение месяца.', ongoing],
  ['21 апреля ежегодно отмечается День местного самоуправления.', rec('year')],
  ['16 апреля 2015г г.Елабуга № 507', on('2015-04-16')],
  ['23.03.2021 № 5/10', unread],
  ['1. Проверка осуществляется в месячный срок.', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a law\'s number with its code and no «№»', () => {
      for (const l of LAWS) for (const [f, e] of LAW_FRAMES) addAs(f.replace('{}', l), e);
    });
    section('«Правило / Шаг <число>» is an item\'s number', () => {
      for (const n of ITEMS) for (const [f, e] of ITEM_FRAMES) addAs(f.replace('{}', n), e);
      for (const [, t] of CASES) add(t, by(t.includes('30 апреля') ? '2021-04-30' : '2021-06-01'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 274: a law\'s number with its code and no «№»; «Правило / Шаг <число>» is an item\'s number',
  rows: () => distinctRows(sections()),
};
