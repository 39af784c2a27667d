/**
 * Round 245 (corpus-real-221's miss, 102/103 → 103/103): «между <день> и <день>» is the window between the two days, as «с … по …»
 * and «<день> – <день>» read it: «В России в период между 15 октября (День белой трости) и 13 ноября (Международный день слепых)
 * проходит Месячник «Белая трость».» → 10-15..11-13 (it was `on`, the two days). Each day with its month (in words or abbreviated,
 * maybe with a year), in figures, or the first bare before the second's month; a note in brackets may follow the first.
 * Pins: two days with no «между» stay two days, months alone stay months, a number before another word stays a label, «между» inside
 * «международный» is no «между», two days of one month the wrong way round are the slip «с 20 по 10 мая» is.
 */
import { on, range, type Expect, type Family, type Row } from './kit';

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ABBR = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];
const LAST = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const dm = (m: number, d: number): string => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}`;
/** what may stand before «между» */
const HEADS = ['', 'в период ', 'В период ', 'в промежутке ', 'Акция проходит ', 'МЕЖДУ'];
const NOTES = ['', ' (День белой трости)', ' (1 этап)'];
const TAILS = ['', '.', ' проходит месячник'];

const PINS: Row[] = [
  ['15 октября и 13 ноября', on('2021-11-13', '2021-10-15')],
  ['10 и 24 марта 2021 г.', on('2021-03-24', '2021-03-10')],
  ['между 5 и 9 классами', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['между 10 и 20 числами месяца', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['между 20 мая и 10 мая', { kind: 'unparsed', reason: /позже его окончания/ }],
  ['между сентябрем и ноябрем', { kind: 'months', start: '2021-09-01', due: '2021-11-30' }],
  ['Международный день 15 октября и 13 ноября', on('2021-11-13', '2021-10-15')],
  ['в период с 15 октября по 13 ноября', range('2021-10-15', '2021-11-13')],
  ['перемены между 2 и 3 уроком 15 мая', on('2021-05-15')],
];

function rows(): Row[] {
  const out: Row[] = [];
  const add = (text: string, e: Expect): void => void out.push([text, e]);
  for (let m = 1; m <= 12; m++) {
    const next = (m % 12) + 1;
    const y2 = next < m ? 2022 : 2021;
    for (const d of [1, 9, 15]) {
      const d2 = Math.min(d + 12, LAST[next - 1]!);
      const e = range(iso(2021, m, d), iso(y2, next, d2));
      for (const h of HEADS) {
        const word = h === 'МЕЖДУ' ? '' : 'между ';
        const head = h === 'МЕЖДУ' ? 'МЕЖДУ ' : h;
        for (const n of NOTES)
          for (const t of TAILS) {
            add(`${head}${word}${d} ${GEN[m - 1]}${n} и ${d2} ${GEN[next - 1]}${t}`, e);
          }
        add(`${head}${word}${d} ${ABBR[m - 1]} и ${d2} ${ABBR[next - 1]}`, e);
        add(`${head}${word}${dm(m, d)} и ${dm(next, d2)}`, e);
        add(`${head}${word}${dm(m, d)}.2021 и ${dm(next, d2)}.${y2}`, e);
        add(`${head}${word}${d} ${GEN[m - 1]} 2021 г. и ${d2} ${GEN[next - 1]} ${y2} г.`, e);
      }
      // the first day bare before the second's month
      const inner = Math.min(d + 10, LAST[m - 1]!);
      add(`между ${d} и ${inner} ${GEN[m - 1]}`, range(iso(2021, m, d), iso(2021, m, inner)));
      add(`Между ${d} и ${inner} ${GEN[m - 1]} 2022 года`, range(iso(2022, m, d), iso(2022, m, inner)));
    }
  }
  PINS.forEach(([t, e]) => add(t, e));
  return out;
}

export const family: Family = {
  title: 'round 245: «между <день> и <день>» is the window between the two days',
  rows: () => [...new Map(rows().map((r): [string, Row] => [r[0], r])).values()],
};
