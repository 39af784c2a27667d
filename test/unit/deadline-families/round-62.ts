/**
 * Round 62 (corpus-real-56, inclusive education and support): the classes of the set's first run the round fixed, each in the
 * grammatical variety real pages write it. The first template of each group is a real row of corpus-real-56 (its source in the set);
 * the others are the same class as other school, centre and news pages write it.
 * - a footnote mark in square brackets («[1]», «[1][13]», «[ 2 ]») and wiki markup «<nowiki>» are notes;
 * - a post's view counter («Просмотров: 47», «Просмотры 166», «просмотров: 1 234») is a label;
 * - «с сегодняшнего / этого / текущего дня», «с этого момента», «с сегодня», «отныне» with no date are open-ended work;
 * - «ДО» in capitals before «в», «и», a comma or a bracket, or after a programme's abbreviation («ФОП ДО»), is the abbreviation of
 *   дошкольное / дополнительное образование, not «до».
 */
import { by, ongoing, on, range, variants, type Family, type Row } from './kit';

const FOOTNOTE_TEMPLATES: Array<[string, Row[1]]> = [
  ['Первая школьная медиация с участием школьников-медиаторов была проведена в России 16 декабря 2002 года в московской школе № 464 {x}', on('2002-12-16')],
  ['Служба примирения создана в школе 1 сентября 2015 года {x}', on('2015-09-01')],
  ['По состоянию на 2022 год в Российской Федерации функционируют более 32 000 школьных служб медиации {x}', range('2022-01-01', '2022-12-31')],
  ['Семинар кураторов служб примирения прошел в октябре 2023 года {x}', range('2023-10-01', '2023-10-31')],
  ['Программа реализуется с 2019 года {x}', { kind: 'ongoing', start: '2019-01-01', due: '2021-12-31' }],
];
const FOOTNOTES = ['[1]', '[13]', '[1][13]', '[ 2 ]', '<nowiki>[1]</nowiki>', '[http://www.sprc.ru/ <nowiki>[1]</nowiki>]', '[https://fcprc.ru/ <nowiki>[2]</nowiki>]'];

const VIEW_TEMPLATES: Array<[string, Row[1]]> = [
  ['16 августа 2022 в 16:58 {x}', on('2022-08-16')],
  ['29.12.2020 13:20 {x}', on('2020-12-29')],
  ['{x} 15.03.2021', on('2021-03-15')],
  ['Новость от 1 сентября 2021 г. {x}', on('2021-09-01')],
];
const VIEWS = ['Просмотров: 47', 'Просмотров 47', 'Просмотры: 166', 'просмотров: 1 234', 'Просмотров: 2 045'];

const FROM_NOW_TEMPLATES = [
  'Ну, вот, {x} и у нас в городе начал свою работу первый ресурсный класс',
  '{x} запись в кружки открыта для всех желающих',
  '{x} консультации педагога-психолога проводятся в кабинете № 12',
  'служба медиации работает в школе {x}',
];
const FROM_NOW = ['с сегодняшнего дня', 'с этого дня', 'с текущего дня', 'с этого момента', 'с настоящего времени', 'с сегодня', 'отныне'];

const ABBREVIATION_ROWS: Row[] = [
  ['19. Порядок отчисления и зачисления детей на программы ДО в ЕИС «Навигатор» [18.08.2023]', on('2023-08-18')],
  ['Запись на программы ДО в Навигаторе 01.09.2021', on('2021-09-01')],
  ['Семинар для педагогов ДО и воспитателей 15.05.2021', on('2021-05-15')],
  ['Совещание руководителей ОО и ДО, 20.10.2021', on('2021-10-20')],
  ['Методическое объединение педагогов ДО: 12.11.2021', on('2021-11-12')],
  ['Реализация ФОП ДО (май 2023)', range('2023-05-01', '2023-05-31')],
  ['Введение ФГОС ДО 01.09.2014', on('2014-09-01')],
  ['Мониторинг по программам ДО в сентябре', range('2021-09-01', '2021-09-30')],
  // «ДО» before a date or a date word keeps its «до» (these pin it)
  ['ДО 15.05.2021', by('2021-05-15')],
  ['Сдать отчет ДО 1 июня', by('2021-06-01')],
  ['сделать ДО конца года', by('2021-12-31')],
  ['внедрение ФГОС ДО до 1 сентября 2023', by('2023-09-01')],
];

const PINS: Row[] = [
  // a date in square brackets is no footnote; a date with «с сегодняшнего дня» wins (these pin it)
  ['Приказ [18.08.2023]', on('2023-08-18')],
  ['с сегодняшнего дня, 1 сентября', on('2021-09-01')],
  ['с этого дня и до 15 мая', by('2021-05-15')],
];

export const family: Family = {
  title: 'round 62: footnotes in square brackets and «<nowiki>», a post\'s view counter, «с сегодняшнего дня» and «отныне», «ДО» as an abbreviation',
  rows: () => {
    const rows: Row[] = [];
    for (const [tpl, e] of FOOTNOTE_TEMPLATES) for (const x of FOOTNOTES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [tpl, e] of VIEW_TEMPLATES) for (const x of VIEWS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const tpl of FROM_NOW_TEMPLATES) for (const x of FROM_NOW) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ongoing]));
    for (const [t, e] of [...ABBREVIATION_ROWS, ...PINS]) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
