/**
 * Round 169 (corpus-real-157: the meetings and plans of education offices — совещания руководителей ОО and of deputy directors,
 * заседания коллегии and their agendas, августовские педагогические совещания, directors' reports). Six classes the set's first run
 * missed, as offices' news, agendas and orders write them:
 * - an item number with its dot before the preposition «О» of an agenda's or an order's item — «3. О плане мероприятий … на 2007-2008
 *   годы;», «1.О выполнении плана …» — is the item's number, not a figure of the deadline (it was `unparsed`, «непонятное число»).
 * - «Вопрос N.» is an agenda's item number like «пункт N» (it was `unparsed`).
 * - «По итогу …», the singular of «По итогам …», opens an event (it was `unparsed`).
 * - «перед» before the heads and staff of schools and offices — «перед заместителями / директорами / руководителями / начальниками /
 *   заведующими / специалистами» — is «in front of», not «before» the date after it (a school year was read as by its start).
 * - the results of a year named relative to the current one, with no date in the text — «итоги уходящего / прошлого / текущего года» —
 *   cover that year (it was `unparsed`); «с уходящего года» is open-ended from this year like «с текущего года».
 * - after a day, the results' year after «за» («об итогах работы … за 2020 год») and the year of the tasks after «на» («задачи на 2021
 *   год») are labels: the day is the meeting's (it was a window from 2020).
 * Pins: a month or «до <date>» after «перед <people>», an item number before a capitalised word, «по итогам», a year of results
 * alone, a report's year with no day, tasks' year with no day, and «в феврале уходящего года» read as before.
 * The first template of each class is the set's real row (its source in corpus-real-157.tsv).
 */
import { by, ev, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** item numbers as agendas and orders write them, with the space after the dot or without it */
const ITEM_NUMBERS = ['1. ', '3. ', '12. ', '4.1. ', '2.', '1.'];
/** the agenda items' topics after «О» (the first letter of the topic follows «О» and a space) */
const TOPICS = ['плане мероприятий по комплексной безопасности', 'выполнении плана работы управления образования', 'ходе ремонта школ', 'результатах обучения учащихся', 'готовности образовательных организаций'];
/** what the item's time is, and what it reads */
const ITEM_TIMES: Array<[string, Expect]> = [
  ['на 2007-2008 годы', range('2007-01-01', '2008-12-31')],
  ['в 2008 году', range('2008-01-01', '2008-12-31')],
  ['в 1 полугодии 2008-2009 учебного года', range('2008-09-01', '2008-12-31')],
  ['на 2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  ['до 15.05.2021', by('2021-05-15')],
  ['в сентябре 2021 года', range('2021-09-01', '2021-09-30')],
];
const ITEM_ENDS = ['', ';', '.'];

const ITEM_PINS: Row[] = [
  // an item number before a capitalised word read so already, and «О» with a figure after it stays a zero or a figure
  ['1. Об итогах работы в 2018 году.', range('2018-01-01', '2018-12-31')],
  ['3. План мероприятий на 2007-2008 годы;', range('2007-01-01', '2008-12-31')],
  ['15.О2.2021', on('2021-02-15')],
  ['1.О5.2021', on('2021-05-01')],
];

/** «Вопрос N.» as agendas write it */
const QUESTIONS = ['Вопрос 1.', 'Вопрос 3.', 'вопрос 12.', 'ВОПРОС 2.', 'По вопросу 4:'];
const QUESTION_TOPICS: Array<[string, Expect]> = [
  ['Об итогах работы комитета образования в 2018 году', range('2018-01-01', '2018-12-31')],
  ['О плане работы на 2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  ['О ходе подготовки к ГИА до 15.05.2021', by('2021-05-15')],
  ['Утвердить план мероприятий на 2019 год', range('2019-01-01', '2019-12-31')],
];

/** what follows «По итогу», and the word the reason names */
const OUTCOMES: Array<[string, string]> = [
  ['совещания руководителям образовательных учреждений поставлены соответствующие задачи', 'совещания'],
  ['заседания комиссии составляется протокол', 'заседания'],
  ['проверки будет подготовлена справка', 'проверки'],
  ['коллегии приняты решения', 'коллегии'],
  ['мониторинга', 'мониторинга'],
  ['года', 'года'],
];

/** the heads and staff of schools and offices after «перед» */
const STAFF = ['заместителями по воспитанию', 'заместителями директоров', 'директорами школ', 'руководителями ОО', 'начальниками отделов', 'заведующими детских садов', 'специалистами управления'];
/** the time after them, and what it reads */
const STAFF_TIMES: Array<[string, Expect]> = [
  ['в текущем учебном году', range('2020-09-01', '2021-08-31')],
  ['15 мая 2021 года', on('2021-05-15')],
  ['в сентябре', range('2021-09-01', '2021-09-30')],
];
const STAFF_LEADS = ['Из огромного количества управленческих задач, стоящих перед', 'Задачи, стоящие перед', 'Выступление перед'];

const STAFF_PINS: Row[] = [
  // «перед» before an event keeps «before»; a «до» date after the staff keeps its due
  ['перед началом учебного года', by('2021-08-31')],
  ['Отчитаться перед начальником управления до 1 декабря', by('2021-12-01')],
  ['перед родителями в сентябре', range('2021-09-01', '2021-09-30')],
];

/** the results' nouns, the relative adjectives with the year they name, and the sentences around them */
const RESULTS = ['итоги', 'Итоги', 'результаты', 'итогов', 'результатов'];
const RELATIVE: Array<[string, number]> = [
  ['уходящего', 2021], ['текущего', 2021], ['этого', 2021], ['нынешнего', 2021],
  ['прошлого', 2020], ['минувшего', 2020], ['прошедшего', 2020], ['предыдущего', 2020],
];
const RESULTS_LEADS = ['', 'Глава администрации подвел ', 'На совещании подведены ', 'Обсуждение '];
const RESULTS_TAILS = ['', ' в образовательных учреждениях района', ' и задачи'];

const RESULTS_PINS: Row[] = [
  // a month before the year, a year of results in figures, and «с текущего года» read so already
  ['в феврале уходящего года', range('2021-02-01', '2021-02-28')],
  ['итоги 2020 года', range('2020-01-01', '2020-12-31')],
  ['с текущего года', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
];

/** the days of a meeting, the verbs, the results' years after «за» and the tasks' year */
const MEETING_DAYS: Array<[string, string]> = [
  ['4 марта', '2021-03-04'],
  ['15 февраля', '2021-02-15'],
  ['4 марта 2021 года', '2021-03-04'],
  ['26.01.2021', '2021-01-26'],
];
const MEETING_VERBS = ['проведет расширенное заседание коллегии об итогах работы регионального ведомства образования', 'состоится совещание об итогах работы', 'подведут итоги деятельности управления образования'];
const MEETING_TAILS = ['за 2020 год', 'за 2020 год задачи на 2021 год', 'за 2020 год и задачах на 2021 год', 'за 2020 год, задачи на 2021 год'];

const MEETING_PINS: Row[] = [
  // no day: the results' and the tasks' years are the window, as before
  ['Итоги работы министерства в 2020 году и задачи на 2021 год', range('2020-01-01', '2021-12-31')],
  ['Итоги работы за 2020 год', range('2020-01-01', '2020-12-31')],
  ['Задачи на 2021 год', range('2021-01-01', '2021-12-31')],
  // a report's year after a day without a results' noun stays the window it was
  ['15 января сдать отчет за 2020 год', range('2020-01-01', '2021-01-15')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an item number before the preposition «О» is the item\'s number', () => {
      addAs('3. О плане мероприятий по комплексной безопасности образовательных учреждений на 2007-2008 годы;', range('2007-01-01', '2008-12-31'));
      addAs('2. О результатах обучения учащихся в 1 полугодии 2008-2009 учебного года, выполнении учебных планов и программ.', range('2008-09-01', '2008-12-31'));
      for (const n of ITEM_NUMBERS)
        for (const topic of TOPICS)
          for (const [time, e] of ITEM_TIMES)
            for (const end of ITEM_ENDS) for (const o of ['О', 'о']) addAs(`${n}${o} ${topic} ${time}${end}`, e);
    });
    section('the item number: pins', () => ITEM_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«Вопрос N.» is an agenda item\'s number', () => {
      addAs('Вопрос 1. Об итогах работы комитета образования Еврейской автономной области в 2018 году и приоритетных направлениях и задачах развития региональной системы образования на 2019 год.', range('2018-01-01', '2019-12-31'));
      for (const q of QUESTIONS)
        for (const [topic, e] of QUESTION_TOPICS) {
          addAs(`${q} ${topic}`, e);
          addAs(`${q} ${topic}.`, e);
        }
    });
    section('«По итогу …» opens an event', () => {
      addAs('По итогу совещания руководителям образовательных учреждений поставлены соответствующие задачи, даны поручения и рекомендации.', ev('итог совещания'));
      for (const [rest, names] of OUTCOMES) add(`по итогу ${rest}`, ev(names));
    });
    section('«перед» before the heads and staff of schools and offices is «in front of»', () => {
      addAs('Из огромного количества управленческих задач, стоящих перед заместителями по воспитанию в текущем учебном году, первоочерёдной является формирование Рабочей программы воспитания.', range('2020-09-01', '2021-08-31'));
      for (const lead of STAFF_LEADS)
        for (const staff of STAFF)
          for (const [time, e] of STAFF_TIMES) {
            addAs(`${lead} ${staff} ${time}`, e);
            addAs(`${lead} ${staff} ${time}.`, e);
          }
    });
    section('«перед» before the staff: pins', () => STAFF_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the results of a year named relative to the current one cover that year', () => {
      addAs('Глава администрации Сакского района Владимир Сабивчак поблагодарил директоров школ и заведующих детских садов за плодотворную работу, подвел итоги уходящего года в образовательных учреждениях района.', range('2021-01-01', '2021-12-31'));
      for (const lead of RESULTS_LEADS)
        for (const noun of RESULTS)
          for (const [adj, year] of RELATIVE)
            for (const tail of RESULTS_TAILS) {
              const text = `${lead}${lead ? noun.toLowerCase() : noun} ${adj} года${tail}`;
              const e = range(`${year}-01-01`, `${year}-12-31`);
              addAs(text, e);
              addAs(`${text}.`, e);
            }
      addAs('с уходящего года', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' });
      addAs('Со уходящего года', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' });
    });
    section('the results of a relative year: pins', () => RESULTS_PINS.forEach(([t, e]) => addAs(t, e)));
    section('after a day, the results\' year after «за» and the tasks\' year after «на» are labels', () => {
      addAs('Министерство образования и науки Забайкальского края 4 марта проведет расширенное заседание коллегии об итогах работы регионального ведомства образования за 2020 год задачи на 2021 год.', on('2021-03-04'));
      for (const [day, iso] of MEETING_DAYS)
        for (const verb of MEETING_VERBS)
          for (const tail of MEETING_TAILS) {
            addAs(`${day} ${verb} ${tail}`, on(iso));
            addAs(`${day} ${verb} ${tail}.`, on(iso));
          }
    });
    section('the meeting\'s day: pins', () => MEETING_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 169: an item number before «О»; «Вопрос N.»; «По итогу …»; «перед» before the staff of schools and offices; the results of a relative year; the results\' and tasks\' years after a meeting\'s day',
  rows: () => sections().flatMap(([, rows]) => rows),
};
