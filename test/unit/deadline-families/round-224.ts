/**
 * Round 224 (corpus-real-204: anti-drug commissions, КДНиЗП, the prevention of drugs, HIV, alcohol and tobacco — the acts of the
 * commissions, their regulations, the news of their sittings, months, operations and days). Two classes, each a row of the set (its
 * source there):
 * - a relative clause after a day and its month that names its own day with a yearly repeat («, который отмечается ежегодно 1
 *   декабря», «, который каждый год отмечается 31 мая», «, которая из года в год проводится с 26 мая по 26 июня») says when the noun it
 *   describes — a day of the calendar, a month of prevention — recurs, not when the sentence's thing was done: a note, like round 71's
 *   clauses with no date («29 ноября 2017 года … был проведен воспитательный час “СПИДу–нет!”, посвященное предстоящему Всемирному
 *   дню борьбы со СПИДом, который отмечается ежегодно 1 декабря, начиная с 1988 года.» → on 2017-11-29, it was `recurring`);
 * - a month with its year after «с изменениями [и дополнениями] [по состоянию] на[:]» is the state of a text's wording, a label like
 *   round 207's day there («Текст документа с изменениями и дополнениями по состоянию на август 2009 года» → `unparsed`, it was August).
 * Pins: a repeat's clause with no day and month before it, a sentence that is itself a repeat, a clause with a day and no repeat
 * (round 71 keeps it: «…, которое продлится до 5 сентября»), round 71's clause with no date; «по состоянию на» a month with no edition
 * words, round 207's day, and a month of amending with no «на».
 */
import { distinctRows, on, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the day and month the sentence opens with (or names after a place), and what it reads as */
const DAYS: Array<[string, Expect]> = [
  ['29 ноября 2017 года', on('2017-11-29')],
  ['1 декабря', on('2021-12-01')],
  ['31 мая 2022 года', on('2022-05-31')],
  ['25 ноября', on('2021-11-25')],
  ['26 июня 2020 г.', on('2020-06-26')],
];
/** what was done on that day, dedicated to a day of the calendar */
const DONE = [
  'куратором группы был проведен воспитательный час «СПИДу – нет!», посвященный Всемирному дню борьбы со СПИДом',
  'в школе прошла акция «Красная ленточка», приуроченная ко Всемирному дню борьбы со СПИДом',
  'в библиотеке состоялась беседа о вреде курения, посвященная Всемирному дню без табака',
  'для учащихся 7-11 классов прошел классный час, посвященный Международному дню борьбы с наркоманией',
  'волонтеры провели флешмоб в поддержку Международного дня отказа от курения',
];
/** the relative clause of the day's yearly repeat */
const YEARLY = [
  ', который отмечается ежегодно 1 декабря',
  ', который ежегодно отмечается 1 декабря',
  ', который отмечается ежегодно 1 декабря, начиная с 1988 года',
  ', который каждый год отмечается 31 мая',
  ', который празднуется ежегодно в третий четверг ноября',
  ', которая проводится ежегодно с 26 мая по 26 июня',
  ', который из года в год отмечается 26 июня',
];
const FRAMES = ['{d} {x}{c}'];

/** the edition words before a month, and the month and year after them */
const EDITION = [
  'Текст документа с изменениями и дополнениями по состоянию на',
  'с изменениями и дополнениями по состоянию на',
  'Документ с изменениями по состоянию на',
  'с изменениями и дополнениями на:',
  'с изменениями на',
];
const EDITION_MONTHS = ['август 2009 года', 'ноябрь 2007 года', 'июнь 2020 г.', 'февраль 2014 г'];

const PINS: Row[] = [
  // a repeat's clause with no day and month before it stays the repeat (the README leaves it open, round 197)
  ['В Международный день борьбы с коррупцией, который ежегодно отмечается 9 декабря, прошли уроки.', rec('year')],
  // a sentence that is itself a yearly repeat stays one, with a clause or without
  ['Всемирный день борьбы со СПИДом отмечается ежегодно 1 декабря.', rec('year')],
  ['Ежегодно 26 июня проводится акция, которая посвящена Международному дню борьбы с наркоманией.', rec('year')],
  ['Международный день борьбы с коррупцией провозглашён Генассамблеей ООН и отмечается ежегодно 9 декабря.', rec('year')],
  // a clause with a day and no repeat says when the thing runs (round 71)
  ['1 марта началось зачисление ребят в первый класс, которое продлится до 5 сентября.', range('2021-03-01', '2021-09-05')],
  // round 71's clause with no date of its own
  ['15 августа придет первая часть учебников для первоклашек, по которым они будут обучаться в первом полугодии.', on('2021-08-15')],
  // «по состоянию на» a month with no edition words is that month; round 207's day; a month of amending with no «на»
  ['Текст документа по состоянию на июль 2011 года', range('2011-07-01', '2011-07-31')],
  ['Документ по состоянию на февраль 2014 г.', range('2014-02-01', '2014-02-28')],
  ['Текст документа с изменениями и дополнениями по состоянию на 10 июля 2009 года', unread],
  ['Изменения внесены в августе 2009 года', range('2009-08-01', '2009-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a yearly repeat in a relative clause after a day and its month', () => {
      for (const f of FRAMES)
        for (const [d, e] of DAYS)
          for (const x of DONE) for (const c of YEARLY) add(f.replace('{d}', d).replace('{x}', x).replace('{c}', c), e);
    });
    section('a month after the edition words', () => {
      for (const p of EDITION) for (const m of EDITION_MONTHS) add(`${p} ${m}`, unread);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 224: anti-drug commissions and prevention — a yearly repeat in a relative clause after a day is a note; a month after the edition words is a label',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
