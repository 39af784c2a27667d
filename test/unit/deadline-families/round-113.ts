/**
 * Round 113 (corpus-real-101: themed years and anniversaries in education — Год педагога и наставника, Год семьи, Год защитника
 * Отечества, Год науки и технологий, Год культурного наследия, school jubilees). Three classes the set's first run missed, as the
 * news, plans and posts of themed years write them:
 * - a full date written day first with hyphens («16-10-2025», «7-02-2024,») is that date, as with dots;
 * - «в рамках / в ходе [проведения] Года <name>» (a themed year of the state's calendar) is an event, like round 23's themed week or day;
 * - the holidays' days with no dates («в течение праздничных дней», «в праздничные дни», «в течение майских праздников») are an event,
 *   like «в течение каникул».
 * Pins: phones, documents' numbers, school years and grades with hyphens read as before; «в рамках учебного года», «в рамках года» and
 * «в течение Года семьи» read as before; a date written with the frame wins; weekends with the holidays read as before.
 * The first template of each section is the set's real row (its source in corpus-real-101.tsv).
 */
import { by, ev, on, ongoing, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const stray: Expect = { kind: 'unparsed', reason: /непонятное число/ };

/** the line around «{d}» (a full date written with hyphens) */
const DATE_FRAMES = [
  '{d} 1 681 просмотр',
  '{d},',
  '{d}',
  'Опубликовано {d} 10:15',
  'Дата публикации: {d}',
  '{d} | Новости',
];
/** the date with hyphens and its day */
const HYPHEN_DATES: Array<[string, string]> = [
  ['16-10-2025', '2025-10-16'],
  ['7-02-2024', '2024-02-07'],
  ['07-02-2024', '2024-02-07'],
  ['01-09-2021', '2021-09-01'],
  ['31-12-2021', '2021-12-31'],
  ['5-03-2022', '2022-03-05'],
  ['22-08-2025', '2025-08-22'],
  ['15-05-2019', '2019-05-15'],
];
const DATE_PINS: Row[] = [
  // a deadline and a window with hyphens read as the same with dots
  ['до 15-03-2021', by('2021-03-15')],
  ['15-03-2021 - 20-03-2021', range('2021-03-15', '2021-03-20')],
  // a school year, calendar years, grades, days of a month with hyphens read as before
  ['2021-2022', range('2021-09-01', '2022-08-31')],
  ['15-19 февраля 2021', range('2021-02-15', '2021-02-19')],
  ['1-4 классы, 2021', range('2021-01-01', '2021-12-31')],
  ['5-6.05.2021', range('2021-05-05', '2021-05-06')],
  // a month of one figure, a phone, a document's number: not a date
  ['1-5-2021', stray],
  ['тел. 58-70-25', unread],
  ['№ 03-12-2021', unread],
  ['03-17-1165/17', stray],
  // the same date with dots, as before
  ['16.10.2025 1 681 просмотр', on('2025-10-16')],
];

/** the sentence around «{y}» (a themed year after «в рамках / в ходе») */
const YEAR_FRAMES = [
  '{Y} в доме культуры пройдет цикл мероприятий: выставки мастер классы часы общения и другие мероприятия',
  'Органам исполнительной власти субъектов РФ рекомендовано осуществлять необходимые мероприятия {y}',
  '{Y} в школе прошел конкурс рисунков',
  'Мероприятия проводятся {y}',
  '{Y}',
];
const THEMED_YEARS = [
  'в рамках Года  культурного наследия',
  'в рамках Года культуры',
  'в рамках Года педагога и наставника',
  'в рамках Года семьи',
  'в рамках Года защитника Отечества',
  'в рамках Года науки и технологий',
  'в рамках Года народного искусства и нематериального культурного наследия народов России',
  'в рамках проведения Года педагога и наставника',
  'в рамках празднования Года семьи',
  'в ходе Года памяти и славы',
  'в рамках Года экологии',
];
const YEAR_PINS: Row[] = [
  // a date written with the frame wins (round 64)
  ['В рамках Года семьи 15 мая в школе прошел праздник', on('2021-05-15')],
  ['С 29 марта по 14 апреля 2024 г. в рамках проекта пройдет акция, приуроченная к Году семьи', range('2024-03-29', '2024-04-14')],
  // a year with no name, a school year, a span of a themed year: read as before
  ['в рамках учебного года', unread],
  ['в рамках года', unread],
  ['в рамках года работы', unread],
  ['В течение Года семьи', ongoing],
  // a themed week and day stay the events they were (round 23)
  ['в рамках недели профориентации', ev('недели')],
  ['в рамках Дня здоровья', ev('дня')],
  // the year's name alone is no deadline
  ['Год педагога и наставника в России только вступил в свои права.', unread],
];

/** the sentence around «{h}» (the holidays' days with no dates) */
const HOLIDAY_FRAMES = [
  '{H} школьники примут участие в различных Всероссийских акциях',
  'Библиотека не работает {h}',
  'Дежурство администрации {h}',
  '{H}',
];
const HOLIDAYS = [
  'в течение праздничных дней',
  'в праздничные дни',
  'в период праздничных дней',
  'в течение майских праздников',
  'в течение новогодних праздников',
  'в период новогодних праздников',
  'в дни майских праздников',
];
const HOLIDAY_PINS: Row[] = [
  // days written with them win (round 21)
  ['в праздничные дни 1-3 мая', range('2021-05-01', '2021-05-03')],
  ['в течение праздничных дней, с 1 по 10 мая', range('2021-05-01', '2021-05-10')],
  // weekends with the holidays, a daily word: read as before
  ['по выходным и праздничным дням', unread],
  ['в выходные и праздничные дни', unread],
  ['Ежедневно, в том числе в праздничные дни', ongoing],
  // «в течение …» inside a sentence is open-ended work, as «в течение каникул» is there
  ['Библиотека не работает в течение праздничных дней', ongoing],
  ['Библиотека не работает в течение каникул', ongoing],
  // the school holidays and the year stay as they were
  ['в течение каникул', ev('каникул')],
  ['в течение года', ongoing],
];

const fill = (frame: string, slot: string, text: string): string =>
  frame.replace(`{${slot.toUpperCase()}}`, text[0]!.toUpperCase() + text.slice(1)).replace(`{${slot}}`, text);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a full date with hyphens, day first', () => {
      for (const frame of DATE_FRAMES) for (const [d, day] of HYPHEN_DATES) add(frame.replace('{d}', d), on(day));
    });
    section('a full date with hyphens: pins', () => DATE_PINS.forEach(([t, e]) => add(t, e)));
    section('«в рамках / в ходе Года <name>»', () => {
      for (const frame of YEAR_FRAMES) for (const y of THEMED_YEARS) add(fill(frame, 'y', y), ev('года'));
    });
    section('«в рамках / в ходе Года <name>»: pins', () => YEAR_PINS.forEach(([t, e]) => add(t, e)));
    section('the holidays\' days with no dates', () => {
      // «в течение …» inside a sentence stays open-ended work, as «в течение каникул» does there (open-ended words outrank an event
      // phrase elsewhere): only at the start is it the holidays
      for (const frame of HOLIDAY_FRAMES)
        for (const h of HOLIDAYS) if (frame.startsWith('{H}') || !h.startsWith('в течение')) add(fill(frame, 'h', h), ev('праздни'));
    });
    section('the holidays\' days: pins', () => HOLIDAY_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 113: a full date with hyphens, «в рамках Года <name>», the holidays\' days with no dates',
  rows: () => sections().flatMap(([, rows]) => rows),
};
