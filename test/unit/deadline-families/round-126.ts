/**
 * Round 126 (corpus-real-114: teachers' professional contests and mentoring — «Учитель года», «Воспитатель года», «Сердце отдаю
 * детям», the денежное поощрение of the best teachers, «Лучшие наставники»). One class the set's first run missed, as contest news
 * and regulations write it:
 * - a word of degree before the adjective of the dates — «более / наиболее / самые точные / конкретные / окончательные даты / сроки»,
 *   and «более / наиболее точная дата / точное время» — with a verb of setting or making known after them («будут определены позже»,
 *   «будут сообщены дополнительно», «станут известны позже», «определяет оргкомитет») is the dates someone else sets, a `schedule`
 *   like «Точные даты … будут определены позже» (the contract's «Конкретные сроки каникул будут установлены …», round 67's «Дата …
 *   станет известна позднее»); it was `unparsed`, the degree word standing where the pattern wanted the adjective.
 * - round 126's second rule, after a word of moving («переносится», «перенесён», «перенесли», «сдвигается», «передвинут»): round 73's
 *   «с <день> на <день>» holds for a month left too — «с апреля», «с марта 2020 года» — and the new time after «на» is the deadline: a
 *   day, a month («с апреля на май» → May; it was a window from April to May), or a time not named («на более поздние сроки», «на
 *   неопределённый срок», «на другую дату»), which leaves no date: `unparsed`, «срок перенесён, новый не назван» (it was open-ended
 *   from the month left).
 * Pins: the same sentences without the degree word read as before; «более» before a number stays a count («Более 100 педагогов …
 * 15 марта» → that day, «не более 10 календарных дней» a bare span); a degree word before dates with no verb of setting keeps the
 * dates («Более ранние сроки проведения конкурса — с 1 по 10 марта»); dates written with the verb win («… станут известны 1 марта»).
 * Pins of the second rule: «перенесён на более поздние сроки» with no time left stays `unparsed` as before; «с апреля на базе
 * школы» with no word of moving stays open-ended; days written after the time not named win; round 73's day to day reads as before.
 * The first template of each class is the set's real row (its source in corpus-real-114.tsv).
 */
import { bareSpan, on, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the reason of a schedule that opens the text: the text itself, in lower case, without its closing dot */
const own = (text: string): Expect => sched(text.toLowerCase().replace(/[.;]+$/, ''));

const DEGREES = ['более', 'наиболее', 'самые'];
const ADJECTIVES = ['точные', 'конкретные', 'окончательные'];
const NOUNS = ['даты', 'сроки'];
/** what the dates are of, between the noun and the verb (none, or a contest's stage) */
const OF = ['проведения краевых конкурсов', 'проведения муниципального этапа конкурса', ''];
/** a verb of setting or making known, as contest news write it */
const VERBS = [
  'будут определены позже, в зависимости от санитарно-эпидемиологической ситуации',
  'будут установлены дополнительно',
  'будут сообщены дополнительно',
  'будут объявлены позднее',
  'станут известны позже',
  'определяет оргкомитет конкурса',
];
/** the singular: one date or the time, with its verb */
const SINGULAR: string[] = [
  'более точная дата будет объявлена позже',
  'наиболее точная дата проведения финала будет сообщена дополнительно',
  'более точное время будет сообщено дополнительно',
  'более конкретная дата станет известна позднее',
  'более точные время и место проведения будут объявлены позже',
];
const PINS: Row[] = [
  // without the degree word, as before
  ['Точные даты проведения краевых конкурсов будут определены позже, в зависимости от санитарно-эпидемиологической ситуации', sched('точные даты проведения краевых конкурсов будут определены позже, в зависимости от санитарно-эпидемиологической ситуации')],
  ['Конкретные сроки будут сообщены дополнительно', sched('конкретные сроки будут сообщены дополнительно')],
  ['Точная дата будет объявлена позже', sched('точная дата будет объявлена позже')],
  // «более» before a number is a count
  ['Более 100 педагогов примут участие в конкурсе 15 марта', on('2021-03-15')],
  ['не более 10 календарных дней', bareSpan],
  // a degree word before dates with no verb of setting keeps the dates
  ['Более ранние сроки проведения конкурса — с 1 по 10 марта', range('2021-03-01', '2021-03-10')],
  ['Наиболее важные даты конкурса: 12 февраля и 15 марта', on('2021-03-15', '2021-02-12')],
  // dates written with the verb win
  ['Более точные даты станут известны 1 марта', on('2021-03-01')],
];

/** what is moved, as contest news write it */
const MOVED = ['Проведение регионального этапа конкурса «Учитель года»', 'Финал конкурса', 'Муниципальный этап конкурса «Воспитатель года»', 'Приём заявок', 'Очный тур'];
/** a word of moving */
const MOVING = ['переносится', 'перенесён', 'перенесен', 'будет перенесён', 'сдвигается', 'передвинут'];
/** the time left: a month (with its year or not) or a day */
const LEFT = ['с апреля', 'с марта 2020 года', 'с мая', 'с 15 апреля', 'с 20.03.2020'];
/** a new time not named */
const UNNAMED = ['на более поздние сроки', 'на более поздний срок', 'на неопределённый срок', 'на неопределенное время', 'на другие сроки', 'на другую дату', 'на иные сроки'];
const movedAway: Expect = { kind: 'unparsed', reason: /срок перенесён, новый не назван/ };
/** a month left and the new time named */
const MONTH_TO: Array<[string, Expect]> = [
  ['с апреля на май', range('2021-05-01', '2021-05-31')],
  ['с марта на октябрь', range('2021-10-01', '2021-10-31')],
  ['с апреля на 20 мая', on('2021-05-20')],
  ['с 15 апреля на сентябрь', range('2021-09-01', '2021-09-30')],
];
const MOVED_PINS: Row[] = [
  // no time left: as before
  ['Конкурс перенесен на более поздние сроки', unread],
  // no word of moving: «с апреля» starts open-ended work as before
  ['Приём заявок с апреля на базе школы', { kind: 'ongoing', start: '2021-04-01', due: '2021-12-31' }],
  // days written after the time not named win
  ['Конкурс переносится с апреля на более поздние сроки, с 10 по 15 мая', range('2021-05-10', '2021-05-15')],
  // round 73's day to day, as before
  ['Финал переносится с 25 мая на 1 июня', on('2021-06-01')],
  ['Конкурс перенесён с 15 апреля на 20 мая', on('2021-05-20')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a word of degree before the dates\' adjective («Более точные даты … будут определены позже») is a schedule', () => {
      for (const v of VERBS)
        for (const of of OF)
          for (const d of DEGREES)
            for (const a of ADJECTIVES)
              for (const n of NOUNS) {
                const text = [d, a, n, of, v].filter(Boolean).join(' ');
                add(text, own(text));
              }
      for (const text of SINGULAR) add(text, own(text));
    });
    section('degree words: pins', () => PINS.forEach(([t, e]) => add(t, e)));
    section('after a word of moving, «с <месяц | день> на <время>» is the new time, and a time not named («на более поздние сроки») leaves no date', () => {
      for (const what of MOVED)
        for (const verb of MOVING) {
          for (const left of LEFT) for (const to of UNNAMED) add(`${what} ${verb} ${left} ${to}`, movedAway);
          for (const [leftAndNew, e] of MONTH_TO) add(`${what} ${verb} ${leftAndNew}`, e);
        }
    });
    section('words of moving: pins', () => MOVED_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 126: a word of degree before the dates\' adjective («Более точные даты … будут определены позже») is a schedule; after a word of moving, «с апреля на более поздние сроки» leaves no date and «с апреля на май» is May',
  rows: () => sections().flatMap(([, rows]) => rows),
};
