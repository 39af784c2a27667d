/**
 * Round 65 (corpus-real-59, teachers and quality): the classes of the set's first run the round fixed, each in the grammatical
 * variety real pages write it. The first template of each group is a real row of corpus-real-59 (its source in the set); the others
 * are the same class as other school, ministry and news pages write it.
 * - the comma closing a clause before the first date («Как сообщили …,», «По словам министра,», «Сообщается, что») keeps no verb of
 *   starting after the month or the year from reading as «с»;
 * - a verb of starting after a season («Летом этого года мы начинаем …») reads as «с» before it, and the first person plural
 *   («начинаем», «начнём», «стартуем») is a verb of starting;
 * - the past forms of the verbs of ending («завершилась», «закончился», «окончились» …) before their day read as «по», like
 *   «завершается»; after their day they report the day the thing closed (`on`, round 59's held event);
 * - the number of a part of a test, a course or a programme («Часть 2», «Вариант 1», «День 3», «Модуль 2» …) before a dash is a label;
 * - a year-first date «2021.09.03», «2021/09/03» is that day; seconds «17:02:49» and a zone offset «+03'00'» belong to the time;
 * - figures glued to the end of a word («Сергей53», a nickname) are a label.
 */
import { by, on, range, variants, type Family, type Row } from './kit';

const from = (start: string, due: string | null = '2021-12-31'): Row[1] => ({ kind: 'ongoing', start, due });

const CLAUSES = [
  'Как сообщили РОСВУЗу в Минобрнауки,',
  'По словам министра,',
  'Сообщается, что',
  'Как рассказали в управлении образования,',
  'По информации пресс-службы ведомства,',
];
const CLAUSE_PERIODS: Array<[string, Row[1]]> = [
  ['в июне', from('2021-06-01')],
  ['в феврале', from('2021-02-01')],
  ['в 2019 году', from('2019-01-01')],
  ['в сентябре 2020 года', from('2020-09-01')],
  ['в 2022 году', from('2022-01-01', null)],
];
const CLAUSE_VERBS = [
  'стартовала программа курсов повышения квалификации для учителей Крыма',
  'началась запись педагогов на курсы',
  'стартует приём заявлений на аттестацию',
  'начинается аккредитационный мониторинг',
];

const SEASON_TEMPLATES = [
  '{s} мы начинаем обучение руководителей школ новых регионов образовательным практикам на базе Центра знаний «Машук»',
  '{s} стартует программа наставничества',
  '{s} начнется прием заявлений на аттестацию',
  '{s} начинается диагностика функциональной грамотности',
];
const SEASONS: Array<[string, Row[1]]> = [
  ['Летом этого года', from('2021-06-01')],
  ['Летом', from('2021-06-01')],
  ['Осенью', from('2021-09-01')],
  ['Осенью 2021 года', from('2021-09-01')],
  ['Весной', from('2021-03-01')],
  ['Весной 2020 года', from('2020-03-01')],
  ['Зимой', from('2021-12-01')],
];
const FIRST_PERSON_TEMPLATES: Array<[string, Row[1]]> = [
  ['В июне мы {v} обучение наставников', from('2021-06-01')],
  ['В 2020 году мы {v} проект «Учитель будущего»', from('2020-01-01')],
  ['С 1 сентября {v} курсы для молодых педагогов', from('2021-09-01')],
];
const FIRST_PERSON = ['начинаем', 'начнем', 'начнём', 'стартуем'];

const ENDED_TEMPLATES: Array<[string, string]> = [
  ['Первая часть программы (она {v} 7 июня) предназначена для всех категорий работников системы общего образования', '2021-06-07'],
  ['Приём заявлений на курсы {v} 15 мая', '2021-05-15'],
  ['Курсы повышения квалификации {v} 30 ноября 2020 года', '2020-11-30'],
];
// after its day a past form reports the day the thing closed, `on` (round 59's held event; these pin it)
const ENDED_AFTER_DAY = ['25 января {v} региональный этап конкурса «Учитель года»', '12 мая {v} приём заявлений на курсы'];
const ENDED = ['завершился', 'завершилась', 'завершилось', 'завершились', 'закончился', 'закончилась', 'закончилось', 'закончились', 'окончился', 'окончилась', 'окончилось', 'окончились'];

const PART_NOUNS = ['Часть', 'Вариант', 'День', 'Блок', 'Модуль', 'Сессия', 'Занятие', 'Встреча', 'Задание'];
const PART_TAILS: Array<[string, Row[1]]> = [
  ['2 — 20 апреля Математика — 25 апреля Окружающий мир — 27 апреля', { kind: 'on', start: '2021-04-20', due: '2021-04-27' }],
  ['1 — 18 апреля', on('2021-04-18')],
  ['3 - 15.05.2021', on('2021-05-15')],
  ['2 – 20-21 апреля', range('2021-04-20', '2021-04-21')],
];

const STAMP_TEMPLATES = [
  'Подписано цифровой подписью: МОУ "КОПОРСКАЯ ШКОЛА" Дата: {d} {t}',
  'Дата: {d} {t}',
  'Документ подписан {d} {t}',
];
const STAMP_DATES: Array<[string, string]> = [['2021.09.03', '2021-09-03'], ['2021/09/03', '2021-09-03'], ['2020.12.15', '2020-12-15'], ['03.09.2021', '2021-09-03']];
const STAMP_TIMES = ["17:02:49 +03'00'", '17:02:49', "09:15:07 +05'00'", '10:00 +03:00', '11:42:05 +0300'];

const NICK_TEMPLATES = [
  'Добавлено (07.02.2016, 05:34) --------------------------------------------- {n}, У нас только копии заверенные директором, подлиники оставляем себе',
  '07.02.2016 {n} пишет: аттестацию прошла',
  'Сообщение от 07.02.2016 {n}, спасибо за ответ',
];
const NICKS = ['Сергей53', 'nina78', 'Учитель5', 'Ольга1', 'педагог007'];

const PINS: Row[] = [
  // a verb of starting before its season, a season alone, a date before the clause's comma keep their readings (these pin it)
  ['вакцинация начинается осенью (октябрь – ноябрь)', range('2021-09-01', '2021-11-30')],
  ['Летом 2021 года', range('2021-06-01', '2021-08-31')],
  ['Отчет, май, стартовала', range('2021-05-01', '2021-05-31')],
  // a stage number before a unit or a month, a year glued to an exam's name, an invalid year-first date (these pin it)
  ['часть 2 мая', on('2021-05-02')],
  ['Заявления на участие в ГИА2017 для 9 класса принимаются до 1 марта', by('2017-03-01')],
  ['2021.13.03', on('2021-03-13')],
  ['1 июня начался и 30 июня закончился прием', range('2021-06-01', '2021-06-30')],
];

export const family: Family = {
  title: 'round 65: a clause\'s comma before a verb of starting, a season before a verb of starting and «начинаем», past verbs of ending, numbered parts before a dash, year-first dates, seconds and zone offsets, nicknames with figures',
  rows: () => {
    const rows: Row[] = [];
    for (const c of CLAUSES) for (const [p, e] of CLAUSE_PERIODS) for (const v of CLAUSE_VERBS) rows.push(...variants(`${c} ${p} ${v}`).map((t): Row => [t, e]));
    for (const tpl of SEASON_TEMPLATES) for (const [s, e] of SEASONS) rows.push(...variants(tpl.replace('{s}', s)).map((t): Row => [t, e]));
    for (const [tpl, e] of FIRST_PERSON_TEMPLATES) for (const v of FIRST_PERSON) rows.push(...variants(tpl.replace('{v}', v)).map((t): Row => [t, e]));
    for (const [tpl, due] of ENDED_TEMPLATES) for (const v of ENDED) rows.push(...variants(tpl.replace('{v}', v)).map((t): Row => [t, by(due)]));
    for (const [k, tpl] of ENDED_AFTER_DAY.entries()) for (const v of ENDED) rows.push(...variants(tpl.replace('{v}', v)).map((t): Row => [t, on(k === 0 ? '2021-01-25' : '2021-05-12')]));
    for (const noun of PART_NOUNS) for (const [tail, e] of PART_TAILS) rows.push(...variants(`${noun} ${tail}`).map((t): Row => [t, e]));
    for (const tpl of STAMP_TEMPLATES) for (const [d, iso] of STAMP_DATES) for (const tm of STAMP_TIMES) rows.push([tpl.replace('{d}', d).replace('{t}', tm), on(iso)]);
    for (const tpl of NICK_TEMPLATES) for (const n of NICKS) rows.push(...variants(tpl.replace('{n}', n)).map((t): Row => [t, on('2016-02-07')]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
