/**
 * Calendar windows of atoms and the year rules: a year written next to one
 * atom carries to its neighbours (backwards first: «11.02.-19.02.2021»,
 * «ноябрь – февраль 2022»); atoms with no year anywhere take `context.year`,
 * or the year that puts them inside `context.period`.
 */
import { isRealDate, isoDate, lastDayOfMonth, yearInSchoolYear } from '../dates';
import type { Atom, Part } from './scan';
import { atom } from './scan/types';

/** The parser's view of the context, validated once. */
export interface ResolvedContext {
  year: number | null;
  periodStart: string | null;
  periodEnd: string | null;
}

/** A window, both ends inclusive ISO dates. */
export interface Window {
  start: string;
  end: string;
}

const SCHOOL_QUARTERS: Array<[number, number]> = [[9, 10], [11, 12], [1, 3], [4, 5]];
/**
 * Days of a month part: начало / первая декада, середина / вторая, конец / третья, the weeks and halves of a month (31 = the
 * month's last day; the last week starts six days before it, 22 stands for it when ordering).
 */
const PART_DAYS: Record<Part, [number, number]> = {
  begin: [1, 10], middle: [11, 20], end: [21, 31], week1: [1, 7], week2: [8, 14], week3: [15, 21], week4: [22, 28], weekLast: [22, 31],
  half1: [1, 15], half2: [16, 31],
};

function monthWindow(y: number, m1: number, m2: number): Window {
  return { start: isoDate(y, m1, 1), end: lastDayOfMonth(y, m2) };
}

/**
 * Round 21. A part of a quarter, a half or a school quarter (months `m1`–`m2`), as a part of a year is a month of it («в конце года»
 * December, «в начале года» January): the beginning is the first month, the end the last one (May for a school half that runs to
 * August, the month lessons end in, as for the school year's end), the middle the middle month — the two middle ones of an even count, and of a two-month
 * school quarter the 16th of the first month to the 15th of the second («в середине I четверти» 16.09–15.10).
 */
function periodPart(y: number, m1: number, m2: number, part: Part | null): Window {
  if (part === 'begin') return monthWindow(y, m1, m1);
  if (part === 'end') return m2 === 8 && m2 - m1 >= 4 ? monthWindow(y, 5, 5) : monthWindow(y, m2, m2);
  if (part !== 'middle') return monthWindow(y, m1, m2);
  const n = m2 - m1 + 1;
  if (n === 2) return { start: isoDate(y, m1, 16), end: isoDate(y, m2, 15) };
  const mid = m1 + Math.floor((n - 1) / 2);
  return monthWindow(y, mid, n % 2 === 1 ? mid : mid + 1);
}

/**
 * Round 204. A trimester is a third of the school year, as schools that study by trimesters divide it: I September–November, II
 * December–February, III March–May (the months around the school quarters' ends; a school's own dates, written beside it, say more).
 * `y` is the year it starts in, so the second one ends in February of the next year: its beginning is December, its middle January,
 * its end February.
 */
function trimesterWindow(y: number, n: number, part: Part | null): Window {
  if (n === 1) return periodPart(y, 9, 11, part);
  if (n === 3) return periodPart(y, 3, 5, part);
  if (part === 'begin') return monthWindow(y, 12, 12);
  if (part === 'middle') return monthWindow(y + 1, 1, 1);
  if (part === 'end') return monthWindow(y + 1, 2, 2);
  return { start: isoDate(y, 12, 1), end: lastDayOfMonth(y + 1, 2) };
}

/** Day of the month of the `nth` `weekday` (1 = Monday) of month `m` in year `y`; the last one when there is no `nth`. */
function weekdayDay(y: number, m: number, weekday: number, nth: number): number {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay() || 7; // 1 = Monday … 7 = Sunday
  const day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  const last = Number(lastDayOfMonth(y, m).slice(8, 10));
  return day <= last ? day : day - 7;
}

/** The window of an atom whose year is known. */
export function windowOf(a: Atom): Window {
  const y = a.year!;
  switch (a.type) {
    case 'date': {
      const d = a.monthLast ? lastDayOfMonth(y, a.month) : isoDate(y, a.month, a.weekday ? weekdayDay(y, a.month, a.weekday, a.nth) : a.day);
      return { start: d, end: d };
    }
    case 'month': {
      if (!a.part) return monthWindow(y, a.month, a.month);
      const [d1, d2] = PART_DAYS[a.part];
      const last = lastDayOfMonth(y, a.month);
      // «в последнюю неделю декабря»: the last seven days of the month
      const first = a.part === 'weekLast' ? Number(last.slice(8, 10)) - 6 : d1;
      return { start: isoDate(y, a.month, first), end: d2 === 31 ? last : isoDate(y, a.month, d2) };
    }
    case 'quarter':
      return periodPart(y, a.n * 3 - 2, a.n * 3, a.part);
    case 'half':
      if (a.school) return a.n === 1 ? periodPart(y, 9, 12, a.part) : periodPart(y, 1, 8, a.part);
      return a.n === 1 ? periodPart(y, 1, 6, a.part) : periodPart(y, 7, 12, a.part);
    case 'schoolQuarter': {
      const [m1, m2] = SCHOOL_QUARTERS[a.n - 1]!;
      return periodPart(y, m1, m2, a.part);
    }
    case 'trimester':
      return trimesterWindow(y, a.n, a.part);
    case 'year':
      return a.part === 'begin' ? monthWindow(y, 1, 1) : a.part === 'middle' ? monthWindow(y, 6, 7) : a.part === 'end' ? monthWindow(y, 12, 12) : monthWindow(y, 1, 12);
    case 'years':
      return { start: isoDate(y, 1, 1), end: isoDate(a.year2, 12, 31) };
    case 'schoolYear':
      if (a.part === 'begin') return monthWindow(y, 9, 9);
      if (a.part === 'end') return monthWindow(y + 1, 5, 5); // the month lessons end in (round 21; it was May–August)
      return { start: isoDate(y, 9, 1), end: isoDate(Math.max(y + 1, a.year2), 8, 31) }; // round 182: «2014-2017 учебные годы»
  }
}

/**
 * Whether `a`, after `b` in the text, starts earlier in the calendar than `b` and so falls in the next year (a list keeps calendar
 * order). Round 217. «17.12.2012 Во второй половине декабря в общеобразовательных школах … проходит цикл лекций …» (a district's news
 * of lectures against extremism, its date line before the sentence, https://erono.ru/news/?ELEMENT_ID=301 — corpus-real-199; it was the
 * second half of December 2013): a month, or a part of it, right after a day of that same month is the day's own month — the date line
 * of a news item and the month it speaks of — not the next year's; so «17.12.2012 в декабре», «… вторая половина декабря» stay in 2012.
 * Another month before the day's in the calendar («15.12.2012, январь») still moves on, as lists of days and months did.
 */
function laterInOrder(a: Atom, b: Atom): boolean {
  if (a.type === 'month' && b.type === 'date' && a.month === b.month) return false;
  return orderKey(a) < orderKey(b);
}

/** Month and day where the atom starts, for ordering atoms whose year is unknown. */
function orderKey(a: Atom): number {
  switch (a.type) {
    case 'date':
      return a.month * 100 + a.day;
    case 'month':
      return a.month * 100 + (a.part ? PART_DAYS[a.part][0] : 1);
    case 'quarter':
      return (a.n * 3 - 2) * 100 + 1;
    case 'half':
      return a.school ? (a.n === 1 ? 901 : 101) : a.n === 1 ? 101 : 701;
    case 'schoolQuarter':
      return SCHOOL_QUARTERS[a.n - 1]![0] * 100 + 1;
    case 'trimester':
      return (a.n === 1 ? 9 : a.n === 2 ? 12 : 3) * 100 + 1;
    default:
      return 101;
  }
}

/** The period is a school year: starts in August/September, ends May–August of the next year. */
function schoolYearPeriod(ctx: ResolvedContext): boolean {
  if (ctx.periodStart === null) return false;
  const m1 = Number(ctx.periodStart.slice(5, 7));
  const m2 = Number(ctx.periodEnd!.slice(5, 7));
  const span = Number(ctx.periodEnd!.slice(0, 4)) - Number(ctx.periodStart.slice(0, 4));
  return span === 1 && (m1 === 8 || m1 === 9) && m2 >= 5 && m2 <= 8;
}

/**
 * Round 236. «зимой, до 15 декабря» was 2021-12-01..2022-12-15 and, in a school year, «зимой до 15 января» ran to 2023-01-15: a day
 * after a season named in words (its first and last months, `season`) followed the season's last month in calendar order, so a day of
 * its first month (December of a winter) or of a month inside it fell a year later. A day or month whose month is one of the season's
 * months right before it takes the year that month has in the season (December the winter's first year, January and February the
 * next); the text is then the season's window, as «летом, до 15 августа» is the summer's. The year of `a`, or null when no season
 * stands right before it.
 */
function seasonYearOf(atoms: readonly Atom[], a: Atom, at: number): number | null {
  const prev = at >= 0 ? atoms[at]! : null; // the atom with a year right before `a`, at index `at`
  if (prev === null || !prev.season || a.season || (a.type !== 'date' && a.type !== 'month') || prev.year === null) return null;
  const first = at > 0 && atoms[at - 1]!.season && atoms[at - 1]!.year !== null ? atoms[at - 1]! : prev;
  const [m0, m1, m] = [first.month, prev.month, a.month];
  if (m0 <= m1) return m >= m0 && m <= m1 ? first.year : null;
  return m >= m0 ? first.year : m <= m1 ? prev.year : null; // a winter: December, then January and February of the next year
}

/** Atoms whose year can be carried from a neighbour. */
function chains(a: Atom): boolean {
  return a.type !== 'year' && a.type !== 'years' && a.type !== 'schoolYear';
}

function inPeriod(date: string, ctx: ResolvedContext): boolean {
  return date >= ctx.periodStart! && date <= ctx.periodEnd!;
}

/** The date that must fall inside the period when the atom's year is `y`. */
function probe(a: Atom, y: number): string | null {
  const saved = a.year;
  a.year = a.type === 'schoolYear' && a.anchor === 'end' ? y - 1 : y;
  const w = a.type === 'date' && !isRealDate(a.year, a.month, a.day) ? null : windowOf(a);
  a.year = saved;
  if (!w) return null;
  return a.type === 'schoolYear' && a.anchor === 'start' ? w.start : w.end;
}

/** Year from the context alone: `context.year` unless it falls outside the period, else a period year that fits. */
function contextYear(a: Atom, ctx: ResolvedContext): number | null {
  if (ctx.periodStart === null) return ctx.year;
  const candidates: number[] = [];
  if (ctx.year !== null) candidates.push(ctx.year);
  const y1 = Number(ctx.periodStart.slice(0, 4));
  const y2 = Number(ctx.periodEnd!.slice(0, 4));
  for (let y = y1 - 1; y <= y2 + 1; y++) candidates.push(y);
  for (const y of candidates) {
    const d = probe(a, y);
    if (d && inPeriod(d, ctx)) return y;
  }
  return ctx.year;
}

/**
 * Round 226. The year a text names relative to the current one («в январе следующего года», «в мае прошлого года», «в первом квартале
 * следующего года») counts from the context's year, the calendar year the roadmap is written in, not from the year its month falls in
 * within a school-year period: in a 2021/22 roadmap «до 10 января следующего года» is 2022-01-10, as it is in a calendar 2021 one (it
 * was 2023-01-10, January being placed in 2022 first and shifted after). Without a year, the year the period starts in.
 */
function currentYear(ctx: ResolvedContext): number | null {
  return ctx.year ?? (ctx.periodStart === null ? null : Number(ctx.periodStart.slice(0, 4)));
}

/** Round 201: a school year with no year written, placed by its end like «до конца учебного года» — the context's school year. */
const SCHOOL_YEAR_PROBE: Atom = atom('schoolYear', null);

function setYear(a: Atom, y: number): void {
  a.year = a.type === 'schoolYear' && a.anchor === 'end' ? y - 1 : y;
}

/**
 * Fills in every missing year in place. Returns an error message (Russian)
 * when a year cannot be found or a day does not exist in its year (29.02).
 */
export function resolveYears(atoms: Atom[], ctx: ResolvedContext): string | null {
  const error = fillYears(atoms, ctx);
  if (error) return error;
  for (const a of atoms) {
    const missing = missingDay(a);
    if (missing) return missing;
  }
  return null;
}

/**
 * Why a day does not exist in the year it was given (29.02 of a year that is not a leap year), as `unparsed` says it; null for
 * any other atom. Round 69: also checked after the rules that move a resolved day into the next year (`rangeWindow`'s «сентябрь –
 * май» end, the calendar order of a list that crossed the new year in `fromSegments`): «с 1 марта по 29 февраля» in a calendar-2020
 * period, «с 25 декабря по 9 января, 29 февраля» there, the window of «ежемесячно с 1 марта по 29 февраля» gave 2021-02-29.
 */
export function missingDay(a: Atom): string | null {
  if (a.type !== 'date' || a.year === null || isRealDate(a.year, a.month, a.day)) return null;
  return `несуществующая дата: ${a.day}.${String(a.month).padStart(2, '0')}.${a.year}`;
}

function fillYears(atoms: Atom[], ctx: ResolvedContext): string | null {
  let missing = 0;
  for (const a of atoms) if (a.year === null) missing++;
  if (missing === 0) return null;
  if (schoolYearPeriod(ctx)) {
    // In a school-year roadmap «II полугодие» is the second half of the school year.
    // Round 219: not a half of a year named in words («во втором полугодии следующего года»): that is the calendar year's, as a month is
    for (const a of atoms) if (a.type === 'half' && a.year === null && a.yearShift === 0) a.school = true;
  }
  // A written year carries backwards, then forwards, along the chain.
  for (let i = atoms.length - 2; i >= 0; i--) {
    const a = atoms[i]!;
    const b = atoms[i + 1]!;
    if (a.year === null && b.year !== null && chains(a) && chains(b)) a.year = b.year - (orderKey(a) > orderKey(b) ? 1 : 0);
  }
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i - 1]!;
    if (a.year === null && b.year !== null && chains(a) && chains(b)) a.year = seasonYearOf(atoms, a, i - 1) ?? b.year + (laterInOrder(a, b) ? 1 : 0);
  }
  // No year written anywhere: the context, keeping lists in calendar order.
  let prev: Atom | null = null;
  let prevAt = -1;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.year !== null) {
      prev = a;
      prevAt = i;
      continue;
    }
    if (a.inSchoolYear) {
      // round 201: «в следующем учебном году, … в летний период»: the named school year's (the context's school year shifted)
      const end = contextYear(SCHOOL_YEAR_PROBE, ctx); // the year its 31 August falls in (placed by its end)
      if (end !== null) {
        setYear(a, yearInSchoolYear(end - 1 + a.yearShift, a.month));
        prev = a;
        prevAt = i;
        continue;
      }
    }
    const base = a.yearShift !== 0 && a.type !== 'schoolYear' ? currentYear(ctx) : contextYear(a, ctx);
    const fromContext = base === null ? null : base + a.yearShift; // «в следующем году»: the year after the context's
    let y = fromContext;
    if (prev && prev.year !== null && chains(a) && chains(prev) && !prev.explicit) {
      const chained = prev.year + (laterInOrder(a, prev) ? 1 : 0);
      const d = probe(a, chained);
      const fits = ctx.periodStart === null || (d !== null && inPeriod(d, ctx));
      y = fits || fromContext === null ? chained : fromContext;
    }
    const season = seasonYearOf(atoms, a, prevAt);
    if (season !== null) y = season;
    if (y === null) {
      return ctx.periodStart === null
        ? 'не указан год: укажите год в сроке или год/период дорожной карты'
        : 'не указан год, и срок не попадает в период дорожной карты';
    }
    setYear(a, y);
    prev = a;
    prevAt = i;
  }
  for (const a of atoms) if (a.sameYearAs !== null && a.sameYearAs.year !== null) a.year = a.sameYearAs.year; // «в начале и конце года»
  return null;
}
