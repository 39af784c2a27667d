/**
 * Round 209 (corpus-real-192: sanitary routines of schools and kindergartens — производственный контроль, генеральные уборки,
 * бракераж, дезинсекция и дератизация, медицинские осмотры и гигиеническое обучение). Six classes, each a row of the set (its source
 * there):
 * - «с <день> <месяц> [и] до конца / до окончания месяца» is the window from that day to the end of the month it names («С 15 апреля и
 *   до конца месяца … будут проводиться мероприятия, направленные на борьбу с грызунами.» → 04-15..04-30);
 * - «раз в <N> дней» of a week or more is a repeat (every week when N is whole weeks, else no `every`: «1 раз в 10 дней»);
 * - a repeat more often than weekly — «раз в два / 3 / пять дней», «каждые N часа / часов» (the page's «каждый» too), «каждые два
 *   дня» — is daily work, open-ended like «раз в день»;
 * - «раз в сезон», «каждый сезон» is a repeat with no `every` value («не реже 1 раза в сезон»);
 * - a school year with its years after «в преддверии» stays the event phrase («в преддверии нового учебного года 2023/2024»);
 * - «сезон» with its year after a season's adjective is that season («к летнему оздоровительному сезону 2021 года» → by 05-31).
 * Pins: «до конца месяца» with no month before it, «сентябрь, в конце месяца», a bare span of days, a count per day, per week and per
 * two weeks, «к летнему сезону» with no year, the camps' «к началу летнего оздоровительного сезона» (corpus-real-53's event), «в
 * купальный сезон», «В преддверии нового учебного года» with no year and «в преддверии 1 сентября».
 */
import { distinctRows, bareSpan, by, ev, iso, lastDay, MONTHS_GEN, ongoing, pad, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** days and months of the window «с … до конца месяца» */
const START_DAYS = [5, 15, 20];
const WINDOW_MONTHS = [1, 4, 6, 9, 11];
const WINDOW_FRAMES = [
  'С {d} и до конца месяца',
  'с {d} до конца месяца',
  'С {d} и до окончания месяца на территории города будут проводиться мероприятия, направленные на борьбу с грызунами.',
];

/** «раз в N дней» of a week or more: the count as written and its `every` */
const WEEKS_OR_MORE: Array<[string, 'week' | null]> = [
  ['7 дней', 'week'],
  ['семь дней', 'week'],
  ['10 дней', null],
  ['десять дней', null],
  ['14 дней', 'week'],
  ['15 дней', null],
  ['21 день', 'week'],
  ['30 дней', null],
];
const REPEAT_FRAMES = ['1 раз в {n}', 'не реже 1 раза в {n}', 'медицинское наблюдение с проведением осмотров 1 раз в {n}'];

/** repeats more often than a week: daily work */
const DAILY = ['раз в два дня', 'раз в 2 дня', 'раз в три дня', 'раз в 3 дня', 'раз в пять дней', 'каждые 2 часа', 'каждые три часа', 'каждый четыре часа', 'каждые 6 часов', 'каждые два дня'];
const DAILY_FRAMES = ['{x}', 'Предусмотрена также санитарная обработка и дезинфекция в детсадах {x}', 'Медсестры обязаны мерить детям температуру {x}, а ребенка с повышенной не принимать'];

const SEASON_REPEATS = ['не реже 1 раза в сезон', 'раз в сезон', '1 раз в сезон', 'каждый сезон'];
const SEASON_FRAMES = ['{x}', 'Санитарные нормы требуют замены песка {x}'];

/** the school years after «в преддверии» (first year) and the ways they are written */
const EVE_YEARS = [2021, 2023, 2024];
const EVE_FRAMES = [
  'в преддверии нового учебного года {a}/{b}',
  'в преддверии {a}/{b} учебного года',
  'в преддверии нового {a}-{b} учебного года',
  'Памятка направлена в преддверии нового учебного года {a}/{b} в связи с сохранением рисков распространения инфекций.',
];

/** a season's adjective with «сезон» and its year: the text and the expectation for year `y` */
const SEASONS: Array<[string, (y: number) => Expect]> = [
  ['к летнему оздоровительному сезону {y} года', (y) => by(`${y}-05-31`)],
  ['к летнему сезону {y} года', (y) => by(`${y}-05-31`)],
  ['подготовка к летнему оздоровительному сезону {y} года', (y) => by(`${y}-05-31`)],
  ['к осеннему сезону {y} года', (y) => by(`${y}-08-31`)],
  ['в летний сезон {y} года', (y) => range(`${y}-06-01`, `${y}-08-31`)],
  ['в весенний сезон {y} года', (y) => range(`${y}-03-01`, `${y}-05-31`)],
];
const SEASON_YEARS = [2021, 2022, 2024];

const PINS: Row[] = [
  // no month before «до конца месяца»; a month and its end; a bare span; counts per day, week, two weeks
  ['до конца месяца', { kind: 'unparsed', reason: /какого месяца/ }],
  ['сентябрь, в конце месяца', range('2021-09-21', '2021-09-30')],
  ['в течение 10 дней', bareSpan],
  ['раз в день', ongoing],
  ['раз в неделю', rec('week')],
  ['раз в 2 недели', rec('week')],
  // «сезон» with no year, the camps' season, a bathing season
  ['к летнему сезону', unread],
  ['Все детские лагеря и санатории Удмуртии к началу летнего оздоровительного сезона обязаны получить санэпидзаключения от регионального Роспотребнадзора.', ev('к началу летнего оздоровительного сезона')],
  ['в купальный сезон', ev('купальный')],
  // «в преддверии» with no year, before a day
  ['В преддверии нового учебного года', ev('преддверии')],
  ['в преддверии 1 сентября', by('2021-09-01')],
];

const fill = (f: string, x: string): string => f.replace('{x}', x);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«с <день> <месяц> до конца месяца»', () => {
      for (const m of WINDOW_MONTHS)
        for (const d of START_DAYS)
          for (const f of WINDOW_FRAMES) {
            const e = range(iso(m, d), iso(m, lastDay(m)));
            add(f.replace('{d}', `${d} ${MONTHS_GEN[m - 1]}`), e);
            addAs(f.replace('{d}', `${pad(d)}.${pad(m)}`), e);
          }
    });
    section('«раз в N дней» of a week or more', () => {
      for (const [n, every] of WEEKS_OR_MORE) for (const f of REPEAT_FRAMES) add(f.replace('{n}', n), rec(every));
    });
    section('repeats more often than a week: daily work', () => {
      for (const x of DAILY) for (const f of DAILY_FRAMES) add(fill(f, x), ongoing);
    });
    section('«раз в сезон»', () => {
      for (const x of SEASON_REPEATS) for (const f of SEASON_FRAMES) add(fill(f, x), rec(null));
    });
    section('a school year with its years after «в преддверии»', () => {
      for (const a of EVE_YEARS) for (const f of EVE_FRAMES) add(f.replace('{a}', String(a)).replace('{b}', String(a + 1)), ev('преддверии'));
    });
    section('a season\'s adjective with «сезон» and its year', () => {
      for (const y of SEASON_YEARS) for (const [t, e] of SEASONS) add(t.replace('{y}', String(y)), e(y));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 209: sanitary routines — «с <день> до конца месяца», «раз в N дней», repeats more often than weekly as daily work, «раз в сезон», a school year after «в преддверии», «сезон» with its year',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
