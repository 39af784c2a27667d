/**
 * Round 125 (corpus-real-113: the end of schooling — последний звонок, выпускные вечера, the issue of аттестаты and medals, the orders
 * about the end of the school year and the issue of documents). Three classes the set's first run missed, as schools' calendar graphs
 * and regional news write them:
 * - the grades a label is for between «начало / окончание <период>» and its dash or colon — figures with their noun of grades
 *   («Начало учебного года для учащихся 1-11 классов – 01.09.2021», «Окончание учебного года для 9 и 11 классов: 25 мая», «для 1-х
 *   классов», «для 5-8 кл.») — belong to the label like its words: the day after the dash is the day (round 45's «Окончание учебного
 *   года: 31 мая 2024 года»);
 * - a day glued by a hyphen to the word before it and followed by its month in the genitive («классов-25 мая», «Последний звонок-25
 *   мая») is that day, a dash whose spaces were lost, not part of a name like «ГИА-9»;
 * - the accusative «дату» put first before a verb of setting («дату проведения торжества утверждает каждая образовательная организация
 *   самостоятельно», «Дату выпускного вечера определяет школа»), with the grades or pupils it is for before it («Для девятых классов …»),
 *   says who sets the date, like «даты / сроки … определяет …».
 * Pins: a label of words alone before the dash, a starting noun with «с» after its colon, labels of grades with no noun of starting,
 * names with a number glued by a hyphen and no day after them («ГИА-9», «ЕГЭ-11 май 2021», «математики-2012»), a month in the nominative
 * after such a name, «дату» with a day written beside the verb of setting, and «дату» after a verb of agreeing or making known keep
 * their reading.
 * The first template of each class is the set's real row (its source in corpus-real-113.tsv).
 */
import { by, on, type Expect, type Family, type Row, sectionsOf } from './kit';

/** A schedule whose reason is the text itself, as the parser gives it: lower case, without the trailing dot or semicolon. */
const own = (text: string): Expect => ({ kind: 'schedule', reason: text.toLowerCase().replace(/[.;]$/, '') });

/** a noun of starting or ending with its period, before the grades */
const LABEL_NOUNS = ['Начало учебного года', 'Окончание учебного года', '- Начало учебного года', '- Окончание учебного года', 'Начало IV четверти', 'Окончание II полугодия'];
/** the grades a label is for, as calendar graphs write them */
const GRADES = [
  'для учащихся 1-11 классов',
  'для 1-4 классов',
  'для 1-х классов',
  'для 9 и 11 классов',
  'для 9, 11 классов',
  'для 2-8 классов',
  'для обучающихся 5-8 кл.',
  '1-11 классов',
  'в 10 классах',
  'для 1, 9, 11 классов',
];
/** the dash or colon and the day after it, and what it gives */
const LABELLED_DAYS: Array<[string, Expect]> = [
  ['– 01.09.2021 года;', on('2021-09-01')],
  [' – 1 сентября', on('2021-09-01')],
  [' - 25 мая 2022 г.', on('2022-05-25')],
  [': 31 мая', on('2021-05-31')],
  ['- 28.05.2021', on('2021-05-28')],
  [' — 24 мая 2021 года', on('2021-05-24')],
];
const LABEL_PINS: Row[] = [
  // a label of words alone, as before (round 45 and the README)
  ['Окончание учебного года: 31 мая 2024 года', on('2024-05-31')],
  ['Начало предоставления муниципальной услуги - 25 августа, срок окончания предоставления муниципальной услуги - 15 сентября текущего года.', { kind: 'range', start: '2021-08-25', due: '2021-09-15' }],
  ['Для 1,9,11 классов окончание учебного года 25 мая г.', on('2021-05-25')],
  // labels of grades with no noun of starting read as before
  ['1-4 классы – 25 мая, 5-8 классы – 31 мая', on('2021-05-31', '2021-05-25')],
  ['5–9 кл. – 15 мая, 10-11 кл. – 20 мая', on('2021-05-20', '2021-05-15')],
];

/** the words a day is glued to by a hyphen, and the day and month after it */
const GLUED_HEADS = ['Окончание учебного года для 1-х классов', '9 и 11 классов', 'Последний звонок', 'Выпускной вечер', 'Вручение аттестатов', 'Линейка для учащихся', 'Окончание занятий', 'Торжественное вручение медалей'];
const GLUED_DAYS: Array<[string, Expect]> = [
  ['-25 мая 2022 г.', on('2022-05-25')],
  ['-25 мая', on('2021-05-25')],
  ['-1 июня', on('2021-06-01')],
  ['-31 августа 2021 года', on('2021-08-31')],
  ['-3 июля', on('2021-07-03')],
];
const GLUED_PINS: Row[] = [
  // a number glued to a word by a hyphen with no day's month after it stays part of a name (a year there still carries to the day)
  ['Подготовка к ГИА-9', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['ГИА-9 пройдет с 24 мая', { kind: 'ongoing', start: '2021-05-24', due: '2021-12-31' }],
  ['ЕГЭ-11 май 2021', { kind: 'range', start: '2021-05-01', due: '2021-05-31' }],
  ['Олимпиада школьников по математике-2012 до 15 мая', by('2012-05-15')],
  ['Смотр-конкурс 2 этап', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // spaced dashes read as before
  ['Последний звонок - 25 мая', on('2021-05-25')],
  ['9 и 11 классов - 25 мая 2022 г.', on('2022-05-25')],
];

/** the grades or pupils a date is for, opening the text */
const FOR_WHOM = ['', 'Для девятых классов ', 'Для выпускников ', 'Для выпускников основной школы ', 'Для первоклассников '];
/** the date put first, in the accusative */
const DATE_OBJECTS = ['дату проведения торжества', 'дату выпускного вечера', 'дату проведения последнего звонка', 'дату вручения аттестатов', 'дату торжественной линейки'];
/** a verb of setting and who sets it */
const SETTERS = [
  'утверждает каждая образовательная организация самостоятельно',
  'определяет школа',
  'устанавливает администрация школы',
  'назначает директор',
  'выбирает каждая школа самостоятельно',
  'утверждает педагогический совет',
  'определяют родители вместе с классным руководителем',
];
const DATE_PINS: Row[] = [
  // a day written beside the verb of setting wins, as for «даты»
  ['Дату проведения выпускного вечера 25 июня определяет школа.', on('2021-06-25')],
  // «даты» and «сроки» read as before
  ['Даты проведения торжества утверждает каждая школа', own('Даты проведения торжества утверждает каждая школа')],
  ['Сроки проведения определяет управление образования', own('Сроки проведения определяет управление образования')],
  // «дату» after a verb of agreeing with a day after it keeps the day
  ['Согласовать дату проведения выпускного вечера до 15 мая', by('2021-05-15')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the grades a label is for («для учащихся 1-11 классов») stand between «начало / окончание <период>» and its dash', () => {
      addAs('- Начало учебного года для учащихся 1-11 классов– 01.09.2021 года;', on('2021-09-01'));
      for (const n of LABEL_NOUNS) for (const g of GRADES) for (const [d, e] of LABELLED_DAYS) addAs(`${n} ${g}${d}`, e);
    });
    section('labels before a dash: pins', () => LABEL_PINS.forEach(([t, e]) => add(t, e)));
    section('a day glued by a hyphen to the word before its month («классов-25 мая») is that day', () => {
      addAs('- Окончание учебного года для 1-х классов-25 мая 2022 г., 9 и 11 классов-25 мая 2022 г., 2-8 классов-31 мая 2022г.', on('2022-05-31', '2022-05-25'));
      for (const h of GLUED_HEADS) for (const [d, e] of GLUED_DAYS) add(`${h}${d}`, e);
    });
    section('names with a number glued by a hyphen: pins', () => GLUED_PINS.forEach(([t, e]) => add(t, e)));
    section('«дату» put first before a verb of setting says who sets the date', () => {
      addAs('Для девятых классов дату проведения торжества утверждает каждая образовательная организация самостоятельно.', own('Для девятых классов дату проведения торжества утверждает каждая образовательная организация самостоятельно'));
      for (const f of FOR_WHOM) for (const o of DATE_OBJECTS) for (const s of SETTERS) {
        const text = f === '' ? `${o[0]!.toUpperCase()}${o.slice(1)} ${s}` : `${f}${o} ${s}`;
        add(text, own(text));
      }
    });
    section('dates and a verb of setting: pins', () => DATE_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 125: the grades a label is for stand between «начало / окончание <период>» and its dash; a day glued by a hyphen to a word before its month is that day; «дату» put first before a verb of setting is a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};
