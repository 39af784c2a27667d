/**
 * Round 192 (corpus-real-177: regional and municipal orders of the bodies that run education, their numbered clauses and «Срок:»
 * fields). Five classes the set's first run missed:
 * - an item's number glued to its lower-case word, with no space after its closing dot («1.3.ввести …», «1.2.обеспечить …»), is the
 *   item's number as «1.3. ввести …» is (`ITEM_BEFORE_LOWER` in normalize.ts);
 * - a spell of illness after «на / в [весь] период / время» — an epidemic, its rise, a quarantine, an outbreak, a pandemic — is a stage,
 *   an event, like the repair of round 81 (`EVENT_ANYWHERE`);
 * - a range of daily lengths or times «от N до M часов / минут / раз в день / в сутки» is daily work, open-ended, like «8-12 часов в
 *   сутки» (`perDayRangeAt` in scan/numbers.ts), also over a schedule word by the priority rule;
 * - a year in figures with its year word before «день / дня» is the year, not the number of a day counted from an event
 *   (`<число-дня>` in phrases/compile.ts);
 * - an act's number opening with a letter code glued to a slash («№ ГР/933/2023», «№ ПГ/59245-6-1») is one number (`letteredNumberAt`,
 *   `documentNumberEnd`), and «в„–» is «№» read in the wrong encoding (`MOJIBAKE_NUMBER_SIGN` in normalize.ts).
 * Pins: what must not change — «2.10.проводить» keeps its date, «от 8 до 12 лет» stays a stray number, a date written beside an
 * epidemic wins, the offsets «на 3-й день после экзамена» stay events, an act's date before a plain «№ N» stays a label.
 * The first template of each section is a real row of corpus-real-177 (its source there).
 */
import { ev, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** item numbers as orders glue them to their clause */
const ITEM_NUMBERS = ['1.2.', '1.3.', '2.1.', '3.4.', '1.', '2.', '4.', '12.'];
/** clauses of orders with no date, and what each says of time */
const CLAUSES: Array<[string, Expect]> = [
  ['обеспечить проведение влажных уборок 2-3 раза в сутки', ongoing],
  ['обеспечить проветривание помещений 3 раза в день', ongoing],
  ['обеспечить горячее питание не реже одного раза в день', ongoing],
  ['проводить мониторинг посещаемости постоянно', ongoing],
  ['организовать работу консультационного пункта в течение учебного года', ongoing],
];

/** the prepositions of a stage's time */
const STAGE_PREPOSITIONS = ['на период', 'в период', 'на время'];
/** a spell of illness, with or without its adjective, and a word the reason must contain */
const ILLNESSES: Array<[string, string]> = [
  ['эпидемического подъема', 'подъема'],
  ['подъема заболеваемости', 'подъема'],
  ['сезонного подъема заболеваемости гриппом', 'подъема'],
  ['подъёма заболеваемости ОРВИ', 'подъёма'],
  ['эпидемии гриппа', 'эпидемии'],
  ['эпидемии', 'эпидемии'],
  ['карантина', 'карантина'],
  ['карантина по гриппу', 'карантина'],
  ['вспышки кори', 'вспышки'],
  ['пандемии', 'пандемии'],
];
/** what the order introduces for that time */
const MEASURES = ['ввести масочный режим', 'отменить массовые мероприятия', 'организовать обучение с применением дистанционных технологий'];

/** ranges of daily counts after «от … до» and the units they count */
const DAILY_RANGES: Array<[number, number]> = [[8, 12], [2, 3], [4, 6], [10, 15], [30, 45]];
const DAILY_UNITS = ['часов', 'минут', 'раз', 'раза'];
const PER_DAY = ['в сутки', 'в день'];
const DAILY_SUBJECTS = ['Установить продолжительность работы котельных', 'Проветривание помещений', 'Работа дежурной группы'];

/** a year's sentence with «день / дня» after it */
const YEAR_DAY_SENTENCES = [
  'тема Всемирного дня здоровья звучит так: «Наша планета, наше здоровье»',
  'тема Всемирного дня охраны труда определена',
  'праздник Дня знаний прошел в новом здании',
  'день здоровья прошел во всех школах района',
  'районный день открытых дверей собрал выпускников',
];
const YEARS = [2019, 2020, 2022, 2023, 2024];

/** an act's registration line with a lettered number, and the registration's day */
const REGISTERED: Array<[string, string]> = [
  ['Зарегистрировано в Правительстве Калининградской области 30 октября 2023 г.', '2023-10-30'],
  ['Зарегистрировано в Министерстве юстиции 12 марта 2021 г.', '2021-03-12'],
  ['Зарегистрировано 5 июня 2020 года', '2020-06-05'],
];
const LETTERED_NUMBERS = ['ГР/933/2023', 'ПП/15', 'РП/12', 'ГР/1044/2021'];
const SIGNS = ['№ ', '№', 'в„– '];

const PINS: Row[] = [
  // a glued item's number before a repeat word: the repeat, as before
  ['1.2.проводить проверку ежемесячно', rec('month')],
  ['3.представлять отчет ежеквартально', rec('quarter')],
  // «во время» before a spell of illness was an event already
  ['во время эпидемического подъема', ev('подъема')],
  ['отменить массовые мероприятия во время карантина.', ev('карантина')],
  // a glued item's number before an event phrase: the event, as before
  ['1.2.проводить инструктажи по мере необходимости', ev('необходимости')],
  ['2.провести совещание по итогам проверки', ev('итоги')],
  // an item's number with a space after its dot, as before
  ['1.3. ввести масочный режим на период ремонта', ev('ремонта')],
  // a month of two figures keeps its date
  ['2.10.проводить', on('2021-10-02')],
  // an item's number with a date after it, as before
  ['1.2.Провести с 1 по 5 марта', range('2021-03-01', '2021-03-05')],
  // a range of ages stays a stray number
  ['от 8 до 12 лет', { kind: 'unparsed', reason: /непонятное число «8»/ }],
  // a date written beside an epidemic wins
  ['на период подъема заболеваемости, с 1 по 7 февраля', range('2021-02-01', '2021-02-07')],
  ['на время карантина, до 15 марта', { kind: 'by', due: '2021-03-15' }],
  // «на весь период …» stays open-ended work, as the repair's does (round 81)
  ['на весь период карантина', ongoing],
  ['на весь период эпидемического подъема', ongoing],
  // offsets from an event stay events
  ['на 3-й день после экзамена', ev('день')],
  ['в первый, следующий за ним, рабочий день', ev('день')],
  // an act's date before a plain «№ N» stays its label
  ['Приказ от 31.08.2024 № 150', unread],
  ['Письмо от 27.08.2019 № 12', unread],
  // a year with a date after it reads as before
  ['В 2022 году день здоровья прошел 7 апреля', on('2022-04-07')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, _add, addAs) => {
    section('an item\'s number glued to its lower-case word is the item\'s', () => {
      addAs('1.3.ввести «масочный режим» в учреждениях на период эпидемического подъема.', ev('подъема'));
      addAs('1.2.обеспечить соблюдение необходимого температурного режима и  проведение текущей дезинфекции в учреждениях (проведение влажных уборок 2-3 раза в сутки с применением дезинфицирующих средств);', ongoing);
      for (const n of ITEM_NUMBERS)
        for (const [clause, e] of CLAUSES) {
          addAs(`${n}${clause}`, e);
          addAs(`${n}${clause};`, e);
        }
    });
    section('a spell of illness after «на / в период / время» is a stage, an event', () => {
      for (const p of STAGE_PREPOSITIONS)
        for (const [illness, word] of ILLNESSES) {
          addAs(`${p} ${illness}`, ev(word));
          for (const m of MEASURES) addAs(`${m} ${p} ${illness}.`, ev(word));
        }
    });
    section('a range of daily lengths or times after «от … до» is daily work', () => {
      addAs('2.Установить продолжительность работы котельных по неполному графику от 8 до 12 часов в сутки в зависимости от температуры воздуха и отапливаемого объема помещений.', ongoing);
      for (const s of DAILY_SUBJECTS)
        for (const [a, b] of DAILY_RANGES)
          for (const u of DAILY_UNITS)
            for (const d of PER_DAY) addAs(`${s} от ${a} до ${b} ${u} ${d}`, ongoing);
    });
    section('a year with its year word before «день / дня» is the year', () => {
      addAs('В 2022 году тема Всемирного дня здоровья звучит так: «Наша планета, наше здоровье».', range('2022-01-01', '2022-12-31'));
      for (const y of YEARS)
        for (const s of YEAR_DAY_SENTENCES) {
          addAs(`В ${y} году ${s}.`, range(`${y}-01-01`, `${y}-12-31`));
          addAs(`в ${y} году ${s}`, range(`${y}-01-01`, `${y}-12-31`));
        }
    });
    section('an act\'s number with a letter code before its slash is one number; «в„–» is «№»', () => {
      addAs('Зарегистрировано в Правительстве Калининградской области 30 октября 2023 г. в„– ГР/933/2023', on('2023-10-30'));
      for (const [line, day] of REGISTERED)
        for (const sign of SIGNS)
          for (const num of LETTERED_NUMBERS) addAs(`${line} ${sign}${num}`, on(day));
      for (const sign of SIGNS) {
        addAs(`Источник: Письмо Роструда от 24.12.2020 ${sign}ПГ/59245-6-1`, unread);
        addAs(`Приказ ${sign.trim()} 5 от 12.03.2021`, unread);
        addAs(`письмо от 12.03.2021 ${sign}05-14/221`, unread);
      }
    });
    section('what must not change: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 192: glued item numbers, a spell of illness as a stage, ranges of daily counts, a year before «день», lettered act numbers',
  rows: () => sections().flatMap(([, rows]) => rows),
};
