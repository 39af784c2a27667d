/**
 * Round 102 (corpus-real-90: the money and buildings side of schools — meals, закупки, repairs, the heating season). Two classes the
 * set's first run missed, as news of repairs and heating and the terms of contracts write them:
 * - «на протяжении <число> <срок>» is a counted span like «в течение <число> <срок>»: with no event and no date it is a bare span
 *   (`unparsed`, «Подача отопления и прогрев внутридомовых систем отопления проводится на протяжении пяти суток.»), with what it
 *   counts from it is that event. Without a count («на протяжении всего года», «на протяжении месяца»), with a count of shifts
 *   (round 85) or with a window written after it (round 29's length of a window) it reads as before.
 * - the finite forms of «приступить» («приступят / приступит / приступили / приступил / приступает …») are verbs of starting like
 *   «начнутся» (round 13): before a day they read as «с» that day — open-ended from it, a window with a day of ending written after
 *   («К работам приступят 26 мая, а завершить их планируется к 25 августа.»). Right after its day a verb of starting keeps that day
 *   (round 77), and the infinitive reads as rounds 39 and 82 read it.
 * The first template of each section is the set's real row (its source in corpus-real-90.tsv).
 */
import { bareSpan, ev, on, ongoing, range, sectionsOf, type Expect, type Row, type Family } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** the sentence around «{s}» (the counted span after «на протяжении») */
const SPAN_FRAMES = [
  'Подача отопления и прогрев внутридомовых систем отопления проводится на протяжении {s}',
  'на протяжении {s}',
  'Работы по промывке систем будут идти на протяжении {s}',
  'Комиссия работает на протяжении {s}',
  'Ремонт кровли продлится на протяжении {s}',
];
const SPANS = ['пяти суток', '5 суток', 'трех дней', 'трёх дней', '3 дней', 'десяти дней', '10 рабочих дней', 'двух недель', '2 недель', 'трех месяцев', '2 месяцев'];
/** what the span counts from, and a word the reason names */
const FROM_EVENT: Array<[string, string]> = [
  ['после объявления результатов', 'результатов'],
  ['со дня подачи заявления', 'заявления'],
  ['с момента подписания акта', 'акта'],
  ['после окончания работ', 'работ'],
];
const SPAN_PINS: Row[] = [
  // no count: open-ended work as before
  ['на протяжении всего года', ongoing],
  ['на протяжении учебного года', ongoing],
  ['на протяжении месяца', ongoing],
  ['Прием заявок идет на протяжении всего учебного года', ongoing],
  // an ordinal is no count: the first years of work are counted from the hiring, as after «в течение» (round 277; they were open-ended work)
  ['Надбавка выплачивается на протяжении первых двух лет работы', ev('перв')],
  // «нескольких» is a count, as in «в течение нескольких дней»
  ['на протяжении нескольких лет', bareSpan],
  // a count of shifts is round 85's event
  ['на протяжении двух смен', ev('смен')],
  // a year and a window keep their dates
  ['на протяжении 2021 года', range('2021-01-01', '2021-12-31')],
  ['на протяжении 10 дней с 1 по 10 июня', range('2021-06-01', '2021-06-10')],
  // «в течение» reads as before
  ['в течение пяти суток', bareSpan],
  ['в течение трех дней после объявления результатов', ev('результатов')],
];

/** the finite forms of «приступить» */
const VERBS = ['приступят', 'приступит', 'приступили', 'приступил', 'приступила', 'приступает', 'приступают'];
/** a day and its date */
const DAYS: Array<[string, string]> = [
  ['26 мая', '2021-05-26'],
  ['1 апреля', '2021-04-01'],
  ['15 июня', '2021-06-15'],
  ['3 марта', '2021-03-03'],
  ['01.07.2021', '2021-07-01'],
];
/** «{v}» the verb, «{d}» the day it starts */
const START_FRAMES = [
  'К работам {v} {d}',
  'Подрядчик {v} к ремонту школы {d}',
  'Строители {v} к работам {d}',
  'К замене кровли {v} {d}',
];
/** «{v}» the verb, «{d}» the day it starts, «{e}» the day of ending */
const WINDOW_FRAMES = [
  'К работам {v} {d}, а завершить их планируется к {e}',
  'Подрядчик {v} к ремонту {d}, а завершить его планируется до {e}',
  'К работам {v} {d} и завершат их до {e}',
];
const ENDS: Array<[string, string]> = [
  ['25 августа', '2021-08-25'],
  ['31 октября', '2021-10-31'],
  ['20.08.2021', '2021-08-20'],
];
const START_PINS: Row[] = [
  // right after its day a verb of starting keeps the day (round 77)
  ['10 апреля строители приступили к работам', on('2021-04-10')],
  ['1 сентября начнутся занятия', on('2021-09-01')],
  // the infinitive as rounds 39 and 82 read it
  ['Приступить к работе 1 сентября', on('2021-09-01')],
  ['Подрядчик должен приступить к работам 1 октября 2026 года и завершить их до 1 декабря 2027 года', range('2026-10-01', '2027-12-01')],
  ['Ремонт планируют начать 16 мая', from('2021-05-16')],
  // «с» written out reads as before
  ['К работам приступят с 1 апреля', from('2021-04-01')],
  // other verbs of starting as before
  ['Работы начнутся 26 мая, а завершить их планируется к 25 августа', range('2021-05-26', '2021-08-25')],
  ['Занятия начнутся 1 сентября', from('2021-09-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«на протяжении <число> <срок>» alone', () => {
      for (const frame of SPAN_FRAMES) for (const s of SPANS) add(frame.replace('{s}', s), bareSpan);
    });
    section('«на протяжении <число> <срок>» from an event', () => {
      for (const s of SPANS) for (const [e, word] of FROM_EVENT) add(`на протяжении ${s} ${e}`, ev(word));
    });
    section('«на протяжении»: pins', () => SPAN_PINS.forEach(([t, e]) => add(t, e)));
    section('«приступят / приступили …» before a day', () => {
      for (const frame of START_FRAMES)
        for (const v of VERBS) for (const [d, iso] of DAYS) add(frame.replace('{v}', v).replace('{d}', d), from(iso));
    });
    section('«приступят / приступили …» before a day, a day of ending after', () => {
      for (const frame of WINDOW_FRAMES)
        for (const v of VERBS)
          for (const [d, start] of DAYS)
            for (const [e, due] of ENDS) add(frame.replace('{v}', v).replace('{d}', d).replace('{e}', e), range(start, due));
    });
    section('«приступят»: pins', () => START_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 102: «на протяжении <число> <срок>» is a counted span; «приступят / приступили …» before a day is a verb of starting',
  rows: () => sections().flatMap(([, rows]) => rows),
};
