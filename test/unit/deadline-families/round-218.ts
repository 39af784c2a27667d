/**
 * Round 218 (corpus-real-186's known miss: a Moscow department's order on the plans of its institutions). Three classes:
 * - the adjective of the next or the current year stands before a kind of year — «финансовый / календарный / бюджетный» — and is read
 *   as without it: «в следующем финансовом году» is the year after the context's, «в текущем календарном году» the context's, «за
 *   прошлый финансовый год» the year before;
 * - «очередной / очередном» is the next one, as its genitive «очередного» already was (round 86);
 * - the accusative «на <следующий / очередной / текущий …> [финансовый …] год» names the year a plan is for: it is the deadline when
 *   no date, repeat or offset from an event says when, and it gives no year to a day written beside it.
 * Pins: the genitive after «до начала» and «в течение» (rounds 86, 177), a day with «текущего года» beside the year a plan is for, a
 * repeat, an offset from an event and an event phrase beside it (round 172), «очередной» of no year.
 */
import { distinctRows, by, ev, on, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the year after the context's, the context's and the one before (calendar context 2021) */
const NEXT_YEAR = range('2022-01-01', '2022-12-31');
const THIS_YEAR = range('2021-01-01', '2021-12-31');
const LAST_YEAR = range('2020-01-01', '2020-12-31');

/** the kinds of year between the adjective and «год», in the accusative and the prepositional */
const KINDS_ACC = ['финансовый', 'календарный', 'бюджетный'];
const KINDS_PREP = ['финансовом', 'календарном', 'бюджетном'];
/** adjectives of the next year and of the current one */
const NEXT_ACC = ['следующий', 'очередной', 'предстоящий', 'будущий'];
const NEXT_PREP = ['следующем', 'очередном', 'предстоящем', 'будущем'];
const CURRENT_ACC = ['текущий', 'нынешний'];
const CURRENT_PREP = ['текущем', 'нынешнем'];

/** what is made for a year, `{y}` the year's words */
const FOR_FRAMES = [
  '{y}',
  'План составляется {y}',
  '1.2. План финансово-хозяйственной деятельности учреждения (далее - План) составляется {y} и плановый период',
  'Формирование муниципального задания {y}',
  'Утверждение плана-графика закупок {y}',
];
/** what happens in a year, `{y}` the year's words */
const IN_FRAMES = ['{y}', 'Ремонт кровли запланирован {y}', 'Субсидия предоставляется {y}'];

const PINS: Row[] = [
  // the genitive after «до начала» and «в течение», as before (rounds 86, 177)
  ['до начала очередного финансового года', by('2021-12-31')],
  ['в течение очередного финансового года', NEXT_YEAR],
  ['1 сентября следующего календарного года', on('2022-09-01')],
  // a day beside the year a plan is for keeps the context's year
  ['43. Проект Плана учреждения на очередной финансовый год и плановый период представляется в Рособрнадзор не позднее 30 декабря текущего года.', by('2021-12-30')],
  // a repeat and an offset from an event beside it keep their kinds
  ['Планы-графики закупок формируются ежегодно на очередной финансовый год в соответствии с планом закупок.', rec('year')],
  ['Проект Плана на очередной финансовый год представляется в Министерство не позднее 3 рабочих дней со дня получения сведений', ev('получения')],
  // the prepositional with a day keeps the day in that year, as «в следующем году 1 марта» did
  ['в следующем году 1 марта', on('2022-03-01')],
  // an event phrase beside the year a plan is for keeps its event (round 172)
  ['при формировании бюджета на очередной финансовый год', ev('бюджета')],
  ['При составлении проекта бюджета на следующий финансовый год учесть расходы', ev('бюджета')],
  // «очередной» of no year is no time
  ['очередное заседание совета', unread],
  ['в очередной раз', unread],
  // a year in figures is read as written
  ['на 2023 финансовый год', range('2023-01-01', '2023-12-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the year a plan is for: «на <adj> [kind] год»', () => {
      for (const f of FOR_FRAMES) {
        for (const a of NEXT_ACC) {
          add(f.replace('{y}', `на ${a} год`), NEXT_YEAR);
          for (const k of KINDS_ACC) add(f.replace('{y}', `на ${a} ${k} год`), NEXT_YEAR);
        }
        for (const a of CURRENT_ACC) for (const k of KINDS_ACC) add(f.replace('{y}', `на ${a} ${k} год`), THIS_YEAR);
      }
    });
    section('the year things happen in: «в <adj> [kind] году»', () => {
      for (const f of IN_FRAMES) {
        for (const a of NEXT_PREP) for (const k of KINDS_PREP) add(f.replace('{y}', `в ${a} ${k} году`), NEXT_YEAR);
        for (const a of CURRENT_PREP) for (const k of KINDS_PREP) add(f.replace('{y}', `в ${a} ${k} году`), THIS_YEAR);
        for (const k of KINDS_PREP) add(f.replace('{y}', `в прошлом ${k} году`), LAST_YEAR);
      }
      for (const k of KINDS_PREP) add(`в следующем ${k} году 1 марта`, on('2022-03-01'));
    });
    section('the year a report covers: «за прошлый / текущий [kind] год»', () => {
      for (const k of KINDS_ACC) {
        add(`Отчет за прошлый ${k} год`, LAST_YEAR);
        add(`Отчет об исполнении плана за текущий ${k} год`, THIS_YEAR);
      }
    });
    section('a day beside the year a plan is for', () => {
      for (const a of NEXT_ACC)
        for (const k of ['', ...KINDS_ACC].map((x) => (x ? ` ${x}` : ''))) {
          add(`Проект плана на ${a}${k} год представляется не позднее 30 декабря текущего года`, by('2021-12-30'));
          add(`План на ${a}${k} год утверждается до 25 декабря`, by('2021-12-25'));
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 218: the year a plan is for — a kind of year after the adjective, «очередной», «на <adj> год» read last',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
