/**
 * Round 212 (corpus-real-194: повышение квалификации педагогов — the periodicity of КПК in laws and положения, ЦНППМ and its
 * indicators, стажировки, the act labels and date fields of the pages that carry them). Four classes, each a row of the set (its
 * source there):
 * - a period that a document fixes, its agent in the instrumental between the participle and the noun, is a schedule like round 84's
 *   «в установленный законом срок» («… в установленный нормативными документами период времени.»); «документом / документами» join
 *   the documents that fix a term («в установленные нормативными документами сроки»);
 * - «на плановой основе», and «в плановом порядке» inside a sentence, say that a plan holds the dates, like «по плану» («1. Повышение
 *   квалификации областных государственных служащих осуществляется на плановой основе.»);
 * - a term's length given as a bound — «сроком более / свыше / менее / больше / не более / до <срок>» — is a length from nothing the
 *   text names (a bare span), not round 48's threshold («… долгосрочного (сроком более одного месяца) обучения …»);
 * - «в последний / первый месяц» of a year named by a relative word, «учебного», its figures or nothing is its last or first month, as
 *   «в конце / в начале года» read («В последний месяц уходящего года в детском саду прошел конкурс …»).
 * Pins: «в первый месяц работы» (an event), «за последний месяц года», «в порядке перевода», «сроком на 1 год» (unread), «на регулярной
 * основе» (open-ended), a threshold «пропустившие более 3 дней» (the condition), «в установленный срок», «в установленные возрастные
 * периоды», «в конце года», «в плановом порядке» opening a cell (round 21's reading).
 */
import { distinctRows, bareSpan, ev, ongoing, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the participle with its noun, singular and plural */
const PERIODS: Array<[participle: string, noun: string]> = [
  ['в установленный', 'период'],
  ['в установленные', 'периоды'],
  ['в определенный', 'период'],
  ['в указанный', 'период'],
];
/** who fixes the period, in the instrumental (not a document noun «по / в <прил.> <документ>» reads at the start already: «в
 *  установленные приказом периоды» was a schedule of its own, «установленный приказ периоды», before the round) */
const AGENTS = ['нормативными документами', 'законом', 'законодательством', 'документом', 'нормативным документом', 'законодательными документами'];
/** what the period is for, before it, and a tail after it */
const PERIOD_FRAMES = ['{p}', 'Доклад отправляют в органы власти {p}', 'Сведения представляются {p} времени'];

/** the subject and verb before the plan's words */
const PLANNED_SUBJECTS = [
  '1. Повышение квалификации областных государственных служащих осуществляется',
  'Обучение педагогов проводится',
  'Проверки проводятся',
  'Курсовая подготовка организуется',
  'Аттестация работников проходит',
];
const PLANNED = ['на плановой основе', 'в плановом порядке'];

/** the bound of a term's length, and the length */
const BOUNDS = ['более', 'свыше', 'менее', 'больше', 'не более', 'до'];
const LENGTHS = ['одного месяца', '3 месяцев', 'двух недель', '5 дней'];
const TERM_FRAMES = ['обучение сроком {b} {n}', 'краткосрочного (сроком {b} {n}) обучения: курсы, стажировки, семинары'];

/** «в последний / первый месяц» and the year after it: its year */
const LAST = ['в последний месяц', 'в последнем месяце'];
const FIRST = ['в первый месяц', 'в первом месяце'];
const YEARS: Array<[words: string, year: number]> = [
  ['года', 2021],
  ['уходящего года', 2021],
  ['текущего года', 2021],
  ['этого года', 2021],
  ['следующего года', 2022],
  ['прошлого года', 2020],
  ['2023 года', 2023],
];
const MONTH_FRAMES = ['{p} {y}', '{p} {y} в детском саду прошел конкурс новогодних поделок'];

const PINS: Row[] = [
  // «первый месяц» of anything but a year stays what it was
  ['в первый месяц работы', ev('в первый месяц работы')],
  ['за последний месяц года', unread],
  ['в конце года', range('2021-12-01', '2021-12-31')],
  ['в начале учебного года', range('2021-09-01', '2021-09-30')],
  // «в … порядке» inside a sentence with another adjective, and the open-ended «основе», as before
  ['в порядке перевода', unread],
  ['Обучение осуществляется на регулярной основе.', ongoing],
  ['в плановом порядке', sched('плановый порядок')],
  // a term with «на», and a threshold of how long something lasted, as before
  ['сроком на 1 год', unread],
  ['Дети, пропустившие более 3 дней, допускаются со справкой', ev('более 3 дней')],
  // a period or a term fixed with an adjective only, or set by no agent, as before
  ['в установленный срок', sched('в установленный срок')],
  ['Осмотры проводятся в установленные возрастные периоды', sched('в установленные возрастные периоды')],
  ['в установленный законом срок', sched('в установленный законом срок')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a period a document fixes, the agent between', () => {
      for (const [p, n] of PERIODS)
        for (const a of AGENTS)
          for (const f of PERIOD_FRAMES) {
            const phrase = `${p} ${a} ${n}`;
            const reason = f.endsWith('времени') ? `${phrase} времени` : phrase;
            add(f.replace('{p}', phrase), sched(reason));
          }
    });
    section('«на плановой основе», «в плановом порядке» inside a sentence', () => {
      for (const s of PLANNED_SUBJECTS) for (const p of PLANNED) add(`${s} ${p}`, sched(p));
    });
    section('a term\'s length as a bound', () => {
      for (const f of TERM_FRAMES)
        for (const b of BOUNDS) for (const n of LENGTHS) addAs(f.replace('{b}', b).replace('{n}', n), bareSpan);
    });
    section('the last or first month of a year', () => {
      for (const f of MONTH_FRAMES)
        for (const [y, year] of YEARS) {
          for (const p of LAST) add(f.replace('{p}', p).replace('{y}', y), range(`${year}-12-01`, `${year}-12-31`));
          for (const p of FIRST) add(f.replace('{p}', p).replace('{y}', y), range(`${year}-01-01`, `${year}-01-31`));
        }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 212: повышение квалификации педагогов — a period a document fixes, «на плановой основе», a term\'s length as a bound, the last or first month of a year',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
