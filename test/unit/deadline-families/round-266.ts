/**
 * Round 266 (corpus-real-231, 83/88 first, 84/88 on one label changed to the README's reading, 88/88 after), four rules:
 * - «после <события>» after every date of a repeat's window is a note on the window, as after a window alone: «13. Заседание конкурсной
 *   комиссии автономного округа проводится 1 раз в год в период с 1 по 15 декабря текущего года, после обобщения поступивших сведений.»
 *   (https://docs.cntd.ru/document/468902068/titles/3N38CF0) → a yearly repeat over 12-01..12-15 (it ran over the whole year).
 *   Pins: an offset before the dates, a date after «после», a repeat in a month, the window alone.
 * - after «после <события>», «с <день> <месяц> и продолжатся / продлятся … до / по <день>» is the thing's own window: «Сборы начнутся сразу
 *   после завершения занятий в десятом классе с 26 мая и продолжатся до 5 июня.» (https://www.chausynews.by/119707/…) → range (it was
 *   `event`). Pins: a start with no such end, a window with no verb, an offset counted in days, the anchor of «после».
 * - one or two figures after a plain word before the closing quote of a name are part of the name: «… «Авангард 47» открылся в октябре
 *   2024 года …» (https://www.mk-lenobl.ru/amp/social/2025/11/06/u-shkolnikov-gatchinskogo-okruga-nachalis-uchebnovoennye-sbory.html) →
 *   range 2024-10 (it was `unparsed`, «непонятное число «47»»). Pins: after a month, round 78's three figures, no quote.
 * - an age after «студент…» (with «СПО / вузов / колледжей / техникумов» after it or not) is a label: «… студенты СПО от 18 лет до 21 года
 *   …» (https://birobidzhan-news.net/other/2025/02/28/150805.html) → `unparsed` (it was `event`, an offset). Pins: a course's number, an
 *   offset in years before an event.
 * And corpus-real-231's other phrasings that read right on the first run.
 */
import { distinctRows, bareSpan, by, ev, on, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const yearly = (start: string, due: string): Expect => ({ kind: 'recurring', every: 'year', day: null, start, due });

/** a repeat's words, its windows (text, start, due) and the events after it */
const REPEATS = ['ежегодно', '1 раз в год', 'один раз в год', 'раз в год'];
const WINDOWS: Array<[string, string, string]> = [
  ['с 1 по 15 декабря', '2021-12-01', '2021-12-15'],
  ['в период с 1 по 15 декабря', '2021-12-01', '2021-12-15'],
  ['с 10 по 20 мая', '2021-05-10', '2021-05-20'],
  ['с 1 по 15 декабря текущего года', '2021-12-01', '2021-12-15'],
];
const AFTER = ['после обобщения поступивших сведений', 'после подведения итогов конкурса', 'после проверки отчетов'];

/** the verbs opening the sentence, the events after «после», the verbs of going on and the windows (start day, end day, start, due) */
const OPENERS = ['Сборы начнутся', 'Практика начнется', 'Учебно-полевые сборы пройдут'];
const EVENTS = ['сразу после завершения занятий в десятом классе', 'после окончания экзаменов', 'после завершения учебного процесса'];
const GOES_ON = ['продолжатся', 'продлятся', 'продолжится', 'продлится', 'продолжаются', 'длятся'];
const SPANS: Array<[string, string, string, string]> = [
  ['26 мая', '5 июня', '2021-05-26', '2021-06-05'],
  ['18 июня', '4 июля', '2021-06-18', '2021-07-04'],
];

/** names with one or two figures in quotes, and the frames around them */
const NAMES = ['Авангард 47', 'Кванториум 2', 'Патриот 12', 'Юнармеец 7', 'Звезда 24', 'Вымпел 9'];
const NAME_FRAMES: Array<[string, Expect]> = [
  ['Центр «{}» открылся в октябре 2024 года.', range('2024-10-01', '2024-10-31')],
  ['Центр "{}" открылся в октябре 2024 года.', range('2024-10-01', '2024-10-31')],
  ['Конкурс «{}» пройдет 15 мая', on('2021-05-15')],
  ['В центре «{}» прошли учебные сборы с 10 по 13 мая.', range('2021-05-10', '2021-05-13')],
];

/** students' ages */
const STUDENTS = ['студенты СПО', 'студенты', 'студентов вузов', 'студенты колледжей', 'студентов техникумов', 'студентам СПО'];
const AGES = ['от 18 лет до 21 года', 'от 18 до 25 лет', '18-21 года', 'до 21 года', 'от 16 лет'];

const PINS: Row[] = [
  // rule 1: the window alone, an offset before the dates, a date after «после», a month's repeat — as before
  ['с 1 по 15 декабря, после обобщения сведений', range('2021-12-01', '2021-12-15')],
  ['ежегодно с 1 по 15 декабря', yearly('2021-12-01', '2021-12-15')],
  ['ежегодно с 1 по 15 декабря, по итогам года', yearly('2021-12-01', '2021-12-15')],
  ['ежегодно, через 10 дней после 1 сентября', rec('year')],
  ['ежегодно до 1 декабря, после 15 ноября', rec('year', 1)],
  ['ежегодно до 15 декабря, после обобщения сведений', rec('year', 15)],
  ['ежегодно в декабре, после подведения итогов', rec('year')],
  // rule 2: no verb of going on, no end, an offset in days, the anchor — as before
  ['после окончания экзаменов с 18 июня', ev('экзамен')],
  ['после окончания экзаменов, с 18 июня', ev('экзамен')],
  ['Сборы пройдут после завершения занятий с 26 мая по 5 июня.', ev('заняти')],
  ['через 10 дней после экзаменов с 18 июня и продлится до 4 июля', ev('экзамен')],
  ['после проведения олимпиады 15 мая', ev('олимпиад')],
  ['Сборы начнутся с 26 мая и продолжатся до 5 июня.', range('2021-05-26', '2021-06-05')],
  ['Традиционно она начинается после окончания выпускных экзаменов 9‑х классов и продолжается приблизительно с 18 июня по 4 июля, то есть 15-16 дней.', range('2021-06-18', '2021-07-04')],
  // rule 3: after a month, no closing quote, round 78's figures — as before
  ['акция «Декабрь 15» пройдет 15 мая', { kind: 'unparsed', reason: /непонятное число «15»/ }],
  ['Корпус «Школы 800» в Верхних Печёрах готов на 95%, его планируют ввести в эксплуатацию до 1 июля 2022 года', by('2022-07-01')],
  ['«Лицей 17» 1 сентября', on('2021-09-01')],
  ['Конкурс «Школа 21» пройдет 15 мая', on('2021-05-15')], // a school's number, round 46
  // rule 4: a course's number, an offset in years — as before
  ['студенты 2 курса с 1 по 5 сентября', range('2021-09-01', '2021-09-05')],
  ['за 2 года до выборов', ev('выбор')],
  ['школьники от 7 до 17 лет', unread],
  // corpus-real-231's other phrasings, right on the first run
  ['весенний призыв – с 1 апреля по 15 июля;', range('2021-04-01', '2021-07-15')],
  ['осенний призыв – с 1 октября по 31 декабря.', range('2021-10-01', '2021-12-31')],
  ['понедельник, вторник, среда, четверг, пятница', rec('week')],
  ['Военно-полевые сборы школьников завершатся 17 мая.', by('2021-05-17')],
  ['13 мая в Орлинской школе начались военно-полевые сборы для учащихся 10-х классов школ района.', on('2021-05-13')],
  ['Двадцать восьмого мая у юношей десятых классов общеобразовательных учреждений Великолукского района, допущенных по медицинским показаниям, на базе букровской школы филиала МОУ «Першинская средняя общеобразовательная школа» начались пятидневные учебные полевые сборы.', on('2021-05-28')],
  ['29/10/2018', on('2018-10-29')],
  ['- В течение 5 дней при приеме/увольнении.', ev('при')],
  ['Весенний призыв продлится до середины июля.', by('2021-07-15')],
  ['Призывники в возрасте от 18 до 30 лет будут служить 12 месяцев.', bareSpan],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«после <события>» after a repeat\'s window is a note', () => {
      for (const r of REPEATS)
        for (const [w, start, due] of WINDOWS)
          for (const a of AFTER) {
            add(`${r} ${w}, ${a}`, yearly(start, due));
            addAs(`${r} ${w} ${a}`, yearly(start, due));
            addAs(`Заседание комиссии проводится ${r} ${w}, ${a}.`, yearly(start, due));
          }
    });
    section('after «после <события>», «с <день> и продолжатся до <день>» is the window', () => {
      for (const o of OPENERS)
        for (const e of EVENTS)
          for (const g of GOES_ON)
            for (const [a, b, start, due] of SPANS) {
              addAs(`${o} ${e} с ${a} и ${g} до ${b}.`, range(start, due));
              addAs(`${o} ${e} с ${a} и ${g} по ${b}`, range(start, due));
            }
    });
    section('one or two figures before the closing quote of a name', () => {
      for (const n of NAMES) for (const [f, e] of NAME_FRAMES) addAs(f.replace('{}', n), e);
    });
    section('an age after «студент…»', () => {
      for (const s of STUDENTS)
        for (const a of AGES) {
          add(`принять участие могут ${s} ${a}`, unread);
          addAs(`Конкурс для ${s} ${a} пройдет 15 мая`, on('2021-05-15'));
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 266: «после <события>» after a repeat\'s window; «с <день> и продолжатся до <день>» after an event; figures in a quoted name; an age after «студент…»',
  rows: () => distinctRows(sections()),
};
