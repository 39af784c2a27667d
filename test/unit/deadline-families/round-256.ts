/**
 * Round 256 (corpus-real-227): a bracket right after the hours of round 92's heading of working hours that holds only other hours —
 * a second shift's «(с 13.30 до 19.30)», «(13.30-19.30)», or a break «(обед с 12.00 до 13.00)», «(перерыв на обед 13-00 – 14-00)» —
 * keeps the heading the hours of every working day, a weekly repeat: «Режим работы ГПД с 12.30 до 18.30 (с 13.30 до 19.30).» (it was
 * `unparsed`).
 * Pins: the hours with no heading stay unread, a daily word keeps daily work, a date in the bracket is the date, a bracket with
 * anything but hours («(1 смена)», «(обед)») stays unread, a weekly word in the bracket is weekly as before, words after the bracket
 * stay unread, and another heading («Концерт») reads nothing.
 */
import { distinctRows, on, ongoing, rec, sectionsOf, unread, type Family, type Row } from './kit';

/** headings of working hours (round 92): one to four words opening with «режим / часы / время / график / рабочий» */
const HEADINGS = [
  'Режим работы',
  'Режим работы ГПД',
  'Часы работы библиотеки',
  'Время работы',
  'Время приема',
  'График работы',
  'Режим работы учреждения:',
  'Рабочий день:',
  'Часы приема –',
];
/** the heading's hours, as cells write them */
const HOURS = ['с 12.30 до 18.30', 'с 8.00 до 17.00', '9.00-17.00', 'с 09:00 до 18:00', 'с 8-30 до 17-30', '8.30 - 16.00'];
/** the bracket: a second shift's hours, or a break */
const BRACKETS = [
  '(с 13.30 до 19.30)',
  '(13.30-19.30)',
  '(с 14:00 до 20:00)',
  '(обед с 12.00 до 13.00)',
  '(обед: 12.00-13.00)',
  '(перерыв с 13.00 до 14.00)',
  '(перерыв на обед 13-00 – 14-00)',
  '(перерыв: 13:00-14:00)',
];
/** what may close the cell */
const ENDS = ['', '.', ';', ' ч.'];

const PINS: Row[] = [
  // the hours with no heading: unread, as round 92 pinned
  ['с 12.30 до 18.30 (с 13.30 до 19.30)', unread],
  ['Далее, с 15.00 до 18.00 (с 16.00 до 19.00), на стадионе проводят занятия', unread],
  // a daily word keeps daily work (round 10)
  ['Режим работы ежедневно с 8.00 до 17.00 (обед с 12.00 до 13.00)', ongoing],
  ['Режим работы круглосуточно (с 8.00 до 20.00)', ongoing],
  // a date in the bracket is the date
  ['Режим работы с 8.00 до 17.00 (15 мая)', on('2021-05-15')],
  // a bracket with anything but hours stays unread
  ['Режим работы с 8.00 до 17.00 (1 смена)', unread],
  ['Режим работы с 8.00 до 17.00 (обед)', unread],
  // a weekly word in the bracket: weekly as before
  ['Режим работы с 8.00 до 17.00 (по пятницам до 16.00)', rec('week')],
  // words after the bracket: unread as before
  ['Режим работы с 8.00 до 17.00 (обед с 12.00 до 13.00), суббота - выходной', unread],
  // no heading of working hours
  ['Концерт с 18.00 до 20.00 (с 19.00 до 21.00)', unread],
  // the heading's hours alone, as before
  ['Режим работы ГПД с 12.30 до 18.30.', rec('week')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a heading of working hours, its hours, then a bracket of other hours', () => {
      for (let h = 0; h < HEADINGS.length; h++)
        for (let k = 0; k < BRACKETS.length; k++) {
          const hours = HOURS[(h + k) % HOURS.length]!;
          const end = ENDS[(h + k) % ENDS.length]!;
          add(`${HEADINGS[h]} ${hours} ${BRACKETS[k]}${end}`, rec('week'));
        }
    });
    section('the bracket glued to the hours, and lower case', () => {
      for (const b of BRACKETS) {
        add(`Режим работы с 8.00 до 17.00${b}`, rec('week'));
        add(`режим работы: 8.00-17.00 ${b}`, rec('week'));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 256: a bracket of other hours after a heading of working hours keeps the weekly hours',
  rows: () => distinctRows(sections()),
};
