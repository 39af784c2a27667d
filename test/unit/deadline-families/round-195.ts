/**
 * Round 195 (corpus-real-180: the summer — летняя оздоровительная кампания, пришкольные лагеря, летняя занятость подростков). Seven
 * classes, each a row of the set (its source there):
 * - «до момента [их / его / её] <события>» is the event, like «до их открытия» (round 90);
 * - the holidays' time after «на» («на каникулярный период / на каникулярное время»), like «в каникулярное время» (round 37);
 * - a campaign after «в / на период [проведения]» with up to three adjectives («в период летней оздоровительной кампании») is the
 *   campaign's time, an event like «в ходе … кампании» (round 122) — not the summer (decided: a campaign's dates are the region's);
 * - the last day or days of a practice, a shift, a stay, studies, work («в последний день практики») are a day of that event;
 * - every shift of a camp («Каждую смену …», «в каждую летнюю смену») is the time of those shifts, like «каждый день смены» (round 89);
 * - «Прочитано N раз» after a post's date line is a counter of readers, like «читали: N раз» (round 167);
 * - one whole month of a quarter named first after it («I квартал, февраль») is that month, as days inside it are (the quarter a label);
 * - «после <события> и продолжается / длится / проходит … с <дня> по <день>» is the window: the clause of its own says when.
 * Pins: «в последний день месяца / четверти / лета», «до момента, когда …», a quarter with a month outside it or a range of its months,
 * «I квартал, до 15 марта», «после <события>, с … по …» with no verb of going on, «после 15 мая и продолжается …», «Через месяц после
 * окончания, с 1 по 5 июля», «Прочитано 3 раза в месяц», «в период летних каникул», «в летний оздоровительный период».
 */
import { distinctRows, ev, iso, lastDay, on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** what a stage of the summer waits for after «до момента» */
const UNTIL_EVENTS = ['их открытия', 'его открытия', 'её открытия', 'ее закрытия', 'открытия лагеря', 'получения результатов', 'начала смены', 'их завершения', 'окончания ремонта'];
/** sentences and cells «до момента …» stands in */
const UNTIL_FRAMES = [
  '{p}',
  'Проверка готовности лагерей к оздоровительному сезону, {p}',
  'Приёмка проводится {p}',
  'Комиссия работает {p}',
  'Заявления принимаются {p}',
];

const HOLIDAY_TIMES = ['на каникулярный период', 'на каникулярное время', 'на каникулярный период 9 выездных лагерей'];
const HOLIDAY_FRAMES = ['{p}', 'Кроме того, {p} запланировано провести выездные лагеря', 'Трудоустройство подростков {p}', 'Организация досуга детей {p}'];

const CAMPAIGN_PREPS = ['в период', 'на период', 'в период проведения', 'на период проведения'];
const CAMPAIGNS = ['летней оздоровительной кампании', 'летней детской оздоровительной кампании', 'детской оздоровительной кампании', 'оздоровительной кампании', 'летней кампании', 'летней оздоровительной кампании детей'];
const CAMPAIGN_FRAMES = ['{p}', 'Контроль за безопасностью детей {p}', 'О возмещении средств родителей за содержание детей {p}', 'Обеспечить работу телефона доверия {p}'];

const LAST_DAYS = ['в последний день', 'в последние дни', 'на последний день'];
const OF_WORK = ['практики', 'смены', 'стажировки', 'пребывания в лагере', 'обучения', 'занятий', 'работы лагеря'];
const LAST_FRAMES = ['{p}', 'Итогом этой работы является защита исследований {p}', 'Отчёт сдаётся {p}'];

const EACH_SHIFT = ['Каждую смену', 'В каждую смену', 'Каждую летнюю смену', 'каждую лагерную смену', 'В каждую оздоровительную смену'];
const SHIFT_RESTS = ['пожарные проводят не только проверки, но и учения', 'проводятся инструктажи по технике безопасности', 'в лагере отдыхают 150 детей'];

/** post date lines and the counter after them */
const DATE_LINES: Array<[string, string]> = [
  ['21.05.2018, 17:40', '2018-05-21'],
  ['03.06.2024', '2024-06-03'],
  ['15 апреля 2022 года', '2022-04-15'],
  ['10.03.2020 12:00', '2020-03-10'],
];
const COUNTERS = ['Прочитано 1163 раз', 'Прочитано 25 раз', 'прочитано: 7 раз', 'Прочитана 12 раз', 'Прочитано 3 раза'];

const ROMAN = ['I', 'II', 'III', 'IV'];
const QUARTER_WORDS = ['{r} квартал', '{n} квартал', '{r} кв.', '{n} кв.'];
const MONTH_SEPARATORS = [', ', ' – ', ' - '];
const MONTHS_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** a verb of going on in the clause after «после <события>» and the windows it names */
const GOES_ON = ['продолжается', 'продолжится', 'длится', 'проходит', 'пройдёт', 'проводится'];
const AFTER_SUBJECTS = ['Традиционно она начинается после окончания выпускных экзаменов', 'Практика начинается после экзаменов', 'Смена открывается после завершения выпускных экзаменов'];
const WINDOWS: Array<[string, string, string]> = [
  ['с 18 июня по 4 июля', '2021-06-18', '2021-07-04'],
  ['приблизительно с 18 июня по 4 июля, то есть 15-16 дней', '2021-06-18', '2021-07-04'],
  ['с 1 по 14 июня', '2021-06-01', '2021-06-14'],
  ['обычно с 5 по 25 июля', '2021-07-05', '2021-07-25'],
];

const PINS: Row[] = [
  // a last day of a month, a school quarter or a season reads as before
  ['в последний день месяца', rec('month', null)],
  ['в последний день четверти', rec('quarter', null)],
  ['В последний день лета социальный патруль выехал в рейд.', on('2021-08-31')],
  // round 168's condition
  ['Обычно карантин длится до момента, когда последний заболевший ребенок перестанет быть заразным.', ev('до момента')],
  // a month outside the quarter, or its months as a range or a list, keep the union; a day keeps round 26's label
  ['I квартал, апрель', range('2021-01-01', '2021-04-30')],
  ['I квартал, январь-март', range('2021-01-01', '2021-03-31')],
  ['I квартал (январь, февраль, март)', range('2021-01-01', '2021-03-31')],
  // round 204: a part of a month inside the quarter is where it falls, as a day is
  ['I квартал, конец февраля', range('2021-02-21', '2021-02-28')],
  ['1 квартал, до 15 марта', { kind: 'by', due: '2021-03-15' }],
  // no verb of going on, or a day as the anchor: the event stays
  ['после окончания выпускных экзаменов, с 18 июня по 4 июля', ev('после окончания')],
  ['после 15 мая и продолжается с 18 июня по 4 июля', ev('после 15 мая')],
  ['Через месяц после окончания, с 1 по 5 июля', ev('через месяц')],
  ['через 10 дней после 01.09.2021', ev('через 10 дней')],
  // a repeat of reading stays a repeat
  ['Прочитано 3 раза в месяц', rec('month', null)],
  // the holidays stay an event, the summer period the summer
  ['в период летних каникул', ev('каникул')],
  ['в летний оздоровительный период', range('2021-06-01', '2021-08-31')],
  ['в каникулярное время', ev('каникулярное')],
];

const fill = (frame: string, p: string): string => frame.replace('{p}', p);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«до момента [их] <события>» is the event', () => {
      for (const e of UNTIL_EVENTS) for (const f of UNTIL_FRAMES) add(fill(f, `до момента ${e}`), ev('до момента'));
    });
    section('the holidays\' time after «на»', () => {
      for (const p of HOLIDAY_TIMES) for (const f of HOLIDAY_FRAMES) add(fill(f, p), ev('каникулярн'));
    });
    section('a campaign after «в / на период»', () => {
      for (const prep of CAMPAIGN_PREPS) for (const c of CAMPAIGNS) for (const f of CAMPAIGN_FRAMES) add(fill(f, `${prep} ${c}`), ev('кампании'));
    });
    section('the last day of a practice, a shift, a stay', () => {
      for (const l of LAST_DAYS) for (const w of OF_WORK) for (const f of LAST_FRAMES) add(fill(f, `${l} ${w}`), ev('последн'));
    });
    section('every shift of a camp', () => {
      for (const e of EACH_SHIFT) for (const r of SHIFT_RESTS) add(`${e} ${r}`, ev('смену'));
    });
    section('«Прочитано N раз» after a date line', () => {
      for (const [line, day] of DATE_LINES) for (const c of COUNTERS) addAs(`${line} ${c}`, on(day));
    });
    section('one whole month of a quarter named first', () => {
      for (let q = 1; q <= 4; q++)
        for (const w of QUARTER_WORDS)
          for (const sep of MONTH_SEPARATORS)
            for (let m = q * 3 - 2; m <= q * 3; m++) addAs(`${w.replace('{r}', ROMAN[q - 1]!).replace('{n}', String(q))}${sep}${MONTHS_NOM[m - 1]}`, range(iso(m, 1), iso(m, lastDay(m))));
    });
    section('a window in a clause of its own after «после <события>»', () => {
      for (const s of AFTER_SUBJECTS) for (const v of GOES_ON) for (const [w, a, b] of WINDOWS) addAs(`${s} и ${v} ${w}.`, range(a, b));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 195: the summer — «до момента …», «на каникулярный период», a campaign\'s period, the last day of a practice, every shift, «Прочитано N раз», a month of a quarter named first, a window after «после … и продолжается»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
