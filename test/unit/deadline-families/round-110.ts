/**
 * Round 110 (corpus-real-98: rural schools and schools' practical and labour work — пришкольные участки, летняя трудовая практика,
 * отработка, трудовые бригады). One class the set's first run missed, as school news, plans and regulations of summer and winter work
 * write it:
 * - «в летнее / зимнее / осеннее / весеннее время» is the season, read as its noun («летом»), as round 96 reads «в летние месяцы»:
 *   at the start, inside a sentence and at its end, before a space and a full stop too.
 * Pins: a yearly repeat beside it spans the period (round 67's «Ежегодно в летнее время …»), «переход на летнее время» (the clocks) is
 * no season, «в летнее каникулярное время» stays the holidays, a date written beside the season wins as it does beside «летом».
 * The first template is the set's real row (its source in corpus-real-98.tsv).
 */
import { ev, range, rec, sectionsOf, unread, type Family, type Row } from './kit';


/** the sentence around «{s}» (the season written with «время») */
const FRAMES = [
  'Ученики 6 класса МОУ Ховринская ООШ проходят отработку {s} .',
  'Учащиеся 5-8 классов проходят трудовую практику на пришкольном участке {s}',
  '{S} ребята работают на учебно-опытном участке',
  'Трудовая бригада работает {s} на пришкольной территории',
  'Уход за саженцами школьного лесничества проводится {s}',
  '{S} члены агрокласса ведут наблюдения за посевами',
  'Отработка на пришкольном участке проходит {s}, по графику классов',
];
/** the season's adjective, the preposition and the window of 2021 (winter runs into 2022) */
const SEASONS: Array<[string, string, string]> = [
  ['в летнее время', '2021-06-01', '2021-08-31'],
  ['в зимнее время', '2021-12-01', '2022-02-28'],
  ['в осеннее время', '2021-09-01', '2021-11-30'],
  ['в весеннее время', '2021-03-01', '2021-05-31'],
  ['в летнее  время', '2021-06-01', '2021-08-31'],
];
const PINS: Row[] = [
  // a yearly repeat beside it spans the period (round 67, corpus-real-61)
  ['Ежегодно в летнее время школьники проходят практику, помогая техническому персоналу школы.', rec('year')],
  // the clocks are no season
  ['переход на летнее время', unread],
  // the holidays stay an event
  ['в летнее каникулярное время', ev('каникулярное время')],
  ['Во время летних каникул ученики работают на участке', ev('каникул')],
  // the season's noun reads as before
  ['Летом ребята работают на пришкольном участке', range('2021-06-01', '2021-08-31')],
  ['в летний период', range('2021-06-01', '2021-08-31')],
  // «время» with no season's adjective is nothing
  ['в свободное время ребята работают на участке', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«в летнее / зимнее / осеннее / весеннее время» is the season', () => {
      for (const frame of FRAMES)
        for (const [s, start, due] of SEASONS) {
          const cap = s[0]!.toUpperCase() + s.slice(1);
          add(frame.replace('{s}', s).replace('{S}', cap), range(start, due));
        }
    });
    section('«в <сезонное> время»: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 110: «в летнее / зимнее / осеннее / весеннее время» is the season',
  rows: () => sections().flatMap(([, rows]) => rows),
};
