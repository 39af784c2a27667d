/**
 * Round 127 (corpus-real-115: the admission of school graduates to universities and colleges — the приёмная кампания, зачисление,
 * целевое обучение, olympiads, дни открытых дверей, медицинские классы). Three classes the set's first run missed, as news of the
 * admission campaign, district reports and schools' timetables write them:
 * - a verb of ending after its day with its subject between them («26 июля вузы завершают прием документов …», «30 июня в колледжах
 *   завершается приём заявлений») governs the day as one right after it does: by that day (it was `on`). One to three plain words
 *   between, no punctuation; the day the first and only date so far, as round 10's «25 января заканчивается прием …».
 * - a number after the abbreviation of an educational organisation («в ОУ 264», «ГБОУ 221», «МБДОУ 12», «ОО 3») is its number, a label
 *   like round 46's «МБОУ СОШ 5» (it was `unparsed`, «непонятное число «264»»). Not when a month, a dot and a number, a count word
 *   («раз», «дней») or a dash, comma or «и» and another number follow it (a date or a count, read as before).
 * - figures 1–5 with no ending, one or a list joined by «и» or a comma, before a weekday in the singular and «месяца» («каждую 2 и 4
 *   субботу месяца», «1 и 3 четверг месяца», «каждую 2 субботу месяца») say which weekdays of every month: a monthly repeat like «2-я
 *   суббота месяца» (they were `unparsed`, «непонятное число «2»», and one figure alone a weekly repeat).
 * Pins: the past of a verb of ending after its subject stays that day (round 65), a verb of starting keeps its day (round 13), a verb
 * of ending right after its day or before it is by as before; «МБОУ 15 мая», «ОУ 15.05», «ОО 15-16 сентября», «ОО 1 раз в месяц» read as
 * before; «каждую субботу», «2-я суббота месяца», «каждую вторую среду месяца», «во 2-ю среду февраля» read as before.
 * The first template of each class is the set's real row (its source in corpus-real-115.tsv).
 */
import { by, on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** days written as real texts write them, and the due each gives */
const DAYS: Array<[string, string]> = [
  ['26 июля', '2021-07-26'],
  ['30 июня', '2021-06-30'],
  ['15 августа', '2021-08-15'],
  ['25 ноября 2021 года', '2021-11-25'],
  ['1 декабря 2021 г.', '2021-12-01'],
  ['28.07.2021', '2021-07-28'],
];
/** a subject between the day and the verb, the verbs that agree with it, and what follows the verb */
const ENDINGS: Array<[string, string[], string]> = [
  ['вузы', ['завершают', 'завершат', 'заканчиваются'], 'прием документов от абитуриентов, поступающих только по результатам ЕГЭ, сообщает Рособрнадзор'],
  ['колледжи', ['завершают', 'завершат'], 'приём заявлений на бюджетные места'],
  ['университет', ['завершает', 'завершит'], 'прием документов'],
  ['приёмная комиссия', ['завершает', 'завершит'], 'приём согласий на зачисление'],
  ['в вузах', ['завершается', 'завершится', 'заканчивается', 'закончится', 'прекращается'], 'приём документов'],
  ['в колледжах области', ['завершается', 'заканчивается'], 'приём заявлений'],
  ['у абитуриентов', ['заканчивается', 'закончится'], 'приём согласий на зачисление'],
];
const ENDING_PINS: Row[] = [
  // the past after its subject reports the day (round 65), a verb of starting keeps its day (round 13)
  ['26 июля вузы завершили прием документов', on('2021-07-26')],
  ['26 июля в вузах завершился приём документов', on('2021-07-26')],
  ['20 июня вузы начнут прием документов', on('2021-06-20')],
  ['20 июня в вузах начнется приём документов', on('2021-06-20')],
  // a verb of ending right after its day or before it, as before
  ['26 июля завершается приём документов', by('2021-07-26')],
  ['Приём документов завершится 25 июля', by('2021-07-25')],
  ['Вузы завершают прием документов 26 июля', by('2021-07-26')],
  // a second date before the verb: a window or a list, as before
  ['С 20 июня по 26 июля вузы принимают документы', range('2021-06-20', '2021-07-26')],
  ['20 июня начинается, а 26 июля завершается прием документов', range('2021-06-20', '2021-07-26')],
];

/** the sentence around «{o}» (an organisation's abbreviation and number) and what it gives */
const ORG_FRAMES: Array<[string, Expect]> = [
  ['Кустовое родительское собрание прошло 5 апреля в {o}', on('2021-04-05')],
  ['День открытых дверей пройдет 18 октября на базе {o}', on('2021-10-18')],
  ['С 1 по 5 марта профессиональные пробы пройдут в {o}', range('2021-03-01', '2021-03-05')],
  ['Заявления в профильный класс принимаются до 1 июня в {o}', by('2021-06-01')],
  ['12 апреля университет посетили учащиеся {o}', on('2021-04-12')],
  ['Собрание прошло 5 апреля в {o}, в нём приняли участие 5 вузов', on('2021-04-05')],
];
/** a number that can be no day (over 31) is a label before a dash and a date too */
const ORG_DASH_FRAME: [string, Expect] = ['Экскурсия в колледж для {o} – 20 октября', on('2021-10-20')];
/** abbreviations of an educational organisation with its number */
const ORGS = ['ОУ 264', 'ОУ 221', 'ГБОУ 221', 'ГБОУ 548', 'МБОУ 15', 'МАОУ 2', 'МОУ 7', 'МКОУ 3', 'ДОУ 80', 'МБДОУ 12', 'МАДОУ 5', 'ОО 3'];
const ORG_PINS: Row[] = [
  // a month, a date's dot, a window or a count after the number: read as before
  ['Собрание в МБОУ 15 мая', on('2021-05-15')],
  ['Собрание в ОУ 15.05', on('2021-05-15')],
  ['Совещание руководителей ОО 15-16 сентября', range('2021-09-15', '2021-09-16')],
  ['Совещание руководителей ОО 1 раз в месяц', rec('month')],
  // a number that can be a day before a dash and a day stays the window's first day: «ОО 3 – 20 октября» may be 3–20 October
  ['Экскурсия в колледж для МБОУ 15 – 20 октября', range('2021-10-15', '2021-10-20')],
  // a word after the number made it a label already
  ['С 1 по 5 марта в ОУ 264 пройдут профессиональные пробы', range('2021-03-01', '2021-03-05')],
  ['12 апреля учащиеся ГБОУ 221 посетили университет', on('2021-04-12')],
  // round 46's school number, as before
  ['Профпробы в МБОУ СОШ 5 пройдут 10 марта', on('2021-03-10')],
];

/** which weekdays of the month, in figures with no ending */
const NTHS = ['2 и 4', '1 и 3', '2', '1, 3', '2, 4'];
/** the frames of a weekday of every month: the word before the figures and the weekday's form */
const WEEKDAY_FRAMES: Array<[string, string[]]> = [
  ['Теперь День профориентации будет проходить каждую {n} {w} месяца в течение 2 академических часов', ['субботу', 'среду', 'пятницу']],
  ['каждую {n} {w} месяца', ['субботу', 'среду', 'пятницу']],
  ['каждый {n} {w} месяца', ['понедельник', 'вторник', 'четверг']],
  ['консультации для абитуриентов проводятся каждую {n} {w} месяца', ['субботу', 'среду']],
  ['{n} {w} месяца', ['суббота', 'среда', 'пятница', 'понедельник', 'четверг']],
];
const WEEKDAY_PINS: Row[] = [
  ['каждую субботу', rec('week')],
  ['2-я суббота месяца', rec('month')],
  ['каждую вторую и четвертую субботу месяца', rec('month')],
  ['каждую вторую среду месяца', rec('month')],
  ['каждую 2-ю и 4-ю субботу месяца', rec('month')],
  ['во 2-ю среду февраля', on('2021-02-10')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a verb of ending after its day with its subject between («26 июля вузы завершают прием …») is by that day', () => {
      for (const [subject, verbs, object] of ENDINGS) for (const v of verbs) for (const [d, due] of DAYS) add(`${d} ${subject} ${v} ${object}`, by(due));
    });
    section('verbs of ending after a subject: pins', () => ENDING_PINS.forEach(([t, e]) => add(t, e)));
    section('a number after an organisation\'s abbreviation («в ОУ 264») is its number, a label', () => {
      for (const [frame, e] of ORG_FRAMES) for (const o of ORGS) add(frame.replace('{o}', o), e);
      for (const o of ORGS.filter((x) => Number(x.split(' ')[1]) > 31)) add(ORG_DASH_FRAME[0].replace('{o}', o), ORG_DASH_FRAME[1]);
    });
    section('organisations\' numbers: pins', () => ORG_PINS.forEach(([t, e]) => add(t, e)));
    section('figures before a weekday and «месяца» («каждую 2 и 4 субботу месяца») are a monthly repeat', () => {
      for (const [frame, weekdays] of WEEKDAY_FRAMES) for (const n of NTHS) for (const w of weekdays) add(frame.replace('{n}', n).replace('{w}', w), rec('month'));
    });
    section('weekdays of a month: pins', () => WEEKDAY_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 127: a verb of ending after its day with its subject between is by that day; a number after an organisation\'s abbreviation («в ОУ 264») is a label; figures before a weekday and «месяца» («каждую 2 и 4 субботу месяца») are a monthly repeat',
  rows: () => sections().flatMap(([, rows]) => rows),
};
