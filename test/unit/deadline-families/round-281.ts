/**
 * Round 281 (corpus-real-242: municipal waste removal and ecological reporting). Four rules:
 * - after a day already read, «за» and a numbered quarter, half or school quarter [«текущего / предыдущего … года»] closing the text
 *   is the period the report due that day covers, a note: «до 10 апреля — за I квартал текущего года» → by 04-10 (it was a range from
 *   04-10 to 2022-03-31);
 * - «дата начала <дата> дата завершения / окончания <дата>» with full dates and no dash is a window, as «Начало … - 1 марта, срок
 *   окончания … - 15 марта» is (it was `on`, the last day);
 * - a post's counter of comments «Комментариев: 0», «Комментарии: 3», glued to the word before it or not, is a label like «Просмотров:
 *   47» (it was `unparsed`, «непонятное число «0»»);
 * - a bracket «(каждую <день недели>)» right after days and their month is a note on their weekday: the days are the dates (it was
 *   `recurring`, every week).
 * Pins: a period with no day before it («январь, за I квартал», «За I квартал - до 10 апреля»), an offset after a day («до 10 апреля
 * за 3 дня до начала»), «каждую среду» alone or after a comma, «дата начала» alone, a month after «Комментарии:» and «Комментариев нет».
 */
import { by, distinctRows, iso, MONTHS_GEN, on, range, rec, sectionsOf, type Family, type Row } from './kit';

const QUARTERS: Array<[string, number]> = [['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['1-й', 1], ['2-й', 2], ['3-й', 3], ['4-й', 4]];
const HALVES = ['I полугодие', '1-е полугодие', '2 полугодие', 'II полугодие'];
const YEAR_AFTER = ['', ' текущего года', ' предыдущего года', ' прошлого года'];
const DASHES = [' — ', ' - ', ' – ', ', ', ' '];
const WEEKDAYS = ['каждую среду', 'каждый понедельник', 'каждый вторник', 'каждую пятницу', 'каждую субботу', 'каждый четверг', 'каждое воскресенье'];
const DATE_OF = (m: number, d: number): string => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.2021`;

const PINS: Row[] = [
  ['январь, за I квартал', range('2021-01-01', '2021-03-31')],
  ['За I квартал - до 10 апреля', by('2021-04-10')],
  ['Отчет за I квартал до 10 апреля', by('2021-04-10')],
  ['до 10 апреля за 3 дня до начала', by('2021-04-10')],
  ['каждую среду с 15.00', rec('week')],
  ['по средам, 4 и 11 ноября', rec('week')],
  ['25 ноября, каждую среду', rec('week')],
  ['дата начала 01.12.2021', on('2021-12-01')],
  ['дата окончания 10.12.2021', on('2021-12-10')],
  ['Комментарии: 15 мая', on('2021-05-15')],
  ['Сентябрь 1, 2011 Комментариев нет', on('2011-09-01')],
  ['Просмотров: 84 | Добавил: admin | Дата: 24.04.2023 | Комментарии (0)', on('2023-04-24')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a day, then the quarter or half it reports on', () => {
      MONTHS_GEN.forEach((m, k) => {
        const day = 10 + (k % 15);
        const [q] = QUARTERS[k]!;
        for (const dash of DASHES) for (const year of YEAR_AFTER) {
          add(`до ${day} ${m}${dash}за ${q} квартал${year}`, by(iso(k + 1, day)));
          add(`не позднее ${day} ${m}${dash}за ${HALVES[k % HALVES.length]}${year}`, by(iso(k + 1, day)));
        }
        add(`до ${day}.${String(k + 1).padStart(2, '0')} за ${q} квартал`, by(iso(k + 1, day)));
        add(`${day} ${m} – срок сдачи расчета платы за ${q} квартал`, on(iso(k + 1, day)));
      });
    });
    section('«дата начала … дата завершения …» with full dates', () => {
      for (let m = 1; m <= 12; m++) {
        for (const end of ['завершения', 'окончания']) {
          add(`дата начала ${DATE_OF(m, 1)} дата ${end} ${DATE_OF(m, 10)}`, range(iso(m, 1), iso(m, 10)));
          add(`дата начала ${DATE_OF(m, 1)} дата ${end} ${DATE_OF(m, 10)} г. (включительно)`, range(iso(m, 1), iso(m, 10)));
        }
      }
    });
    section('a post\'s counter of comments', () => {
      for (const [date, due] of [['26.10.2020 12:29', '2020-10-26'], ['15.04.2018, 10:27', '2018-04-15'], ['3 марта 2021 в 09:15', '2021-03-03']] as const) {
        for (const counter of ['Комментариев: 0', 'Комментарии: 3', 'комментариев: 12']) {
          addAs(`${date} ${counter}`, on(due));
          addAs(`${date}|Псков${counter}`, on(due));
          addAs(`${date} | Новости${counter}`, on(due));
        }
      }
    });
    section('days of a month with «(каждую <день недели>)» after them', () => {
      MONTHS_GEN.forEach((m, k) => {
        const w = WEEKDAYS[k % WEEKDAYS.length]!;
        add(`4, 11, 18 и 25 ${m} (${w}) мусоровозы приедут в поселок`, { kind: 'on', start: iso(k + 1, 4), due: iso(k + 1, 25) });
        add(`9 и 23 ${m} (${w})`, { kind: 'on', start: iso(k + 1, 9), due: iso(k + 1, 23) });
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 281: the quarter a report covers after its day, «дата начала … дата завершения …», a counter of comments, «(каждую среду)» after days',
  rows: () => distinctRows(sections()),
};
