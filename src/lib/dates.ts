/**
 * Small pure helpers for ISO calendar dates (`YYYY-MM-DD`) and months (`YYYY-MM`).
 * Dates are plain strings everywhere in Setka: no time zones, no hidden clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Days in a month; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || year < 100 || !Number.isInteger(month) || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `value` is `YYYY-MM-DD` and the day exists on the calendar (`2021-02-31` is false). */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * True when the day exists on the calendar (`2021, 2, 29` is false), from numbers:
 * no string parsing, for hot loops such as the deadline parser.
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  if (month === 2) return day === 29 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** True when `value` is `YYYY-MM` with a month 01–12. */
export function isValidIsoMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The calendar year that month `month` (1–12) of the school year starting in `firstYear` falls in: September–December in the first, January–August in the second. */
export function yearInSchoolYear(firstYear: number, month: number): number {
  return month >= 9 ? firstYear : firstYear + 1;
}

/** Builds `YYYY-MM-DD` from numbers (no validation). */
export function isoDate(year: number, month: number, day: number): string {
  if (year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && (year | 0) === year && (month | 0) === month && (day | 0) === day) {
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`; // the usual case, without `padStart`
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of a month as `YYYY-MM-DD`. */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Adds (or subtracts) whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** `YYYY-MM` of an ISO date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Every month `YYYY-MM` from `start` to `end` (inclusive), both `YYYY-MM` or ISO dates. */
export function monthsBetween(start: string, end: string): string[] {
  let [y, m] = start.slice(0, 7).split('-').map(Number) as [number, number];
  const [ey, em] = end.slice(0, 7).split('-').map(Number) as [number, number];
  const out: string[] = [];
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** Month names, the one place they are written: «8 августа», «август 2021», «авг» (timeline). Index 0 = January. */
export const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
/** Months in the prepositional case, after «в»: «в феврале». */
export const MONTHS_PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
export const MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** `2021-08-08` → `08.08.2021`. */
export function formatDateNumeric(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** `2021-08-08` → `8 августа 2021 г.` */
export function formatDateLong(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_GENITIVE[m - 1]} ${y} г.`;
}

/** `2021-09` → `сентябрь 2021` (capitalise with `capitalize` when at the start of a sentence). */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS_NOMINATIVE[m - 1]} ${y}`;
}

/** First letter upper-case. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `2021-08-08` → `«08» 08 2021 г.`, the way Russian order forms print dates. */
export function formatDateQuoted(date: string): string {
  const [y, m, d] = date.split('-');
  return `«${d}» ${m} ${y} г.`;
}
