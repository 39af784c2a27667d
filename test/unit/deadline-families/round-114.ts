/**
 * Round 114 (corpus-real-102: anti-corruption, control and inspection in education — prosecutors' and supervisors' checks of schools,
 * поборы, hot lines, accreditation). Three classes the set's first run missed, as news of checks, regulations of supervision and the
 * documents' lines of schools' reports write them:
 * - «по обращению …» inside a sentence waits for the appeal, like «по просьбе» (round 14) and «по требованию» (round 32): with a word of
 *   its kind before it («по каждому / письменному / устному / личному / коллективному / повторному / анонимному обращению»), before or
 *   after the verb; the plural («по обращениям», read already) is in the same templates.
 * - the figures and short letter codes after «серия / серии» are a document form's series, a label like the number after «№»: «66А01»,
 *   «03 АО1», «34АО1», «66», before «№ …» and a deadline or a day of issue.
 * - a «с» before a partner or an errand («с проверкой», «с родителями», «с нормативными документами») and then «в / во» and a date word:
 *   the date is that «в»'s window (a month, a quarter, a half), not the end of a window the «с» opens.
 * Pins: «по обращению с отходами» (the handling of a thing) is no appeal; a date written beside the appeal wins (dates outrank an event
 * phrase elsewhere); «По обращению …» opening a cell and «по обращениям граждан за <год>» read as before; a span beside the appeal counts
 * from it, as beside «по просьбе»; a month or a dotted date right after «серия / серии» is a date, «серия игр», «серия АА» read as
 * before, and so do an act's number and date.
 * The first two templates of each class are the set's real rows or built on them (their sources in corpus-real-102.tsv).
 */
import { MONTHS_PREP, by, ev, iso, lastDay, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the sentence around «{p}» (the appeal) */
const FRAMES = [
  'Проверку образовательного учреждения прокуратура района организовала {p} родителей учащихся',
  'Прокуратура Омска {p} организовала проверку',
  'Внеплановая проверка школы проводится {p} граждан',
  'Выездная проверка детского сада проведена {p} родителей воспитанников',
  'Комиссия рассматривает вопрос {p} работника',
  'Министерство образования провело документарную проверку гимназии {p} жителей района',
  'Сотрудники управления образования выехали в школу {p}',
];
/** the appeal: «по обращению» and the words of its kind before it */
const APPEALS = [
  'по обращению',
  'по каждому обращению',
  'по письменному обращению',
  'по устному обращению',
  'по личному обращению',
  'по коллективному обращению',
  'по повторному обращению',
  'по анонимному обращению',
  'по обращениям',
  'по  обращению',
];
const PINS: Row[] = [
  // the handling of a thing is no appeal
  ['Работа по обращению с отходами', unread],
  ['Занятия по безопасному обращению с электроприборами', unread],
  ['Инструктаж по обращению с огнем проводится в сентябре', range('2021-09-01', '2021-09-30')],
  // a date written beside the appeal wins
  ['Проверка проведена по обращению родителей 15 марта 2021 года', on('2021-03-15')],
  ['Прокуратура проведет проверку по обращению родителей до 1 июня', by('2021-06-01')],
  ['Отчет по обращениям граждан за 2020 год', range('2020-01-01', '2020-12-31')],
  // opening a cell, as before
  ['По обращению родителей', ev('обращению')],
  ['по обращению', ev('обращению')],
  // a span beside the appeal counts from it, as beside «по просьбе»
  ['Ответ по обращению направлен в течение 30 дней', ev('обращению')],
  ['Справка выдается по просьбе родителей в течение 3 дней', ev('просьбе')],
  // other requests inside a sentence read as before
  ['Проверка проводится по требованию прокурора', ev('требованию')],
  ['Выдача справок по просьбе родителей', ev('просьбе')],
];

/** a document's line around «{c}» (the series) and its deadline or day of issue */
const SERIES_FRAMES: Array<[string, Expect]> = [
  ['серия {c} № 0002304, рег. № 8616 на срок до 06 февраля 2025', by('2025-02-06')],
  ['Свидетельство о государственной аккредитации серия {c} № 0001040, срок действия до 12 мая 2025 года', by('2025-05-12')],
  ['Лицензия серии {c} № 0000808 действует до 1 сентября 2026 года', by('2026-09-01')],
  ['бланк аттестата серии {c} № 123456 выдан 25 июня 2021 года', on('2021-06-25')],
  ['Удостоверение серия {c} № 1234 выдано 15.03.2021', on('2021-03-15')],
];
/** the series: figures and letter codes, glued or spaced */
const SERIES = ['66А01', '66Л01', '03 АО1', '34 ЛО1', '34АО1', '66', '03', '77 Л01', '24 А01', '59 Л01'];
const SERIES_PINS: Row[] = [
  // a month or a dotted date right after «серия / серии» is a date
  ['Новая серия 5 мая', on('2021-05-05')],
  ['серии 15.05.2021', on('2021-05-15')],
  // no figure after «серия», or a word: as before
  ['серия АА № 0002304 на срок до 06 февраля 2025', by('2025-02-06')],
  ['серия игр пройдет 12 мая', on('2021-05-12')],
  // an act's number and date read as before
  ['приказ № 5 от 12 мая', on('2021-05-12')],
  ['Свидетельство о государственной аккредитации от 12.05.2015 № 1579; срок действия : до 12 мая', by('2021-05-12')],
];

/** the sentence around «{m}» (a month in the prepositional after «в»), with a «с» of a partner or an errand before it */
const WITH_FRAMES = [
  'Прокуратура нагрянула в учебное учреждение с проверкой в {m}',
  'Встреча с родителями в {m}',
  'Работа с документами в {m}',
  'Комиссия управления образования выехала в школу с проверкой в {m}',
  'Собрание с педагогами в {m}',
  'Знакомство с нормативными документами в {m}',
];
const fromDay = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });
const WITH_PINS: Row[] = [
  // a «с» right before a date word, a day or a year still opens a window
  ['с сентября', fromDay('2021-09-01')],
  ['С 1 сентября', fromDay('2021-09-01')],
  ['с нового учебного года', fromDay('2021-09-01')],
  ['с текущего года', fromDay('2021-01-01')],
  // a partner before a day, as round 46 reads it
  ['Работа с одаренными детьми 17 сентября', on('2021-09-17')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«по [каждому / письменному / …] обращению» inside a sentence is an event', () => {
      for (const frame of FRAMES) for (const p of APPEALS) add(frame.replace('{p}', p), ev('обращ'));
    });
    section('«по обращению»: pins', () => PINS.forEach(([t, e]) => add(t, e)));
    section('the figures and letter codes after «серия / серии» are a form\'s series, a label', () => {
      for (const [frame, e] of SERIES_FRAMES) for (const c of SERIES) add(frame.replace('{c}', c), e);
      add('серия 12 до 1 июня', by('2021-06-01'));
    });
    section('«серия»: pins', () => SERIES_PINS.forEach(([t, e]) => add(t, e)));
    section('«с <партнёр> в <месяце>»: the date is the «в»\'s window', () => {
      for (const frame of WITH_FRAMES)
        MONTHS_PREP.forEach((m, k) => add(frame.replace('{m}', m), range(iso(k + 1, 1), iso(k + 1, lastDay(k + 1)))));
      add('Собрание с педагогами в I квартале', range('2021-01-01', '2021-03-31'));
      add('Встреча с родителями во II полугодии', range('2021-07-01', '2021-12-31'));
      add('Встреча с родителями во втором полугодии', range('2021-07-01', '2021-12-31'));
    });
    section('«с <партнёр> в <месяце>»: pins', () => WITH_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 114: «по [каждому / письменному / …] обращению» inside a sentence is an event; the code after «серия» is a form\'s series; «с <партнёр> в <месяце>» is the month',
  rows: () => sections().flatMap(([, rows]) => rows),
};
