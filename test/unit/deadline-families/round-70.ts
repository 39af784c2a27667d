/**
 * Round 70 (corpus-real-63, methodical work, ШМО, предметные недели, педсоветы, functional literacy and ГИА preparation): the classes
 * of the set's first run the round fixed, each in the grammatical variety real pages write it. The first template of each group is a
 * real row of corpus-real-63 (its source in the set); the others are the same class as other school, district and news pages write it.
 * - «<месяц / год / день> и далее / и позднее / и позже» with the sentence going on after it is open-ended work from that time;
 * - «по желанию / по приглашению <кого>» inside a sentence is an event, like «по просьбе»;
 * - after a date, «посвящённый итогам / результатам / окончанию …» says what the meeting of that day reviewed — a note;
 * - «за <срок> обучения / работы / занятий …» is a duration of that work, not an offset before an event;
 * - «в заключение / в заключении» with a past verb right after it is the close of the event the text reports;
 * - «перенос / изменение / продление [срока] начала / окончания <периода>» names what is moved, not the time: the authority or the day
 *   after it says when.
 */
import { ev, on, range, sched, variants, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

const LATER_TEMPLATES = [
  'В {x} многие школы проводят пробные экзамены',
  'Работу со слабоуспевающими в {x} ведут классные руководители',
  'Мониторинг в {x} ведет заместитель директора',
];
const LATER_MONTHS: Array<[string, string]> = [
  ['декабре', '2021-12-01'],
  ['марте', '2021-03-01'],
  ['сентябре', '2021-09-01'],
];
const LATER_WORDS = ['и позднее', 'и позже', 'и далее'];
const LATER_DAYS: Array<[string, string]> = [
  ['С 15 марта {x} школы принимают заявления', '2021-03-15'],
  ['Работа по функциональной грамотности в 2021 году {x} продолжается в школе', '2021-01-01'],
  ['Пробные ОГЭ 20 января {x} пишут все девятиклассники', '2021-01-20'],
];

const WISH_TEMPLATES = [
  'Участие в пробном экзамене платное {x} учащихся и их родителей',
  'Педагоги прибыли в школу {x} начальника управления образования',
  'Открытые уроки проводятся {x} руководителя ШМО',
  'Дополнительные консультации организуются {x} выпускников',
];
const WISHES = ['по желанию', 'по приглашению'];

const DEDICATED_TEMPLATES: Array<[string, Expect]> = [
  ['30 декабря в школе прошёл традиционный педагогический совет, {x} первого полугодия 2022-2023 учебного года', on('2021-12-30')],
  ['15 января - заседание ШМО, {x} 2 четверти', on('2021-01-15')],
  ['25 мая состоялось совещание при директоре, {x} ВПР 2020 года', on('2021-05-25')],
  ['В школе 12 ноября прошла методическая конференция, {x} I полугодия 2020/2021 учебного года', on('2021-11-12')],
];
const DEDICATED = ['посвящённый итогам', 'посвященный итогам', 'посвящённое результатам', 'посвященная итогам', 'посвящённый окончанию'];

const DURATION_TEMPLATES = [
  'Первоклассники показали дошколятам, чему уже научились {x} в школе',
  'Учитель рассказал, что удалось сделать {x} в лагере',
  'Ребята поделились тем, чему научились {x}',
];
const DURATIONS = ['за два месяца обучения', 'за год работы', 'за три недели занятий', 'за месяц пребывания', 'за 2 года реализации'];

const CLOSE_TEMPLATES = [
  '{x} подведены итоги предметных олимпиад учебного года',
  '{x} награждены победители школьного этапа',
  '{x} вручены дипломы и благодарственные письма',
];
const CLOSES = ['В заключении были', 'В заключение были', 'в заключении были', 'в заключение были'];
const CLOSE_VERBS: Array<[string, string]> = [
  ['В заключение выступил директор школы', 'в заключение выступил'],
  ['В заключении прозвучал гимн России', 'в заключении прозвучал'],
  ['В заключение подвели итоги недели математики', 'в заключение подвели'],
  ['В заключении состоялось награждение участников', 'в заключении состоялось'],
];

const MOVED_TEMPLATES: Array<[string, Expect]> = [
  ['В иных случаях {x} осуществляется по решению Учредителя', ev('решению')],
  ['{x} возможен только по согласованию с управлением образования', ev('согласованию')],
  ['{x} производится по приказу министерства образования', sched('приказ министерства образования')],
  ['{x} на 1 октября', on('2021-10-01')],
];
const MOVED = [
  'перенос срока начала учебного года',
  'перенос начала учебного года',
  'изменение сроков начала каникул',
  'продление срока окончания четверти',
  'перенос срока окончания учебного года',
];

const PINS: Row[] = [
  // «и далее» closing a cell (round 17), a window with no «и позднее», an offset before the start of the work, «в заключение» of a
  // named event (round 66), the author's «в заключение отметим», the start of the school year with nothing moved stay as they were
  ['2025 и далее', { kind: 'ongoing', start: '2025-01-01', due: null }],
  ['в декабре многие школы проводят пробные экзамены', range('2021-12-01', '2021-12-31')],
  ['за 10 дней до начала обучения', ev('за 10 дней до начала обучения')],
  ['за 2 недели до окончания работы лагеря', ev('за 2 недели')],
  ['в заключение проверки проводится инструктаж', ev('в заключение проверки')],
  ['В заключение отметим, что работа ведется', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['в начале учебного года', range('2021-09-01', '2021-09-30')],
  ['по просьбе учителя', ev('просьбе')],
  ['12 января состоялся педсовет по итогам 1 полугодия 2009-10 уч.года', on('2021-01-12')],
  ['за 2 дня', ev('за 2 дня')],
];

export const family: Family = {
  title: 'round 70: «<дата> и позднее / и далее» inside a sentence, «по желанию / по приглашению», «посвящённый итогам …» after a date, «за <срок> обучения», «в заключение» with a past verb, «перенос срока начала …»',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of LATER_TEMPLATES) for (const [m, start] of LATER_MONTHS) for (const w of LATER_WORDS) rows.push(...variants(tpl.replace('{x}', `${m} ${w}`)).map((t): Row => [t, from(start)]));
    for (const [tpl, start] of LATER_DAYS) for (const w of LATER_WORDS) rows.push(...variants(tpl.replace('{x}', w)).map((t): Row => [t, from(start)]));
    for (const tpl of WISH_TEMPLATES) for (const x of WISHES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(x)]));
    for (const [tpl, e] of DEDICATED_TEMPLATES) for (const x of DEDICATED) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const tpl of DURATION_TEMPLATES) for (const x of DURATIONS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, { kind: 'unparsed', reason: /./ }]));
    for (const tpl of CLOSE_TEMPLATES) for (const x of CLOSES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev('заключени')]));
    for (const [t, names] of CLOSE_VERBS) rows.push(...variants(t).map((v): Row => [v, ev(names)]));
    for (const [tpl, e] of MOVED_TEMPLATES) for (const x of MOVED) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
