/**
 * Round 112 (corpus-real-100: culture, local history and memory work in schools — школьные музеи, поисковые отряды, «Пушкинская
 * карта», школьный театр, памятные даты). One class the set's first run missed, as school and city news write when a museum, a
 * party or a show began:
 * - a spring, summer or autumn right before «прошлого / предыдущего [календарного] года» is that season of the year before the
 *   context's, before «следующего / будущего / предстоящего / очередного года» of the year after — as round 82 reads a month there
 *   («в сентябре прошлого года») and round 88 reads «прошлым летом»: the season's noun in the instrumental («осенью», «весною»),
 *   after «до / к / с» and «до конца», and «в летний период» before the adjective of the year.
 * Pins: winter, which runs from one year into the next, stays as it was; «этого / текущего года» and a year written stay as they were;
 * a month before «прошлого года» and «прошлым летом» read as before.
 * The first template is the set's real row (its source in corpus-real-100.tsv).
 */
import { by, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the sentence around «{s}» (the season with its year in words) */
const FRAMES = [
  'За плечами у них уже три полевых выхода, хотя отряд был создан только {s}.',
  '{S} в школе открылся музей боевой славы',
  'Школьный театр показал премьеру спектакля {s}',
  'Экспедиция поискового отряда «Память» прошла {s}',
  '{S} ученики побывали на спектакле по Пушкинской карте',
  'Экспозицию школьного музея обновили {s}, к юбилею школы',
];
/** the season's noun in the instrumental and its first month */
const SEASONS: Array<[string, number]> = [
  ['осенью', 9],
  ['весной', 3],
  ['летом', 6],
  ['весною', 3],
];
/** the year's adjective (with «календарного» once) and the year it names in the context of 2021 */
const YEARS: Array<[string, number]> = [
  ['прошлого года', 2020],
  ['предыдущего года', 2020],
  ['прошлого календарного года', 2020],
  ['следующего года', 2022],
  ['будущего года', 2022],
  ['предстоящего года', 2022],
  ['очередного года', 2022],
];

const pad = (n: number): string => String(n).padStart(2, '0');
const END: Record<number, string> = { 5: '31', 8: '31', 11: '30' };
/** the season's window in a year */
const window = (first: number, year: number): Expect => range(`${year}-${pad(first)}-01`, `${year}-${pad(first + 2)}-${END[first + 2]}`);

/** the other ways round 112 reads it: a preposition before the season, or «период» after its adjective */
const FORMS: Row[] = [
  ['до осени прошлого года', by('2020-08-31')],
  ['до осени следующего года', by('2022-08-31')],
  ['к лету следующего года', by('2022-05-31')],
  ['к весне будущего года', by('2022-02-28')],
  ['до конца лета прошлого года', by('2020-08-31')],
  ['до конца осени следующего года', by('2022-11-30')],
  ['с весны прошлого года', { kind: 'ongoing', start: '2020-03-01', due: '2021-12-31' }],
  ['с осени прошлого года работает школьный театр', { kind: 'ongoing', start: '2020-09-01', due: '2021-12-31' }],
  ['в летний период прошлого года', range('2020-06-01', '2020-08-31')],
  ['в летний оздоровительный период прошлого года', range('2020-06-01', '2020-08-31')],
  ['в осенний период следующего года', range('2022-09-01', '2022-11-30')],
  ['в весенний период будущего года', range('2022-03-01', '2022-05-31')],
];
const PINS: Row[] = [
  // winter runs from one year into the next: left as it was (`nextSeasonShift` leaves it too)
  ['зимой прошлого года', range('2021-12-01', '2022-02-28')],
  ['зимой следующего года', range('2021-12-01', '2022-02-28')],
  // the current year in words and a year written stay as they were
  ['летом этого года', range('2021-06-01', '2021-08-31')],
  ['осенью текущего года', range('2021-09-01', '2021-11-30')],
  ['осенью 2020 года', range('2020-09-01', '2020-11-30')],
  ['весной 2019 года', range('2019-03-01', '2019-05-31')],
  // the season alone is the context's
  ['Летом в школе открылся музей', range('2021-06-01', '2021-08-31')],
  // a month before the year in words (round 82) and the adjective before the season (round 88) read as before
  ['в сентябре прошлого года', range('2020-09-01', '2020-09-30')],
  ['в декабре следующего года', range('2022-12-01', '2022-12-31')],
  ['прошлым летом', range('2020-06-01', '2020-08-31')],
  ['следующей весной', range('2022-03-01', '2022-05-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a season before «прошлого / следующего года» is that season of that year', () => {
      for (const frame of FRAMES)
        for (const [noun, first] of SEASONS)
          for (const [year, y] of YEARS) {
            const s = `${noun} ${year}`;
            add(frame.replace('{s}', s).replace('{S}', s[0]!.toUpperCase() + s.slice(1)), window(first, y));
          }
    });
    section('after «до / к / с», «до конца», and «в <сезонный> период»', () => FORMS.forEach(([t, e]) => add(t, e)));
    section('a season and the year in words: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 112: a season before «прошлого / следующего года» is that season of that year',
  rows: () => sections().flatMap(([, rows]) => rows),
};
