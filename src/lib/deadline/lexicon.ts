/**
 * Word classes for the deadline grammar. Every word of a deadline is looked up
 * once; unknown words are «other» (ignored unless nothing else is understood).
 */
import { monthOfWord } from './months';

/** Grammatical role of a word in a deadline. */
export type WordClass =
  | 'month' // сентябрь, сентября, сент (value: 1–12)
  | 'roman' // I, II, IV (value)
  | 'ordinal' // первый, второе, третьей (value)
  | 'ordinalSuffix' // the «го» of «28-го», the «е» of «1-е»
  | 'quarter' // квартал, кв
  | 'half' // полугодие
  | 'schoolQuarter' // четверть
  | 'decade' // декада
  | 'year' // год, года, г (value 1) · гг, годы, годов (value 2)
  | 'school' // учебный, уч
  | 'dayOfMonth' // числа
  | 'monthWord' // месяц, месяца
  | 'weekWord' // неделя
  | 'weekday' // понедельникам, пятницу
  | 'duration' // дней, дня, лет, часов, рабочих: «в течение 10 дней» is relative, not a date
  | 'from' // с, со
  | 'to' // по
  | 'by' // до
  | 'towards' // к, ко
  | 'not' // не
  | 'later' // позднее, позже
  | 'earlier' // ранее, раньше
  | 'and' // и
  | 'end' // конец, конца, окончания
  | 'begin' // начало, начала
  | 'middle' // середина
  | 'relative' // через, спустя, после
  | 'each' // каждый, каждого
  | 'times' // раз, раза
  | 'recurring' // ежемесячно (value: 1 week, 2 month, 3 quarter, 4 year)
  | 'other';

/** A classified word. */
export interface WordInfo {
  cls: WordClass;
  value: number;
}

const TABLE = new Map<string, WordInfo>();
const put = (cls: WordClass, value: number, words: string[]) => {
  for (const w of words) TABLE.set(w, { cls, value });
};

put('roman', 1, ['i']);
put('roman', 2, ['ii']);
put('roman', 3, ['iii']);
put('roman', 4, ['iv']);
put('roman', 5, ['v']);
const ADJ = ['ый', 'ая', 'ое', 'ого', 'ой', 'ом', 'ому', 'ую', 'ые', 'ых', 'ий'];
put('ordinal', 1, ADJ.map((e) => 'перв' + e));
put('ordinal', 2, ['второй', 'вторая', 'второе', 'второго', 'втором', 'второму', 'вторую', 'вторые', 'вторых']);
put('ordinal', 3, ['третий', 'третья', 'третье', 'третьего', 'третьей', 'третьем', 'третьему', 'третью', 'третьи', 'третьих']);
put('ordinal', 4, ADJ.filter((e) => e !== 'ий').map((e) => 'четверт' + e));
put('ordinalSuffix', 0, ['е', 'й', 'я', 'го', 'ое', 'ой', 'ый', 'ий', 'ая', 'ого', 'ому', 'ему', 'м', 'ом', 'ем', 'ю', 'ую']);
put('quarter', 0, ['квартал', 'квартала', 'квартале', 'кварталу', 'кварталом', 'кварталы', 'кварталов', 'кварталах', 'кварталам', 'кв', 'кварт']);
put('half', 0, ['полугодие', 'полугодия', 'полугодии', 'полугодию', 'полугодием', 'полугодий', 'полугодиях', 'полугодиям', 'полуг', 'полугод', 'пол']);
put('schoolQuarter', 0, ['четверть', 'четверти', 'четвертью', 'четвертей', 'четвертям', 'четвертях', 'четв']);
put('decade', 0, ['декада', 'декады', 'декаде', 'декаду', 'декадой']);
put('year', 1, ['год', 'года', 'году', 'годом', 'г']);
put('year', 2, ['гг', 'годы', 'годов', 'годах', 'годам', 'годами']);
put('school', 0, ['учебный', 'учебного', 'учебном', 'учебному', 'учебным', 'учебные', 'учебных', 'уч', 'учеб', 'учебн']);
put('dayOfMonth', 0, ['число', 'числа', 'числу', 'числам', 'чисел', 'числ', 'числе']);
put('monthWord', 0, ['месяц', 'месяца', 'месяце', 'месяцу', 'месяцем', 'месяцы', 'месяцев', 'мес']);
put('weekWord', 0, ['неделя', 'недели', 'неделе', 'неделю', 'неделей', 'недель', 'нед']);
put('weekday', 0, [
  'понедельник', 'понедельникам', 'вторник', 'вторникам', 'среду', 'средам', 'четверг', 'четвергам',
  'пятницу', 'пятницам', 'субботу', 'субботам', 'воскресенье', 'воскресеньям',
]);
put('duration', 0, ['день', 'дня', 'дней', 'дни', 'суток', 'сутки', 'час', 'часа', 'часов', 'лет', 'рабочих', 'рабочий', 'рабочего', 'календарных', 'календарный', 'дн', 'раб']);
put('from', 0, ['с', 'со']);
put('to', 0, ['по']);
put('by', 0, ['до']);
put('towards', 0, ['к', 'ко']);
put('not', 0, ['не']);
put('later', 0, ['позднее', 'позже', 'позднее']);
put('earlier', 0, ['ранее', 'раньше']);
put('and', 0, ['и']);
put('end', 0, ['конец', 'конца', 'конце', 'концу', 'концом', 'окончание', 'окончания', 'окончанию', 'завершения']);
put('begin', 0, ['начало', 'начала', 'начале', 'началу']);
put('middle', 0, ['середина', 'середины', 'середине', 'середину']);
put('relative', 0, ['через', 'спустя', 'после']);
put('each', 0, ['каждый', 'каждого', 'каждую', 'каждое', 'каждые', 'каждой', 'каждом', 'каждых', 'каждая']);
put('times', 0, ['раз', 'раза']);

const RECURRING_STEMS: Array<[string, number]> = [
  ['еженед', 1], ['ежемес', 2], ['ежекв', 3], ['ежегод', 4],
];

const RECURRING_FORM = /(о|ый|ий|ая|ое|ые)$/;
const OTHER: WordInfo = { cls: 'other', value: 0 };
const CACHE = new Map<string, WordInfo>();
const CACHE_LIMIT = 20000;

/** Classifies one normalised word (lower case, Cyrillic). */
export function classifyWord(word: string): WordInfo {
  const known = TABLE.get(word);
  if (known) return known;
  const cached = CACHE.get(word);
  if (cached) return cached;
  let info = OTHER;
  if (word.startsWith('еже')) {
    // adverbs and nominative adjectives only: «ежемесячно», «ежегодный отчёт», not «по итогам ежегодного …»
    if (RECURRING_FORM.test(word)) for (const [stem, value] of RECURRING_STEMS) if (word.startsWith(stem)) info = { cls: 'recurring', value };
  } else {
    const m = monthOfWord(word);
    if (m) info = { cls: 'month', value: m };
  }
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(word, info);
  return info;
}
