/**
 * Round 100 (corpus-real-88: the organisation of learning inside a school year). One class the set's first run missed, as news of
 * school holidays, trimesters and retakes writes it:
 * - «через / спустя <срок>» with nothing it counts from after the span («Но буквально через месяц учеников снова ждет отдых — с 15 по
 *   23 ноября.») is a story's «a month later»: the windows written after it say when. With «после / со дня / с момента» after the
 *   span, with a single day, or with a deadline after it, it reads as before.
 * The first template is the set's real row (its source in corpus-real-88.tsv).
 */
import { by, ev, range, sectionsOf, type Row, type Family } from './kit';

/** the sentence around «{r}» (the relative span) and «{w}» (the window) */
const FRAMES = [
  'Но буквально {r} учеников снова ждет отдых — {w}',
  '{R}, {w}, пройдут каникулы',
  'А {r} — {w} — снова каникулы',
  'Уже {r} школьники снова уйдут на каникулы: {w}',
  '{R} начнется второй модуль, а каникулы будут {w}',
  'Пересдача пройдет {r}, {w}',
];
const LATER = ['через месяц', 'через неделю', 'через две недели', 'через 2 недели', 'через пять недель', 'спустя месяц', 'спустя две недели'];
const WINDOWS: Array<[string, string, string]> = [
  ['с 15 по 23 ноября', '2021-11-15', '2021-11-23'],
  ['с 1 по 7 марта', '2021-03-01', '2021-03-07'],
  ['с 10 по 16 октября', '2021-10-10', '2021-10-16'],
  ['с 20 по 26 февраля', '2021-02-20', '2021-02-26'],
  ['с 4 по 10 апреля', '2021-04-04', '2021-04-10'],
  ['с 21.02.2021 по 27.02.2021', '2021-02-21', '2021-02-27'],
];
const PINS: Row[] = [
  // a span counted from an event keeps its event
  ['Через месяц после окончания, с 1 по 5 июля', ev('после')],
  ['Через месяц со дня проведения, с 1 по 5 июля', ev('через')],
  ['через 10 дней после 01.09.2021', ev('после')],
  // a single day after the span reads as before
  ['через неделю 15 марта', ev('через')],
  // a deadline after the span wins as before (round 59)
  ['Через 10 дней, до 15 марта', by('2021-03-15')],
  // the span alone is an offset as before
  ['через месяц', ev('через')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«через / спустя <срок>» before windows', () => {
      for (const frame of FRAMES)
        for (const r of LATER)
          for (const [w, start, due] of WINDOWS)
            add(frame.replace('{r}', r).replace('{R}', r[0]!.toUpperCase() + r.slice(1)).replace('{w}', w), range(start, due));
    });
    section('«через / спустя <срок>» before windows: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 100: «через / спустя <срок>» with nothing it counts from, before windows written after it',
  rows: () => sections().flatMap(([, rows]) => rows),
};
