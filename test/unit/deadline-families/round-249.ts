/**
 * Round 249: what a cell copied from a PDF or a page does to its spaces.
 * - A clause number of three parts (the last one a single digit) glued to the word after it: «2.4.1.К написанию …», «5.1.2.Региональный
 *   этап проводится с 15 февраля по 12 марта» — the clause's number, as with the space (it was `unparsed`, «непонятное число «2.4»»).
 * - An item number of one part glued to a capitalised preposition before a date or a month: «1.С 08.04. по 19.04.2024г. …», «1.В августе …».
 * - Runs of spaces, no-break spaces, tabs and line breaks read as one space (the corpus-wide check is in deadline-property.test.ts).
 * Pins: a date of two parts glued to a word keeps its date, a glued small preposition is left as it was, three parts with the last of
 * two figures are a date.
 */
import { distinctRows, by, on, range, sectionsOf, type Family, type Row } from './kit';

/** clause numbers of three parts, the last a single digit */
const CLAUSES = ['2.4.1.', '1.10.1.', '5.1.2.', '3.1.1.', '12.3.4.', '2.11.1.'];
/** what follows the number, a capital first, and how it reads */
const BODIES: Array<[string, Row[1]]> = [
  ['Срок начала приема документов – не позднее 20 июня.', by('2021-06-20')],
  ['Региональный этап проводится с 15 февраля по 12 марта 2021 года.', range('2021-02-15', '2021-03-12')],
  ['О достижении значения результата в срок не позднее 30 января', by('2021-01-30')],
  ['К написанию сочинения в дополнительные даты допускаются до 1 февраля', by('2021-02-01')],
  ['Отчет представляется в управление до 15 января', by('2021-01-15')],
  ['Заседание проводится 25 мая 2021 года', on('2021-05-25')],
];
/** one-part items glued to a capitalised preposition, before a date or a month */
const ITEMS = ['1.', '2.', '7.', '12.'];
const GLUED: Array<[string, Row[1]]> = [
  ['С 08.04. по 19.04.2024г. проведена проверка соблюдения требований безопасности', range('2024-04-08', '2024-04-19')],
  ['С 8 по 19 апреля проведена проверка', range('2021-04-08', '2021-04-19')],
  ['До 1 мая сдать отчет в управление образования', by('2021-05-01')],
  ['До 15.05. представить информацию', by('2021-05-15')],
  ['В августе в чат написал папа', range('2021-08-01', '2021-08-31')],
  ['В сентябре пройдет прием заявлений', range('2021-09-01', '2021-09-30')],
  ['К 1 сентября подготовить кабинеты', by('2021-09-01')],
  ['По 30 ноября принимаются заявки', by('2021-11-30')],
  ['На 1 января 2021 года составить список', on('2021-01-01')],
];

const PINS: Row[] = [
  // the same with the space, as before
  ['2.4.1. К написанию сочинения допускаются до 1 февраля', by('2021-02-01')],
  ['1. С 08.04. по 19.04.2024г. проведена проверка', range('2024-04-08', '2024-04-19')],
  // a day and a month glued to a word keep their date
  ['1.10.Линейка', on('2021-10-01')],
  ['12.05.21.Заседание совета', on('2021-05-12')],
  ['12.05.21. Заседание совета', on('2021-05-12')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, _add, addAs) => {
    section('a clause number of three parts glued to its first word', () => {
      for (const n of CLAUSES) for (const [body, e] of BODIES) for (const lead of ['', ' ']) addAs(`${lead}${n}${body}`, e);
    });
    section('an item number glued to a capitalised preposition before a date or a month', () => {
      for (const n of ITEMS) for (const [body, e] of GLUED) addAs(`${n}${body}`, e);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 249: clause and item numbers glued to the word after them',
  rows: () => distinctRows(sections()),
};
