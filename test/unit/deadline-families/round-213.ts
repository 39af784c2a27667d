/**
 * Round 213 (corpus-real-195: the national projects «Образование» and «Молодёжь и дети» — passports and plans of regional and
 * municipal projects, the centres they open, the President's orders on them, and the news and date lines of their pages). Five
 * classes, each a row of the set (its source there):
 * - one number of one or two figures above 4 before «квартал» with no year in figures after it is a town's residential block, a label («… 990
 *   новых мест в общеобразовательной организации 68 квартала г. Якутска», round 120's «… на патрулирование 6 квартала»);
 * - «наступающего / грядущего года» after a month or a day is the year after the context's, as «следующего года» («С января
 *   наступающего года начинается реализация проекта по капремонту школ»);
 * - four figures before the things a national project counts — «мест», «школ», «центров», «зданий» … — or before people, one
 *   adjective in the genitive plural between or not, are a count («к 2023 году будет создано 2015 новых мест …»);
 * - one or two adjectives of scope before «день» («в единый Всероссийский день открытия …») keep the day of the event after it;
 * - one or two more counters after the count of views closing a date line («28 мая 2007 в 00:00 848 0») are labels too.
 * Pins: a calendar quarter in figures or in Roman numerals, a number above 4 with a year after it or in a list, «следующего года»,
 * a year before «года», people counted by round 121, a named day of round 89 after «Международный», a date line's one count of views.
 */
import { distinctRows, by, ev, on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the numbers of a town's residential blocks, and how «квартал» follows them */
const BLOCKS = ['5', '6', '12', '68', '97'];
const BLOCK_FRAMES: Array<[string, Expect]> = [
  ['В 2022 году планируется создать 990 новых мест в общеобразовательной организации {n} квартала г. Якутска', range('2022-01-01', '2022-12-31')],
  ['30 мая родительский патруль вышел на патрулирование {n} квартала, по своему маршруту', on('2021-05-30')],
  ['Строительство школы в {n} квартале города начнется в 2023 году', { kind: 'ongoing', start: '2023-01-01', due: null }],
  ['Школа на 1100 мест в {n} квартале будет построена до конца 2022 года', by('2022-12-31')],
  ['Открытие детского сада в {n} квартале запланировано на декабрь', range('2021-12-01', '2021-12-31')],
];

/** a month in the genitive, its number, and the adjectives of the coming year */
const MONTHS: Array<[string, string, number]> = [['января', 'январе', 1], ['марта', 'марте', 3], ['сентября', 'сентябре', 9], ['декабря', 'декабре', 12]];
const COMING = ['наступающего', 'грядущего'];
const pad = (n: number): string => String(n).padStart(2, '0');
const lastOf = (m: number): number => new Date(Date.UTC(2022, m, 0)).getUTCDate();
const fromNext = (m: number): Expect => ({ kind: 'ongoing', start: `2022-${pad(m)}-01`, due: null });

/** what is counted after four figures, and the adjectives between */
const COUNTED = ['мест', 'школ', 'центров', 'зданий', 'объектов', 'кабинетов', 'квот', 'заявок', 'площадок', 'детей', 'участников'];
const COUNT_ADJECTIVES = ['', 'новых ', 'дополнительных ', 'ученических '];
const FIGURES = ['2015', '2000', '2019', '2024'];
const COUNT_FRAMES: Array<[string, Expect]> = [
  ['В рамках реализации мероприятия к 2023 году будет создано {c} в общеобразовательных организациях', by('2023-12-31')],
  ['В 2022 году создано {c}', range('2022-01-01', '2022-12-31')],
];

/** adjectives of scope before «день», and the events after it with the word their reason names */
const SCOPES = ['единый', 'единый Всероссийский', 'Всероссийский', 'всемирный', 'международный', 'региональный', 'областной', 'районный', 'городской', 'общешкольный'];
const DAY_EVENTS: Array<[string, string]> = [
  ['открытия детских технопарков', 'открытия'],
  ['проведения экзамена', 'проведения'],
  ['открытия центров «Точка роста»', 'открытия'],
  ['подведения итогов', 'подведения'],
];
const DAY_FRAMES = ['Мероприятие пройдёт в {s} день {e}', 'Мероприятие пройдёт в {s} день {e} в 12.00', 'Акция проводится в {s} день {e} по всей стране'];

/** date lines with a time or not, and the counters after them */
const DATE_LINES: Array<[string, string]> = [
  ['28 мая 2007 в 00:00', '2007-05-28'],
  ['28 мая 2007', '2007-05-28'],
  ['28.02.2022 12:30', '2022-02-28'],
  ['12.03.2025', '2025-03-12'],
  ['02 августа 2019 12:57', '2019-08-02'],
];
const COUNTERS = ['848 0', '371 5', '1024 12', '555 3 1'];

const PINS: Row[] = [
  // a calendar quarter, in figures or Roman, as before
  ['1 квартал', range('2021-01-01', '2021-03-31')],
  ['в 3 квартале 2022 года', range('2022-07-01', '2022-09-30')],
  ['до конца 2 квартала', by('2021-06-30')],
  ['III квартал', range('2021-07-01', '2021-09-30')],
  ['1-2 квартал', range('2021-01-01', '2021-06-30')],
  // a number above 4 with a year after it, or in a list, still fails as a quarter
  ['5 квартал 2021 года', { kind: 'unparsed', reason: /нет квартала с номером 5/ }],
  ['4-5 квартал', { kind: 'unparsed', reason: /нет квартала с номером 5/ }],
  // «следующего года» after a month, and «в наступающем году», as before
  ['С января следующего года начинается реализация проекта', fromNext(1)],
  ['в наступающем году', range('2022-01-01', '2022-12-31')],
  ['до конца года', by('2021-12-31')],
  // four figures before «года» or a school year stay a year; people counted as round 121 read them
  ['выпускники 2021 года', range('2021-01-01', '2021-12-31')],
  ['2021 учебного года', range('2021-01-01', '2021-12-31')],
  ['В 2012 году в Пскове тест прошли 2040 детей', range('2012-01-01', '2012-12-31')],
  ['к 2024 году будет создано 1200 мест', by('2024-12-31')],
  // a named day after «Международный» (round 89 lists the day's noun, not the adjective) and a day with its date, as before
  ['в Международный день защиты детей', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['В единый день голосования 19 сентября', on('2021-09-19')],
  ['Мероприятие пройдёт в день открытия детских технопарков', ev('открытия')],
  // a date line's one count of views, and a day with no year before a count, as before
  ['28.02.2022 371', on('2022-02-28')],
  ['28.02 371', { kind: 'unparsed', reason: /непонятное число «371»/ }],
  ['28.02.2022 371 5 7 9', { kind: 'unparsed', reason: /непонятное число «371»/ }],
  ['ежегодно', rec('year')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a number above 4 before «квартал» is a town\'s block', () => {
      for (const [f, e] of BLOCK_FRAMES) for (const n of BLOCKS) add(f.replace('{n}', n), e);
    });
    section('«наступающего / грядущего года» after a month or a day', () => {
      for (const [m, inM, n] of MONTHS)
        for (const a of COMING) {
          add(`С ${m} ${a} года начинается реализация проекта по капремонту школ`, fromNext(n));
          add(`в ${inM} ${a} года`, range(`2022-${pad(n)}-01`, `2022-${pad(n)}-${lastOf(n)}`));
          add(`до 15 ${m} ${a} года`, by(`2022-${pad(n)}-15`));
        }
    });
    section('four figures before what is counted', () => {
      for (const [f, e] of COUNT_FRAMES)
        for (const n of FIGURES) for (const a of COUNT_ADJECTIVES) for (const w of COUNTED) addAs(`${f.replace('{c}', `${n} ${a}${w}`)}.`, e);
    });
    section('adjectives of scope before «день» of an event', () => {
      for (const f of DAY_FRAMES) for (const s of SCOPES) for (const [e, name] of DAY_EVENTS) add(f.replace('{s}', s).replace('{e}', e), ev(name));
    });
    section('two or three counters after a date line', () => {
      for (const [d, day] of DATE_LINES) for (const n of COUNTERS) addAs(`${d} ${n}`, on(day));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 213: the national projects — a town\'s block before «квартал», «наступающего года» after a month, four figures before what is counted, adjectives of scope before «день», a date line\'s counters',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
