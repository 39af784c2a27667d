/**
 * Round 114 (corpus-real-102: anti-corruption, control and inspection in education — prosecutors' and supervisors' checks of schools,
 * поборы, hot lines). One class the set's first run missed, as news of checks and regulations of supervision write it:
 * - «по обращению …» inside a sentence waits for the appeal, like «по просьбе» (round 14) and «по требованию» (round 32): with a word of
 *   its kind before it («по каждому / письменному / устному / личному / коллективному / повторному / анонимному обращению»), before or
 *   after the verb; the plural («по обращениям», read already) is in the same templates.
 * Pins: «по обращению с отходами» (the handling of a thing) is no appeal; a date written beside the appeal wins (dates outrank an event
 * phrase elsewhere); «По обращению …» opening a cell and «по обращениям граждан за <год>» read as before; a span beside the appeal counts
 * from it, as beside «по просьбе».
 * The first two templates are the set's real rows (their sources in corpus-real-102.tsv).
 */
import { by, ev, on, range, sectionsOf, unread, type Family, type Row } from './kit';

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

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«по [каждому / письменному / …] обращению» inside a sentence is an event', () => {
      for (const frame of FRAMES) for (const p of APPEALS) add(frame.replace('{p}', p), ev('обращ'));
    });
    section('«по обращению»: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 114: «по [каждому / письменному / …] обращению» inside a sentence is an event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
