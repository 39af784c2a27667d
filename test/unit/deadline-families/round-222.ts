/**
 * Round 222 (corpus-real-202: молодёжная политика, культура и библиотеки — plans of houses of culture, youth centres, children's and
 * school libraries, centres of children's creativity; 115 of 115 on the first run). Two classes, each from a row of the set and its
 * written variants (sources there):
 * - a news dateline whose agency is a regional one written with a hyphen — «НТА-Приволжье» (the set's «Дзержинск. 19 сентября.
 *   НТА-Приволжье – В Дзержинске … в конце сентября будет открыт Молодежный информационный центр.») and «ИТАР-ТАСС» — is a note like round 68's «ТАСС»: the sentence's own time is the cell's (it was a window from the dateline's day, and
 *   «с 1 октября откроется …» after it a range to 10-01 instead of open-ended);
 * - a count of days (or hours) a week or a month written in words repeats like the count in figures (the set's «3 дня в неделю с 17
 *   часов Дом Культуры принимал своих друзей.»; «три дня в неделю с 17 часов» was `unparsed`, «срок отсчитывается от события»), which
 *   also reads corpus-real-107's known miss «Один день в неделю специально отдавался под посещение школы, …».
 * Pins: a dateline with no time after it keeps its day; a dateline with no agency keeps its window; counts in figures, «два раза в
 * неделю», a span «в течение пяти дней», an offset «за пять дней до …» and a count of days with no «в неделю / в месяц» read as before.
 */
import { distinctRows, by, bareSpan, ev, on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** open-ended from a day to the period's end */
const ongoingFrom = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** a city (or none) before the dateline's day, the day, and the regional agencies written with a hyphen */
const CITIES = ['Дзержинск. ', 'Нижний Новгород. ', 'Самара, ', 'Казань. ', ''];
const DAYS = ['19 сентября', '5 марта', '2 февраля'];
const AGENCIES = ['НТА-Приволжье', 'НТА-Поволжье', 'НТА-Сибирь', 'ИТАР-ТАСС', '/ИТАР-ТАСС/'];
const DASHES = [' – ', ' - ', '. '];
/** the sentence after the dateline and what it names */
const NEWS: Array<[string, Expect]> = [
  ['В Дзержинске в конце сентября будет открыт Молодежный информационный центр.', range('2021-09-21', '2021-09-30')],
  ['Молодежный центр откроется с 1 октября.', ongoingFrom('2021-10-01')],
  ['Конкурс «Дом культуры. Новый формат» пройдет в апреле.', range('2021-04-01', '2021-04-30')],
  ['Заявки на фестиваль принимаются до 15 ноября.', by('2021-11-15')],
  ['Фестиваль детских и молодежных организаций состоится 20 июня.', on('2021-06-20')],
  ['Библиотеки с 1 июня по 31 августа работают по летнему графику.', range('2021-06-01', '2021-08-31')],
];

/** counts in words with the noun of days in the right form, and hours */
const DAY_COUNTS = ['один день', 'два дня', 'три дня', 'четыре дня', 'пять дней', 'шесть дней', 'семь дней'];
const HOUR_COUNTS = ['один час', 'два часа', 'три часа', 'четыре часа', 'шесть часов'];
const WEEK_FRAMES = [
  '{n} в неделю',
  '{n} в неделю с 17 часов',
  '{n} в неделю с 9.00 до 18.00',
  'Дом культуры работает {n} в неделю',
  '{n} в неделю с 17 часов Дом Культуры принимал своих друзей',
  'кружок занимается {n} в неделю',
];
const MONTH_FRAMES = ['{n} в месяц', 'Клуб собирается {n} в месяц'];

const PINS: Row[] = [
  // a dateline with no time after it keeps its day; with no agency the day opens a window as before
  ['Дзержинск. 19 сентября. НТА-Приволжье – Мэрия сообщила об открытии центра.', on('2021-09-19')],
  ['Самара, 2 февраля. НТА-Поволжье - Министр заявил о новых правилах.', on('2021-02-02')],
  // «Интерфакс-<регион>» was read already (its «Интерфакс»)
  ['Самара. 3 февраля. Интерфакс-Поволжье - Школы с 7 февраля переходят на дистанционное обучение.', ongoingFrom('2021-02-07')],
  ['Дзержинск. 19 сентября. В Дзержинске в конце сентября будет открыт центр.', range('2021-09-19', '2021-09-30')],
  ['МОСКВА, 19 августа. /ТАСС/. Рособрнадзор осенью проведет анкетирование педагогов.', range('2021-09-01', '2021-11-30')],
  // counts in figures and counts of times, as before
  ['3 дня в неделю с 17 часов', rec('week')],
  ['5 дней в неделю', rec('week')],
  ['2 дня в месяц', rec('month')],
  ['два раза в неделю', rec('week')],
  ['1 час в неделю', rec('week')],
  // a span, an offset and a count with no «в неделю / в месяц» read as before
  ['в течение пяти дней', bareSpan],
  ['за пять дней до начала смены', ev('начала')],
  ['Летом пять дней в неделю по 4 часа работали ребята на полях производственной бригады.', { kind: 'recurring', every: 'week', start: '2021-06-01', due: '2021-08-31' }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a dateline naming a regional agency with a hyphen: the sentence\'s own time', () => {
      for (const c of CITIES)
        for (const d of DAYS)
          for (const a of AGENCIES) for (const s of DASHES) for (const [n, e] of NEWS) addAs(`${c}${d}. ${a}${s}${n}`, e);
    });
    section('a count of days or hours a week written in words', () => {
      for (const n of [...DAY_COUNTS, ...HOUR_COUNTS]) for (const f of WEEK_FRAMES) add(f.replace('{n}', n), rec('week'));
    });
    section('a count of days a month written in words', () => {
      for (const n of DAY_COUNTS.slice(0, 5)) for (const f of MONTH_FRAMES) add(f.replace('{n}', n), rec('month'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 222: houses of culture, youth centres and libraries — a regional agency\'s dateline with a hyphen, a count of days a week in words',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
