/**
 * Round 108 (corpus-real-96: other forms of schooling — семейное образование, экстернат, обучение на дому, ИУП). Five classes the
 * set's first run missed, as posts, news, regulations and their acts write them:
 * - an item number of one part before «в / с / до / к / по / на» and a month word («1. В августе в чат написал папа, …») is the item's
 *   number, not an unreadable figure;
 * - the years a thing turns or has lasted, after «исполнится / исполняется / исполнилось» or «уже» («… исполнится 30 лет», «Нашему
 *   проекту уже 3 года, …»), are its age, a label;
 * - the exams, a session, tests or trials after «в / во / на [весь] период / время» («на период экзаменов») are an event, at the start
 *   and inside a sentence;
 * - «немедля», «без промедления», «без отлагательств» say «at once» like «немедленно»;
 * - an act's date with its year after a space («от 23.06 2000 N 1884») is the act's label like «от 23.06.2000 N 1884».
 * The first template of each section is the set's real row or its core (the sources are in corpus-real-96.tsv).
 */
import { by, ev, iso, lastDay, MONTHS_GEN, MONTHS_PREP, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** what follows «<n>. В <месяце>» in an item of a post or a report (no date, no verb of starting or ending) */
const ITEM_RESTS = [
  'в чат написал папа, для дочери родители выбрали семейную форму',
  'прошел педсовет',
  'состоится собрание родителей экстернов',
  'проводится набор в экстернат',
  'родители подают уведомление о выборе семейной формы',
];
const ITEM_NUMBERS = ['1', '2', '3', '7', '12'];
/** the item's opening words before the month: the preposition, the month's case, the expectation for month `m` */
const ITEM_OPENINGS: Array<[string, (m: number) => string, (m: number) => Expect]> = [
  ['В', (m) => MONTHS_PREP[m - 1]!, (m) => range(iso(m, 1), iso(m, lastDay(m)))],
  ['С', (m) => MONTHS_GEN[m - 1]!, (m) => from(iso(m, 1))],
  ['До', (m) => MONTHS_GEN[m - 1]!, (m) => by(iso(m - 1, lastDay(m - 1)))],
];
const ITEM_PINS: Row[] = [
  // a clause number of two parts keeps its figures (round 41)
  ['4.2. В сентябре', { kind: 'unparsed', reason: /непонятное число/ }],
  // no space after the dot: round 249 reads a capitalised preposition glued to the number as with the space
  ['1.В августе прошел педсовет', range('2021-08-01', '2021-08-31')],
  // a part of a period, a day with its month: read as before (rounds 35, 44)
  ['2. В конце августа прошел педсовет', range('2021-08-21', '2021-08-31')],
  ['3. 15 августа прошел педсовет', on('2021-08-15')],
  // «к» with its month in the dative is the same item (it was `unparsed` too)
  ['1. К сентябрю подготовить план', by('2021-08-31')],
];

/** the window of the sentence around the age, as written, and its expectation */
const AGE_WINDOWS: Array<[string, Expect]> = [
  ['В следующем году', range('2022-01-01', '2022-12-31')],
  ['В этом году', range('2021-01-01', '2021-12-31')],
  ['В 2023 году', range('2023-01-01', '2023-12-31')],
  ['1 сентября', on('2021-09-01')],
  ['В октябре', range('2021-10-01', '2021-10-31')],
];
const AGE_FRAMES = [
  '{w} такой форме обучения, как семейное образование {v} {n}',
  '{w} нашей школе-экстернату {v} {n}',
  '{w} центру семейного образования {v} {n}',
];
const AGE_VERBS = ['исполнится', 'исполняется', 'исполнилось', 'исполнится ровно', 'исполнилось почти'];
const AGES = ['30 лет', '3 года', '25 лет', '100 лет', '1 год', '10 лет'];
/** «уже <возраст>» before a window written later in the sentence */
const ALREADY_FRAMES: Array<[string, Expect]> = [
  ['— Нашему проекту уже {n}, и сейчас идет набор на следующий учебный год', range('2021-09-01', '2022-08-31')],
  ['Школе-экстернату уже {n}, и 1 сентября она откроет новый корпус', on('2021-09-01')],
  ['Вот уже {n} центр принимает заявления с 1 по 15 сентября', range('2021-09-01', '2021-09-15')],
];
const AGE_PINS: Row[] = [
  // an anniversary counted from an event keeps its event
  ['исполнилось 100 лет со дня рождения', ev('со дня')],
  // a span with a preposition reads as before
  ['через 3 года', ev('через')],
  ['уже через 3 года', ev('через')],
  ['в течение 3 лет', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
];

/** the exams' time after «в / во / на [весь] период / время», and the word its reason names */
const EXAM_SPANS: Array<[string, string]> = [
  ['на период экзаменов', 'экзамен'],
  ['на время экзаменов', 'экзамен'],
  ['в период экзаменационной сессии', 'сесси'],
  ['на период сессии', 'сесси'],
  ['во время зачетов', 'зачет'],
  ['на время вступительных испытаний', 'испытани'],
  ['в период экзамена', 'экзамен'],
  ['на период зачета', 'зачет'],
];
const EXAM_FRAMES = [
  'Предприятия и учреждения {p} предоставляют экстернам дополнит, отпуск с сохранением зарплаты',
  '{P} экстерн может посещать консультации',
  'Экстернам {p} предоставляется учебный отпуск',
  '{P}',
];
const EXAM_PINS: Row[] = [
  // a day written after it wins (rounds 21, 44)
  ['в период зимней сессии, 10 января', on('2021-01-10')],
  // a month alone after an event phrase does not win (round 21; it was May while «на период экзаменов» was not read)
  ['на период экзаменов (май)', ev('экзамен')],
  // «весь период» opening a cell is the event's (an event at the start outranks open-ended words; it was `ongoing`); inside a
  // sentence it is open-ended work, which outranks an event phrase elsewhere, as before
  ['На весь период сессии', ev('сесси')],
  ['Экстернам на весь период сессии предоставляется учебный отпуск', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // the attestation reads as before (round 74)
  ['На период аттестации ученик становится экстерном', ev('аттестаци')],
];

/** «at once» and the word its reason names */
const AT_ONCE: Array<[string, string]> = [
  ['немедля', 'немедля'],
  ['без промедления', 'промедлени'],
  ['без отлагательств', 'отлагательств'],
  ['без отлагательства', 'отлагательств'],
];
const AT_ONCE_FRAMES = ['— В экстернат, и {x}!', '{x}', 'Заявление о переходе на семейное образование рассматривается {x}', 'Сообщить в управление образования {x}'];
const AT_ONCE_PINS: Row[] = [
  // a deadline written after it wins (as after «незамедлительно»)
  ['немедля, но не позднее 10 сентября', by('2021-09-10')],
  ['без промедления, до 15 марта', by('2021-03-15')],
  ['немедленно', ev('немедленно')],
];

/** an act's date with its year after a space, before its number */
const ACT_DATES = ['23.06 2000', '17.04 2001', '15.05 2021', '01.09 2013'];
const ACT_FRAMES: Array<[string, Expect]> = [
  ['от {d} N 1884', unread],
  ['приложение к приказу от {d} N 1884', unread],
  ['от {d} № 234', unread],
  ['Положение, утвержденное приказом от {d} N 1884, действует до 1 сентября', by('2021-09-01')],
  ['Согласно приказу от {d} № 115 заявления принимаются с 1 по 15 марта', range('2021-03-01', '2021-03-15')],
];
const ACT_PINS: Row[] = [
  // with the dot, as before (round 11)
  ['от 23.06.2000 N 1884', unread],
  // without a number after it the date is read as before
  ['от 23.06 2000', on('2000-06-23')],
  ['до 23.06 2000 года', by('2000-06-23')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('an item number before a preposition and a month', () => {
      for (const n of ITEM_NUMBERS)
        for (const [prep, month, expect] of ITEM_OPENINGS)
          for (let m = 2; m <= 12; m++) for (const rest of ITEM_RESTS) add(`${n}. ${prep} ${month(m)} ${rest}`, expect(m));
    });
    section('an item number before a preposition and a month: pins', () => ITEM_PINS.forEach(([t, e]) => add(t, e)));
    section('the age a thing turns', () => {
      for (const frame of AGE_FRAMES)
        for (const [w, e] of AGE_WINDOWS)
          for (const v of AGE_VERBS) for (const n of AGES) add(frame.replace('{w}', w).replace('{v}', v).replace('{n}', n), e);
    });
    section('«уже <возраст>»', () => {
      for (const [frame, e] of ALREADY_FRAMES) for (const n of AGES) add(frame.replace('{n}', n), e);
    });
    section('the age a thing turns: pins', () => AGE_PINS.forEach(([t, e]) => add(t, e)));
    section('the exams after «на / в период / время»', () => {
      for (const frame of EXAM_FRAMES)
        for (const [p, names] of EXAM_SPANS)
          add(frame.replace('{p}', p).replace('{P}', p[0]!.toUpperCase() + p.slice(1)), ev(names));
    });
    section('the exams after «на / в период / время»: pins', () => EXAM_PINS.forEach(([t, e]) => add(t, e)));
    section('«немедля», «без промедления», «без отлагательств»', () => {
      for (const frame of AT_ONCE_FRAMES) for (const [x, names] of AT_ONCE) add(frame.replace('{x}', x), ev(names));
    });
    section('«немедля», «без промедления», «без отлагательств»: pins', () => AT_ONCE_PINS.forEach(([t, e]) => add(t, e)));
    section('an act\'s date with its year after a space', () => {
      for (const [frame, e] of ACT_FRAMES) for (const d of ACT_DATES) add(frame.replace('{d}', d), e);
    });
    section('an act\'s date with its year after a space: pins', () => ACT_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 108: an item number before a month, the age a thing turns, exams after «на период», «немедля», an act\'s date «dd.mm yyyy»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
