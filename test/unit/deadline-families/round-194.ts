/**
 * Round 194 (corpus-real-179: functional literacy, «Точка роста», «IT-куб» and the digital educational environment). Four classes:
 *   1. a day, a month's name or abbreviation and a year joined by hyphens, a news engine's «d-M-Y» («- 09-май-2021, 13:06»), is that day;
 *   2. a four-digit year, a dash and a two-digit last year further on than the next one, before a plural year word («в 2020-22 годах»),
 *      are the calendar years from the first to that one;
 *   3. «больше / более / свыше <срок> назад» says how long ago, a label (round 140), not a threshold of a condition (round 48);
 *   4. a number after a verb of reaching («достигнет 340») or after a verb of changing a count and «до» («увеличить до 500») is a count.
 * Pins: dates with hyphens and figures, round 164's short school years and next-year pairs, thresholds of conditions, spans before
 * «назад» without a comparative, counts after round 92's verbs, and a day or a date after «до» behind a verb of changing.
 * The first template of each section is a real row of corpus-real-179 (its source there).
 */
import { ev, iso, on, range, sectionsOf, unread, by, type Row } from './kit';

/** month words as a news engine writes them between hyphens, and their month */
const HYPHEN_MONTHS: Array<[string, number]> = [
  ['янв', 1], ['фев', 2], ['мар', 3], ['апр', 4], ['май', 5], ['июн', 6], ['июл', 7], ['авг', 8], ['сен', 9], ['окт', 10], ['ноя', 11], ['дек', 12],
  ['января', 1], ['февраля', 2], ['марта', 3], ['мая', 5], ['сентября', 9], ['декабря', 12], ['Май', 5], ['Окт', 10], ['сент', 9], ['нояб', 11],
];
const HYPHEN_DAYS = ['09', '28'];
const HYPHEN_YEARS = [2018, 2021];
/** what stands around such a date line */
const HYPHEN_FRAMES: Array<(d: string) => string> = [(d) => d, (d) => `- ${d}, 13:06`, (d) => `Дата: ${d}`];

/** the plural year words after a pair of years */
const YEAR_WORDS = ['годах', 'годы', 'гг.', 'г.г.'];
const YEAR_LEADS = ['в', 'на', 'Программа на'];

/** comparatives and spans before «назад» */
const AGO_SPANS = ['10 лет', '45 лет', 'двух лет', 'года', '3 лет', 'полугода', '20 лет', 'пяти лет'];
const AGO_COMPARATIVES = ['больше', 'более', 'свыше'];
const AGO_FRAMES: Array<(s: string) => string> = [
  (s) => `Конкурс появился ${s} назад.`,
  (s) => `${s} назад`,
  (s) => `Школа открылась ${s} назад`,
  (s) => `центр работает с нами ${s} назад`,
];

/** counts and the verbs that reach or change them */
const COUNTS = ['340', '500', '1200', '4500'];
const REACHING = ['достигнет', 'достигнут', 'достигло', 'достигла', 'достиг', 'достигает', 'достигли'];
const CHANGING = ['увеличить до', 'увеличится до', 'увеличат до', 'сократить до', 'сократится до', 'снизится до', 'вырастет до', 'возрастет до', 'довести до', 'расширить до'];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a day, a month word and a year joined by hyphens are that day', () => {
      addAs('- 09-май-2021, 13:06', on('2021-05-09'));
      for (const [word, m] of HYPHEN_MONTHS)
        for (const d of HYPHEN_DAYS)
          for (const y of HYPHEN_YEARS)
            for (const frame of HYPHEN_FRAMES) addAs(frame(`${d}-${word}-${y}`), on(iso(m, Number(d), y)));
    });
    section('a two-digit last year further on, before a plural year word, ends a window of calendar years', () => {
      addAs('О проведении в 2020-22 годах эксперимента по внедрению целевой модели цифровой образовательной среды', range('2020-01-01', '2022-12-31'));
      for (const first of [2015, 2019, 2020, 2021, 2023])
        for (const span of [2, 3, 5, 9])
          for (const word of YEAR_WORDS)
            for (const lead of YEAR_LEADS) {
              const last = first + span;
              addAs(`${lead} ${first}-${String(last).slice(2)} ${word}`, range(`${first}-01-01`, `${last}-12-31`));
            }
    });
    section('a comparative before a span and «назад» says how long ago: no threshold', () => {
      for (const comparative of AGO_COMPARATIVES)
        for (const span of AGO_SPANS)
          for (const frame of AGO_FRAMES) addAs(frame(`${comparative} ${span}`), unread);
    });
    section('a number after a verb of reaching, or of changing a count and «до», is a count', () => {
      addAs('Ожидается, что в 2024 году их число достигнет 340.', range('2024-01-01', '2024-12-31'));
      for (const count of COUNTS) {
        for (const verb of REACHING) {
          addAs(`их число ${verb} ${count}`, unread);
          addAs(`В 2024 году их число ${verb} ${count}.`, range('2024-01-01', '2024-12-31'));
        }
        for (const verb of CHANGING) {
          addAs(`количество мест планируется ${verb} ${count}`, unread);
          addAs(`В 2023 году количество мест ${verb} ${count}, набрав еще 250 учащихся`, range('2023-01-01', '2023-12-31'));
        }
      }
    });
    section('pins: what reads as before', () => {
      add('15-05-2021', on('2021-05-15'));
      add('с 1 по 15 сентября', range('2021-09-01', '2021-09-15'));
      add('2021-22 уч. год', range('2021-09-01', '2022-08-31'));
      add('в 2019-20 годах', range('2019-01-01', '2020-12-31'));
      add('22-23гг', range('2022-01-01', '2023-12-31'));
      add('в 2020-2022 годах', range('2020-01-01', '2022-12-31'));
      add('пропустившие более 3 дней', ev('более 3 дней'));
      add('отсутствовавшие больше года', ev('больше года'));
      add('Конкурс появился 10 лет назад', unread);
      add('Было построено 45 лет назад в 1973 году', range('1973-01-01', '1973-12-31'));
      add('таких школ было 3116', unread);
      add('их число составит 340 человек', unread);
      add('увеличить до 15 мая', by('2021-05-15'));
      add('срок сдачи увеличить до 25.05', by('2021-05-25'));
      add('сократить до 1 сентября', by('2021-09-01'));
      add('Экзамен будет 15 мая', on('2021-05-15'));
    });
  });
}

export const family = {
  title: 'round 194: hyphenated month-word dates, a short last year of a plural window, «больше … назад», counts reached or changed',
  rows: (): Row[] => sections().flatMap(([, rows]) => rows),
};
