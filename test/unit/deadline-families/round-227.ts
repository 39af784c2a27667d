/**
 * Round 227 (corpus-real-206: elections and referendums — the calendar plans of electoral commissions and their «Срок исполнения»
 * cells relative to the day of voting, the electoral laws, the commissions' regimes, the news of campaigns). Thirteen classes, each a
 * row of the set (its source there):
 * - an English month name in a date line's two shapes («May 17, 2018, 10:50 AM», «Post on 05-Mar-2020») is that month;
 * - «последним / крайним днём приёма / подачи …» (the instrumental) names the deadline, like «последний день приёма»;
 * - «N°» / «Nº» before a number is the number sign, so the act's date before it is a label;
 * - «будние дни:» / «рабочие дни –» opening a regime's line are Monday to Friday of every week;
 * - «в день / дни выборов / референдума» name the day of voting, an event, as «в день голосования»;
 * - a regime set by an act («устанавливается отдельным решением комиссии») lives in that act, a schedule;
 * - «с сегодняшнего / завтрашнего дня (<день>) и до <день>» is the window from that day;
 * - a window, then the weekdays as a span or in words («с 25 февраля по 16 марта с понедельника по пятницу») is weekly inside it;
 * - a window in brackets after an offset from the day of voting is the offset worked out in days;
 * - a «кто …» clause with a day of its own between commas is a note when the sentence names its own day after it;
 * - «месяца, в котором …»: a month picked out by a clause, no monthly repeat, an event;
 * - «в [единый] день <события> <день>» after a deadline's day in the same clause is the event's day, a note;
 * - a year of this century in ordinal words («в две тысячи тринадцатом году») is that year.
 * Pins: round 62's «с завтрашнего дня, <день>, …» with no window after it, a «кто» clause with no day, weekdays in brackets after a
 * window, a weekday beside its day, «2-я суббота месяца», the event's day alone, two things in a list, «две тысячи» of a count.
 */
import { distinctRows, by, ev, iso, on, range, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const ENGLISH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ENGLISH_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** a date line in the English order: the month's name, its day, a comma and a year of four figures */
const ENGLISH_ORDER = ['{M} {d}, {y}', '{M} {d}, {y}, 10:50 AM', 'Дата публикации: {M} {d}, {y} 6:27:25 AM', 'Опубликовано {M} {d}, {y}'];
/** a date line with hyphens: day, month, year */
const ENGLISH_HYPHEN = ['Post on {dd}-{M}-{y}', '{dd}-{M}-{y}'];

/** the last day's name in the instrumental, the thing taken or handed in, and the predicate */
const LAST_DAY = ['Последним днем', 'Последним днём', 'Крайним днем'];
const TAKEN = ['приема заявлений и подписных листов', 'приёма документов', 'подачи заявлений', 'сдачи работ'];
const PREDICATE = ['объявлена дата', 'станет', 'назначено'];

/** an act's approval line with «N°» or «Nº» before its number */
const ACT_LINES = [
  '(утв. постановлением Территориальной избирательной комиссии Койгородского района от {date} N°{n})',
  'Решение избирательной комиссии от {date} Nº {n}',
  'Постановление ТИК от {date} N° {n}',
];
const ACT_DATES = ['21 июля 2008 г.', '5 марта 2020 г.', '12.06.2014'];
const ACT_NUMBERS = ['2/3', '107/01-3', '26/86'];

/** a regime's field of the weekdays: a bullet or a dash before it, the words, the field's sign, the hours */
const BULLETS = ['', '• ', '- ', '· '];
const WORKDAY_WORDS = ['будние дни', 'рабочие дни'];
const FIELD_SIGNS = [':', ' –', ' -'];
const HOURS = ['с 09.00 до 18.00, перерыв с 13.00 до 14.00', 'с 8.30 до 17.30', 'с 10.00 часов до 20.00 часов'];

/** what is held on the day of voting, the verb, and the event */
const HELD = ['Голосование вне помещения для голосования', 'Досрочное голосование', 'Голосование на дому'];
const HELD_VERBS = ['проводится только в день', 'проводится в день', 'не проводится в дни', 'проходит в день'];
const VOTES = ['выборов', 'референдума', 'досрочных выборов'];

/** a regime and the act that sets it */
const REGIMES = ['Режим работы комиссии во время избирательной кампании', 'Режим работы участковой комиссии', 'Режим занятий'];
const SET_BY = ['устанавливается отдельным решением комиссии', 'утверждается решением председателя', 'определяется особым решением ТИК'];

/** «с сегодняшнего / завтрашнего дня» with its day in brackets or between commas, then the window's end */
const FROM_TODAY: Array<[string, Expect]> = [
  ['С сегодняшнего дня (3 сентября) и до 9 сентября проходит досрочное голосование', range('2021-09-03', '2021-09-09')],
  ['С сегодняшнего дня, 3 сентября, и до 9 сентября проходит досрочное голосование', range('2021-09-03', '2021-09-09')],
  ['с завтрашнего дня (4 мая) по 10 мая работает пункт приема заявлений', range('2021-05-04', '2021-05-10')],
  ['С сегодняшнего дня (2 сентября) до 12 сентября включительно можно проголосовать досрочно', range('2021-09-02', '2021-09-12')],
  ['с сегодняшнего дня, 15 марта, по 20 марта проходит неделя молодого избирателя', range('2021-03-15', '2021-03-20')],
];

/** a window of days written first, then the weekdays as a span or in words, with hours after them or not */
const WINDOWS: Array<[string, string, string]> = [
  ['с 25 февраля по 16 марта 2018 года', '2018-02-25', '2018-03-16'],
  ['с 15 по 24 февраля 2018 года', '2018-02-15', '2018-02-24'],
  ['с 29 августа по 5 сентября', '2021-08-29', '2021-09-05'],
  ['с 1 по 11 марта', '2021-03-01', '2021-03-11'],
];
const WEEKDAYS = ['с понедельника по пятницу', 'в будние дни', 'по будням', 'в рабочие дни'];
const WEEK_HOURS = [' с 15.00 до 19.00 часов', ''];

/** an offset from the day of voting and a window in brackets after it */
const OFFSETS = [
  'Не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования',
  'Не позднее чем за 80 дней до дня голосования',
  'Не ранее чем за 100 дней и не позднее чем за 90 дней до дня голосования',
];
const BRACKET_WINDOWS: Array<[string, Expect]> = [
  ['(с 12 по 22 декабря 2010 года)', range('2010-12-12', '2010-12-22')],
  ['(с 4 по 14 декабря 2011 года)', range('2011-12-04', '2011-12-14')],
  ['(с 1 по 10 июня)', range('2021-06-01', '2021-06-10')],
];

/** a sentence whose subject holds a «кто» clause with a day, and the day the sentence names after it */
const WHO: Array<[string, Expect]> = [
  ['Досрочное голосование, в котором примут участие те, кто не сможет 13 сентября прийти на избирательные участки, будет продолжаться до 12 сентября', by('2021-09-12')],
  ['Голосование, в котором участвуют те, кто 19 сентября будет в отъезде, продлится до 18 сентября', by('2021-09-18')],
  ['Те, кто не сможет 13 сентября прийти, голосуют до 12 сентября', by('2021-09-12')],
  ['Заявления от тех, кто 14 марта будет в командировке, принимаются до 10 марта', by('2021-03-10')],
];

/** a weekday of a month picked out by a clause */
const ORDINAL_WEEKDAYS = ['второе воскресенье', 'третье воскресенье', 'вторая суббота', 'последнее воскресенье'];
const CLAUSES = [
  ', в котором проводилось голосование на предыдущих общих выборах',
  ', в котором истекает срок полномочий',
  ', на который приходится день окончания срока полномочий',
];

/** a deadline, the work, and the event's day after it in the same clause */
const DEADLINES: Array<[string, string]> = [
  ['в срок не позднее 16 августа 2010 года', '2010-08-16'],
  ['до 1 июля 2021 года', '2021-07-01'],
  ['не позднее 20 мая', '2021-05-20'],
];
const WORKS = [
  'комплексы мероприятий по подготовке и проведению выборов в органы местного самоуправления',
  'планы мероприятий по подготовке',
];
const EVENT_DAYS = ['в единый день голосования 10 октября 2010 года', 'в день голосования 19 сентября', 'в день проведения 5 сентября'];

/** a year of this century in ordinal words, in the cases «году / года / год» ask for */
const ORDINAL_YEARS: Array<[string, number]> = [
  ['две тысячи тринадцатом году', 2013], ['две тысячи двадцать первом году', 2021], ['две тысячи девятом году', 2009],
  ['две тысячи двадцатом году', 2020], ['две тысячи восемнадцатом году', 2018], ['две тысячи третьем году', 2003],
];

const PINS: Row[] = [
  // round 62: «с сегодняшнего / завтрашнего дня, <день>» with no window after it is that day
  ['С завтрашнего дня, 28 октября, начинаются осенние каникулы.', on('2021-10-28')],
  ['В связи с превышением на 20% эпидпорога заболевших вирусными заболеваниями с завтрашнего дня, 5 февраля, на карантин уходит школа присоединённого к Саратову села Усть-Курдюм.', on('2021-02-05')],
  ['Сегодня (3 сентября) проходит голосование', on('2021-09-03')],
  // a «кто» clause with no day and month of its own is kept; a clause's day with no day after it is read
  ['Те же, кто в следующем году оканчивает 9 классов, смогут начать отдыхать с 11 июня.', { kind: 'ongoing', start: '2022-06-11', due: null }],
  ['Те, кто не сможет прийти 13 сентября, голосуют досрочно', on('2021-09-13')],
  // weekdays in brackets after a window are a note on its hours; a weekday beside its day is that day
  ['Работы принимаются с 10 по 28 февраля (включительно) в 203 кабинете ДК (по будням с 11:00 до 17:00, обед с 12:45 до 13:30).', range('2021-02-10', '2021-02-28')],
  ['· в субботу, воскресенье, 23 февраля, 8 и 9 марта 2018 года с 10.00 до 14.00 часов.', on('2018-03-09', '2018-02-23')],
  ['12 марта в выходные дни', on('2021-03-12')],
  ['с понедельника, 1 марта, по пятницу, 5 марта', range('2021-03-01', '2021-03-05')],
  // a weekday of every month, and a part of a month of a clause, read as before
  ['2-я суббота месяца', rec('month')],
  ['вторая среда месяца, в 10.00', rec('month')],
  ['в конце месяца', rec('month')],
  // the event's day alone, and two things in a list
  ['в единый день голосования 10 октября 2010 года', on('2010-10-10')],
  ['Заявки до 1 мая, в день проведения 5 мая — регистрация', on('2021-05-05', '2021-05-01')],
  // «будние дни» in a sentence, a Latin word that is no month, «две тысячи» of a count
  ['Школьные будние дни: уроки', unread],
  ['Dec 5 2021', { kind: 'unparsed', reason: /непонятное число/ }],
  ['две тысячи участников', unread],
  // an offset with its anchor's day and no window in brackets stays the event
  ['за 10 дней до 15 мая', ev('за 10 дней')],
  // a regime set by an order in the instrumental is round 19's document as before
  ['Режим занятий устанавливается приказом директора', sched('устанавливается приказом директора')],
  ['Не позднее чем за 45 дней до дня голосования (п. 2 ст. 9 Закона ЧР)', ev('за 45 дней')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an English month name in a date line', () => {
      ENGLISH_SHORT.forEach((m, i) => {
        for (const f of ENGLISH_ORDER) addAs(f.replace('{M}', m).replace('{d}', '17').replace('{y}', '2018'), on(iso(i + 1, 17, 2018)));
        for (const f of ENGLISH_HYPHEN) addAs(f.replace('{M}', m).replace('{dd}', '05').replace('{y}', '2020'), on(iso(i + 1, 5, 2020)));
      });
      ENGLISH_FULL.forEach((m, i) => {
        for (const f of ENGLISH_ORDER) addAs(f.replace('{M}', m).replace('{d}', '3').replace('{y}', '2021'), on(iso(i + 1, 3)));
      });
      addAs('Sept. 3, 2021', on('2021-09-03'));
      addAs('Febr. 3, 2021', on('2021-02-03'));
    });
    section('the last day in the instrumental', () => {
      for (const l of LAST_DAY) for (const t of TAKEN) for (const p of PREDICATE) add(`${l} ${t} ${p} 5 мая`, by('2021-05-05'));
    });
    section('«N°» before an act\'s number', () => {
      for (const a of ACT_LINES) for (const d of ACT_DATES) for (const n of ACT_NUMBERS) addAs(a.replace('{date}', d).replace('{n}', n), unread);
    });
    section('a regime\'s field of the weekdays', () => {
      for (const b of BULLETS) for (const w of WORKDAY_WORDS) for (const s of FIELD_SIGNS) for (const h of HOURS) add(`${b}${w}${s} ${h};`.replace(/^ /, ''), rec('week'));
    });
    section('the day of voting', () => {
      for (const h of HELD) for (const v of HELD_VERBS) for (const e of VOTES) add(`${h} ${v} ${e}`, ev(e.split(' ').pop()!));
    });
    section('a regime set by an act', () => {
      for (const r of REGIMES) for (const s of SET_BY) addAs(`${r} ${s}.`, sched(`${r[0]!.toLowerCase()}${r.slice(1)} ${s}`));
    });
    section('a window from today', () => {
      for (const [t, e] of FROM_TODAY) add(t, e);
    });
    section('a window, then the weekdays', () => {
      for (const [w, start, due] of WINDOWS)
        for (const d of WEEKDAYS)
          for (const h of WEEK_HOURS) add(`${w} ${d}${h}`, { kind: 'recurring', every: 'week', day: null, start, due });
    });
    section('a window in brackets after an offset', () => {
      for (const o of OFFSETS) for (const [w, e] of BRACKET_WINDOWS) add(`${o} ${w}`, e);
    });
    section('a «кто» clause with a day of its own', () => {
      for (const [t, e] of WHO) add(t, e);
    });
    section('a month picked out by a clause', () => {
      for (const w of ORDINAL_WEEKDAYS) for (const c of CLAUSES) add(`Днем голосования является ${w} месяца${c}`, ev('месяца'));
    });
    section('an event\'s day after a deadline', () => {
      for (const [d, due] of DEADLINES) for (const w of WORKS) for (const e of EVENT_DAYS) add(`представить ${d} ${w} ${e}`, by(due));
    });
    section('a year in ordinal words', () => {
      for (const [y, n] of ORDINAL_YEARS) {
        add(`Первое в ${y} заседание комиссии прошло десятого января`, on(`${n}-01-10`));
        add(`В ${y} выборы прошли 8 сентября`, on(`${n}-09-08`));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 227: elections and referendums — English month names; the last day in the instrumental; «N°»; a regime\'s weekdays and its act; the day of voting; windows from today, with weekdays and in brackets after an offset; «кто» clauses; a month of a clause; an event\'s day after a deadline; a year in ordinal words',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
