/**
 * Round 254 (corpus-real-225's first-run miss left after its relabel):
 * - a season in the instrumental («зимой», «летом», «осенью», «весной») before a verb of starting with its own day is the heading of
 *   that day: open-ended from the day (it was the season's three months, or a window from the day to the period's end);
 * - a part word before another noun and a season in the instrumental («начало сессии зимой») is that noun's part, not the season's
 *   first month.
 * Pins: a verb of starting with no day, a day outside the season, the genitive season after a part word («в начале лета», «начало
 * зимы 2021-2022»), days after a season with no verb of starting, a season alone, and round 104's span «с начала» of a term with no
 * number (the relabelled row of the set) read as before.
 */
import { distinctRows, ev, iso, ongoing, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';


const SEASONS: Array<[word: string, months: number[]]> = [
  ['осенью', [9, 10, 11]],
  ['весной', [3, 4, 5]],
  ['летом', [6, 7, 8]],
  ['зимой', [12, 1, 2]],
];
const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const SUBJECTS: Array<[subject: string, verbs: string[]]> = [
  ['сессия', ['начинается', 'начнётся', 'стартует']],
  ['занятия', ['начинаются', 'начнутся', 'стартуют']],
  ['приём заявлений', ['начинается', 'начнётся', 'стартует']],
  ['пересдача', ['начинается', 'начнется', 'стартует']],
];
const DAYS = [1, 9, 15, 28];

const from = (day: string): Expect => ({ kind: 'ongoing', start: day, due: '2021-12-31' });
const cap = (t: string): string => t[0]!.toUpperCase() + t.slice(1);

const PINS: Row[] = [
  // a span «с / от начала» of a term with no number (round 104): the unnamed term, as the set's relabelled row
  ['в течение одного месяца от начала семестра, следующего за семестром, в котором возникла академическая задолженность', { kind: 'unparsed', reason: /не указано, какого полугодия/ }],
  ['в течение месяца с начала четверти', { kind: 'unparsed', reason: /не указано, какой четверти/ }],
  // a numbered or dated term: as before
  ['в течение двух недель с начала 2 четверти', from('2021-11-01')],
  ['в течение одного месяца от начала учебного года', range('2021-09-01', '2021-09-30')],
  // a term with no span: as before (round 10's unnamed unit)
  ['в начале семестра', { kind: 'unparsed', reason: /не указано, какого полугодия/ }],
  ['до конца четверти', { kind: 'unparsed', reason: /не указано, какой четверти/ }],
  ['в течение семестра', ongoing],
  // «с начала занятий» (round 104): as before
  ['в течение одного месяца с начала занятий', ev('занятий')],
  // a verb of starting after a season with no day of its own (round 65): from the season's first month
  ['Осенью стартует программа наставничества', from('2021-09-01')],
  ['Летом этого года мы начинаем обучение руководителей школ', from('2021-06-01')],
  // a day outside the season keeps the list
  ['Осенью занятия начнутся 15 декабря.', range('2021-09-01', '2021-12-15')],
  // days after a season with no verb of starting (round 49): the days
  ['Весной 2022 года пройдут ещё два экзамена: 27 апреля и 17 мая.', on('2022-05-17', '2022-04-27')],
  ['Этой осенью с 17 по 25 сентября по всей России пройдут соревнования', range('2021-09-17', '2021-09-25')],
  // a genitive season after a part word (round 215): its part
  ['в начале лета', range('2021-06-01', '2021-06-30')],
  ['Для сотни тысяч российских выпускников начало лета ознаменовалось сдачей ЕГЭ.', range('2021-06-01', '2021-06-30')],
  ['начало зимы 2021-2022', range('2021-12-01', '2021-12-31')],
  ['в конце зимы 2021-2022', range('2022-02-01', '2022-02-28')],
  // a season alone: its three months
  ['Сессия зимой.', range('2021-12-01', '2022-02-28')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a season in the instrumental, then a verb of starting with its day', () => {
      for (const [season, months] of SEASONS)
        for (const [subject, verbs] of SUBJECTS)
          for (let k = 0; k < verbs.length; k++) {
            const m = months[k % months.length]!;
            const d = DAYS[(k + SUBJECTS.findIndex(([s]) => s === subject)) % DAYS.length]!;
            const e = from(iso(m, d));
            add(`${season} ${subject} ${verbs[k]} ${d} ${GEN[m - 1]}`, e);
            add(`${subject} ${season} ${verbs[k]} ${d} ${GEN[m - 1]}`, e);
            addAs(`Обычно ${subject} ${season}, но в этом году ${subject} ${verbs[k]} ${d} ${GEN[m - 1]}.`, e);
          }
    });
    section('a part word before another noun and a season in the instrumental', () => {
      for (const [season, months] of SEASONS) {
        const [m1, , m3] = months as [number, number, number];
        const w = range(iso(m1, 1), m3 < m1 ? iso(m3, 28, 2022) : iso(m3, m3 === 11 ? 30 : 31));
        for (const noun of ['сессии', 'работы', 'занятий', 'приёма заявлений']) {
          add(`начало ${noun} ${season}`, w);
          add(`в начале ${noun} ${season}`, w);
        }
      }
      addAs('Обычно начало сессии зимой совпадает с новогодними праздниками, но в этом году в большинстве российских вузов сессия начинается 9 января.', from('2021-01-09'));
      addAs(cap('начало сессии зимой совпадает с праздниками, но сессия начинается 9 января.'), from('2021-01-09'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 254: a season in the instrumental heads a started day and owns no part word',
  rows: () => distinctRows(sections()),
};
