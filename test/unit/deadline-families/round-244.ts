/**
 * Round 244 (corpus-real-220's misses, 95/98 → 97/98): two shapes of real pages on quarantines in schools.
 * - A span after «на» with a dash, a colon or an opening bracket right after its unit is the length of the days written after that
 *   sign: «Карантин … продлен на 2 дня – на 7 и 8 февраля.» → on 02-07, 02-08 (it was `unparsed`, the bare span «2 дня»).
 * - The number of sanitary rules after «СанПиН», «СП» or «СНиП» with a spaced dash before the two figures of its year is a label:
 *   «СаНПиН 2.4.2.2821 - 10 "…", … закрыты на карантин с 17.02.2022 по 22.02.2022 года.» → the window (it was `unparsed`,
 *   «непонятное число «10»»).
 * Pins: a span with no sign after it, a span after «за», a comma after the span, round 22's length before a whole window, a span with
 * nothing dated after it, a standard's four-figure year, the rules' number with no spaces, a dotted number with no rules' word before it.
 */
import { distinctRows, bareSpan, by, ev, iso, MONTHS_GEN, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** what is extended, suspended or closed, with its verb */
const SUBJECTS = ['Карантин продлен', 'Каникулы продлены', 'Занятия приостановлены', 'Учебный процесс приостановлен', 'Школа закрыта на карантин'];
/** the span after «на»: a count and its unit, one adjective allowed between */
const SPANS = ['2 дня', '3 дня', '5 дней', '2 учебных дня', '2 недели'];
/** the sign right after the span, and how the days after it close */
const SIGNS: Array<[string, string]> = [[' – ', ''], [' - ', ''], [' — ', ''], [': ', ''], [' (', ')']];
const DAYS = [7, 12, 26];
const MONTHS = [2, 10, 12];

/** the rules' word, their number, the spaced dash and the two figures of the year */
const RULES = ['СанПиН', 'СаНПиН', 'САНПИН', 'СП', 'СНиП'];
const CODES = ['2.4.2.2821', '3.1.2.3114', '2.4.3648', '3.1.3117'];
const DASHES = [' - ', ' – ', ' -', '- ', ' — '];
const YEARS = ['10', '13', '20'];

const PINS: Row[] = [
  // no sign after the span: read as before
  ['Карантин продлен на 2 дня 7 и 8 февраля.', bareSpan],
  // a span after «за» counts back from the day
  ['за 2 дня – до 8 февраля', ev('за 2 дня – до 8 февраля')],
  // a comma after the span is no sign of this rule
  ['Карантин продлен на 3 дня, по 8 февраля.', bareSpan],
  // round 22: a span before a whole window is its length (read so already)
  ['Карантин продлен на 2 дня – с 7 по 8 февраля.', range('2021-02-07', '2021-02-08')],
  ['9 дней (с 30 октября по 7 ноября)', range('2021-10-30', '2021-11-07')],
  // a span with no date after it stays the bare span
  ['Школы закрыты на 5 дней (с понедельника).', bareSpan],
  ['Карантин продлен на 2 дня.', bareSpan],
  // «на <слово>» with no count reads as before
  ['Каникулы продлены на неделю - до 15 ноября.', by('2021-11-15')],
  // a standard's four-figure year after a spaced dash stays its year
  ['ГОСТ 12.0.004 - 2015', range('2015-01-01', '2015-12-31')],
  // the rules' number with no spaces around its dash (read so already)
  ['СанПиН 2.4.2.2821-10 до 1 марта', by('2021-03-01')],
  ['СанПиН 2.4.2.2821-10', unread],
  // a dotted number with no rules' word before it is no label of this rule
  ['2.4.2.2821 - 10 до 1 марта', { kind: 'unparsed', reason: /неправдоподобный год «2821»/ }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a span after «на» before the days it covers', () => {
      for (const subject of SUBJECTS)
        for (const span of SPANS)
          for (const [open, close] of SIGNS)
            for (const m of MONTHS)
              for (const d of DAYS) {
                const month = MONTHS_GEN[m - 1]!;
                const head = `${subject} на ${span}${open}`;
                const pair: Expect = on(iso(m, d + 1), iso(m, d));
                addAs(`${head}${d} и ${d + 1} ${month}${close}.`, pair);
                addAs(`${head}на ${d} и ${d + 1} ${month}${close}.`, pair);
                addAs(`${head}${d} ${month}${close}.`, on(iso(m, d)));
                if (close === '') addAs(`${head}до ${d} ${month}.`, by(iso(m, d)));
              }
    });
    section('the number of sanitary rules with a spaced dash before its year', () => {
      for (const rules of RULES)
        for (const code of CODES)
          for (const dash of DASHES)
            for (const yy of YEARS) {
              const label = `${rules} ${code}${dash}${yy}`;
              add(`${label} «Гигиенические требования», справку представить до 1 марта`, by('2021-03-01'));
              addAs(`На основании ${label} "Санитарно-эпидемиологические требования", классы закрыты на карантин с 17.02.2022 по 22.02.2022 года.`, range('2022-02-17', '2022-02-22'));
              addAs(label, unread);
            }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 244: a span after «на» before the days it covers, the number of sanitary rules with a spaced dash before its year',
  rows: () => distinctRows(sections()),
};
