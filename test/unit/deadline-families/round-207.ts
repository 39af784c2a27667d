/**
 * Round 207 (corpus-real-190: current assessment of pupils — положения о ведении электронного журнала, о проверке тетрадей, о текущем
 * контроле успеваемости, the итоговое сочинение's checking, the calendar graphs a journal is kept by). Six classes, each a row of the set
 * (its source there):
 * - «до» after a verb of time remaining («Меньше месяца осталось до написания …», «До проведения ВПР осталось две недели»), before a
 *   verbal noun that is no start or end, counts the time left, no deadline: a day later in the sentence is the event's day (`on`);
 * - a count after «в течение / на протяжении» with «ближайших / следующих / последующих / предстоящих» before it is a bare span
 *   (`unparsed`), as round 190's «последних» one is;
 * - a figure before a unit of a file's size («676.8kb», «53,66 КБ», «12 Мб», «398 байт») is a label: the dates of the rest are read;
 * - «начало / окончание / завершение» of a period as the subject of a passive verb of setting («Для 9 и 11 классов окончание учебного
 *   года определяется …») is what is dated, like round 151's «Дата окончания …»: who sets it is the text's (`schedule`);
 * - «с изменениями [и дополнениями] по состоянию на <дата>» is a text's edition, a label like round 178's «с изменениями на <дата>»;
 * - «Ne» alone before a number is an OCR of «№»: the number after it is a label, the date before or after it the day.
 * Pins: «остаётся до начала учебного года» (the edge is the deadline, round 132), «осталось до проведения 25 мая», «до написания
 * сочинения, 1 декабря» (no verb of remaining), «в течение ближайшей недели» / «в течение ближайших дней» (no count), an offset from an
 * event after the coming count, round 190's «последних», a class letter «5 б», «Начало учебного года – 1 сентября», «окончание учебного
 * года 31 мая», an active verb («определяет»), «(по состоянию на 10 июля 2006 года)», «Текст документа по состоянию на июль 2011 года»,
 * «(с изменениями и дополнениями от 22.12.2023г.)», «N 5 от 3 марта» (round 63).
 */
import { distinctRows, bareSpan, by, cap, ev, on, ongoing, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

// ─── countdown ──────────────────────────────────────────────────────────────────────────────────────────────
/** what is left, the verb of remaining (agreeing with it), opening the sentence before «до» */
const LEFT: Array<[string, string]> = [
  ['Меньше месяца', 'осталось'],
  ['Две недели', 'осталось'],
  ['Совсем немного времени', 'остаётся'],
  ['Считанные дни', 'остаются'],
  ['Неделя', 'осталась'],
];
/** the event after «до»: a verbal noun and what it is of */
const EVENT_NOUNS = [
  'написания итогового сочинения',
  'проведения ВПР',
  'подведения итогов конкурса',
  'вручения аттестатов',
  'открытия летней смены',
];
/** the day later in the sentence and its date */
const EVENT_DAYS: Array<[string, string]> = [
  ['в первую среду декабря', '2021-12-01'],
  ['15 мая', '2021-05-15'],
  ['20.04.2021', '2021-04-20'],
  ['28 февраля 2021 года', '2021-02-28'],
];
const COUNTDOWN_FRAMES = [
  '{left} {verb} до {noun} – традиционно оно проводится {day}',
  '{left} {verb} до {noun}, оно пройдёт {day}.',
  'До {noun} {verb} {left_l}: мероприятие состоится {day}.',
];

// ─── coming spans ───────────────────────────────────────────────────────────────────────────────────────────
const COMING = ['ближайших', 'следующих', 'последующих', 'предстоящих'];
const COUNTS_UNITS = ['семи дней', 'трех дней', 'трёх рабочих дней', 'пяти дней', 'двух недель', 'трех месяцев', 'пяти лет', 'десяти календарных дней'];
const SPAN_FRAMES = [
  'в течение {s}',
  'Школьники смогут узнать результаты своих сочинений в течение {s}.',
  'Результаты проверки будут известны в течение {s}',
  'на протяжении {s}',
];

// ─── file sizes ─────────────────────────────────────────────────────────────────────────────────────────────
const SIZES = ['676.8kb', '510.75kb', '53.66 КБ', '64,5 Кб', '1,5 МБ', '2.3 Мб', '27.5 KB', '177 Кбайт', '398 байт'];
/** a title with its dates before the size */
const SIZED_TITLES: Array<[string, Expect]> = [
  ['План внутришкольного контроля маоу сош №17 в 2011-2012 учебном году, {z}.', range('2011-09-01', '2012-08-31')],
  ['vshk_2013-2014.docx | {z} |', range('2013-09-01', '2014-08-31')],
  ['Приказ о проведении ВПР 15 мая 2021 года, {z}', on('2021-05-15')],
  ['График контрольных работ на октябрь 2021 года ({z})', range('2021-10-01', '2021-10-31')],
];

// ─── the edge of a period set by someone ────────────────────────────────────────────────────────────────────
/** who it is for, opening the text (or nothing) */
const FOR = ['', 'Для 9 и 11 классов ', 'Для выпускников ', 'Для 11 классов '];
const EDGES = ['окончание учебного года', 'начало учебного года', 'завершение учебного года', 'окончание второй четверти', 'начало летних каникул'];
const SET_VERBS = ['определяется', 'устанавливается', 'утверждается'];
/** who sets it, in the instrumental after the verb (the reason is the verb and it) */
const SETTERS_INSTR = ['приказом директора', 'расписанием ГИА', 'приказом управления образования', 'календарным учебным графиком'];
/** who sets it after «в соответствии с» (the reason is the document in the nominative) */
const SETTERS_AS: Array<[string, string]> = [
  ['расписанием ГИА', 'расписание ГИА'],
  ['календарным учебным графиком', 'календарный учебный график'],
];

// ─── the state of a text's edition ──────────────────────────────────────────────────────────────────────────
const STATE_DATES = ['10 июля 2009 года', '01.09.2021', '1 сентября 2021 г.', '26 ноября 2020 года', '30.12.2013'];
const STATE_FRAMES = [
  '(с изменениями по состоянию на {d})',
  '(с изменениями и дополнениями по состоянию на {d})',
  'Текст документа с изменениями и дополнениями по состоянию на {d}',
  'Об утверждении положения о ведении электронного журнала (с изменениями по состоянию на {d})',
];

// ─── OCR of «№» ─────────────────────────────────────────────────────────────────────────────────────────────
const OCR_DATES: Array<[string, string]> = [
  ['16.09.2025', '2025-09-16'],
  ['30.08.2024', '2024-08-30'],
  ['28.10.2021', '2021-10-28'],
];
const OCR_FRAMES = ['flnororo.n or {d} Ne {n}', 'Протокол Ne {n} от {d}', '{d} Ne {n}', 'протокол Ne{n} от {d} г.'];
const OCR_NUMBERS = ['1', '16', '25'];

const PINS: Row[] = [
  // the edge of what follows «до» is the deadline; a day right after the noun is too; no verb of remaining, no countdown
  ['Совсем немного времени остаётся до начала учебного года.', by('2021-08-31')],
  ['Считанные дни остаются до начала нового учебного года.', by('2021-08-31')],
  ['осталось до проведения 25 мая', by('2021-05-25')],
  ['до написания сочинения, 1 декабря', by('2021-12-01')],
  ['Сдать отчёт до проведения проверки 15 мая', by('2021-05-15')],
  // no count after the coming adjective, an offset from an event, round 190's last ones
  ['в течение ближайшей недели', ongoing],
  ['в течение ближайших дней', ongoing],
  ['в течение последующих 30 дней с даты получения уведомления', ev('даты получения уведомления')],
  ['в течение трех последних лет', bareSpan],
  ['в течение семи дней', bareSpan],
  // a class letter is no size; a size alone names no date
  ['5 б класс, 15 мая', on('2021-05-15')],
  ['Скачать 398.23 Kb.', unread],
  // the edge with a day, an active verb, the edge alone
  ['Начало учебного года – 1 сентября', on('2021-09-01')],
  ['окончание учебного года 31 мая', on('2021-05-31')],
  ['Начало занятий определяет расписание', sched('определяет расписание')],
  ['Окончание учебного года определяется', range('2021-05-01', '2021-05-31')],
  // the state of a text with no edition words, an amending act's day
  ['(по состоянию на 10 июля 2006 года)', on('2006-07-10')],
  ['Текст документа по состоянию на июль 2011 года', range('2011-07-01', '2011-07-31')],
  ['(с изменениями и дополнениями от 22.12.2023г.)', on('2023-12-22')],
  // round 63's Latin «N»
  ['N 5 от 3 марта', on('2021-03-03')],
];

const fill = (frame: string, map: Record<string, string>): string => frame.replace(/\{(\w+)\}/g, (_m, k: string) => map[k]!);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('time remaining until an event, then its day', () => {
      for (const [left, verb] of LEFT)
        for (const noun of EVENT_NOUNS)
          for (const [day, date] of EVENT_DAYS)
            for (const f of COUNTDOWN_FRAMES) {
              addAs(fill(f, { left, verb, noun, day, left_l: left.toLowerCase() }), on(date));
            }
    });
    section('a coming count after «в течение / на протяжении»', () => {
      for (const adj of COMING) for (const cu of COUNTS_UNITS) for (const f of SPAN_FRAMES) addAs(cap(fill(f, { s: `${adj} ${cu}` })), bareSpan);
      for (const adj of COMING) for (const cu of COUNTS_UNITS.slice(0, 3)) add(`в течение ${adj} ${cu}`, bareSpan);
    });
    section('a file size after a title with dates', () => {
      for (const [t, e] of SIZED_TITLES) for (const z of SIZES) addAs(fill(t, { z }), e);
    });
    section('the start or end of a period set by someone', () => {
      for (const who of FOR)
        for (const edge of EDGES)
          for (const verb of SET_VERBS) {
            const head = who === '' ? cap(edge) : `${who}${edge}`;
            for (const doc of SETTERS_INSTR) addAs(`${head} ${verb} ${doc}`, sched(`${verb} ${doc}`));
            for (const [doc, nom] of SETTERS_AS) addAs(`${head} ${verb} в соответствии с ${doc}`, sched(nom));
          }
    });
    section('the state of a text with its edition words', () => {
      for (const d of STATE_DATES) for (const f of STATE_FRAMES) addAs(fill(f, { d }), unread);
    });
    section('«Ne» before a number', () => {
      for (const [d, date] of OCR_DATES) for (const n of OCR_NUMBERS) for (const f of OCR_FRAMES) addAs(fill(f, { d, n }), on(date));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 207: current assessment — time remaining until an event, a coming count, a file size, the edge of a period set by someone, a text\'s state with its edition words, «Ne» for «№»',
  rows: () => distinctRows(sections()),
};
