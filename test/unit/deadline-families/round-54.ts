/**
 * Round 54 (corpus-real-49): a count of times per a span with a decimal fraction, a journey after «перед» and a meal after «во время»
 * inside a sentence, a dateline «<Месяц> <день>, <год>», a date then the next item's number, a verb of starting with no day and then
 * «продлится до <дня>». Every template comes from a real row of corpus-real-49 (its header names the sources).
 */
import { MONTHS_GEN, MONTHS_NOM, by, cap, ev, iso, on, rec, variants, type Family, type Row } from './kit';

/** Counts of times before «в», with the bound that may stand before them. */
const COUNTS: Array<[bound: string, count: string]> = [
  ['', '1 раз'], ['', 'один раз'], ['', '2 раза'], ['', 'раз'],
  ['не реже ', '1 раза'], ['не реже ', 'одного раза'], ['не чаще ', '1 раза'], ['не чаще ', 'одного раза'], ['не чаще ', 'двух раз'],
];
/** Spans with a decimal fraction, and the unit of the repeat they name. */
const DECIMAL_SPANS: Array<[span: string, every: 'week' | 'month' | 'year']> = [
  ['1,5 недели', 'week'], ['2,5 недели', 'week'], ['1.5 недели', 'week'], ['1,5 месяца', 'month'], ['2,5 месяца', 'month'],
  ['1.5 месяца', 'month'], ['1,5 года', 'year'], ['2,5 года', 'year'],
];
const REPEAT_TEMPLATES = ['проводить оценочные процедуры {x}', 'Обследование проводится {x}', '- контрольные работы {x}'];

function decimalRepeats(): Row[] {
  const rows: Row[] = [];
  for (const tpl of REPEAT_TEMPLATES) {
    for (const [bound, count] of COUNTS) {
      for (const [span, every] of DECIMAL_SPANS) rows.push([tpl.replace('{x}', `${bound}${count} в ${span}`), rec(every)]);
    }
  }
  return rows;
}

/** What «перед» names: a journey, an outing or a walk in the instrumental, with an adjective that agrees with it. */
const JOURNEYS: Array<[noun: string, adjectives: string[]]> = [
  ['поездкой', ['', 'каждой ', 'дальней ', 'очередной ']],
  ['экскурсией', ['', 'каждой ', 'очередной ']],
  ['прогулкой', ['', 'каждой ', 'вечерней ']],
  ['выездом', ['', 'каждым ', 'очередным ']],
  ['походом', ['', 'каждым ', 'туристическим ']],
  ['отъездом', ['']],
  ['выходом', ['', 'каждым ']],
  ['вылетом', ['']],
  ['поездками', ['', 'учебными ', 'дальними ']],
  ['экскурсиями', ['', 'учебными ']],
  ['выездами', ['']],
  ['походами', ['']],
  ['прогулками', ['']],
];
const JOURNEY_TEMPLATES = [
  'Инструктажи проходят непосредственно перед {x} в салонах школьных автобусов',
  'Инструктаж по ПДД с обучающимися перед {x}',
  'беседы проводятся классным руководителем перед {x}',
];

function journeys(): Row[] {
  const rows: Row[] = [];
  for (const tpl of JOURNEY_TEMPLATES) {
    for (const [noun, adjectives] of JOURNEYS) {
      for (const adj of adjectives) rows.push(...variants(tpl.replace('{x}', `${adj}${noun}`)).map((t): Row => [t, ev('перед')]));
    }
  }
  return rows;
}

/** A meal after «во время», with an adjective in the genitive where one is written. */
const MEALS = [
  'завтрака', 'обеда', 'ужина', 'полдника', 'питания', 'чаепития', 'завтраков', 'обедов', 'приема пищи', 'приёма пищи',
  'горячего завтрака', 'горячего обеда', 'школьного завтрака', 'завтрака или обеда',
];
const MEAL_TEMPLATES = ['Дежурство учителей в столовой во время {x}', 'родители присутствуют во время {x} (по их выбору)', 'Контроль санитарного состояния зала во время {x}'];

function meals(): Row[] {
  return MEAL_TEMPLATES.flatMap((tpl) => MEALS.flatMap((m) => variants(tpl.replace('{x}', m)).map((t): Row => [t, ev('во время')])));
}

/** «Апрель 29, 2025»: a dateline with the month before its day and the year after a comma. */
function datelines(): Row[] {
  const rows: Row[] = [];
  MONTHS_NOM.forEach((name, k) => {
    const m = k + 1;
    const capital = cap(name);
    for (const d of [1, 28]) {
      for (const y of [2021, 2025]) {
        rows.push([`${capital} ${d}, ${y}`, on(iso(m, d, y))], [`${name} ${d}, ${y} г.`, on(iso(m, d, y))], [`${capital} ${d}, ${y} Учебная эвакуация`, on(iso(m, d, y))]);
      }
    }
  });
  return rows;
}

/** A date, its closing dot, then the next item's number glued to its first word or spaced from it. */
const ITEM_DATES: Array<[text: string, date: string]> = [
  ['22.05.16', '2016-05-22'], ['03.10.21', '2021-10-03'], ['15.09.2021', '2021-09-15'], ['28.02.2019', '2019-02-28'],
];
const ITEMS = ['1.Подведение итогов работы классного родительского комитета.', '2.Выборы родительского комитета', '3. Разное.', '1.О подготовке к ГИА', '4.Утверждение плана работы на год'];

function itemsAfterDates(): Row[] {
  return ITEM_DATES.flatMap(([date, want]) => ITEMS.map((item): Row => [`${date}. ${item}`, on(want)]));
}

/** A verb of starting with no day of its own, and what agrees with it. */
const STARTS: Array<[verb: string, subject: string]> = [
  ['стартовала', 'акция, которая'], ['началась', 'акция, которая'], ['стартует', 'акция, которая'], ['начинается', 'неделя, которая'],
  ['начнется', 'неделя, которая'], ['стартовал', 'конкурс, который'], ['начался', 'конкурс, который'], ['стартует', 'месячник, который'],
  ['начнётся', 'приём заявлений, который'],
];
const LASTING = ['продлится до', 'продолжится до', 'будет проходить до'];
const ENDS: Array<[text: string, due: string]> = [['29 сентября', iso(9, 29)], ['1 апреля', iso(4, 1)], ['31 мая', iso(5, 31)], ['15.10.2021', iso(10, 15)]];

function startsWithEnd(): Row[] {
  const rows: Row[] = [];
  for (const [verb, subject] of STARTS) {
    for (const lasting of LASTING) {
      for (const [end, due] of ENDS) rows.push(...variants(`Сегодня ${verb} ${subject} ${lasting} ${end}`).map((t): Row => [t, by(due)]));
    }
  }
  // the month in the genitive: every month's last day
  MONTHS_GEN.forEach((gen, k) => rows.push([`В России стартовала Неделя безопасности, которая продлится до 20 ${gen}.`, by(iso(k + 1, 20))]));
  return rows;
}

export const family: Family = {
  title: 'round 54: «N раз в <дробное число> <недели / месяца / года>», «перед <поездкой / выездом / экскурсией …>» and «во время <завтрака / обеда / приёма пищи …>» inside a sentence, «<Месяц> <день>, <год>», a date then the next item\'s number, a verb of starting with no day then «продлится до <дня>»',
  rows: () => [...decimalRepeats(), ...journeys(), ...meals(), ...datelines(), ...itemsAfterDates(), ...startsWithEnd()],
};
