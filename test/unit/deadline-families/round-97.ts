/**
 * Round 97 (corpus-real-83's known misses: the safety of schools and kindergartens). Eight classes the set's first run missed and
 * round 94 left, as school plans, civil-defence calendar plans and school news write them:
 * - a compound adjective joined by a hyphen before a document noun («в соответствии с учебно-воспитательным планом») is the plan's
 *   adjective, so the plan sets the dates and outranks «в случае …» later in the sentence;
 * - an hour of a civil-defence calendar plan counted from «Ч», the moment of the signal («Ч»+10 ч, «Ч+2 ч», «Ч + 0,5-2 ч.»), is an offset
 *   after that event;
 * - «до Нового года» (and «до следующего / будущего / наступающего года») is by the last day of the year before it;
 * - a bracketed day after an item named in quotes («информ- акция «100 причин …» (03.09)») is that item's day, like one after its word;
 * - a window of hours «с 9.00 час до 10.00 час» before a day is the time of that day, not «до <день>»;
 * - the flood or the ice after «в / во / на период / время» («в период начала весеннего паводка») is an event;
 * - «Срок <день>» opening a cell is a `by`, like «Срок исполнения: <день>» (round 38);
 * - a phrase «, посвящённые …» after the dates is their topic, a note («… собрания, посвященные безопасному отдыху в летний период»).
 * The first template of each class is the set's real row (its source in corpus-real-83.tsv).
 */
import { by, ev, on, range, rec, sched, bareSpan, sectionsOf, type Expect, type Row, type Family } from './kit';

// ─── A compound adjective before a document noun ────────────────────────────────────────────────────────────────
/** [instrumental after «в соответствии с», dative after «согласно / по», nominative the reason names] */
const COMPOUND_DOCUMENTS: Array<[string, string, string]> = [
  ['учебно-воспитательным планом', 'учебно-воспитательному плану', 'учебно-воспитательный план'],
  ['финансово-хозяйственным планом', 'финансово-хозяйственному плану', 'финансово-хозяйственный план'],
  ['учебно-методическим планом', 'учебно-методическому плану', 'учебно-методический план'],
  ['научно-методическим планом', 'научно-методическому плану', 'научно-методический план'],
  ['учебно-тренировочным графиком', 'учебно-тренировочному графику', 'учебно-тренировочный график'],
  ['физкультурно-оздоровительным планом', 'физкультурно-оздоровительному плану', 'физкультурно-оздоровительный план'],
  ['учебно-воспитательной программой', 'учебно-воспитательной программе', 'учебно-воспитательная программа'],
  ['социально-педагогической программой', 'социально-педагогической программе', 'социально-педагогическая программа'],
  ['военно-патриотическим планом', 'военно-патриотическому плану', 'военно-патриотический план'],
];
/** {x} the preposition and the document; the rest after the noun, as the reason keeps it */
const DOCUMENT_TEMPLATES: Array<[string, string]> = [
  ['{x}, в школе прошло учение по действию  персонала и учащихся в случае возникновении пожара', ', в школе прошло учение по действию персонала и учащихся в случае возникновении пожара'],
  ['{x}', ''],
  ['{x} школы', ' школы'],
  ['{x}, при угрозе террористического акта', ', при угрозе террористического акта'],
];
const DOCUMENT_PINS: Row[] = [
  // a date written with it wins as before
  ['по учебно-воспитательному плану до 15 мая', by('2021-05-15')],
  ['в соответствии с учебно-воспитательным планом, 12 октября', on('2021-10-12')],
  // the nouns that hold their own compound and an adjective with no hyphen read as before
  ['согласно календарно-тематическому планированию', sched('календарно-тематическое планирование')],
  ['по плану-графику', sched('план-график')],
  ['по плану ВШК', sched('план ВШК')],
  // the condition alone is still its event
  ['в случае возникновения пожара', ev('в случае')],
];

// ─── An hour of a civil-defence calendar plan counted from «Ч» ───────────────────────────────────────────────────
const LETTERS = ['«Ч»', 'Ч', '"Ч"', '“Ч”'];
const JOINS = ['+', ' + '];
/** the hours or minutes after «+» (the reason holds them as written) */
const HOURS = ['0,5-2 ч', '10 ч', '2 ч', '1 ч.', '3 ч', '6 часов', '12 часов', '24 часа', '1-2 ч', '2-4 ч', '0,5 ч', '1.00', '0.30', '3.00', '30 мин', '45 минут', '1 сут', '2 суток'];
const HOUR_PINS: Row[] = [
  // the abbreviation of «часть» is no moment
  ['ч. 2 ст. 5', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // an offset written in words reads as before
  ['через 2 часа после сигнала', ev('после сигнала')],
];

// ─── «до Нового года» ───────────────────────────────────────────────────────────────────────────────────────────
const NEW_YEAR = ['до Нового года', 'до Нового Года', 'до нового года', 'до следующего года', 'до будущего года', 'до наступающего года'];
const NEW_YEAR_TEMPLATES = ['Проверки будут продолжаться {x}', '{x}', 'Акция продлится {x}', 'Работы по установке ограждения завершат {x}', 'Выдача пропусков — {x}'];
const NEW_YEAR_PINS: Row[] = [
  // the feast after «к» and «накануне» stays an event (round 21, round 11)
  ['к Новому году', ev('Новому году')],
  ['накануне Нового года', ev('накануне')],
  // a start before it makes a window to the year's end
  ['с 1 декабря до Нового года', range('2021-12-01', '2021-12-31')],
  // the next school year and «в новом году» read as before
  ['до нового учебного года', by('2021-08-31')],
  ['в новом году', range('2022-01-01', '2022-12-31')],
];

// ─── A bracketed day after an item named in quotes ───────────────────────────────────────────────────────────────
const FIRST_ITEMS = ['- администрацией школы был проведен инструктаж учителей по теме «План действий против террора и диверсий»', 'инструктаж учителей', 'классный час «Терроризм – угроза обществу»'];
const SECOND_ITEMS = ['информ- акция «100 причин, по которым терроризма быть не должно!»', 'акция «Внимание, дети!»', 'конкурс рисунков «Мы за мир»', 'викторина "Безопасное колесо"', 'акция «Капля жизни»'];
const ITEM_TAILS = [' с участием педагогов и сотрудников школы;', '', ', учебная эвакуация (01.09)'];
const ITEM_PINS: Row[] = [
  // a day written outside brackets keeps the bracket after it a note
  ['27.02.2023 «Педагог года» (25 февраля — суббота)', on('2023-02-27')],
  // a month alone in the bracket stays a note
  ['беседа (02.09), акция «Мы за мир» (сентябрь)', on('2021-09-02')],
  // an item named by its word read as before
  ['инструктаж (02.09), акция (03.09)', on('2021-09-03', '2021-09-02')],
];

// ─── A window of hours before its day ────────────────────────────────────────────────────────────────────────────
const HOUR_PAIRS: Array<[string, string]> = [['9.00', '10.00'], ['10:00', '12:00'], ['09.00', '11.30'], ['8.30', '9.45'], ['14.00', '15.00']];
const HOUR_UNITS = ['', ' час', ' ч.', ' часов'];
const HOUR_JOINS = [' до ', ' по ', '-', ' - '];
const HOUR_DAYS: Array<[string, Expect]> = [
  ['30.04.2025 года', on('2025-04-30')],
  ['30 апреля 2025 года', on('2025-04-30')],
  ['15 мая', on('2021-05-15')],
  ['05.10.2021', on('2021-10-05')],
];
const HOUR_FRAMES = [
  'образовательные организации района в период {w} {d} приняли участие в Учениях по отработке действий работников',
  '{w} {d}',
  'Объектовая тренировка прошла {w} {d}',
  '{w} {d} в школе прошла учебная эвакуация',
];
const HOUR_WINDOW_PINS: Row[] = [
  // a lone «до <time>» before a day is still that day's «до»
  ['до 10.00 15 мая', by('2021-05-15')],
  // after the day, and a weekday's hours, read as before
  ['30.04.2025 с 9.00 до 10.00', on('2025-04-30')],
  ['среда с 12.00 до 13.00', rec('week')],
  ['с 15.00 до 17.00 с 1 по 5 июня', range('2021-06-01', '2021-06-05')],
  ['с 01.09.2021 с 9.00 до 18.00', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
];

// ─── The flood or the ice ───────────────────────────────────────────────────────────────────────────────────
const NATURE_PREFIXES = ['в период', 'во время', 'на период', 'на время', 'в период начала', 'в период окончания', 'во время начала'];
/** the season and the word the reason must hold */
const NATURE: Array<[string, string]> = [
  ['весеннего паводка', 'паводка'],
  ['паводка', 'паводка'],
  ['паводков', 'паводков'],
  ['весеннего половодья', 'половодья'],
  ['ледостава', 'ледостава'],
  ['осеннего ледостава', 'ледостава'],
  ['ледохода', 'ледохода'],
  ['гололеда', 'гололеда'],
  ['гололедицы', 'гололедицы'],
  ['весенней распутицы', 'распутицы'],
];
const NATURE_TEMPLATES = [
  'В нашей школе идет месячник по обеспечению безопасности на водных объектах {x}',
  '{x}',
  'Проводятся беседы о правилах поведения на водоемах {x}',
  '{x} классные руководители проводят инструктажи с учащимися',
  'Памятки для родителей размещены на сайте школы {x}',
];
const NATURE_PINS: Row[] = [
  // a day, a month or a year written with it says when
  ['В период паводка с 1 по 30 апреля', range('2021-04-01', '2021-04-30')],
  ['в период паводка (апрель)', range('2021-04-01', '2021-04-30')],
  ['в период паводка 2021 года', range('2021-01-01', '2021-12-31')],
  // the onset read as before (round 53), and a repeat first
  ['с наступлением паводка', ev('наступлением')],
  ['ежемесячно в период паводка', rec('month')],
];

// ─── «Срок <день>» opening a cell ───────────────────────────────────────────────────────────────────────────────
const TERM_WORDS = ['Срок', 'Сроки', 'СРОК'];
const TERM_SEPARATORS = [' ', ': ', ':', ' - ', ' – ', ' — '];
const TERM_DAYS: Array<[string, string]> = [
  ['20.05.2023', '2023-05-20'],
  ['20 мая 2023 г.', '2023-05-20'],
  ['1 июня', '2021-06-01'],
  ['15.09.2021', '2021-09-15'],
  ['01.12', '2021-12-01'],
];
const TERM_PINS: Row[] = [
  // an exam's sitting named with an adjective stays its day
  ['Основной срок: 14 февраля 2023 года', on('2023-02-14')],
  ['в новый дополнительный срок 25 мая', on('2021-05-25')],
  // a word between the name and the day: the day of the event as before; «срок исполнения» is a `by` already (round 38)
  ['Срок проведения 15 мая', on('2021-05-15')],
  ['Срок исполнения: 20.05.2023', by('2023-05-20')],
  // a span, a year and two days read as before
  ['Срок 2 недели', bareSpan],
  ['Срок 20.05.2023, 25.05.2023', on('2023-05-25', '2023-05-20')],
];

// ─── A phrase «, посвящённые …» after the dates ──────────────────────────────────────────────────────────────────
const DEDICATED_DATES: Array<[string, Expect]> = [
  ['В рамках недели безопасности ( с 05.06. по 09.06.) в группах детского сада прошли', range('2021-06-05', '2021-06-09')],
  ['В рамках недели безопасности (с 05.06 по 09.06) в группах прошли', range('2021-06-05', '2021-06-09')],
  ['С 5 по 9 июня в группах прошли', range('2021-06-05', '2021-06-09')],
  ['5 июня в школе прошли', on('2021-06-05')],
  ['12.05.2021 в классах прошли', on('2021-05-12')],
];
const DEDICATED_THINGS = ['родительские собрания, посвященные', 'беседы с детьми, посвящённые', 'классные часы, посвященные', 'инструктажи, посвящённые'];
const DEDICATED_TOPICS = ['безопасному отдыху в летний период', 'безопасности детей летом', 'правилам поведения на воде в летний период', 'Дню защиты детей 1 июня', 'безопасности на льду зимой'];
const DEDICATED_PINS: Row[] = [
  // before any date the phrase is read as before; a date after its comma is the cell's
  ['Мероприятия, посвященные Дню знаний, 1 сентября', on('2021-09-01')],
  ['Выставка, посвященная 9 мая, с 1 по 10 мая', range('2021-05-01', '2021-05-10')],
  // a season with no participle before it is the window as before
  ['В летний период прошли собрания', range('2021-06-01', '2021-08-31')],
];

/** The rows of each class, by name (the round's README section counts them so). */
export function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('compound adjective before a document noun', () => {
      for (const [instr, dat, nom] of COMPOUND_DOCUMENTS)
        for (const [tpl, rest] of DOCUMENT_TEMPLATES)
          for (const x of [`в соответствии с ${instr}`, `согласно ${dat}`, `по ${dat}`]) add(tpl.replace('{x}', x), sched(`${nom}${rest}`));
    });
    section('compound adjective: pins', () => DOCUMENT_PINS.forEach(([t, e]) => add(t, e)));
    section('«Ч»+N ч', () => {
      for (const letter of LETTERS) for (const join of JOINS) for (const h of HOURS) addAs(`${letter}${join}${h}`, ev(h.replace(/\.$/, '')));
      for (const h of ['2 ч', '0,5-2 ч']) {
        addAs(`Ч+${h} – Ч+6 ч`, ev(h));
        addAs(`«Ч»+${h} - оповещение персонала`, ev(h));
      }
    });
    section('«Ч»+N ч: pins', () => HOUR_PINS.forEach(([t, e]) => add(t, e)));
    section('до Нового года', () => {
      for (const tpl of NEW_YEAR_TEMPLATES) for (const x of NEW_YEAR) add(tpl.replace('{x}', x), by('2021-12-31'));
    });
    section('до Нового года: pins', () => NEW_YEAR_PINS.forEach(([t, e]) => add(t, e)));
    section('a bracketed day after a quoted item', () => {
      for (const a of FIRST_ITEMS)
        for (const b of SECOND_ITEMS)
          for (const tail of ITEM_TAILS) add(`${a} (02.09), ${b} (03.09)${tail}`, on('2021-09-03', tail.includes('01.09') ? '2021-09-01' : '2021-09-02'));
    });
    section('a bracketed day after a quoted item: pins', () => ITEM_PINS.forEach(([t, e]) => add(t, e)));
    section('a window of hours before its day', () => {
      let k = 0;
      for (const [t1, t2] of HOUR_PAIRS)
        for (const unit of HOUR_UNITS)
          for (const join of HOUR_JOINS) {
            const [day, e] = HOUR_DAYS[k % HOUR_DAYS.length]!;
            const frame = HOUR_FRAMES[Math.floor(k / HOUR_DAYS.length) % HOUR_FRAMES.length]!;
            k++;
            const sep = join === '-' && unit !== '' ? ' -' : join; // «9.00 час-10.00 час» is not written; «9.00 час -10.00 час» is
            add(frame.replace('{w}', `с ${t1}${unit}${sep}${t2}${unit}`).replace('{d}', day), e);
          }
      for (const [day, e] of HOUR_DAYS) for (const frame of HOUR_FRAMES) add(frame.replace('{w}', 'с 9.00 час до 10.00 час').replace('{d}', day), e);
    });
    section('a window of hours: pins', () => HOUR_WINDOW_PINS.forEach(([t, e]) => add(t, e)));
    section('the flood and the ice', () => {
      for (const tpl of NATURE_TEMPLATES) for (const p of NATURE_PREFIXES) for (const [n, word] of NATURE) add(tpl.replace('{x}', `${p} ${n}`), ev(word));
    });
    section('the flood and the ice: pins', () => NATURE_PINS.forEach(([t, e]) => add(t, e)));
    section('«Срок <день>»', () => {
      for (const w of TERM_WORDS) for (const sep of TERM_SEPARATORS) for (const [d, due] of TERM_DAYS) add(`${w}${sep}${d}`, by(due));
    });
    section('«Срок <день>»: pins', () => TERM_PINS.forEach(([t, e]) => add(t, e)));
    section('«, посвящённые …» after the dates', () => {
      for (const [dates, e] of DEDICATED_DATES) for (const thing of DEDICATED_THINGS) for (const topic of DEDICATED_TOPICS) add(`${dates} ${thing} ${topic}`, e);
    });
    section('«, посвящённые …»: pins', () => DEDICATED_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 97: a compound plan, «Ч»+N ч, «до Нового года», a day after a quoted item, a window of hours before its day, the flood and the ice, «Срок <день>», «посвящённые …» after dates',
  rows: () => sections().flatMap(([, rows]) => rows),
};
