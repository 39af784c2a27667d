/**
 * Round 223 (corpus-real-203: ГО и ЧС, пожарная безопасность, паводок и отопительный сезон — plans of flood, fire-season and
 * water-safety measures, orders on the cold season, news of drills). Five classes, each a row of the set (its source there):
 * - «до» before a clock time right after a day (only commas, a weekday or «в срок» between) is that day's deadline, the hour its time
 *   («2. 13.01.2025, понедельник, до 9.00 направить информацию …», «… уже сегодня, 18 сентября, до 3 часов дня …»);
 * - the capital letter З alone before a month's name in the genitive is the figure 3 («З марта 2025 года в школе прошли мероприятия …»);
 * - a season's eve after «до / к» («к зиме», «к … зимой») in a text with a day after «до / к / не позднее» is what the work prepares
 *   for: the day is the deadline («К 4 июня … к эксплуатации зимой.», «… к «зиме» должна быть завершена к 15 сентября (!)»);
 * - the season of fire danger or of bathing alone at the start of a cell, with a season's adjective or none, is round 118's event
 *   («Летний пожароопасный период»);
 * - a month in the genitive, its day and, after a comma, a year of four figures is that day, as round 54 reads the nominative
 *   («четверг, сентября 6, 2018»).
 * Pins: a clock in brackets, before «дня» and an event, after hours of the day or inside a window of hours; a season's eve alone, a
 * season's three months, the summer and the heating season; the letter З glued to an initial; the nominative English order.
 */
import { distinctRows, by, ev, MONTHS_GEN, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** days written with their month (and year), and the day each is */
const DAYS: Array<[string, string]> = [
  ['13.01.2025', '2025-01-13'],
  ['12 января 2025 года', '2025-01-12'],
  ['18 сентября', '2021-09-18'],
  ['01 августа 2025 года', '2025-08-01'],
  ['24 января', '2021-01-24'],
  ['6 сентября', '2021-09-06'],
];
/** what stands between the day and «до», the clock, and what follows it */
const CLOCK_FRAMES = [
  '{d} до 9.00 направить информацию о состоянии территории',
  '{d}, понедельник, до 9.00 направить информацию',
  'Сегодня, в воскресенье {d}, в срок до 17.00 направить информацию',
  '{d} до 17:30 - Прием заявлений на апелляцию',
  'уже сегодня, {d}, до 3 часов дня информация должна быть направлена в Комитет',
  'Заезд команд состоится {d} до 12.00',
  '{d} до 12 часов',
];

/** frames of the letter З for the figure 3, and the year each gives */
const THREE_FRAMES: Array<[string, (m: number) => Expect]> = [
  ['З {m} 2025 года в школе прошли мероприятия', (m) => on(`2025-${String(m).padStart(2, '0')}-03`)],
  ['З {m}', (m) => on(`2021-${String(m).padStart(2, '0')}-03`)],
  ['до З {m}', (m) => by(`2021-${String(m).padStart(2, '0')}-03`)],
];

/** a season's eve that names what the work prepares for, and days after «до / к / не позднее» */
const SEASONS = ['к зиме', 'к «зиме»', 'к лету', 'к осени', 'к весне', 'к эксплуатации зимой', 'к работе зимой', 'к эксплуатации летом'];
const DEADLINES: Array<[string, string]> = [
  ['К 4 июня', '2021-06-04'],
  ['до 15 сентября', '2021-09-15'],
  ['не позднее 1 августа', '2021-08-01'],
  ['к 15.09.2021', '2021-09-15'],
];
const SEASON_FRAMES = ['{d} подготовить объекты {s}', 'подготовка домов {s} должна быть завершена {l}'];

/** the season of an activity alone in a cell */
const ACTIVITY_CELLS = [
  'Пожароопасный период',
  'Пожароопасный сезон',
  'Летний пожароопасный период',
  'Весенний пожароопасный сезон',
  'Осенний пожароопасный период',
  'Купальный сезон',
  'Летний купальный сезон',
  'Пляжный сезон',
];

/** weekdays before a month's name in the genitive, days and years of the English order */
const WEEKDAYS = ['', 'четверг, ', 'понедельник, '];
const ENGLISH_DAYS = [6, 23];
const ENGLISH_YEARS = [2018, 2025];

const PINS: Row[] = [
  // a clock in brackets is a note; a clock before «дня» and an event is that event's hour (round 184)
  ['19 августа 2026 г. (до 17:00 по московскому времени)', on('2026-08-19')],
  ['15 мая до 18:00 дня окончания приема заявлений', on('2021-05-15')],
  // hours of the day before «до», or a window of hours, keep the day
  ['15 мая в 10.00 до 12.00', on('2021-05-15')],
  ['15 мая с 9.00 до 18.00', on('2021-05-15')],
  ['с 15 мая до 18.00', { kind: 'ongoing', start: '2021-05-15', due: '2021-12-31' }],
  ['с 10 по 15 мая до 12.00', range('2021-05-10', '2021-05-15')],
  // a clock before the day was a deadline already
  ['Руководителям РИП в срок до 17.00 10 июня 2023 года необходимо подготовить отчет', by('2023-06-10')],
  ['в 2 часа дня 15 мая', on('2021-05-15')],
  // a season's eve alone, a season's three months, the summer, the heating season
  ['к зиме', by('2021-11-30')],
  ['до лета', by('2021-05-31')],
  ['зимой', range('2021-12-01', '2022-02-28')],
  ['летний период', range('2021-06-01', '2021-08-31')],
  ['Отопительный сезон 2021-2022 годов', range('2021-01-01', '2022-12-31')],
  ['Пожароопасный период с 15 апреля по 15 октября', range('2021-04-15', '2021-10-15')],
  ['В течение пожароопасного сезона', ev('пожароопасного')],
  // the letter З glued to an initial or before a dot stays a letter
  ['А.З марта', range('2021-03-01', '2021-03-31')],
  ['З. марта', range('2021-03-01', '2021-03-31')],
  // the nominative English order, as before (round 54)
  ['Апрель 29, 2025', on('2025-04-29')],
  ['Сентябрь 1, 2021 г.', on('2021-09-01')],
  ['1 сентября, 2018', on('2018-09-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«до» before a clock right after a day', () => {
      for (const [d, day] of DAYS) for (const f of CLOCK_FRAMES) add(f.replace('{d}', d), by(day));
    });
    section('the letter З for the figure 3 before a month', () => {
      MONTHS_GEN.forEach((m, k) => {
        for (const [f, e] of THREE_FRAMES) add(f.replace('{m}', m), e(k + 1));
      });
    });
    section('a season\'s eve that the work prepares for, beside a day', () => {
      for (const s of SEASONS)
        for (const [d, day] of DEADLINES)
          for (const f of SEASON_FRAMES) add(f.replace('{s}', s).replace('{d}', d).replace('{l}', d.toLowerCase()), by(day));
    });
    section('the season of fire danger or of bathing alone in a cell', () => {
      for (const t of ACTIVITY_CELLS) add(t, ev(t.split(' ').at(-2)!.toLowerCase().slice(0, 6)));
    });
    section('a month in the genitive in the English order', () => {
      MONTHS_GEN.forEach((m, k) => {
        for (const w of WEEKDAYS)
          for (const d of ENGLISH_DAYS)
            for (const y of ENGLISH_YEARS) addAs(`${w}${m} ${d}, ${y}`, on(`${y}-${String(k + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 223: ГО и ЧС, паводок, отопительный сезон — «до» a clock after a day, the letter З for 3, a season the work prepares for, a fire or bathing season alone, a genitive month in the English order',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
