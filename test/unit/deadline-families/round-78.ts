/**
 * Round 78 (corpus-real-67's first-run misses): eight classes, each built from a real row of the set (its source in the set) and the
 * same class as education offices, methodical centres, collegia and the news write it.
 *  1. «срок готовности / представления / предоставления / направления» before a lone day names it the deadline: `by`;
 *  2. «в кратчайший срок», «в кратчайшие сроки» alone are an event, like «незамедлительно»;
 *  3. a count of three or four figures that cannot be a year before «%» («100%», «250 %») or before the closing quote of a name
 *     («Школы 800», «"Лицей 1535"») is a label;
 *  4. a house's number after a street and its name («ул. Красина, 70», «улица Мира, 12/1», «ул. Гоголя, 103-а») is a label;
 *  5. «продолжается / продолжаются» with no date is running work: `ongoing`;
 *  6. «согласно (годовому) списку (плановых) проверок» is a schedule;
 *  7. after a whole year written first, a bracket opening with «срок …», «до» or «не позднее» holds the deadline: `by` its day;
 *  8. a clause «, как [и] планировали / планировалось / предполагалось / было запланировано …» is a note.
 */
import { by, ev, on, ongoing, range, sched, variants, type Expect, type Family, type Row } from './kit';

const DEADLINE_NOUNS = ['готовности', 'представления', 'предоставления', 'направления'];
const DEADLINE_TEMPLATES: Array<[string, Expect]> = [
  ['Рекомендовать управлению разработать программу развития (установить срок {n} программы- 1 ноября 2014 г.)', by('2014-11-01')],
  ['Срок {n} отчета – 5 июня', by('2021-06-05')],
  ['срок {n} информации в УО - 10.12.2021', by('2021-12-10')],
  ['Анализ результатов ВПР, срок {n} – 25 мая', by('2021-05-25')],
];

const SOON = ['в кратчайший срок', 'в кратчайшие сроки'];
const SOON_TEMPLATES = ['{s} они были устранены', 'Выявленные нарушения устранить {s}', 'Информацию направить в управление образования {s}', '{s}'];

const PERCENTS = ['100%', '100 %', '120%', '250 %'];
const PERCENT_TEMPLATES: Array<[string, Expect]> = [
  ['По его словам, готовность учебных заведений к 1 сентября составляет почти {p}, однако в нескольких школах необходимо решить ряд вопросов', by('2021-09-01')],
  ['до 1 декабря, охват {p}', by('2021-12-01')],
  ['Выполнение плана - {p} к 25 декабря', by('2021-12-25')],
];
const NAMES = ['«Школы 800»', '«Школа 800»', '"Лицей 1535"', '«Гимназия 1567»', '«Школа 109»'];
const NAME_TEMPLATES: Array<[string, Expect]> = [
  ['Корпус {q} в Верхних Печёрах готов на 95%, его планируют ввести в эксплуатацию до 1 июля 2022 года, сообщали областные власти', by('2022-07-01')],
  ['Семинар на базе {q} пройдет 14 марта', on('2021-03-14')],
  ['В {q} с 1 по 5 февраля объявлен карантин', range('2021-02-01', '2021-02-05')],
];

const STREETS = ['ул. Красина, 70', 'ул. Гоголя, 103-а', 'улица Мира, 12/1', 'пер. Школьный, 5а', 'пл. В.И. Ленина, 5', 'проспект Победы, 48', 'ул. Карла Маркса, 17'];
const STREET_TEMPLATES: Array<[string, Expect]> = [
  ['Городской методический кабинет, который в феврале 1989г. расположился по адресу: г. Курган, {a}', range('1989-02-01', '1989-02-28')],
  ['1 июля 1993г. – ЦНМР был переведен в здание по адресу: г.Курган, {a}', on('1993-07-01')],
  ['Совещание пройдет 15 марта по адресу: {a}', on('2021-03-15')],
  ['Прием документов с 1 по 30 июня по адресу: {a}, каб. 3', range('2021-06-01', '2021-06-30')],
];

const GOES_ON = ['продолжается', 'продолжаются'];
const GOES_ON_TEMPLATES = [
  '{v} заочный окружной читательский конкурс для учащихся начальной школы, посвященный году литературы',
  'Работа по подготовке к ГИА {v}',
  '{v} прием заявлений на участие в конкурсе',
  'В школах района {v} мероприятия месячника безопасности',
];

const LISTS: Array<[string, string]> = [
  ['списку проверок', 'список проверок'],
  ['годовому списку проверок', 'годовый список проверок'],
  ['списку плановых проверок', 'список проверок'],
];
const LIST_TEMPLATES = [
  'Плановые проверки проводятся на основании акта о назначении проверки согласно {l}',
  'Выезды в школы согласно {l}',
  'В соответствии со {l}',
];

const BRACKETS: Array<[string, Expect]> = [
  ['(срок готовности итогового заключения –  1 июня 2014 г.)', by('2014-06-01')],
  ['(срок исполнения – 1 июня 2014 г.)', by('2014-06-01')],
  ['(до 1 июня 2014 г.)', by('2014-06-01')],
  ['(до 1 июня)', by('2014-06-01')],
  ['(не позднее 15 октября)', by('2014-10-15')],
];
const BRACKET_TEMPLATES = [
  'Рекомендовать ГБОУ ДПО ЦПК «Похвистневский РЦ» организовать в 2014 г. изучение общественного мнения о качестве образования {b}',
  'Провести в 2014 году мониторинг сайтов школ {b}',
  'В 2014 году разработать положение о муниципальной методической службе {b}',
];

const AS_PLANNED = ['как планировали до начала этого учебного года', 'как и планировалось', 'как и предполагалось в августе', 'как было запланировано в сентябре'];
const AS_PLANNED_TEMPLATES: Array<[string, Expect]> = [
  ['Осенние каникулы в большинстве школ Ростова начнутся, {c}, 2 ноября', { kind: 'ongoing', start: '2021-11-02', due: '2021-12-31' }],
  ['Совещание руководителей пройдет, {c}, 15 мая', on('2021-05-15')],
  ['Отчёты принимаются, {c}, до 10 января', by('2021-01-10')],
];

const PINS: Row[] = [
  // a window after a deadline noun, the day of an event, a two-figure percentage, a lone «в кратчайший срок» after an event, a day after
  // a street, an open start before a bracket, a bracket with no deadline word after a year, a day and its bracket: as before
  ['сроки сдачи: с 1 по 5 июня', range('2021-06-01', '2021-06-05')],
  ['Основной срок проведения назначен на 8 февраля', on('2021-02-08')],
  ['до 1 декабря, составляет почти 80 %', by('2021-12-01')],
  ['в кратчайший срок после обращения', ev('обращения')],
  ['ул. Ленина, 15 мая', on('2021-05-15')],
  ['Прием заявлений продолжается до 15 мая', by('2021-05-15')],
  ['В военное время до объявления эвакуации учреждение продолжает работу', ev('объявления')],
  ['С 2021 года круглый год действует «Комендантский час» (до 2021 года было разделение на летнее и зимнее время)', ongoing],
  ['в 2014 году (май)', range('2014-01-01', '2014-12-31')],
  ['15 мая 2014 г. (до 1 июня)', on('2014-05-15')],
  ['по графику', sched('график')],
  ['Экзамен пройдет 15 мая, как и было запланировано в сентябре', on('2021-05-15')],
];

export const family: Family = {
  title: 'round 78: «срок готовности / сдачи», «в кратчайшие сроки», 100% and «Школа 800», street numbers, «продолжается», «список проверок», a deadline bracket after a year, «как и планировалось»',
  rows: () => {
    const rows: Row[] = [];
    const add = (t: string, e: Expect): void => void rows.push(...variants(t).map((v): Row => [v, e]));
    for (const [tpl, e] of DEADLINE_TEMPLATES) for (const n of DEADLINE_NOUNS) add(tpl.replace('{n}', n), e);
    for (const tpl of SOON_TEMPLATES) for (const s of SOON) add(tpl.replace('{s}', s), ev('срок'));
    for (const [tpl, e] of PERCENT_TEMPLATES) for (const p of PERCENTS) add(tpl.replace('{p}', p), e);
    for (const [tpl, e] of NAME_TEMPLATES) for (const q of NAMES) add(tpl.replace('{q}', q), e);
    for (const [tpl, e] of STREET_TEMPLATES) for (const a of STREETS) add(tpl.replace('{a}', a), e);
    for (const tpl of GOES_ON_TEMPLATES) for (const v of GOES_ON) add(tpl.replace('{v}', v), ongoing);
    for (const tpl of LIST_TEMPLATES) for (const [l, r] of LISTS) add(tpl.replace('{l}', l), sched(r));
    for (const tpl of BRACKET_TEMPLATES) for (const [b, e] of BRACKETS) add(tpl.replace('{b}', b), e);
    for (const [tpl, e] of AS_PLANNED_TEMPLATES) for (const c of AS_PLANNED) add(tpl.replace('{c}', c), e);
    for (const [t, e] of PINS) add(t, e);
    return rows;
  },
};
