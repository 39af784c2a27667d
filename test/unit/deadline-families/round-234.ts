/**
 * Round 234 (corpus-real-213: grants and subsidies — the порядки, положения and правила of granting them to educational organisations,
 * НКО, young people and teachers, their procedural limits, reports and contests). Two classes, each a row of the set (its source there):
 * - a day of the year after the year of an event — «[года], следующего за годом <событие>» («получения субсидии», «участия в
 *   Конкурсе», «его предоставления») or «…, в котором …» right after the day's month — counts from that event, which no text dates
 *   («2) не позднее 15 января года, следующего за годом, в котором получены гранты, отчет о достижении результата предоставления
 *   гранта.» → `event`, it was by 2021-01-15; corpus-real-73's «… начинается с 1 января года, следующего за годом участия в Конкурсе»
 *   too, round 84's known miss);
 * - a verb of setting in the active voice opening the text (an item of what a body does) before the dates it sets, the document it sets
 *   them by between or not, says who sets them, like «сроки … определяет …»: an offset after it is the dates' least length or when they
 *   get set («2.2.1. Утверждает приказом Министерства сроки проведения конкурса, которые не могут быть меньше 30 календарных дней,
 *   следующих за днем размещения объявления …» → `schedule`, it was `event`).
 * Pins: round 31's «…, следующего за отчетным годом» with and without a year written first, a day with its own year, a repeat, round
 * 176's «числа месяца, следующего за месяцем <события>», «за годом» with no event after it, a span of a year; a date after the verb of
 * setting (it wins), a subject before the verb (the offset stays the event), a verb of setting before no dates, the passive «Сроки …
 * утверждаются …».
 */
import { distinctRows, by, ev, on, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the day of the year after (no year of its own) and what opens the text before it */
const DAYS = [
  'не позднее 15 января',
  'до 1 марта',
  'в срок до 20 февраля',
  'в срок не позднее 30 января',
  'до 01 февраля',
  'Отчет представляется в министерство не позднее 25 января',
];
/** «года, следующего за годом» and the event it counts from */
const EVENT_YEARS = [
  'года, следующего за годом получения субсидии',
  'года, следующего за годом получения гранта',
  'года, следующего за годом предоставления субсидии',
  'года, следующего за годом участия в конкурсе',
  'года, следующего за годом его предоставления',
  'года, следующего за годом, в котором получены гранты',
  'года, следующего за годом, в котором предоставлена субсидия',
  'г., следующего за годом получения субсидии',
  ', следующего за годом заключения соглашения',
];
/** what may follow: the report, nothing */
const AFTER = ['', ', отчет о достижении результата предоставления гранта'];

/** the verb of setting that opens the text */
const VERBS = ['утверждает', 'определяет', 'устанавливает', 'назначает'];
/** the document or means it sets the dates by, if any */
const BY_WHAT = ['', ' приказом Министерства', ' правовым актом управления'];
/** the dates it sets */
const DATES = ['сроки проведения конкурса', 'даты начала и окончания приема заявок', 'дату проведения отбора'];
/** the offset after them: a least length, when they get set */
const OFFSETS = [
  ', которые не могут быть меньше 30 календарных дней, следующих за днем размещения объявления',
  ' не позднее 10 рабочих дней до начала приема заявок',
  ' в течение 5 рабочих дней со дня издания приказа о проведении конкурса',
];

const PINS: Row[] = [
  // round 31: the year reported on, with no year written first the context's, with one the year after it
  ['до 20 января года, следующего за отчетным годом', by('2021-01-20')],
  ['не позднее 15 января года, следующего за отчетным', by('2021-01-15')],
  ['Отчет ДОУ за 2025 год осуществляется до 01 февраля, следующего за отчетным годом', by('2026-02-01')],
  // a day with its own year is that day; a repeat is read first
  ['до 1 февраля 2022 года, следующего за годом получения субсидии', by('2022-02-01')],
  ['ежегодно до 1 марта года, следующего за годом получения субсидии', rec('year', 1)],
  // round 176: a day of the month after the month of an event
  ['не позднее 26 числа месяца, следующего за месяцем приема заявления', ev('числа месяца')],
  // «за годом» with no event after it names no event; a span of a year counts from its own event
  ['до 15 января года, следующего за годом', by('2021-01-15')],
  ['в течение года, следующего за годом получения субсидии', ev('в течение года')],
  ['15 января 2022 года', on('2022-01-15')],
  // a date after the verb of setting wins, as after «сроки … определяет» (the README's «… определяет сроки до 1 сентября»)
  ['Утверждает сроки проведения олимпиады до 1 сентября', by('2021-09-01')],
  // a subject before the verb: the offset stays the event (round 8 needs who sets the dates at the start)
  ['Министерство утверждает сроки проведения конкурса в течение 5 рабочих дней со дня издания приказа', ev('в течение 5 рабочих дней')],
  ['по приказу УО в течение 5 рабочих дней со дня издания приказа', ev('в течение 5 рабочих дней')],
  // a verb of setting before no dates sets none; the passive with the dates first, as before
  ['Утверждает план работы комиссии', unread],
  ['Определяет порядок проведения конкурса', unread],
  ['Сроки проведения конкурса утверждаются приказом Министерства', sched('сроки проведения конкурса утверждаются приказом Министерства')],
  ['Определяет сроки', sched('определяет сроки')],
];

/** The reason of a text that starts by saying who sets the dates: the text itself, its first letter lower, no closing sign. */
const itself = (text: string): Expect => sched(text[0]!.toLowerCase() + text.slice(1).replace(/[.;]$/, ''));

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a day of the year after the year of an event', () => {
      for (const d of DAYS)
        for (const y of EVENT_YEARS) for (const a of AFTER) add(`${d}${y.startsWith(',') ? '' : ' '}${y}${a}`, ev('следующего за годом'));
    });
    section('a verb of setting opening the text before the dates it sets', () => {
      for (const v of VERBS)
        for (const b of BY_WHAT)
          for (const d of DATES)
            for (const o of OFFSETS) {
              const text = `${v}${b} ${d}${o}`;
              for (const t of [text, text[0]!.toUpperCase() + text.slice(1), `${text}.`, `${text[0]!.toUpperCase()}${text.slice(1)};`]) addAs(t, itself(t));
            }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 234: grants and subsidies — a day of the year after the year of an event is that event; a verb of setting opening the text before the dates says who sets them',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
