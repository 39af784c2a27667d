/**
 * Round 63 (corpus-real-57, administrative and reporting deadlines of education bodies and schools): the classes of the set's first
 * run the round fixed, each in the grammatical variety real pages write it. The first template of each group is a real row of
 * corpus-real-57 (its source in the set); the others are the same class as other orders, rules, reports and news write it.
 * - a footnote mark in angle brackets («<1>», «<12>», «< 2 >») is a note, as «[1]» is since round 62;
 * - a full date glued to its time of day («18.04.202011:54») is that date;
 * - a capital Latin «N» standing before a number is the number sign «№» («… 8 августа 2011 г. N 9/43036»);
 * - an act's number with its letter code after a spaced dash («№133/6 – ОД», «№ 45 - од») is one number before «от <дата>»;
 * - «[начиная] с отчета / доходов / сведений / данных за <год>» is open-ended from that year;
 * - «сроком на N год / лет / месяцев» is a term, a label; «на ее / его / их / своем первом … заседании» is the meeting's occasion;
 * - «в пределах календарного / учебного / текущего / финансового / отчетного года» (or month, quarter, half) is open-ended work;
 * - a repeat adjective in the instrumental after a copula («является ежегодной заполняемой таблицей») is a repeat;
 * - round 59's held or dated event reaches its repeat adjective past a parenthetical («состоялся ежегодный, уже восьмой, Совет»).
 */
import { by, ev, ongoing, on, rec, variants, type Family, type Row } from './kit';

const none: Row[1] = { kind: 'unparsed', reason: /не удалось распознать срок/ };
const from = (start: string): Row[1] => ({ kind: 'ongoing', start, due: '2021-12-31' });

const ANGLE_TEMPLATES: Array<[string, Row[1]]> = [
  ['Постоянно {x}', ongoing],
  ['До ликвидации организации {x}', ev('ликвидации')],
  ['Срок хранения - постоянно {x}', ongoing],
  ['15.03.2021 {x}', on('2021-03-15')],
  ['Отчет представляется до 1 сентября {x}', by('2021-09-01')],
  ['Сведения представляются ежегодно {x}', rec('year')],
  ['В течение года {x}', ongoing],
];
const ANGLES = ['<1>', '<2>', '<12>', '< 3 >', '<1> <2>'];

const GLUED_TEMPLATES: Array<[string, Row[1]]> = [
  ['18.04.2020{t}', on('2020-04-18')],
  ['Опубликовано 12.12.2025{t}', on('2025-12-12')],
  ['03.09.2021{t} Просмотров: 47', on('2021-09-03')],
  ['Дата: 01.02.2021{t}', on('2021-02-01')],
];
const TIMES = ['11:54', '09:05', '8:30', '23:59', '00:15'];

const LATIN_N_TEMPLATES: Array<[string, Row[1]]> = [
  ['Зарегистрировано в НРПА РБ 8 августа 2011 г. N {n}', on('2011-08-08')],
  ['Опубликовано 15.03.2021 N {n}', on('2021-03-15')],
  ['Протокол N {n} от 30.08.2021', on('2021-08-30')],
  ['Вестник, 17.06.2008, N {n}', on('2008-06-17')],
  ['до 1 сентября, форма N {n}', by('2021-09-01')],
];
const LATIN_NUMBERS = ['9/43036', '12', '125', '48', '2'];

const CODE_TEMPLATES = [
  'Приказ {n} от 27.09.2021 г.',
  'приказ директора {n} от 01.09.2021',
  'Распоряжение {n} от 15 марта 2021 года',
  'Утверждено приказом {n} от 30.08.2021г.',
  'Постановление администрации {n} от 10.01.2022',
];
const CODES = ['№133/6 – ОД', '№ 45 - од', '№ 12 — П', '№ 7 –ОД', '№ 101- к', '№ 3 - ОД'];

const REPORT_TEMPLATES: Array<[string, string]> = [
  ['Данная форма введена в действие, {x} 2019 год', '2019-01-01'],
  ['Руководители предоставляют сведения о доходах, {x} 2012 год', '2012-01-01'],
  ['Форма применяется {x} 2020 год.', '2020-01-01'],
  ['Новые показатели заполняются {x} 2018 г.', '2018-01-01'],
];
const REPORTS = ['начиная с отчета за', 'начиная с отчёта за', 'с отчета за', 'начиная с отчетности за', 'начиная с доходов за', 'начиная с данных за', 'начиная со сведений за', 'со сведений за'];

const MEETING_TEMPLATES = [
  'Из числа членов комиссии на {p} {a} заседании прямым открытым голосованием сроком на 1 год выбираются заместитель председателя и секретарь',
  'Председатель совета избирается на {p} {a} заседании сроком на 2 года',
  'План работы утверждается на {p} {a} заседании',
];
const POSSESSIVES = ['ее', 'её', 'его', 'их', 'своем'];
const ADJECTIVES = ['первом', 'очередном', 'ближайшем', 'итоговом'];

const WITHIN_TEMPLATES = ['Регистрация ведется {x}', 'Нумерация документов сквозная {x}', '{x}', 'Документы регистрируются {x}, номера присваиваются по порядку'];
const WITHIN = ['в пределах календарного года', 'в пределах учебного года', 'в пределах текущего года', 'в пределах финансового года', 'в пределах отчетного года', 'в пределах текущего месяца', 'в пределах календарного квартала'];

const COPULA_TEMPLATES = [
  'Таблица является {x} заполняемой таблицей уровня образовательной организации',
  'Отчет является {x} формой отчетности',
  'Данная форма считается {x} отчетной формой',
  'Мониторинг стал {x} процедурой',
];
const COPULA_ADJECTIVES: Array<[string, Row[1]]> = [
  ['ежегодной', rec('year')],
  ['ежемесячной', rec('month')],
  ['ежеквартальной', rec('quarter')],
  ['еженедельной', rec('week')],
];
const COPULA_MASCULINE: Array<[string, Row[1]]> = [
  ['Публичный доклад является ежегодным отчетом школы', rec('year')],
  ['Мониторинг является ежеквартальным мероприятием', rec('quarter')],
  ['Совещание считается еженедельным мероприятием', rec('week')],
];

const INSERT_TEMPLATES: Array<[string, string[], Row[1]]> = [
  ['10 октября 2012 года в Подмосковье состоялся ежегодный, {i}, Совет по архивному делу', ['уже восьмой', 'восьмой по счету', 'уже традиционный', 'юбилейный десятый'], on('2012-10-10')],
  ['23 августа 2021 года прошла ежегодная, {i}, конференция работников образования', ['уже десятая', 'десятая по счету', 'уже традиционная'], on('2021-08-23')],
  ['15 марта 2021 г. состоялось ежегодное, {i}, совещание руководителей школ', ['уже пятое', 'пятое по счету', 'уже традиционное'], on('2021-03-15')],
  ['5 мая 2021 года прошло ежемесячное, {i}, совещание директоров', ['уже третье', 'третье по счету'], on('2021-05-05')],
];

const PINS: Row[] = [
  // a figure after a spaced dash that is a day, and a code glued to its number, read as before (these pin it)
  ['Приказ № 45-ОД от 01.09.2021', none],
  ['протокол № 5 - 15 мая', on('2021-05-15')],
  // a span within a period counted from an event, a bare span, and the repeat with no held event (these pin it)
  ['Для этого ему предоставляются 2 попытки в пределах одного года с момента образования академической задолженности.', ev('момента')],
  ['ежегодный, уже восьмой, Совет по архивному делу', rec('year')],
  ['Совет определяется ежегодным приказом директора', { kind: 'schedule', reason: 'определяется ежегодным приказом директора' }],
  ['18.04.2020 11:54', on('2020-04-18')],
  ['начиная с 2019 года', from('2019-01-01')],
];

export const family: Family = {
  title: 'round 63: footnote marks in angle brackets, a date glued to its time, «N» as the number sign, an act number\'s code after a spaced dash, «начиная с отчета за <год>», «сроком на N лет» and the possessive meeting, «в пределах календарного года», the instrumental repeat after a copula, a parenthetical before a held repeat\'s noun',
  rows: () => {
    const rows: Row[] = [];
    for (const [tpl, e] of ANGLE_TEMPLATES) for (const x of ANGLES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [tpl, e] of GLUED_TEMPLATES) for (const t of TIMES) rows.push(...variants(tpl.replace('{t}', t)).map((v): Row => [v, e]));
    for (const [tpl, e] of LATIN_N_TEMPLATES) for (const n of LATIN_NUMBERS) rows.push(...variants(tpl.replace('{n}', n)).map((v): Row => [v, e]));
    for (const tpl of CODE_TEMPLATES) for (const n of CODES) rows.push(...variants(tpl.replace('{n}', n)).map((v): Row => [v, none]));
    for (const [tpl, start] of REPORT_TEMPLATES) for (const x of REPORTS) rows.push(...variants(tpl.replace('{x}', x)).map((v): Row => [v, from(start)]));
    for (const tpl of MEETING_TEMPLATES) for (const p of POSSESSIVES) for (const a of ADJECTIVES) rows.push(...variants(tpl.replace('{p}', p).replace('{a}', a)).map((v): Row => [v, ev('заседании')]));
    for (const tpl of WITHIN_TEMPLATES) for (const x of WITHIN) rows.push(...variants(tpl.replace('{x}', x)).map((v): Row => [v, ongoing]));
    for (const tpl of COPULA_TEMPLATES) for (const [x, e] of COPULA_ADJECTIVES) rows.push(...variants(tpl.replace('{x}', x)).map((v): Row => [v, e]));
    for (const [t, e] of COPULA_MASCULINE) rows.push(...variants(t).map((v): Row => [v, e]));
    for (const [tpl, inserts, e] of INSERT_TEMPLATES) for (const i of inserts) rows.push(...variants(tpl.replace('{i}', i)).map((v): Row => [v, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
