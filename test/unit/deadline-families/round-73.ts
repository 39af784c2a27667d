/**
 * Round 73 (a known miss of corpus-real-64, no new set): after a word of moving — «перенести / перенесли / перенесён / переносится /
 * перенос», «передвинуть», «сдвинуть / сдвиг» — «с <день> на <день>» names the old day and the new one; the new day is the deadline.
 * The first template is the real row of corpus-real-64 (its source in the set); the others are the same class as orders, ministries'
 * letters and news pages write it.
 */
import { on, range, variants, type Expect, type Family, type Row } from './kit';

const TEMPLATES = [
  'Комиссия ТЭБ и ЧС предлагает Минобразования разослать заказное письмо для того, чтобы {v} начало каникул {x}',
  'Министерство решило {v} итоговое собеседование {x}',
  'Управление образования сообщает: было решено {v} срок сдачи отчетов {x}',
];
const VERBS = ['перенести', 'передвинуть', 'сдвинуть'];
const MOVED: Array<[string, Expect]> = [
  ['с 25 октября на 18 октября', on('2021-10-18')],
  ['с 25 октября на 18 октября 2021 года', on('2021-10-18')],
  ['с 25.10 на 18.10', on('2021-10-18')],
  ['с 25.10.2021 на 18.10.2021', on('2021-10-18')],
  ['с 5 мая на 12 мая', on('2021-05-12')],
  ['с 10 марта на 1 апреля', on('2021-04-01')],
];

const PASSIVE: Array<[string, Expect]> = [
  ['Начало каникул перенесли с 25 октября на 18 октября', on('2021-10-18')],
  ['Экзамен перенесен с 5 мая на 20 мая', on('2021-05-20')],
  ['Экзамен перенесён с 5 мая на 20 мая', on('2021-05-20')],
  ['Срок сдачи отчёта сдвинут с 10 марта на 15 марта', on('2021-03-15')],
  ['Перенос экзамена с 25.05.2021 на 01.06.2021', on('2021-06-01')],
  ['Дата проведения олимпиады переносится с 14 ноября на 21 ноября 2021 г.', on('2021-11-21')],
  ['Родительское собрание передвинуто с 3 сентября на 10 сентября', on('2021-09-10')],
];

const PINS: Row[] = [
  // no word of moving before it: «с <день> на <день>» keeps its reading; «на <день>» alone after a noun of moving is the day (round 70); «на»
  // before a span or a school year is no new day
  ['с 1 по 5 мая', range('2021-05-01', '2021-05-05')],
  ['ремонт с 1 июня на 2021-2022 учебный год', range('2021-06-01', '2022-08-31')],
  ['перенос начала учебного года на 1 октября', on('2021-10-01')],
];

export const family: Family = {
  title: 'round 73: «перенести / передвинуть / сдвинуть … с <день> на <день>» is the new day',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of TEMPLATES) for (const v of VERBS) for (const [x, e] of MOVED) rows.push(...variants(tpl.replace('{v}', v).replace('{x}', x)).map((t): Row => [t, e]));
    for (const [t, e] of PASSIVE) rows.push(...variants(t).map((v): Row => [v, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
