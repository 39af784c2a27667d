/**
 * Round 62 (corpus-real-56, inclusive education and support): the classes of the set's first run the round fixed, each in the
 * grammatical variety real pages write it. The first template of each group is a real row of corpus-real-56 (its source in the set);
 * the others are the same class as other school, centre and news pages write it.
 * - a footnote mark in square brackets («[1]», «[1][13]», «[ 2 ]») and wiki markup «<nowiki>» are notes;
 * - a post's view counter («Просмотров: 47», «Просмотры 166», «просмотров: 1 234») is a label;
 * - «с сегодняшнего / этого / текущего дня», «с этого момента», «с сегодня», «отныне» with no date are open-ended work;
 * - «ДО» in capitals before «в», «и», a comma or a bracket, or after a programme's abbreviation («ФОП ДО»), is the abbreviation of
 *   дошкольное / дополнительное образование, not «до»;
 * - part 2: «начала [свою] работу / деятельность / прием …» is the verb, and the participles of starting («стартовавшей»,
 *   «начавшийся») and «стартовало / стартовали / началось» read as «с» before a year or a month;
 * - part 2: «с прошлого / этого / следующего … года» is open-ended from that year's first day;
 * - part 3: words joined by a slash («групповых/подгрупповых», «родителей/законных представителей») are one word of <слова> / <фраза>;
 * - part 4: an age («старше 5 лет», «в возрасте от 5 до 18 лет», «детей 5-7 лет», «до достижения им 18 лет») is a label.
 */
import { by, ev, ongoing, on, range, sched, variants, type Family, type Row } from './kit';

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

const from = (start: string, due: string | null = '2021-12-31'): Row[1] => ({ kind: 'ongoing', start, due });
const STARTED_TEMPLATES: Array<[string, Row[1]]> = [
  ['Госпрограмма {x} в 2019 году и направлена на создание доступной среды для людей с инвалидностью', from('2019-01-01')],
  ['Служба примирения {x} в 2018 году', from('2018-01-01')],
  ['Ресурсный центр {x} в сентябре 2020 года', from('2020-09-01')],
  ['в 2017 году школа {x}', from('2017-01-01')],
];
const STARTED = ['начала работу', 'начала свою работу', 'начала свою деятельность', 'начала деятельность', 'начала работать', 'начала действовать', 'начала функционировать', 'начала прием заявлений', 'начала приём заявлений', 'начала запись детей'];
const PARTICIPLE_TEMPLATES: Array<[string, Row[1]]> = [
  ['В результате реформы системы образования, {x} в 2013 году, все школы и детские сады в России должны стать доступными для детей-инвалидов', from('2013-01-01')],
  ['Программа, {x} в 2019 году, продолжается', from('2019-01-01')],
  ['Проект, {x} в феврале, охватил 40 школ', from('2021-02-01')],
];
const PARTICIPLES = ['стартовавшей', 'стартовавший', 'стартовавшая', 'стартовавшего', 'начавшейся', 'начавшийся', 'начавшаяся', 'начавшегося'];
const NEUTER_PLURAL_ROWS: Row[] = [
  ['Обучение по программе стартовало в 2020 году', from('2020-01-01')],
  ['Занятия ресурсного класса стартовали в 2019 году', from('2019-01-01')],
  ['Инклюзивное обучение в школе началось в 2016 году', from('2016-01-01')],
  ['В 2016 году в школе началось инклюзивное обучение', from('2016-01-01')],
];
const STARTED_PINS: Row[] = [
  // the noun «начала» keeps its reading (these pin it)
  ['до начала работы комиссии', ev('комиссии')],
  ['с начала 2019 года', from('2019-01-01')],
  ['в начале 2019 года', range('2019-01-01', '2019-01-31')],
];
const RELATIVE_YEAR_TEMPLATES = [
  'Как пояснил глава ведомства, в 36 городах и районах республики программа действует уже {x} года',
  '{x} года в школе работает служба медиации',
  'сертификаты дополнительного образования выдаются {x} года',
];
const RELATIVE_YEARS: Array<[string, Row[1]]> = [
  ['с прошлого', from('2020-01-01')], ['с прошедшего', from('2020-01-01')], ['с минувшего', from('2020-01-01')], ['с предыдущего', from('2020-01-01')],
  ['с этого', ongoing], ['с текущего', ongoing], ['с нынешнего', ongoing],
  ['со следующего', from('2022-01-01', null)], ['с будущего', from('2022-01-01', null)], ['с нового', from('2022-01-01', null)], ['с наступающего', from('2022-01-01', null)],
];
const RELATIVE_YEAR_PINS: Row[] = [
  // a day after it still ends the window; a school year keeps round 48's reading (these pin it)
  ['со следующего учебного года', from('2021-09-01')],
  ['с текущего года до 1 мая', range('2021-01-01', '2021-05-01')],
];

// the reason is the text from its noun on, in lower case, without the closing mark
const SLASH_TEMPLATES: Array<[string, string]> = [
  ['Количество и периодичность {x} определяется учителем-логопедом (учителями-логопедами) с учетом выраженности речевого нарушения', 'периодичность'],
  ['Периодичность {x} определяется учителем-логопедом', 'периодичность'],
  ['Сроки {x} определяет педагог-психолог', 'сроки'],
  ['График {x} утверждается директором', 'график'],
  ['Даты {x} будут объявлены дополнительно', 'даты'],
];
const slashReason = (t: string, noun: string): Row[1] => {
  const low = t.toLowerCase();
  return sched(low.slice(low.indexOf(noun)).replace(/[.;]$/, ''));
};
const SLASHED = ['групповых/подгрупповых и индивидуальных занятий', 'групповых/подгрупповых занятий', 'консультаций родителей/законных представителей', 'встреч учителей/классных руководителей', 'занятий педагога-психолога/социального педагога'];

const AGE_TEMPLATES: Array<[string, Row[1]]> = [
  ['Оплачивать дополнительное образование детей {x} с 1 сентября 2022 года можно будет специальными сертификатами', from('2022-09-01', null)],
  ['Прием заявлений для детей {x} до 1 мая', by('2021-05-01')],
  ['Обследование детей {x}, 15 мая', on('2021-05-15')],
  ['Набор в группы детей {x} с 1 по 15 сентября', range('2021-09-01', '2021-09-15')],
];
const AGES = ['старше 5 лет', 'младше 7 лет', 'моложе 14 лет', 'в возрасте 5 лет', 'в возрасте от 5 до 18 лет', 'в возрасте 5-7 лет', '5-7 лет', 'от 5 до 18 лет', 'с 5 до 18 лет', 'до 3 лет', '14-ти лет'];
const AGE_ROWS: Row[] = [
  ['Сертификат выдается ребенку один раз и действует до достижения им 18 лет', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['Сертификат действует до достижения ребенком 18 лет', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['Сертификат действует до достижения возраста 18 лет, выдача с 1 сентября', from('2021-09-01')],
  // a span that is no age keeps its reading (these pin it)
  ['через 5 лет после выпуска', ev('выпуска')],
  ['детей до 1 сентября 2021 года', by('2021-09-01')],
];

export const family: Family = {
  title: 'round 62: footnotes in square brackets and «<nowiki>», a post\'s view counter, «с сегодняшнего дня» and «отныне», «ДО» as an abbreviation, «начала работу» and the participles of starting, «с прошлого года», words joined by a slash, ages',
  rows: () => {
    const rows: Row[] = [];
    for (const [tpl, e] of FOOTNOTE_TEMPLATES) for (const x of FOOTNOTES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [tpl, e] of VIEW_TEMPLATES) for (const x of VIEWS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const tpl of FROM_NOW_TEMPLATES) for (const x of FROM_NOW) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ongoing]));
    for (const [t, e] of [...ABBREVIATION_ROWS, ...PINS]) rows.push(...variants(t).map((v): Row => [v, e]));
    for (const [tpl, e] of STARTED_TEMPLATES) for (const x of STARTED) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [tpl, e] of PARTICIPLE_TEMPLATES) for (const x of PARTICIPLES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const tpl of RELATIVE_YEAR_TEMPLATES) for (const [x, e] of RELATIVE_YEARS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [t, e] of [...NEUTER_PLURAL_ROWS, ...STARTED_PINS, ...RELATIVE_YEAR_PINS]) rows.push(...variants(t).map((v): Row => [v, e]));
    for (const [tpl, noun] of SLASH_TEMPLATES) for (const x of SLASHED) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, slashReason(t, noun)]));
    for (const [tpl, e] of AGE_TEMPLATES) for (const x of AGES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [t, e] of AGE_ROWS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
