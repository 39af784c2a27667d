/**
 * Round 117 (corpus-real-105: pupils' research and project work). Three classes the set's first run missed, as plans, regulations and
 * news of school conferences, scientific societies and project defences write them:
 * - a repeat adjective in an oblique case right after a noun of holding («- 5. проведение ежегодной школьной научно-практической
 *   конференции «Компас»», «участие в ежегодной олимпиаде», «проведение ежемесячных заседаний НОУ») repeats, as «организация ежегодного
 *   конкурса» already did; other oblique forms keep their reading (pinned);
 * - an age written with the noun «возраст» [and one or two words] or «участник*» before it, or as «с N лет до M лет / года» («Возраст
 *   участников с 14 лет до 21 года.»), is a label, never a span or an event (round 62's `AGE`); a deadline beside it is read;
 * - a month's name, a slash and the next month's name («Апрель/май — время защиты …») is one window over both, like «апрель-май»;
 *   months further apart stay a list (pinned).
 * The first template of each section is the set's real row (its source in corpus-real-105.tsv).
 */
import { MONTHS_NOM, MONTHS_PREP, by, ev, iso, lastDay, months, range, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** «{a}» is the adjective in «-ой» or «-ых», «{n}» the noun after it */
const HOLDING = [
  '- 5. проведение {a} школьной научно-практической {n} «Компас»',
  'Проведение {a} {n}',
  'Организация и проведение {a} {n} НОУ',
  'Подготовка к {a} {n}',
  'Участие в {a} {n} учащихся',
  'Организация {a} {n} для 9-11 классов',
  'Подготовка и проведение {a} {n}',
];
const REPEATS: Array<[string, 'year' | 'month' | 'quarter' | 'week']> = [
  ['ежегодной', 'year'],
  ['ежемесячной', 'month'],
  ['ежеквартальной', 'quarter'],
  ['еженедельной', 'week'],
];
const PLURAL: Array<[string, 'year' | 'month' | 'quarter' | 'week']> = [
  ['ежегодных', 'year'],
  ['ежемесячных', 'month'],
  ['ежеквартальных', 'quarter'],
  ['еженедельных', 'week'],
];
/** a feminine noun in the case after each template (genitive, dative, prepositional are one form) */
const NOUNS_F = ['конференции', 'олимпиады', 'выставки', 'акции'];
/** a plural noun in the genitive («проведение ежемесячных заседаний»); the dative and prepositional templates are left out */
const NOUNS_PL = ['заседаний', 'конференций', 'консультаций', 'семинаров'];
const GENITIVE_TEMPLATES = HOLDING.filter((t) => !/ к \{a\}| в \{a\}/.test(t));

const HOLDING_PINS: Row[] = [
  // other oblique forms keep their reading
  ['по итогам ежегодного конкурса', ev('итоги')],
  ['определяются ежегодным приказом', sched('определяются ежегодным приказом')],
  ['В рамках ежегодной конференции', unread],
  // a held or fully dated event of the series is its day (round 59), the nominative and the genitive alike
  ['Проведение ежегодной конференции 15 марта 2021 года', { kind: 'on', start: '2021-03-15', due: '2021-03-15' }],
  ['23 марта прошло проведение ежегодной конференции', { kind: 'on', start: '2021-03-23', due: '2021-03-23' }],
  ['Ежегодная конференция 15 марта 2021 года', { kind: 'on', start: '2021-03-15', due: '2021-03-15' }],
  // as before: the masculine genitive and the nominative
  ['Организация ежегодного конкурса', rec('year')],
  ['Ежегодная школьная конференция', rec('year')],
];

/** «{x}» is the age */
const AGE_FRAMES = [
  'Возраст участников {x}.',
  'Возраст участников: {x}',
  'Возраст участников конкурса: {x}',
  'возраст участника – {x}',
  'Участники {x}',
  'Возраст детей {x}',
];
const AGES = ['с 14 лет до 21 года', 'от 14 лет до 18 лет', 'от 14 до 21 года', 'с 7 до 17 лет', 'от 12 лет до 17 лет', 'с 10 лет до 18 лет'];
const AGE_PINS: Row[] = [
  // a span from an event and a deadline keep their reading
  ['через 5 лет после окончания', ev('после')],
  ['участники до 20 марта', by('2021-03-20')],
  ['Конкурс для участников с 1 по 15 марта', range('2021-03-01', '2021-03-15')],
  ['возраст детей до 7 лет на 1 сентября', by('2021-09-01')],
];

/** the sentence around «{m}» (two months joined by a slash) */
const SLASH_FRAMES = ['{M} — время защиты индивидуальных учебных проектов выпускников школы', '{m}', 'Защита проектов: {m}', 'Конференция НОУ – {m}'];
const SLASH_PINS: Row[] = [
  // months further apart stay a list
  ['декабрь/май', months('2021-05-01', '2021-12-31')],
  ['март/май', months('2021-03-01', '2021-05-31')],
  // a dash reads as before
  ['Апрель-май', range('2021-04-01', '2021-05-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a repeat adjective after a noun of holding', () => {
      for (const t of HOLDING)
        for (const [a, every] of REPEATS) for (const n of NOUNS_F) add(t.replace('{a}', a).replace('{n}', n), rec(every));
      for (const t of GENITIVE_TEMPLATES)
        for (const [a, every] of PLURAL) for (const n of NOUNS_PL) add(t.replace('{a}', a).replace('{n}', n), rec(every));
    });
    section('a repeat adjective after a noun of holding: pins', () => HOLDING_PINS.forEach(([t, e]) => add(t, e)));
    section('an age after «возраст» or «участник*», «с N лет до M лет / года»', () => {
      for (const f of AGE_FRAMES)
        for (const x of AGES) {
          add(f.replace('{x}', x), unread);
          add(`${f.replace('{x}', x).replace(/\.$/, '')}, приём работ до 1 марта`, by('2021-03-01'));
        }
    });
    section('an age: pins', () => AGE_PINS.forEach(([t, e]) => add(t, e)));
    section('a month, a slash and the next month', () => {
      for (let m = 1; m <= 12; m++) {
        const next = (m % 12) + 1;
        const start = iso(m, 1);
        const due = next === 1 ? '2022-01-31' : iso(next, lastDay(next));
        const pairs = [`${MONTHS_NOM[m - 1]}/${MONTHS_NOM[next - 1]}`, `${MONTHS_NOM[m - 1]} / ${MONTHS_NOM[next - 1]}`, `в ${MONTHS_PREP[m - 1]}/${MONTHS_PREP[next - 1]}`];
        for (const f of SLASH_FRAMES)
          for (const p of pairs) add(f.replace('{m}', p).replace('{M}', p[0]!.toUpperCase() + p.slice(1)), range(start, due));
      }
    });
    section('a month, a slash and the next month: pins', () => SLASH_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 117: a repeat adjective after a noun of holding, an age after «возраст» or «участник*», a month, a slash and the next month',
  rows: () => sections().flatMap(([, rows]) => rows),
};
