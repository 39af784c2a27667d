/**
 * Round 248 (corpus-real-218's miss left by round 241): an opening verb with its day, then in the same sentence a verb of ending or a
 * closing verb with its own day, is one window from the opening to the end — «Сессия открывается 12 января и завершится 19 июня» →
 * 01-12..06-19, as «начинается 12 января и завершится 19 июня» reads (it was `on`, two days).
 * Pins: an opening verb alone names the day of the opening (`on`), a closing verb alone the day of the closing, an ending verb with no
 * day of its own leaves the opening as it was, and a full stop ends the sentence.
 */
import { distinctRows, on, range, sectionsOf, type Family, type Row } from './kit';

const SUBJECTS = ['Приём документов', 'Сессия', 'Регистрация участников', 'Лагерь', 'Выставка', 'Навигация'];
/** opening verbs: present, future, past, the short participle after «будет» */
const OPENING = ['открывается', 'откроется', 'открылась', 'будет открыт', 'открываются', 'откроются'];
/** verbs of ending and closing verbs */
const ENDING = ['завершится', 'завершается', 'заканчивается', 'закончится', 'закроется', 'закрывается', 'будет закрыт', 'закрылась'];
/** how the two halves are joined */
const JOINS = [' и ', ', ', ', а ', ' и '];

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (m: number, d: number, y = 2021): string => `${y}-${pad(m)}-${pad(d)}`;
/** pairs of (month, day) for the opening and the end, the end later in the year */
const PAIRS: Array<[number, number, number, number]> = [
  [1, 12, 6, 19],
  [3, 1, 3, 20],
  [6, 20, 7, 26],
  [5, 1, 9, 30],
  [9, 1, 12, 25],
];

const PINS: Row[] = [
  // an opening verb alone: the day of the opening (README: «An opening verb names the day of the opening»)
  ['Прием документов открывается 20 июня', on('2021-06-20')],
  ['Регистрация откроется 1 марта', on('2021-03-01')],
  ['17 сентября откроется центр', on('2021-09-17')],
  // a closing verb alone: the day of the closing (corpus-real-92)
  ['22 июня закрывается на косметический ремонт детский сад', on('2021-06-22')],
  ['Приём заявок закрывается 15 марта', on('2021-03-15')],
  // «продлится до» after an opening verb (round 87), as before
  ['Выставка откроется 5 мая и продлится до 30 мая', range('2021-05-05', '2021-05-30')],
  // a verb of starting, as before
  ['Приём документов начинается 20 июня и завершается 26 июля', range('2021-06-20', '2021-07-26')],
  // an ending verb with no day of its own: the opening as it was
  ['Прием заявок открывается 1 марта и завершается в связи с окончанием мест', on('2021-03-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an opening verb, then a verb of ending or closing, each with its day', () => {
      for (const s of SUBJECTS)
        for (const o of OPENING)
          for (let k = 0; k < ENDING.length; k++) {
            const [m1, d1, m2, d2] = PAIRS[(SUBJECTS.indexOf(s) + k) % PAIRS.length]!;
            const join = JOINS[k % JOINS.length]!;
            const e = range(iso(m1, d1), iso(m2, d2));
            add(`${s} ${o} ${d1} ${GEN[m1 - 1]}${join}${ENDING[k]} ${d2} ${GEN[m2 - 1]}`, e);
            addAs(`${s} ${o} ${pad(d1)}.${pad(m1)}.2021${join}${ENDING[k]} ${pad(d2)}.${pad(m2)}.2021`, e);
          }
    });
    section('the days before the verbs, and words between the end verb and its day', () => {
      for (const [m1, d1, m2, d2] of PAIRS) {
        const e = range(iso(m1, d1), iso(m2, d2));
        add(`${d1} ${GEN[m1 - 1]} открывается приём документов, ${d2} ${GEN[m2 - 1]} завершается`, e);
        add(`Лагерь откроется ${d1} ${GEN[m1 - 1]}, завершится смена ${d2} ${GEN[m2 - 1]}`, e);
        add(`Сессия, которая открывается ${d1} ${GEN[m1 - 1]} и завершится ${d2} ${GEN[m2 - 1]} 2004 года`, range(iso(m1, d1, 2004), iso(m2, d2, 2004)));
      }
    });
    section('months for days', () => {
      for (const [m1, , m2] of PAIRS) {
        if (m1 === m2) continue;
        add(`Сезон открывается в ${['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'][m1 - 1]} и закрывается в ${['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'][m2 - 1]}`, range(iso(m1, 1), iso(m2, new Date(Date.UTC(2021, m2, 0)).getUTCDate())));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 248: an opening verb and a verb of ending or closing, each with its day, are one window',
  rows: () => distinctRows(sections()),
};
