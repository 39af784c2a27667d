/**
 * Round 190 (corpus-real-175: ШНОР and ШНСУ, the «500+» project, programmes of support for schools with low results). Three classes:
 * - a century in a Roman numeral with «век / столетие» after «с / в / до / к», with or without a part of it («начала / конца /
 *   середины»), is a window of years — the whole century, its first or last decade, the middle two — open-ended after «с»;
 * - «под постоянным / систематическим / регулярным / ежедневным контролем / наблюдением / надзором / присмотром / мониторингом» is
 *   open-ended work, as «на постоянном контроле» is (round 37);
 * - «в течение / на протяжении» a count with «последних / предыдущих / прошедших / минувших» before or after it is a counted span with
 *   no event, as «в течение трех лет» is.
 * Pins: a century with no preposition is a name («навыки XXI века»), the XIX century stays unread, a decade reads as before, the
 * descriptive instrumental («с постоянным составом») stays unread, «в течение последних лет» (no count) and «на протяжении первых трех
 * лет работы» stay open-ended, «в течение последней недели августа» stays that week.
 * The first row of each class is a real row of corpus-real-175 (its source there).
 */
import { bareSpan, by, ev, ongoing, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** open-ended from `start`: to the period's end, or no due in the period when it starts after it («с середины XXI века») */
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: start <= '2021-12-31' ? '2021-12-31' : null });

/** the numerals as pages write them (Latin, Cyrillic «Х», mixed) and the century's first year */
const NUMERALS: Array<[string, number]> = [
  ['XX', 1901],
  ['XXI', 2001],
  ['ХХ', 1901],
  ['ХХI', 2001],
];
/** the part after «с» / «до» (genitive) and after «в» (prepositional): its window from the century's first year */
const PARTS: Array<[gen: string, prep: string, first: number, last: number]> = [
  ['', '', 0, 99],
  ['начала ', 'начале ', 0, 9],
  ['середины ', 'середине ', 40, 59],
  ['конца ', 'конце ', 90, 99],
];
const NOUNS_GEN = ['века', 'столетия'];
/** sentences a century's window stands in */
const FRAMES = [
  (x: string) => x,
  (x: string) => `Понятие используется в научной литературе ${x} и обозначает условия обучения.`,
  (x: string) => `${x[0]!.toUpperCase()}${x.slice(1)} школы работают в сложных социальных условиях`,
  (x: string) => `Проблема образовательного неравенства известна ${x}.`,
];

/** «под <прилагательное> <существительное>» */
const WATCH_ADJ = ['постоянным', 'систематическим', 'регулярным', 'ежедневным'];
const WATCH_NOUNS = ['контролем', 'наблюдением', 'надзором', 'присмотром', 'мониторингом'];
const WATCH_FRAMES = [
  (x: string) => x,
  (x: string) => `Президент поручил министерству держать ${x} процесс модернизации систем общего образования.`,
  (x: string) => `Школы с низкими результатами находятся ${x} управления образования`,
  (x: string) => `Выполнение дорожной карты взять ${x}`,
];

/** counted spans with «последних / предыдущих …» */
const RECENT = ['последних', 'предыдущих', 'прошедших', 'минувших'];
const COUNTS = ['трех', 'трёх', 'двух', 'пяти', '3', '5'];
const UNITS = ['лет', 'месяцев', 'недель', 'дней'];
const SPAN_OPENERS = ['в течение', 'на протяжении', 'в течении'];

const PINS: Row[] = [
  // a century with no preposition before it is a name
  ['навыки XXI века', unread],
  ['Педагогические кадры XXI века', unread],
  ['Школа XXI века', unread],
  // the XIX century and earlier are before the years the parser reads
  ['в конце XIX века', unread],
  ['с начала XIX века', unread],
  // a decade reads as before
  ['с 1990-х годов', from('1990-01-01')],
  // the descriptive instrumental stays no open-ended work (round 37), the prepositional and the accusative are
  ['в группах с постоянным составом', unread],
  ['держать на постоянном контроле', ongoing],
  ['взять под постоянный контроль', ongoing],
  ['под постоянным контролем, до 15.09.2021', by('2021-09-15')],
  // no count, or the first ones: as before
  ['в течение последних лет', ongoing],
  ['на протяжении первых трех лет работы', ev('перв')], // round 277: as «в течение первых трех лет работы»
  ['в течение трех лет', bareSpan],
  ['в течение последней недели августа', range('2021-08-25', '2021-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a century after «с / в / до / к», with or without its part, is a window of years', () => {
      addAs(
        'Понятие «образовательная бедность» используется в научной литературе с конца XX века и обозначает социально-экономические условия, в которых невозможно полноценно обеспечить качественное образование.',
        from('1991-01-01'),
      );
      for (const [numeral, first] of NUMERALS)
        for (const [gen, prep, a, b] of PARTS)
          for (const noun of NOUNS_GEN) {
            const start = `${first + a}-01-01`;
            const end = `${first + b}-12-31`;
            for (const frame of FRAMES) addAs(frame(`с ${gen}${numeral} ${noun}`), from(start));
            // a strict «до» ends on the eve of what it names (round 87): of the century or its part; «до конца» at its end
            addAs(`до ${gen}${numeral} ${noun}`, by(gen === 'конца ' ? end : `${first + a - 1}-12-31`));
            if (prep !== '') addAs(`в ${prep}${numeral} ${noun}`, range(start, end));
            else addAs(`в ${numeral} ${noun === 'века' ? 'веке' : 'столетии'}`, range(start, end));
          }
      add('к концу XX века', by('2000-12-31'));
    });
    section('«под постоянным контролем» and its kin are open-ended work', () => {
      addAs('Президент поручил Министерству образования и науки держать под постоянным контролем процесс модернизации систем общего образования в регионах.', ongoing);
      for (const adj of WATCH_ADJ)
        for (const noun of WATCH_NOUNS)
          for (const frame of WATCH_FRAMES) addAs(frame(`под ${adj} ${noun}`), ongoing);
    });
    section('a counted span with «последних / предыдущих …» is a span with no event', () => {
      addAs(
        'В ходе статистического анализа были выявлены школы, на долю которых приходится более 60 % неудовлетворительных оценок в ЕГЭ по данному региону, а затем определены «наиболее неблагополучные», т. е. те, в которых учащиеся получали в течение трех последних лет неудовлетворительные оценки (баллы) по ЕГЭ и по русскому языку, и по математике.',
        bareSpan,
      );
      for (const opener of SPAN_OPENERS)
        for (const recent of RECENT)
          for (const count of COUNTS)
            for (const unit of UNITS) {
              addAs(`${opener} ${count} ${recent} ${unit}`, bareSpan);
              addAs(`${opener} ${recent} ${count} ${unit}`, bareSpan);
            }
    });
    section('what did not change: pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 190: a century\'s window, «под постоянным контролем» as open-ended work, a counted span with «последних» as a bare span',
  rows: () => sections().flatMap(([, rows]) => rows),
};
