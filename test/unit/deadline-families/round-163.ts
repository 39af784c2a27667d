/**
 * Round 163 (corpus-real-152: inclusive education — the Положения of психолого-педагогические консилиумы with their approval lines,
 * ПМПК, plans and roadmaps for pupils with ОВЗ and disabilities, ИУП / СИПР / АООП terms, ресурсные классы in news).
 * Two classes the set's first run missed, as approval lines and legal references write them:
 * - figures written on a form's line, its underscores on both sides, are filled in: «Протокол №_1__от_29_._08__.2023г.» is on
 *   2023-08-29 (it was `unparsed`, «непонятное число «1»»), ««_25__» августа 2020 г.» on 2020-08-25 (it was «дата не заполнена»).
 * - an act's date with the act's number after it is the act's label when the act is marked in a way the parser missed: the act's
 *   noun in a legal digest's angle brackets («<Письмо>Рособрнадзора 09.12.2015 N 10-51-932/10-3417»), the word of approval before who
 *   approved («…, утв. Правительством РФ 10.04.2023 N 3838п-П8.»), or a day and month with no year between «от» and «№» («Приказом
 *   и.о.директора … от 31 августа № 243», a schedule like «Приказом … от 23 июня 2021 года № 469» — since round 211 the act's label,
 *   `unparsed`, as an act in the instrumental with its own date and number is); they were `on` those days.
 * Pins: blank form dates stay blank (««__» сентября 20__ г.», «__.__.2021», «20__»), an issued act's and a protocol's readings, a
 * date of approval with no number, a bare «№ … от <дата>» and a «до» before a day and a number read as before.
 * The first template of each class is the set's real row (its source in corpus-real-152.tsv).
 */
import { by, iso, lastDay, MONTHS_GEN, on, pad, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const blank: Expect = { kind: 'unparsed', reason: /дата не заполнена/ };

/** the nouns of the lines whose number and date a form's line holds */
const FORM_NOUNS = ['Протокол', 'протокол', 'Протокол заседания ППк', 'Протокол педсовета'];
/** the days and months written on the line, with the year */
const FORM_DAYS: Array<[number, number]> = [[1, 9], [14, 3], [29, 8], [30, 12], [25, 5], [10, 1]];
const FORM_YEARS = [2021, 2023, 2025];
/** how the figures sit on the line: the number, the day, the month */
const NUMERIC_LINES: Array<(n: number, d: string, m: string, y: number) => string> = [
  (n, d, m, y) => `№_${n}__от_${d}_._${m}__.${y}г.`,
  (n, d, m, y) => `№__${n}_ от _${d}_.${m}.${y}`,
  (n, d, m, y) => `№ _${n}_ от __${d}__.__${m}__.${y} г.`,
  (n, d, m, y) => `№${n} от _${d}_._${m}_.${y}`,
];
/** the quoted day on a line, the month in words */
const QUOTED_DAYS: Array<(d: number) => string> = [(d) => `«_${d}__»`, (d) => `«__${d}__»`, (d) => `"_${d}_"`, (d) => `«_${d}_»`];
/** what may stand before the quoted day */
const QUOTED_LEADS = ['', 'от ', 'Протокол № 1 от ', 'Принято на педагогическом совете от '];

const FORM_PINS: Row[] = [
  // a form's line left blank stays blank (round 59)
  ['«__» сентября 20__ г.', blank],
  ['__.__.2021', blank],
  ['от «___»_________ 2021 г.', blank],
  ['Протокол № ___ от «__» ______ 2024г.', blank],
  ['Приказ №__ от «__»__2025г', blank],
  ['_____2025', blank],
  // figures with no line around them, as before
  ['Протокол № 2 от 30.08.2021', on('2021-08-30')],
  ['«25» августа 2020 г.', on('2020-08-25')],
  ['до «15» мая 2022 г.', by('2022-05-15')],
];

/** the act's nouns a legal digest puts in angle brackets */
const BRACKET_ACTS = ['Письмо', 'Приказ', 'Постановление', 'Распоряжение', 'Решение'];
/** who issued it */
const ISSUERS = ['Рособрнадзора', 'Минпросвещения России', 'Правительства РФ', 'Минобрнауки России'];
/** the act's numbers */
const ACT_NUMBERS = ['10-51-932/10-3417', '123', 'АБ-2032/07', '3838п-П8'];
/** the acts' dates (day, month, year) */
const ACT_DATES: Array<[number, number, number]> = [[9, 12, 2015], [10, 4, 2023], [30, 5, 2025], [1, 9, 2021]];

/** what was approved */
const APPROVED_THINGS = ['См. новый межведомственный комплексный план мероприятий', 'План мероприятий', 'Порядок взаимодействия', 'Межведомственный комплексный план'];
/** the word of approval */
const APPROVALS = ['утв.', 'утвержден', 'утвержденный', 'утверждённый', 'утвержденного'];
/** who approved, with no noun of an act */
const APPROVERS = ['Правительством РФ', 'Минпросвещения России', 'Правительством Российской Федерации', 'Министерством'];

/** a document in the instrumental opening the text (round 211: with its own date and number, the act's label; it was a schedule) */
const INSTRUMENTAL_ACTS = [
  'Приказом и.о.директора МБОУ «Коробицынская СОШ»',
  'Приказом директора',
  'приказом',
  'Распоряжением администрации',
  'Постановлением главы',
  'Приказом заведующего',
];
const ORDER_NUMBERS = ['№ 243', '№ 105-од', 'N 12', '№12'];
/** the days of the order's date in each month */
const ORDER_DAYS = [1, 15, 31];

const ACT_PINS: Row[] = [
  // an act's date with «от» and its year, and with no number, as before (rounds 11, 49, 103)
  ['<Письмо> Рособрнадзора от 09.12.2015 N 10-51', unread],
  ['Приказом директора от 31 августа 2021 № 243', unread], // round 211: its own date and number, the act's label (it was `schedule`)
  ['Приказом директора от 31 августа', sched('приказ директора от 31 августа')],
  // a date of approval with no number names its day; so does a bare «№ … от <дата>» (round 40)
  ['утверждено 10.04.2023', on('2023-04-10')],
  ['№ 168 от 07.10.2019 года', on('2019-10-07')],
  // a protocol's date is the meeting's day (round 40)
  ['протокол № 2 от 30 августа', on('2021-08-30')],
  // «до» a day with a school's number after it is a deadline, as before
  ['до 31 августа № 5 школы', by('2021-08-31')],
  ['с 1 по 31 августа № 243', { kind: 'range', start: '2021-08-01', due: '2021-08-31' }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, _add, addAs) => {
    section('figures written on a form\'s line are filled in', () => {
      addAs('Протокол №_1__от_29_._08__.2023г.', on('2023-08-29'));
      addAs('«_25__» августа 2020 г.', on('2020-08-25'));
      for (const noun of FORM_NOUNS)
        for (const [d, m] of FORM_DAYS)
          for (const y of FORM_YEARS)
            NUMERIC_LINES.forEach((line, i) => addAs(`${noun} ${line(i + 1, pad(d), pad(m), y)}`, on(iso(m, d, y))));
      for (const lead of QUOTED_LEADS)
        for (const [d, m] of FORM_DAYS)
          for (const y of FORM_YEARS)
            for (const day of QUOTED_DAYS) {
              addAs(`${lead}${day(d)} ${MONTHS_GEN[m - 1]} ${y} г.`, on(iso(m, d, y)));
              if (lead === '') addAs(`${day(d)} ${MONTHS_GEN[m - 1]} ${y} года`, on(iso(m, d, y)));
            }
    });
    section('the form\'s line: pins', () => FORM_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an act\'s noun in angle brackets marks its date and number as labels', () => {
      addAs('<Письмо>Рособрнадзора 09.12.2015 N 10-51-932/10-3417', unread);
      for (const act of BRACKET_ACTS)
        for (const issuer of ISSUERS)
          for (const [d, m, y] of ACT_DATES)
            for (const num of ACT_NUMBERS)
              for (const space of ['', ' ']) addAs(`<${act}>${space}${issuer} ${pad(d)}.${pad(m)}.${y} N ${num}`, unread);
    });
    section('the word of approval before who approved marks the date and number as labels', () => {
      addAs('См. новый межведомственный комплексный план мероприятий, утв. Правительством РФ 10.04.2023 N 3838п-П8.', unread);
      for (const thing of APPROVED_THINGS)
        for (const approval of APPROVALS)
          for (const who of APPROVERS)
            for (const [d, m, y] of ACT_DATES)
              for (const sign of ['N', '№'])
                for (const end of ['.', '']) addAs(`${thing}, ${approval} ${who} ${pad(d)}.${pad(m)}.${y} ${sign} ${ACT_NUMBERS[m % ACT_NUMBERS.length]}${end}`, unread);
    });
    section('a day and month with no year between «от» and «№» are the act\'s date', () => {
      // round 211: an act in the instrumental with its own date and number is its label, no schedule (it was round 163's `schedule`)
      addAs('Приказом и.о.директора МБОУ «Коробицынская СОШ» от 31 августа № 243', unread);
      for (const lead of INSTRUMENTAL_ACTS)
        for (let m = 1; m <= 12; m++)
          for (const d of ORDER_DAYS) {
            if (d > lastDay(m)) continue;
            for (const num of ORDER_NUMBERS) {
              const rest = ` от ${d} ${MONTHS_GEN[m - 1]} ${num}`;
              addAs(`${lead}${rest}`, unread);
            }
          }
      // the act's noun in the nominative, or no noun: nothing to read
      for (let m = 1; m <= 12; m++)
        for (const num of ORDER_NUMBERS) {
          addAs(`Приказ от 15 ${MONTHS_GEN[m - 1]} ${num}`, unread);
          addAs(`от 15 ${MONTHS_GEN[m - 1]} ${num}`, unread);
        }
    });
    section('the act\'s labels: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 163: figures written on a form\'s line; an act\'s noun in angle brackets, the word of approval, and a date with no year between «от» and «№» mark an act\'s date as its label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
