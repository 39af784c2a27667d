/**
 * Round 191 (corpus-real-176: ГИА-9 and ГИА-11 — the итоговое сочинение and собеседование, informing, mock exams). Two readings:
 *  1. A bare month in the genitive right after a weekday of a month, joined by «,» or «и», is the same weekday of that month — the
 *     weekday written once, as «10 и 24 марта» writes the month once: «первая среда декабря, февраля и вторая среда апреля» → three
 *     days (it was a window from the first Wednesday of December to April's end).
 *  2. A span counted from the text's own day, then «то есть» or «т. е.» and a day, spells the span out: the day is the deadline, the span
 *     its length — «в течение 12 дней – то есть до 16 декабря» → by 12-16 (it was `unparsed`, «срок отсчитывается от события»).
 * Pins: a weekday of a month alone or with a day of another month, a month in the nominative after it, a span alone or with «то есть»
 * and no day, and spans counted from a named event read as before.
 * The first template of each section is a real row of corpus-real-176 (its source there).
 */
import { bareSpan, by, ev, on, range, sectionsOf, type Family, type Row } from './kit';

/** the day of the `nth` `weekday` (1 = Monday) of month `m` of 2021, as `YYYY-MM-DD` */
function weekdayDay(m: number, weekday: number, nth: number): string {
  const first = new Date(Date.UTC(2021, m - 1, 1)).getUTCDay() || 7;
  const day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  return `2021-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** a weekday of a month as cells and sentences write it: the words before the month, which weekday, which week */
const WEEKDAYS: Array<[string, number, number]> = [
  ['первая среда', 3, 1],
  ['в первую среду', 3, 1],
  ['во вторую среду', 3, 2],
  ['во вторую рабочую среду', 3, 2],
  ['вторая среда', 3, 2],
  ['в третий понедельник', 1, 3],
  ['третий понедельник', 1, 3],
  ['в первый вторник', 2, 1],
  ['Итоговое собеседование проводится во вторую среду', 3, 2],
  ['Итоговое сочинение (изложение) проводится в первую среду', 3, 1],
];
/** the months after it, in calendar order, and their numbers */
const MONTH_LISTS: Array<Array<[string, number]>> = [
  [['февраля', 2], ['мая', 5]],
  [['марта', 3], ['апреля', 4]],
  [['февраля', 2], ['марта', 3], ['апреля', 4]],
  [['сентября', 9], ['октября', 10], ['ноября', 11]],
  [['апреля', 4], ['мая', 5]],
  [['января', 1], ['июня', 6], ['декабря', 12]],
];
/** how the months are joined: the last one by «и» or by a comma */
const JOINS: Array<(ms: string[]) => string> = [
  (ms) => ms.join(', '),
  (ms) => `${ms.slice(0, -1).join(', ')} и ${ms.at(-1)}`,
  (ms) => `${ms.slice(0, -1).join(', ')}, и ${ms.at(-1)}`,
];

/** the verb and the words before the span */
const SPAN_LEADS = [
  '',
  'Проверку и обработку материалов должны завершить ',
  'Проверку завершат ',
  'Заявления принимаются ',
  'Результаты будут известны ',
];
/** the spans with a figure */
const SPANS = ['в течение 12 дней', 'в течение 5 дней', 'в течение 2 недель', 'в течение 3 месяцев', 'в течение 10 календарных дней'];
/** «то есть» and «т. е.» after the span, with a dash, a comma or nothing */
const THAT_IS = [' – то есть ', ', то есть ', ' - то есть ', ' то есть ', ', т.е. ', ', т. е. '];
/** the day written after it, and what it is */
const DAYS: Array<[string, Row[1]]> = [
  ['до 16 декабря', by('2021-12-16')],
  ['16 декабря', on('2021-12-16')],
  ['не позднее 20 мая', by('2021-05-20')],
  ['к 1 сентября', by('2021-09-01')],
  ['до 16.12.2021', by('2021-12-16')],
];

const WEEKDAY_PINS: Row[] = [
  // a weekday of a month alone, or two written in full, as before (round 8)
  ['в первую среду декабря', on('2021-12-01')],
  ['первая среда декабря и вторая среда апреля', on('2021-12-01', '2021-04-14')],
  // a day of another month after it, as before
  ['первая среда декабря, 15 февраля', on('2021-12-01', '2021-02-15')],
  ['в первую среду декабря и 5 февраля', on('2021-12-01', '2021-02-05')],
  // a month in the nominative or after «в» is no weekday of it: as before
  ['первая среда декабря, март', range('2021-03-01', '2021-12-01')],
  ['в первую среду декабря и в феврале', range('2021-02-01', '2021-12-01')],
];
const SPAN_PINS: Row[] = [
  // a span alone, or with «то есть» and no day, is counted from an event not named: as before
  ['в течение 12 дней', bareSpan],
  ['Проверку завершат в течение 12 дней.', bareSpan],
  ['в течение 10 дней, то есть быстро', bareSpan],
  // spans counted from a named event read as before
  ['в течение 12 дней после экзамена, то есть до 16 декабря', by('2021-12-16')],
  ['через 12 дней, то есть 16 декабря', ev('через')],
  ['за 10 дней до экзамена, то есть 16 декабря', ev('до экзамена')],
  ['за 10 дней, то есть 16 декабря', ev('за 10 дней')],
  // a day with no span before «то есть»: as before
  ['до 16 декабря, то есть через две недели', by('2021-12-16')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a bare month in the genitive after a weekday of a month is the same weekday of it', () => {
      add('Эти даты соответствуют установленному порядку проведения ГИА: первая среда декабря, февраля и вторая среда апреля', on('2021-12-01', '2021-02-03'));
      for (const [lead, weekday, nth] of WEEKDAYS)
        for (const list of MONTH_LISTS)
          for (const join of JOINS) {
            const text = `${lead} ${join(list.map(([m]) => m))}`;
            const days = list.map(([, m]) => weekdayDay(m, weekday, nth));
            addAs(text, on(days.at(-1)!, days[0]!));
          }
    });
    section('a weekday of a month: pins', () => WEEKDAY_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a span, then «то есть» and a day: the day', () => {
      add('Проверку и обработку материалов должны завершить в течение 12 дней – то есть до 16 декабря', by('2021-12-16'));
      for (const lead of SPAN_LEADS)
        for (const span of SPANS)
          for (const that of THAT_IS)
            for (const [day, e] of DAYS) addAs(`${lead}${span}${that}${day}`, e);
    });
    section('spans and «то есть»: pins', () => SPAN_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 191: a bare month after a weekday of a month is the same weekday of it; a span spelt out by «то есть» and a day is that day',
  rows: () => sections().flatMap(([, rows]) => rows),
};
