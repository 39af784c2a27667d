/**
 * Round 205 (corpus-real-188: административные регламенты of municipal services in education — the terms of a service, of registering
 * a request, of answers, duplicates and archive certificates). Four classes, each a row of the set (its source there):
 * - «расп.», «распор.», «распоряж.» (abbreviations of «распоряжение») and «постан.» (of «постановление») before an act's number and «от
 *   <дата>» name the act, so the date is its label (round 40), as «пр.» / «прик.» do (rounds 170, 184): «Утв. расп. № 190 от 02.07.2012»;
 * - a form's line of underscores glued to «от» before a whole date is the line the date was written on, so «от» is read: «Приказ № 61
 *   от_06.04.2023г» is the order's label, «Протокол № 1 от_30.08.2021» the meeting's day;
 * - a count's field after the dates — «количество / число / кол-во» and what is counted, a colon or a dash, the figures alone or by
 *   parts («1 корпус - 100, 2 корпус - 100») — is a label, the dates are read: «Летние каникулы: 01.06.2024 - 26.06.2024 Количество
 *   обучающихся: 1 корпус - 100, 2 корпус - 100»;
 * - «в любой момент / в любое время» with a condition («в случае …») or before an event («до зачисления») is that occasion, an event, as
 *   round 50 reads it with a need: «… может быть подано до зачисления ребенка … в любой момент в случае несогласия родителей …».
 * Pins: a bare «№ … от <дата>» and «пост № 2 от …» stay that day, a blank date of a form stays blank, a figure before a month word or a
 * date's dot after a count's head stays a day, «в любой момент» alone stays open-ended, a day after «в любое время до» stays the deadline.
 */
import { distinctRows, by, ev, on, ongoing, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** abbreviations of an act's noun, its number written four ways, its date three ways, and a word of approval before it or not */
const ABBREVIATIONS = ['расп.', 'Расп.', 'распор.', 'распоряж.', 'постан.', 'Постан.'];
const NUMBERS = ['№ 190', '№190', 'N 190', '190'];
const ACT_DATES = ['от 02.07.2012', 'от 02.07.2012 г.', 'от 2 июля 2012 года'];
const APPROVALS = ['', 'Утв. ', 'утв. '];

/** acts and a protocol before «от» with a form's line glued to it, the lines, and the dates written on them */
const ACTS = ['Приказ № 61', 'ПРИКАЗ № 61', 'Распоряжение № 5', 'Постановление № 12'];
const LINES = ['от_', 'от__', 'от___', 'от _', 'от_ '];
const LINE_DATES = ['06.04.2023г', '06.04.2023 г.', '6 апреля 2023 г.', '6 апреля 2023 года'];

/** dates before a count's field (their window), the field's heads, separators and figures */
const COUNT_DATES: Array<[string, string, string]> = [
  ['01.06.2024 - 26.06.2024', '2024-06-01', '2024-06-26'],
  ['с 01.06.2024 по 26.06.2024,', '2024-06-01', '2024-06-26'],
  ['июнь 2024 г.,', '2024-06-01', '2024-06-30'],
];
const COUNT_HEADS = ['Количество обучающихся', 'количество участников', 'число детей', 'Кол-во мест', 'Количество мест'];
const COUNT_SEPARATORS = [': ', ' - ', ' – '];
const COUNT_RUNS = ['100', '25', '1 корпус - 100, 2 корпус - 100', '1 смена - 100, 2 смена - 80'];

/** what can be done any time, the words of any time, and the occasions with the word the event's reason names */
const SUBJECTS = ['Заявление может быть подано', 'Отозвать заявление можно', 'Обратиться можно'];
const ANY_TIME = ['в любой момент', 'в любое время'];
const OCCASIONS: Array<[string, string]> = [
  ['до зачисления', 'зачисления'],
  ['в случае несогласия родителей', 'случае'],
  ['до окончания приема', 'окончания'],
  ['в случае изменения места жительства', 'случае'],
];

const PINS: Row[] = [
  // a bare «№ … от <дата>» with no act's noun, «пост» (no abbreviation), a date after «на»
  ['№ 190 от 02.07.2012', on('2012-07-02')],
  ['пост № 2 от 10.01.2020', on('2020-01-10')],
  ['расписание на 02.07.2012', on('2012-07-02')],
  ['Расп. № 190 от 02.07.2012, срок исполнения до 15.07.2012', by('2012-07-15')],
  // a bare «от_<дата>» is its day; a blank date of a form stays blank
  ['от_06.04.2023г', on('2023-04-06')],
  ['Приказ от_____2023г', { kind: 'unparsed', reason: /дата не заполнена/ }],
  ['Приказ № __ от __.__.2023', { kind: 'unparsed', reason: /дата не заполнена/ }],
  // a figure before a month word or a date's dot after a count's head is a day; a count of days is no count of things
  ['число участников: 15 мая', on('2021-05-15')],
  ['количество заявок: 15.05', on('2021-05-15')],
  ['Количество детей – 25, срок – до 15 мая', by('2021-05-15')],
  ['количество дней – 10', { kind: 'unparsed', reason: /непонятное число/ }],
  // «в любой момент / в любое время» alone is open-ended; a day after «до» is the deadline; a need is the occasion as before
  ['Согласие можно отозвать в любой момент.', ongoing],
  ['Перейти в другую школу можно в любое время.', ongoing],
  ['Заявление можно подать в любое время до 15 мая.', by('2021-05-15')],
  ['Заявление можно подать в любое время до начала учебного года.', by('2021-08-31')],
  ['Приказы издаются в любой момент по необходимости', ev('необходимости')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an abbreviated act noun before «№ … от <дата>»', () => {
      for (const a of ABBREVIATIONS)
        for (const n of NUMBERS)
          for (const d of ACT_DATES)
            for (const u of APPROVALS) {
              // a bare number after the abbreviation is read with «от» and a date in figures (round 184's form)
              if (n === '190' && d.includes('июля')) continue;
              addAs(`${u}${a} ${n} ${d}`, unread);
            }
    });
    section('a form line glued to «от» before a whole date', () => {
      for (const a of ACTS) for (const l of LINES) for (const d of LINE_DATES) addAs(`${a} ${l}${d}`, unread);
      for (const l of LINES) for (const d of LINE_DATES) addAs(`Протокол № 1 ${l}${d}`, on('2023-04-06'));
    });
    section('a count field after the dates', () => {
      for (const [d, start, due] of COUNT_DATES)
        for (const h of COUNT_HEADS)
          for (const sep of COUNT_SEPARATORS) for (const r of COUNT_RUNS) addAs(`${d} ${h}${sep}${r}`, range(start, due));
    });
    section('any time with a condition or before an event', () => {
      for (const s of SUBJECTS)
        for (const a of ANY_TIME)
          for (const [o, name] of OCCASIONS) {
            add(`${s} ${a} ${o}`, ev(name));
            addAs(`${s} ${o} ${a}.`, ev(name));
          }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 205: administrative regulations — abbreviated act nouns, a form line glued to «от», a count field after the dates, any time with an occasion',
  rows: () => distinctRows(sections()),
};
