/**
 * Round 72 (corpus-real-64, the clauses of regional and municipal orders and decrees): the first-run misses fixed as classes, each in
 * the grammatical variety orders, decrees and the news that report them write it. The first template of each group is a real row of
 * corpus-real-64 (its source in the set); the others are the same class as other orders and pages write it.
 * - «со дня [его / ее / их] [первого] [официального] <событие>»: the act's adjective before the event noun keeps the event;
 * - «в / на / во период / время его / ее / их проведения / подготовки / работы» inside a sentence is an event;
 * - «имеет / имеют право сами / самостоятельно <менять> даты / сроки / график» says who sets the dates: a schedule;
 * - after «до <день>», «к [новому] <YYYY-YYYY> учебному году» is what the work prepares for — a note; the day is the deadline;
 * - «начинается / стартует не позднее <день> и завершается / заканчивается [не позднее] <день>» is the window between the two days;
 * - a school year in figures inside the label of «начало / окончание <N-й четверти> … — <день>» belongs to the label: that day.
 */
import { by, ev, on, range, sched, variants, type Expect, type Family, type Row } from './kit';

const FORCE_TEMPLATES = [
  '- Настоящее Распоряжение вступает в силу со дня {x}',
  'Настоящий приказ вступает в силу со дня {x}',
  '3. Постановление вступает в силу со дня {x}',
  'Решение вступает в силу со дня {x}',
];
const FORCE_EVENTS = [
  'его официального подписания',
  'его официального опубликования',
  'официального опубликования',
  'его первого официального опубликования',
  'их официального опубликования',
  'ее официального опубликования',
];

const DURING_TEMPLATES = [
  '3.2.Обеспечить охрану жизни и здоровья участников Конкурса {x}',
  'Организовать дежурство педагогов {x}',
  'Руководителям ОО обеспечить медицинское сопровождение участников {x}',
  'Ответственность за безопасность детей возлагается на руководителей {x}',
];
const DURING: Array<[string, string]> = [
  ['в период его проведения', 'в период его проведения'],
  ['в период их проведения', 'в период их проведения'],
  ['на период ее проведения', 'на период ее проведения'],
  ['во время его проведения', 'во время его проведения'],
  ['на время их проведения', 'на время их проведения'],
  ['на время его работы', 'на время его работы'],
  ['в период ее подготовки', 'в период ее подготовки'],
];

const RIGHT_TEMPLATES = [
  'Однако администрации учебных заведений {x}',
  'При этом школы {x}',
  'Образовательные организации {x}',
];
const RIGHTS = [
  'имеют право сами корректировать даты',
  'имеют право сами определять сроки',
  'имеют право самостоятельно корректировать график',
  'имеют право самостоятельно изменять даты',
  'имеют право сами устанавливать сроки',
];

const PURPOSE_TEMPLATES: Array<[string, Expect]> = [
  ['1. Определить персональную ответственность руководителей образовательных организаций за проведение {d} мероприятий по подготовке образовательных учреждений городского округа Нальчик {y}', by('2024-08-01')],
  ['Руководителям ОО {d} завершить ремонтные работы по подготовке {y}', by('2024-08-01')],
  ['Обеспечить {d} приемку образовательных организаций {y}', by('2024-08-01')],
];
const BY_DAYS = ['до 1 августа 2024 года', 'до 01.08.2024', 'до 1 августа 2024 г.', 'в срок до 1 августа 2024 года'];
const PURPOSES = ['к новому 2024 - 2025 учебному году', 'к новому 2024-2025 учебному году', 'к новому 2024/2025 учебному году', 'к 2024-2025 учебному году'];

const WINDOW_TEMPLATES = [
  'Для закрепленных лиц прием заявлений в первый класс {x} текущего года',
  'Прием документов {x}',
  'Запись детей в первый класс {x}',
];
const STARTS = ['начинается', 'стартует'];
const ENDS = ['завершается', 'заканчивается', 'завершится'];
const WINDOW_DAYS: Array<[string, string, Expect]> = [
  ['не позднее 1 февраля', 'не позднее 30 июня', range('2021-02-01', '2021-06-30')],
  ['не позднее 1 апреля', '30 июня', range('2021-04-01', '2021-06-30')],
  ['не позднее 01.04.2021', 'не позднее 05.09.2021', range('2021-04-01', '2021-09-05')],
];

const LABEL_TEMPLATES = [
  'установить дату начало {q} {y} — {d}',
  'Начало {q} {y} — {d}',
  'Окончание {q} {y} - {d}',
];
const QUARTERS = ['второй четверти', 'II четверти', 'третьей четверти', 'второго полугодия'];
const LABEL_YEARS = ['2022-2023 учебного года', '2022/2023 учебного года', '2022 - 2023 учебного года', '2022-2023 учебном году'];
const LABEL_DAYS: Array<[string, Expect]> = [
  ['7 ноября 2022 года', on('2022-11-07')],
  ['07.11.2022', on('2022-11-07')],
];

const PINS: Row[] = [
  // what did not change: the event noun right after «со дня»; a start alone after «не позднее» stays by it; «к новому учебному году»
  // with no day before it is by the school year's start; a window before «к … учебному году» as round 39; a quarter's label with no
  // school year; «в период» with days written keeps the days; «на весь период …» and «в период действия» stay open-ended work
  ['Указ вступает в силу со дня его подписания.', ev('со дня его подписания')],
  ['прием начинается не позднее 1 февраля', by('2021-02-01')],
  ['прием заявлений начинается 1 апреля и завершается 30 июня', range('2021-04-01', '2021-06-30')],
  ['Ремонт к новому 2024-2025 учебному году', by('2024-08-31')],
  ['до 15 августа подготовить школы к новому учебному году', by('2021-08-15')],
  ['с 2 по 12 августа проводится приёмка школ к 2021/2022 учебному году', range('2021-08-02', '2021-08-12')],
  ['Начало IV четверти - 28 марта', on('2021-03-28')],
  ['Обеспечить охрану в период проведения с 1 по 10 июня', range('2021-06-01', '2021-06-10')],
  ['Каникулы в период с 22.09.2022 по 28.09.2022', range('2022-09-22', '2022-09-28')],
  ['Организовать дежурство педагогов на весь период его проведения', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['Организовать дежурство педагогов в период действия', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['Школы вправе самостоятельно определять даты каникул', sched('школы вправе самостоятельно определять даты каникул')],
];

export const family: Family = {
  title: 'round 72: «со дня его официального …», «в период его проведения» inside a sentence, «имеют право сами корректировать даты», «до <день> … к новому <годы> учебному году», «начинается не позднее … и завершается …», a school year inside a quarter\'s label',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of FORCE_TEMPLATES) for (const x of FORCE_EVENTS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(`со дня ${x}`)]));
    for (const tpl of DURING_TEMPLATES) for (const [x, names] of DURING) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(names)]));
    for (const tpl of RIGHT_TEMPLATES) for (const x of RIGHTS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, sched(x)]));
    for (const [tpl, e] of PURPOSE_TEMPLATES) for (const d of BY_DAYS) for (const y of PURPOSES) rows.push(...variants(tpl.replace('{d}', d).replace('{y}', y)).map((t): Row => [t, e]));
    for (const tpl of WINDOW_TEMPLATES) for (const s of STARTS) for (const f of ENDS) for (const [a, b, e] of WINDOW_DAYS) rows.push(...variants(tpl.replace('{x}', `${s} ${a} и ${f} ${b}`)).map((t): Row => [t, e]));
    for (const tpl of LABEL_TEMPLATES) for (const q of QUARTERS) for (const y of LABEL_YEARS) for (const [d, e] of LABEL_DAYS) rows.push(...variants(tpl.replace('{q}', q).replace('{y}', y).replace('{d}', d)).map((t): Row => [t, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
