/**
 * Round 86 (corpus-real-75: money and procurement of schools, kindergartens and education offices). Four classes the set's first run
 * missed, as budget rules, procurement acts and kindergarten pages write them:
 * - a year named by an adjective of the next or the previous year, with «финансового / календарного / бюджетного» or not, is that year —
 *   after «до начала / к началу / до конца» and after a day: «… до начала очередного финансового года.», «… в срок не позднее 30 января
 *   следующего финансового года.»;
 * - the short passive participles of starting and ending read as «с» and «по»: «Проверка начата 28.09.2022, окончена 11.10.2022.»;
 * - the procedure someone sets, after a verb of drawing up or submitting («составляется … в порядке, определенном главным
 *   распорядителем …»), and a legal act («в соответствии с нормативными
 *   правовыми актами …») hold the dates: «1. Бюджетная смета казенного учреждения составляется, утверждается и ведется в порядке,
 *   определенном главным распорядителем бюджетных средств, …», «1. Порядок, сроки и иные условия … устанавливаются в соответствии с
 *   нормативными правовыми актами …»;
 * - a day of the month inside a condition, and a part of the month after a month named relative to now, repeat nothing: «Льготное
 *   питание предоставляется начиная с месяца, следующего за месяцем подачи заявления, если заявление подано до 15 числа.», «Компенсация
 *   родительской оплаты начисляется в следующем месяце, идущем после месяца внесения платы (в конце месяца).».
 * The first template of each class is the set's real row (its source in corpus-real-75.tsv).
 */
import { by, ev, iso, MONTHS_GEN, range, rec, sched, variants, type Row, type Family } from './kit';

// ─── A year named relative to now ───────────────────────────────────────────────────────────────────────────────

const YEAR_TEMPLATES = [
  'Образовательные организации, которым государственное задание формируется на учебный год, составляют План на очередной финансовый год и плановый период {x}',
  'Составить план финансово-хозяйственной деятельности {x}',
  'Отчет о расходах представляется {x}',
  '{x}',
];
const YEAR_ADJECTIVES: Array<[string, number]> = [
  ['следующего', 1], ['будущего', 1], ['предстоящего', 1], ['очередного', 1], ['прошлого', -1], ['предыдущего', -1],
];
const KINDS_OF_YEAR = ['', 'финансового ', 'календарного ', 'бюджетного '];
/** The part of the year and the year of its due: «до начала» a year is the end of the year before it. */
const PARTS: Array<[string, number]> = [['до начала', -1], ['к началу', -1], ['до конца', 0]];
const DAY_TEMPLATES = [
  '3.1.1. О достижении значения результата предоставления субсидии, указанного в соглашении, в срок не позднее {x}',
  'Отчет о выполнении муниципального задания представляется до {x}',
  'Годовой отчет направляется в управление образования не позднее {x}',
];
const DAYS: Array<[number, number]> = [[30, 1], [1, 2], [15, 3], [20, 1], [1, 6]];

// ─── The participles of starting and ending ─────────────────────────────────────────────────────────────────────

const WORK: Array<[noun: string, started: string, ended: string[]]> = [
  ['Проверка', 'начата', ['окончена', 'завершена', 'закончена']],
  ['Ремонт', 'начат', ['окончен', 'завершен', 'закончен']],
  ['Строительство', 'начато', ['окончено', 'завершено', 'закончено']],
  ['Работы', 'начаты', ['окончены', 'завершены', 'закончены']],
];
const WINDOWS: Array<[string, string, string, string]> = [
  ['28.09.2022', '11.10.2022', '2022-09-28', '2022-10-11'],
  ['1 марта 2021 года', '30 апреля 2021 года', '2021-03-01', '2021-04-30'],
  ['01.06.2021', '15.08.2021', '2021-06-01', '2021-08-15'],
  ['10 мая', '20 июля', '2021-05-10', '2021-07-20'],
];
const JOINS = [', ', ' и ', ', а '];

// ─── Who sets the procedure, a legal act ────────────────────────────────────────────────────────────────────────

/** What is done, and the verb the reason starts at. */
const PROCEDURE_SUBJECTS: Array<[string, string]> = [
  ['1. Бюджетная смета казенного учреждения составляется, утверждается и ведется', 'составляется'],
  ['План финансово-хозяйственной деятельности составляется', 'составляется'],
  ['Отчет о выполнении муниципального задания представляется', 'представляется'],
  ['Субсидия на иные цели перечисляется', 'перечисляется'],
  ['Инвентаризация имущества проводится', 'проводится'],
  ['Проект плана направляется в управление образования', 'направляется'],
];
const SETTERS = ['установленном', 'определенном', 'утвержденном', 'определённом'];
const AGENTS = ['главным распорядителем бюджетных средств', 'учредителем', 'управлением образования', 'Министерством финансов Российской Федерации', 'администрацией района'];
const ACT_SUBJECTS = [
  '1. Порядок, сроки и иные условия составления бюджетной отчетности, в том числе об исполнении бюджета городского округа и иной бюджетной отчетности городского округа, устанавливаются',
  'Смета доходов и расходов утверждается',
  'Отчет о выполнении муниципального задания представляется',
  'Родительская плата вносится',
];
const ACTS: Array<[string, string]> = [
  ['нормативными правовыми актами', 'нормативный правовой акт'],
  ['правовыми актами', 'правовой акт'],
  ['муниципальным правовым актом', 'муниципальный правовой акт'],
  ['правовым актом', 'правовой акт'],
];
const OWNERS = ['Российской Федерации, Московской области и городского округа', 'администрации района', 'учредителя', 'управления образования'];

// ─── A day in a condition, a part of a month named relative to now ──────────────────────────────────────────────

const CONDITION_MAINS: Array<[string, string]> = [
  ['Льготное питание предоставляется начиная с месяца, следующего за месяцем подачи заявления', 'заявления'],
  ['Компенсация выплачивается с месяца, следующего за месяцем обращения', 'обращения'],
  ['Пособие назначается с месяца, следующего за месяцем подачи документов', 'документов'],
];
const CONDITIONS = ['заявление подано', 'документы представлены', 'обращение поступило', 'справка получена'];
const DAY_OF_MONTH = ['до 15 числа', 'до 10 числа', 'до 25-го числа', 'не позднее 20 числа', 'до пятнадцатого числа'];
const RELATIVE_TEMPLATES: Array<[string, string]> = [
  ['Компенсация родительской оплаты начисляется в следующем месяце, идущем после месяца внесения платы ({x} месяца)', 'внесения платы'],
  ['Выплата производится в следующем месяце после месяца обращения ({x} месяца)', 'обращения'],
  ['Перерасчет производится в следующем месяце после месяца отсутствия ребенка ({x} месяца)', 'отсутствия'],
];
const MONTH_PARTS = ['в конце', 'в начале', 'в середине'];

const PINS: Row[] = [
  // a year with no adjective, and the current year, read as before
  ['до конца года', by('2021-12-31')],
  ['до начала года', by('2020-12-31')],
  ['до конца текущего финансового года', by('2021-12-31')],
  ['до 1 февраля текущего финансового года', by('2021-02-01')],
  ['до 1 сентября следующего календарного года', by('2022-09-01')],
  ['в срок не позднее 30 января следующего года', by('2022-01-30')],
  // a participle alone, or of ending alone
  ['Проверка завершена 11.10.2022', by('2022-10-11')],
  ['Работа начата 1 марта', { kind: 'ongoing', start: '2021-03-01', due: '2021-12-31' }],
  ['Проверка начата', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // a procedure that is not set by someone is no schedule; «в порядке и сроки, установленные …» as before
  ['в порядке очереди', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['в порядке, установленном приказом', { kind: 'unparsed', reason: /не удалось распознать срок/ }], // round 31's pin: no verb before it
  ['в порядке и сроки, установленные приказом', sched('порядке и сроки, установленные приказом')],
  // a day of every month outside a condition repeats as before
  ['до 15 числа', rec('month', 15)],
  ['ежемесячно до 15 числа, если иное не установлено', rec('month', 15)],
  ['Если сведения не поступили, до 15 числа направляется запрос', rec('month', 15)],
  ['до 15 числа следующего месяца', rec('month', 15)],
  ['в конце месяца', rec('month')],
  ['сентябрь, в конце месяца', range('2021-09-21', '2021-09-30')],
];

export const family: Family = {
  title: 'round 86: «до начала очередного финансового года», «начата … окончена …», «в порядке, определенном …», a day in a condition',
  rows: () => {
    const rows: Row[] = [];
    const add = (text: string, e: Row[1]): void => {
      rows.push(...variants(text).map((t): Row => [t, e]));
    };
    for (const tpl of YEAR_TEMPLATES)
      for (const [adj, shift] of YEAR_ADJECTIVES)
        for (const kind of KINDS_OF_YEAR)
          for (const [part, before] of PARTS) add(tpl.replace('{x}', `${part} ${adj} ${kind}года`), by(`${2021 + shift + before}-12-31`));
    for (const tpl of DAY_TEMPLATES)
      for (const [adj, shift] of YEAR_ADJECTIVES)
        for (const kind of KINDS_OF_YEAR)
          for (const [d, m] of DAYS) add(tpl.replace('{x}', `${d} ${MONTHS_GEN[m - 1]} ${adj} ${kind}года`), by(iso(m, d, 2021 + shift)));
    for (const [noun, started, ended] of WORK)
      for (const end of ended)
        for (const [a, b, start, due] of WINDOWS)
          for (const join of JOINS) add(`${noun} ${started} ${a}${join}${end} ${b}`, range(start, due));
    for (const [subject, verb] of PROCEDURE_SUBJECTS)
      for (const setter of SETTERS)
        for (const agent of AGENTS)
          // the reason is the text from the verb on, as written («определённом» keeps its «ё»)
          for (const t of variants(`${subject} в порядке, ${setter} ${agent}`)) rows.push([t, sched(t.slice(t.indexOf(verb)).replace(/[.;]$/, ''))]);
    for (const subject of ACT_SUBJECTS)
      for (const [act, nominative] of ACTS)
        for (const owner of OWNERS) add(`${subject} в соответствии с ${act} ${owner}`, sched(`${nominative} ${owner}`));
    for (const [main, names] of CONDITION_MAINS)
      for (const cond of CONDITIONS)
        for (const day of DAY_OF_MONTH) add(`${main}, если ${cond} ${day}`, ev(names));
    for (const [tpl, names] of RELATIVE_TEMPLATES)
      for (const part of MONTH_PARTS) add(tpl.replace('{x}', part), ev(names));
    for (const [t, e] of PINS) add(t, e);
    return rows;
  },
};
