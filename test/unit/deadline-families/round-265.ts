/**
 * Round 265 (corpus-real-230, the budget process of municipalities and regions, 97/99 first), two misses:
 * - «до / к / не позднее / не позже 24 часов <день месяц>» is the end of that day (round 264's midnight before a day, landed while this
 *   round was made with the same change; this family pins its variants), as round 60 reads «до 21 часа 5 февраля»: «Проект
 *   решения о бюджете района на очередной финансовый год считается внесенным в срок, если он доставлен Собранию депутатов Канашского
 *   района до 24 часов 15 ноября текущего года.» (https://base.garant.ru/17681001/31c8140a2e1dc585c5111b6d2281821d) → by 11-15 (it was
 *   `unparsed`, «срок отсчитывается от события: «24 часов»»: the hour was read only up to 23);
 * - «текущего / этого / нынешнего / сего [финансового / календарного] года» right after a day names its year, the context's, which a next
 *   or a previous year in words written before it does not move: «Глава Первомайского района … вносит проект решения о районном бюджете на
 *   очередной финансовый год (очередной финансовый год и плановый период) … не позднее 15 ноября текущего года.»
 *   (https://base.garant.ru/74733559/f0919a1a5b9327ff53d0b0cd9f3489ec) → by 2021-11-15 (it was 2022-11-15: the bracket's «очередной
 *   финансовый год», with no «на» before it, was read as «в следующем году»).
 * Pins: «до 24 часов» with no day after it and «в течение 24 часов после …» count hours as before, «до 25 часов» is no hour, an hour up to
 * 23 reads as before; with no «текущего года» after the day the next or the previous year in words still moves it («(очередной
 * финансовый год) не позднее 15 ноября», «в следующем году 1 марта», «В прошлом году … 25 августа …»), «следующего года» after the day
 * is the next year, and round 218's «на очередной финансовый год … не позднее 30 декабря текущего года» keeps the context's December.
 */
import { distinctRows, bareSpan, by, ev, on, sectionsOf, type Family, type Row } from './kit';

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (m: number, d: number, y = 2021): string => `${y}-${pad(m)}-${pad(d)}`;

/** (month, day) pairs of the days */
const DAYS: Array<[number, number]> = [[11, 15], [4, 1], [5, 1], [10, 1], [12, 1], [9, 30]];
/** what stands before the hour, and the hour's words in the case it takes */
const BEFORE_HOUR: Array<[string, string[]]> = [
  ['до', ['24 часов', '24 часа', '24 ч', '24 часов 00 минут']],
  ['не позднее', ['24 часов', '24 часов 00 минут']],
  ['не позже', ['24 часов']],
  ['к', ['24 часам']],
];
/** what real texts write around it */
const HOUR_FRAMES = [
  '{}',
  'Проект решения о бюджете считается внесенным в срок, если он доставлен в Совет депутатов {} текущего года.',
  'Заявки принимаются {}.',
  'Предложения направляются в оргкомитет {} текущего финансового года',
];

/** a next or a previous year in words written first, and the shift it gives a day with no year */
const YEAR_WORDS: Array<[string, number]> = [
  ['Глава района вносит проект решения о районном бюджете на очередной финансовый год (очередной финансовый год и плановый период)', 1],
  ['Проект бюджета (очередной финансовый год) вносится', 1],
  ['(следующий финансовый год)', 1],
  ['В следующем году', 1],
  ['В будущем году', 1],
  ['В предстоящем году', 1],
  ['В прошлом году', -1],
];
const PREPS: Array<[string, 'by' | 'on']> = [['не позднее', 'by'], ['до', 'by'], ['', 'on']];
const CURRENT = ['текущего', 'этого', 'нынешнего', 'сего'];
const KINDS = ['', 'финансового ', 'календарного '];

const PINS: Row[] = [
  // hours that are no time of that day, as before
  ['до 24 часов', bareSpan],
  ['в течение 24 часов после подачи', ev('подачи')],
  ['до 25 часов 15 ноября', bareSpan],
  ['за 24 часа до 15 ноября', ev('24 часа')],
  // an hour up to 23, as before (rounds 60, 152)
  ['до 23 часов 15 ноября', by('2021-11-15')],
  ['Подать заявку можно до 21 часа 5 февраля', by('2021-02-05')],
  ['не позднее 15 часов 10 сентября 2019 года', by('2019-09-10')],
  ['до 24.00 15 ноября', by('2021-11-15')],
  // no «текущего года» after the day: the year in words written first still moves it
  ['(очередной финансовый год) не позднее 15 ноября', by('2022-11-15')],
  ['Глава района вносит проект (очередной финансовый год и плановый период) не позднее 15 ноября.', by('2022-11-15')],
  ['в следующем году 1 марта', on('2022-03-01')],
  ['В прошлом году впервые уже 25 августа акты были подписаны', on('2020-08-25')],
  // the next year named after the day (round 60)
  ['не позднее 1 сентября следующего года', by('2022-09-01')],
  ['до 1 декабря следующего финансового года', by('2022-12-01')],
  // round 218: the year a plan is for does not move a day written beside it
  ['Проект решения о бюджете на очередной финансовый год и плановый период вносится не позднее 15 ноября текущего года.', by('2021-11-15')],
  ['Проект Плана на очередной финансовый год представляется не позднее 30 декабря текущего года.', by('2021-12-30')],
  ['на очередной финансовый год не позднее 15 ноября', by('2021-11-15')],
  // «текущего года» alone, as before
  ['не позднее 15 ноября текущего года', by('2021-11-15')],
  ['Годовой отчет об исполнении бюджета представляется не позднее 1-го мая текущего года.', by('2021-05-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«24 часов» before a day and its month is the end of that day', () => {
      let k = 0;
      for (const [before, hours] of BEFORE_HOUR)
        for (const h of hours) {
          const [m, d] = DAYS[k++ % DAYS.length]!;
          add(`${before} ${h} ${d} ${GEN[m - 1]}`, by(iso(m, d)));
          for (const f of HOUR_FRAMES.slice(1)) addAs(f.replace('{}', `${before} ${h} ${d} ${GEN[m - 1]}`), by(iso(m, d)));
        }
    });
    section('«текущего года» after a day keeps it in the context year after a next or a previous year in words', () => {
      let k = 0;
      for (const [words] of YEAR_WORDS)
        for (const [prep, kind] of PREPS)
          for (const cur of CURRENT) {
            const [m, d] = DAYS[k % DAYS.length]!;
            const kindOfYear = KINDS[k++ % KINDS.length]!;
            const day = `${d} ${GEN[m - 1]} ${cur} ${kindOfYear}года`;
            const text = `${words} ${prep ? `${prep} ` : ''}${day}`;
            addAs(text, kind === 'by' ? by(iso(m, d)) : on(iso(m, d)));
            addAs(`${text}.`, kind === 'by' ? by(iso(m, d)) : on(iso(m, d)));
          }
    });
    section('the same words without «текущего года» (pins)', () => {
      let k = 0;
      for (const [words, shift] of YEAR_WORDS)
        for (const [prep, kind] of PREPS) {
          const [m, d] = DAYS[k++ % DAYS.length]!;
          const text = `${words} ${prep ? `${prep} ` : ''}${d} ${GEN[m - 1]}`;
          addAs(text, kind === 'by' ? by(iso(m, d, 2021 + shift)) : on(iso(m, d, 2021 + shift)));
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 265: «до 24 часов <день>» is that day; «текущего года» after a day keeps the context year',
  rows: () => distinctRows(sections()),
};
