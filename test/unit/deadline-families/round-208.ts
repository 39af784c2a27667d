/**
 * Round 208 (corpus-real-191: cyclograms — циклограммы классного руководителя, заместителей директора, администрации школы и ДОУ,
 * планы МО классных руководителей, and the regime pages, orders and title pages of the same sites). Seven classes, each a row of the
 * set (its source there):
 * - two years glued after «за» («за 20222023 учебный год») are the years a report covers, as «за 2022-2023 учебный год» is, not an
 *   offset counted from an event;
 * - an edition's noun right before a date, «от» left out («(в новой редакции 31.08.2022 г.)»), makes the date the edition's, a label;
 * - an institution's own «№ N» between an act's noun in the instrumental and the act's «№» («приказом заведующего МАДОУ № 23 № 67-О
 *   от 27.05.2024 г.») leaves the act's date its label (round 19's schedule then; since round 211 `unparsed`, the act's label);
 * - a count of hours or minutes right before «ежедневно» («12 часов, ежедневно …») is the day's length, daily work;
 * - a college curriculum's code after «МДК / ПМ / ОП / ОГСЭ / ЕН / ОУД / УП / ПП» («МДК 01.01.») is a label, never a day;
 * - a count of years before two months in brackets («1 год (октябрь-май)») is the length of that window;
 * - round 55's heading before a weekday with its hours may end with a spaced dash and hold an ordinal («Начало 2-й смены – Понедельник
 *   с 12.30,»): a day of every week.
 * Pins: a lone glued number after «за», offsets after «за», edition lines with «от» and other words, an institution's number with no
 * act's number, a protocol's date, an order's «№ … от», a count per day with «в день», an offset before «ежедневно», a count of years
 * alone, codes before a deadline, a heading before a weekday with a date or with no timetable's noun.
 */
import { distinctRows, by, cap, ev, iso, lastDay, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** glued pairs of a school year (the second the next) and of calendar years, and where they stand */
const SCHOOL_PAIRS: Array<[number, number]> = [[2019, 2020], [2020, 2021], [2022, 2023], [2023, 2024], [2025, 2026]];
const SCHOOL_WORDS = ['учебный год', 'уч. год', 'учебного года'];
const CALENDAR_PAIRS: Array<[number, number]> = [[2021, 2023], [2024, 2026], [2019, 2024]];
const COVERED_FRAMES = [
  '2. Анализ работы дошкольной образовательной организации за {p}',
  'Анализ работы МО классных руководителей за {p}',
  'Отчет о результатах самообследования за {p}',
  'Протоколы заседаний ШМО за {p}',
  'за {p}',
];

/** the edition's noun before a date with no «от», and the dates */
const EDITION_FRAMES = ['(в новой редакции {d})', 'в редакции {d}', '(в редакции {d})', 'Редакция {d}', 'Положение о классном руководстве (в новой редакции {d})'];
const EDITION_DATES = ['31.08.2022 г.', '01.09.2023', '1 сентября 2023 года', '28.08.2024г.'];

/** an institution's abbreviation and number between the act's noun and the act's own number */
const ISSUERS = ['приказом заведующего', 'Приказом директора', 'приказом директора школы'];
const INSTITUTIONS = ['МАДОУ', 'МБДОУ', 'МБОУ СОШ', 'МАОУ СОШ', 'ГБОУ', 'МКОУ ООШ'];
const INSTITUTION_NUMBERS = ['5', '23', '112'];
const ACT_NUMBERS = ['67-О', '120', '35/1-од'];
const ACT_DATES = ['27.05.2024 г.', '01.09.2023', '30 августа 2022 года'];

/** a count of hours or minutes and the daily word after it */
const DAILY_FRAMES = [
  '{n} часов, ежедневно',
  '{n} часов ежедневно',
  '1.1.Установить режим работы МБДОУ при 5-дневной рабочей неделе {n} часов, ежедневно в соответствии с Уставом - с 07.30 до 19.30.',
  'Режим работы групп – {n} часов ежедневно',
  'группы работают {n} часов, ежедневно, кроме выходных',
];
const HOUR_COUNTS = ['10', '10,5', '12', '24'];
const MINUTE_FRAMES = ['не более {m} минут ежедневно', 'по {m} минут ежедневно', 'Чтение вслух – {m} минут, ежедневно'];
const MINUTE_COUNTS = ['15', '20', '30'];

/** a curriculum's code, the title page around it and its year */
const CODES = ['МДК 01.01.', 'МДК 02.03', 'ПМ.01', 'ПМ 02', 'ОП.05', 'ОГСЭ.03', 'ЕН.01', 'УП.01'];
const TITLE_FRAMES = [
  'ГОУ СПО «Беловский педагогический колледж» {c}  МЕДИКОБИОЛОГИЧЕСКИЕ И СОЦИАЛЬНЫЕ ОСНОВЫ ЗДОРОВЬЯ КОНСПЕКТЫ  ЛЕКЦИЙ Белово {y}',
  'Рабочая программа {c} Теория и методика физического воспитания, {y}',
  '{c} Психология общения. Методические указания. Кемерово {y}',
];
const TITLE_YEARS = [2014, 2019, 2022];

/** a count of years and two months in brackets after it: the first and last month */
const YEAR_WINDOW_FRAMES = ['Срок реализации программы – 1 год ({w})', 'Срок реализации: 1 год ({w})', 'Программа рассчитана на 1 год ({w})', '1 год ({w})'];
const MONTH_PAIRS: Array<[string, number, number]> = [
  ['октябрь-май', 10, 5],
  ['сентябрь-май', 9, 5],
  ['сентябрь – май', 9, 5],
  ['январь-декабрь', 1, 12],
  ['март-ноябрь', 3, 11],
];

/** a heading with a spaced dash before a weekday and its hours */
const HEADINGS = ['Начало 2-й смены', 'Начало 1-й смены', 'Прием родителей', 'Консультации', 'Часы приема', 'Окончание занятий', 'Прием граждан'];
const WEEKDAYS = ['Понедельник', 'вторник', 'Среда', 'четверг', 'пятница'];
const HOURS = ['с 12.30', 'с 15.00 до 17.00', '14.00-16.00'];
const DASHES = [' – ', ' - '];

const PINS: Row[] = [
  // a glued number alone after «за», and offsets after «за», read as before
  ['за 20222023', { kind: 'unparsed', reason: /непонятное число/ }],
  ['за 10 дней до начала', ev('за 10 дней')],
  ['за 2 года до выпуска', ev('за 2 года')],
  ['Отчет за 2022-2023 учебный год', range('2022-09-01', '2023-08-31')],
  // editions with «от» and other words about a date
  ['Редакция от 17.11.2016', unread],
  ['редактирование 17.11.2016', on('2016-11-17')],
  ['Положение в новой редакции утверждено 31.08.2022', on('2022-08-31')],
  ['в новой редакции приказа от 31.08.2022 № 5', unread],
  // an institution's number with no act's number; a protocol's date; an order's «№ … от»
  ['МБОУ СОШ № 5 от 01.09.2023', on('2023-09-01')],
  ['Протокол педсовета МБОУ СОШ № 5 № 1 от 30.08.2023', on('2023-08-30')],
  ['В МБОУ СОШ № 5 01.09.2023 прошла линейка', on('2023-09-01')],
  ['приказ № 5 от 01.09.2023', unread],
  // a count per day with «в день»; an offset before «ежедневно»; a date after the daily word
  ['12 часов в день (с 7.00 до 19.00 часов)', ongoing],
  ['за 2 часа до начала ежедневно', ev('за 2 часа')],
  ['в течение 3 часов после', ev('в течение 3 часов')],
  ['12 часов ежедневно 5 мая', on('2021-05-05')],
  // a count of years alone or before one month; codes before a deadline; a code's figures glued to a date
  ['Срок реализации программы – 1 год', { kind: 'unparsed', reason: /непонятное число/ }],
  ['1 год, май', { kind: 'unparsed', reason: /непонятное число/ }],
  ['Срок реализации программы – 2 года (2021-2023)', range('2021-01-01', '2023-12-31')],
  ['ОП.05 до 15.12.2021', by('2021-12-15')],
  ['МДК 02.01 – 15.03.2022', on('2022-03-15')],
  ['до 01.01.2022', by('2022-01-01')],
  // a heading before a weekday with a date, with no timetable's noun, or a colon as before
  ['Начало занятий – понедельник, 15 марта', on('2021-03-15')],
  ['Собрание – понедельник с 15.00', unread],
  ['часы приёма: понедельник — 16.00.-18.00.', rec('week')],
  ['Начало 1-й четверти – 1 сентября', on('2021-09-01')],
];


function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('two years glued after «за»', () => {
      for (const f of COVERED_FRAMES) {
        for (const [y1, y2] of SCHOOL_PAIRS) for (const w of SCHOOL_WORDS) addAs(cap(f.replace('{p}', `${y1}${y2} ${w}`)), range(`${y1}-09-01`, `${y2}-08-31`));
        for (const [y1, y2] of CALENDAR_PAIRS) addAs(cap(f.replace('{p}', `${y1}${y2} гг.`)), range(`${y1}-01-01`, `${y2}-12-31`));
      }
    });
    section('an edition before its date, «от» left out', () => {
      for (const f of EDITION_FRAMES) for (const d of EDITION_DATES) addAs(f.replace('{d}', d), unread);
    });
    section('an institution\'s number between the act\'s noun and its number', () => {
      for (const who of ISSUERS)
        for (const org of INSTITUTIONS)
          for (const n of INSTITUTION_NUMBERS)
            for (const num of ACT_NUMBERS)
              for (const d of ACT_DATES) {
                const t = `${who} ${org} № ${n} № ${num} от ${d}`;
                addAs(t, unread); // round 211: the act's label (it was round 208's `schedule` «приказ …»)
              }
    });
    section('a count of hours or minutes before «ежедневно»', () => {
      for (const f of DAILY_FRAMES) for (const n of HOUR_COUNTS) add(f.replace('{n}', n), ongoing);
      for (const f of MINUTE_FRAMES) for (const m of MINUTE_COUNTS) add(f.replace('{m}', m), ongoing);
    });
    section('a curriculum\'s code on a title page', () => {
      for (const f of TITLE_FRAMES) for (const c of CODES) for (const y of TITLE_YEARS) addAs(f.replace('{c}', c).replace('{y}', String(y)), range(`${y}-01-01`, `${y}-12-31`));
    });
    section('a count of years before two months in brackets', () => {
      for (const f of YEAR_WINDOW_FRAMES)
        for (const [w, m1, m2] of MONTH_PAIRS) add(f.replace('{w}', w), range(iso(m1, 1), iso(m2, lastDay(m2), m2 < m1 ? 2022 : 2021)));
    });
    section('a heading with a spaced dash before a weekday and its hours', () => {
      for (const h of HEADINGS) for (const d of DASHES) for (const w of WEEKDAYS) for (const hr of HOURS) addAs(`${h}${d}${w} ${hr}`, rec('week'));
      for (const h of HEADINGS) addAs(`${h} – Понедельник с 12.30,`, rec('week'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 208: cyclograms — glued years after «за», an edition without «от», an institution\'s number before an act\'s, hours before «ежедневно», curriculum codes, a year before a months window, a dashed heading before weekday hours',
  rows: () => distinctRows(sections()),
};
