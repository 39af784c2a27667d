/**
 * Round 202 (corpus-real-186: the money and buildings of schools and kindergartens — закупки, энергосбережение, ремонты,
 * инвентаризация). Five classes, each a row of the set (its source there):
 * - «в [максимально / предельно] сжатые сроки / сжатый срок» is «в кратчайшие сроки», an event (round 78), not a document's term;
 * - the closing of a kindergarten, a school or a group after «в / на период / время» («в период закрытия …», «приостановления»,
 *   «консервации») is the time it stays shut, an event like «на время ремонта» (round 81);
 * - «с / со следующего / другого дня» counts from the day named before, an event like «на следующий день»;
 * - a bracket that opens with «кроме / за исключением» names what a rule leaves out: a note, its days too («Перед составлением годовой
 *   отчетности (кроме имущества, … не ранее 1 октября …)» stays the event);
 * - «в течение полутора <месяцев / лет / недель>» is a counted span like «двух месяцев»: bare, or an offset with its anchor.
 * Pins: a bracket of months alone after a whole year written first («2008 (июнь - август)») stays a note, the year (round 78; the
 * set's row was relabelled so), «в установленные сроки», «в кратчайшие сроки», «на время ремонта», «на следующий день», brackets after a date or a repeat,
 * «С 2021 года (сентябрь)», a year with a day in its bracket, «в течение двух месяцев», «в течение месяца», «За полтора часа …».
 */
import { distinctRows, bareSpan, by, ev, months, on, ongoing, range, rec, sched, sectionsOf, type Expect, type Family, type Row } from './kit';

const HASTE = ['в сжатые сроки', 'в сжатый срок', 'в максимально сжатые сроки', 'в предельно сжатые сроки', 'в максимально сжатый срок'];
const HASTE_FRAMES = [
  '{p}',
  'Ремонтные работы будут выполняться {p}',
  'Олег Бабаев уверяет, что ремонтные работы будут выполнены {p}.',
  'Подрядчик обязан устранить замечания {p}',
  'Замену окон в школах провели {p}',
];

const SHUT_PREPS = ['в период', 'на период', 'на время', 'в период временного'];
const SHUTS = [
  'закрытия дошкольного учреждения на ремонтные и (или) аварийные работы',
  'закрытия детского сада',
  'закрытия группы на карантин',
  'приостановления деятельности учреждения',
  'приостановления работы бассейна',
  'консервации здания',
];
const SHUT_FRAMES = ['{p}', '- {p};', 'Родительская плата не взимается {p}', 'Воспитанники посещают дежурные группы {p}'];

const NEXT_DAYS = ['со следующего дня', 'с другого дня'];
const NEXT_DAY_FRAMES = [
  '{p}',
  'Не уложится к дате – {p} начнет платить штраф», - отметила Павленко.',
  'Пени начисляются {p}',
  'Ребенок отчисляется {p}',
  'Пересчет родительской платы производится {p}',
];

const EVENTS_FIRST: Array<[string, string]> = [
  ['Перед составлением годовой отчетности', 'составлением'],
  ['3.1. Перед составлением годовой отчетности', 'составлением'],
  ['Перед сдачей годовой бухгалтерской отчетности', 'сдачей'],
  ['При смене материально ответственных лиц', 'смене'],
];
const EXCEPTIONS = [
  '(кроме имущества, инвентаризация которого проводилась не ранее 1 октября отчетного года)',
  '(кроме библиотечного фонда, проверенного 15 октября 2020 года)',
  '(за исключением имущества, инвентаризация которого проводилась в ноябре 2021 года)',
  '(кроме основных средств, проверенных 01.10.2021)',
];

/** a year written first and a bracket of its months: a note (round 78), the year stays (pins) */
const YEARS = [2008, 2010, 2021, 2024];
const YEAR_WORDS = ['{y}', '{y} г.', '{y} год', 'в {y} году'];
const MONTH_PAIRS: Array<[number, number]> = [[6, 8], [9, 12], [3, 5], [1, 3]];
const NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const DASHES = [' - ', '-', ' – '];


const HALF_SPANS = ['в течение полутора месяцев', 'в течение полутора лет', 'в течение полутора недель', 'на протяжении полутора месяцев'];
const HALF_FRAMES = ['{p}', '«Подрядчики уже определены, и {p} работы должны быть завершены», — сообщила руководитель муниципалитета.', 'Ремонт продлится {p}'];
const ANCHORS = ['со дня подачи заявления', 'с даты заключения контракта', 'после подписания акта'];

const PINS: Row[] = [
  // a document's term and the old haste read as before
  ['в установленные сроки', sched('установленные сроки')],
  ['в кратчайшие сроки', ev('кратчайшие')],
  ['Работы будут выполнены в кратчайшие сроки.', ev('кратчайшие')],
  // the repair and the next day read as before
  ['на время ремонта', ev('ремонта')],
  ['на следующий день', ev('следующий день')],
  ['во время закрытия детского сада', ev('во время')],
  ['со следующего дня после подписания акта', ev('после')],
  ['Перед составлением годовой отчетности (за исключением имущества, проверенного после 1 ноября).', ev('составлением')],
  // brackets after a date or a repeat are notes as before
  ['до 15 мая (кроме 9 классов)', by('2021-05-15')],
  ['ежемесячно (кроме июля и августа)', rec('month', null)],
  ['в течение года (за исключением летних каникул)', ongoing],
  // a year with a day in its bracket, an open start with a month: as before
  ['2021 (1 сентября)', range('2021-01-01', '2021-12-31')],
  ['С 2021 года (сентябрь)', ongoing],
  ['2021 июнь - август', range('2021-06-01', '2021-08-31')],
  ['2022 год: март, июнь', months('2022-03-01', '2022-06-30')],
  // other counted spans and «полтора» after «за» read as before
  ['в течение двух месяцев', bareSpan],
  ['в течение месяца', ongoing],
  ['За полтора часа приема принято не меньше 18 заявлений с документами, еще стольких-то отправляли до июля.', by('2021-06-30')],
  ['до 1 июля', by('2021-07-01')],
  ['1 июля', on('2021-07-01')],
];

const fill = (frame: string, p: string): string => frame.replace('{p}', p);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«в сжатые сроки» is an event', () => {
      for (const h of HASTE) for (const f of HASTE_FRAMES) add(fill(f, h), ev('сжат'));
    });
    section('the closing of a kindergarten after «в / на период / время»', () => {
      for (const p of SHUT_PREPS) for (const s of SHUTS) for (const f of SHUT_FRAMES) add(fill(f, `${p} ${s}`), ev(s.split(' ')[0]!));
    });
    section('«со следующего дня» counts from the day named before', () => {
      for (const n of NEXT_DAYS) for (const f of NEXT_DAY_FRAMES) add(fill(f, n), ev('дня'));
    });
    section('a bracket of what a rule leaves out is a note', () => {
      for (const [e, w] of EVENTS_FIRST) for (const x of EXCEPTIONS) addAs(`${e} ${x}.`, ev(w));
    });
    section('a bracket of months after a year written first stays a note (pins)', () => {
      for (const y of YEARS)
        for (const yw of YEAR_WORDS) {
          const head = yw.replace('{y}', String(y));
          const year = range(`${y}-01-01`, `${y}-12-31`);
          for (const [a, b] of MONTH_PAIRS) for (const d of DASHES) addAs(`${head} (${NOM[a - 1]}${d}${NOM[b - 1]})`, year);
          for (const m of [6, 9, 11]) addAs(`${head} (${NOM[m - 1]})`, year);
        }
    });
    section('«в течение полутора …» is a counted span', () => {
      for (const s of HALF_SPANS) for (const f of HALF_FRAMES) add(fill(f, s), bareSpan);
      for (const s of HALF_SPANS.slice(0, 2)) for (const a of ANCHORS) add(`${s} ${a}`, ev('полутора'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 202: money and buildings — «в сжатые сроки», «в период закрытия …», «со следующего дня», a bracket «(кроме …)», «в течение полутора …»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
