/**
 * Round 107 (corpus-real-95: money for pupils, students and teachers — стипендии, премии, гранты, целевое обучение, выплаты). One
 * class the set's first run missed, as news of contests, grants and payments writes the start of a procedure:
 * - the action begun put before a transitive verb of starting («начнут / начинают / начали») in its clause — an infinitive
 *   («Принимать заявки от образовательных учреждений начнут 5 августа.») or a noun round 77 begins («Прием заявок начнут …») — makes it
 *   a verb of starting, as round 105's infinitive after it does («начнут принимать заявки 5 августа», kept here as rows read so
 *   already): open-ended from the day after it (it was that one day). Right after its day, with nothing begun, with a window, or with
 *   a verb of launching it reads as before.
 * The first template is the set's real row (its source in corpus-real-95.tsv).
 */
import { on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** «{I}» the infinitive capitalised (it opens the text), «{i}» as is, «{v}» the verb of starting, «{d}» the day or month. */
const FRAMES = [
  '{I} заявки от образовательных учреждений {v} {d}',
  '{I} документы на соискание стипендии {v} {d}',
  '{I} заявления на единовременную выплату в управлении образования {v} {d}',
  'Заявки на гранты {v} {i} {d}',
  'Школы {v} {i} документы кандидатов {d}',
  'В Курганской области {v} {i} заявления {d}',
  'Стипендии губернатора {v} {i} {d}',
];
const INFINITIVES = ['принимать', 'выдавать', 'выплачивать', 'рассматривать', 'собирать', 'оформлять'];
/** the third person plural of a procedure's indefinite doer, as news writes it */
const VERBS = ['начнут', 'начинают', 'начали'];
const DAYS: Array<[string, string]> = [
  ['5 августа', '2021-08-05'],
  ['1 сентября', '2021-09-01'],
  ['15 января', '2021-01-15'],
  ['01.09.2021', '2021-09-01'],
  ['в июне', '2021-06-01'],
];
/** the noun round 77 begins, fronted before the verb */
const FRONTED_NOUNS = ['Прием заявок', 'Приём документов', 'Выдачу сертификатов', 'Набор на целевое обучение', 'Запись на конкурс'];

const PINS: Row[] = [
  // right after its day the verb is that day (round 77)
  ['1 октября отопление начнут постепенно подключать в школах', on('2021-10-01')],
  ['5 августа школы начнут принимать заявки', on('2021-08-05')],
  // with nothing begun the verb reads as before
  ['Школы начнут 1 сентября', on('2021-09-01')],
  ['Пять школ начнут 1 сентября', on('2021-09-01')],
  // a window stays a window
  ['Принимать заявки начнут с 5 по 20 августа', range('2021-08-05', '2021-08-20')],
  // «с» already read it so
  ['Заявления начнут принимать с 6 июля', from('2021-07-06')],
  // a verb of launching is not a verb of starting (the corpora read «была запущена в 2022 году» as the window)
  ['Голосование запустят 5 сентября', on('2021-09-05')],
  ['Приём заявок запустят 1 марта', on('2021-03-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a verb of starting with an infinitive before or after it', () => {
      for (const frame of FRAMES)
        for (const inf of INFINITIVES)
          for (const v of VERBS)
            for (const [d, start] of DAYS)
              add(frame.replace('{I}', inf[0]!.toUpperCase() + inf.slice(1)).replace('{i}', inf).replace('{v}', v).replace('{d}', d), from(start));
    });
    section('a fronted noun round 77 begins before the verb', () => {
      for (const noun of FRONTED_NOUNS)
        for (const v of VERBS)
          for (const [d, start] of DAYS) add(`${noun} ${v} ${d}`, from(start));
    });
    section('a verb of starting with an infinitive: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 107: a verb of starting with the action begun as an infinitive before or after it',
  rows: () => sections().flatMap(([, rows]) => rows),
};
