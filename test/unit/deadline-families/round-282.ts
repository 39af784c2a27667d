/**
 * Round 282 (corpus-real-243's first-run misses, the archives of municipalities):
 * - who sets a term, in the instrumental right after the participle after «срок / сроки», inside a sentence — «6.6.1. Передача
 *   документов в архив органа осуществляется в срок, установленный руководителем органа или уполномоченным им лицом.» → `schedule`
 *   (it was `unparsed`), like «в срок, установленный приказом»;
 * - a possessive «её / ее / их» between «с начала» and the event a span counts from — «… не может превышать 60 рабочих дней с начала
 *   её проведения.» → `event` (it was the bare span);
 * - a street's name alone after «по адресу» and its comma — «Выставку можно посетить с 4 по 17 июня по адресу Шубина, 1.» → the
 *   window (it was `unparsed`, «непонятное число «1»»);
 * - «-ти-» glued to an anniversary's or an age's noun — «… посвященную юбилейной дате – 80-тилетию … архива, которое торжественно
 *   отметил в октябре текущего года.» → October (it was `unparsed`, «непонятное число «80»»);
 * - a day, a month's name and a year joined by dots — «10.Март.2026» → that day (it was the whole of March).
 * Pins: «в течение срока, установленного …» stays open-ended work and «по истечении срока, установленного …» the event (round 139), a
 * term with no setter stays unread; a period after the pronoun stays the bare span (round 104); a number after «по адресу» and a town
 * before a month stays the day; «80-летию» and «5-летний» read as before; a word between dots that is no month stays unread.
 */
import { bareSpan, distinctRows, ev, MONTHS_GEN, MONTHS_NOM, iso, on, ongoing, range, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** Who sets a term, in the instrumental (round 147's authorities). */
const AUTHORITIES = ['руководителем органа', 'руководителем организации', 'директором школы', 'комиссией', 'администрацией района', 'министерством', 'учредителем', 'председателем комиссии', 'оргкомитетом'];

/** Sentences with «в срок, установленный …» inside, and what stands before the term. */
const SUBJECTS = [
  'Передача документов в архив осуществляется в',
  'Отчет представляется в',
  'Документы сдаются в архив в',
  'Заявитель обязан устранить нарушения в',
  'Описи дел представляются на согласование в',
];

/** The participle of setting agreeing with the term's noun. */
const TERMS: Array<[term: string, participles: string[]]> = [
  ['срок', ['установленный', 'определенный', 'указанный']],
  ['сроки', ['установленные', 'определенные', 'указанные']],
];

/** Spans and the events they count from «с начала её / ее / их …». */
const SPANS = ['не может превышать 60 рабочих дней', 'в течение 30 дней', 'не позднее 10 рабочих дней', 'в течение 21 дня'];
const STARTS = ['с начала её проведения', 'с начала ее проведения', 'с начала их работы', 'с начала её проверки', 'от начала ее болезни'];

/** Streets named alone after «по адресу». */
const STREETS = ['Шубина, 1', 'Ленина, 15', 'Советская, 12а', 'Карла Маркса, 7', 'Набережная, 3/1'];

/** Month abbreviations a calendar plugin may write between dots. */
const ABBREVIATIONS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

const PINS: Row[] = [
  // round 139: the genitive after «в течение» is open-ended work, after «по истечении» the event it waits for
  ['в течение срока, установленного руководителем органа', ongoing],
  ['по истечении срока, установленного руководителем органа', ev('истечении')],
  // a term with no setter, and one a document sets (round 139), and the words opening a cell (SCHEDULE_START)
  ['Отчет сдается в срок, установленный для сдачи отчетов.', unread],
  ['Отчет сдается в срок, установленный приказом.', sched('срок, установленный приказом')],
  ['в срок, установленный руководителем органа', sched('срок, установленный руководителем органа')],
  // a date written with it wins
  ['Отчет сдается до 15 мая в срок, установленный руководителем органа.', { kind: 'by', due: '2021-05-15' }],
  // a period after the pronoun stays the bare span (round 104), «его» was read already
  ['в течение 10 дней с начала ее учебного года', bareSpan],
  ['в течение 10 дней с начала учебного года', bareSpan],
  ['в течение 30 дней с начала его проведения', ev('начала')],
  ['в течение 30 дней', bareSpan],
  // a town and a day after «по адресу»; a street's number with its noun (round 78)
  ['по адресу: Москва, 15 мая', on('2021-05-15')],
  ['1 июля 1993г. – … по адресу: г.Курган, ул. Гоголя, 103-а.', on('1993-07-01')],
  ['Выставку можно посетить с 4 по 17 июня.', range('2021-06-04', '2021-06-17')],
  // the anniversary's and the age's noun as written before
  ['Выставка к 80-летию архива, октябрь', range('2021-10-01', '2021-10-31')],
  ['5-летний план, май 2021', range('2021-05-01', '2021-05-31')],
  ['для детей 7-летнего возраста', unread],
  // a word between dots that is no month; figures between dots; a space after the month's dot keeps the month
  ['12.ГБОУ.2020', { kind: 'unparsed', reason: /непонятное число/ }],
  ['10.03.2026', on('2026-03-10')],
  ['1.Март. 2026', range('2026-03-01', '2026-03-31')],
  ['10-Март-2026', on('2026-03-10')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('who sets the term, after its participle, inside a sentence', () => {
      for (const subject of SUBJECTS)
        for (const [term, participles] of TERMS)
          for (const participle of participles)
            for (const who of AUTHORITIES) {
              addAs(`${subject} ${term}, ${participle} ${who}.`, sched(`${term}, ${participle} ${who}`));
              addAs(`${subject} ${term}, ${participle} ${who} или уполномоченным им лицом`, sched(`${term}, ${participle} ${who} или уполномоченным им лицом`));
            }
    });
    section('a possessive between «с начала» and the event', () => {
      for (const span of SPANS) for (const start of STARTS) {
        add(`${span} ${start}`, ev('начала'));
        addAs(`- срок проведения проверки наличия и состояния архивных документов ${span} ${start};`, ev('начала'));
      }
    });
    section('a street named alone after «по адресу»', () => {
      for (const street of STREETS) {
        addAs(`Выставку можно посетить с 4 по 17 июня по адресу ${street}.`, range('2021-06-04', '2021-06-17'));
        addAs(`Выставку можно посетить с 4 по 17 июня по адресу: ${street}.`, range('2021-06-04', '2021-06-17'));
        addAs(`15 мая в 12.00 по адресу ${street} состоится встреча.`, on('2021-05-15'));
        addAs(`Приём документов 20 октября 2021 года по адресу: ${street}, каб. 5.`, on('2021-10-20'));
      }
    });
    section('«-ти-» glued to an anniversary or an age', () => {
      for (const n of [10, 20, 80, 100]) {
        addAs(`Архивный отдел подготовил выставку документов, посвященную юбилейной дате – ${n}-тилетию районного архива, которое торжественно отметил в октябре текущего года.`, range('2021-10-01', '2021-10-31'));
        add(`выставка к ${n}-тилетию архива, 15 мая`, on('2021-05-15'));
        add(`${n}-тилетний юбилей, май 2021`, range('2021-05-01', '2021-05-31'));
      }
    });
    section('a day, a month and a year joined by dots', () => {
      MONTHS_NOM.forEach((m, k) => {
        const day = 10 + k;
        addAs(`${day}.${m[0]!.toUpperCase()}${m.slice(1)}.2026`, on(iso(k + 1, day, 2026)));
        addAs(`${day}.${MONTHS_GEN[k]}.2021`, on(iso(k + 1, day)));
        addAs(`${day}.${ABBREVIATIONS[k]}.2021`, on(iso(k + 1, day)));
        addAs(`0${k < 9 ? k + 1 : 1}.${m}.2024 19:00`, on(iso(k + 1, k < 9 ? k + 1 : 1, 2024)));
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 282: who sets a term after its participle, «с начала её …», a street named alone after «по адресу», «80-тилетию», «10.Март.2026»',
  rows: () => distinctRows(sections()),
};
