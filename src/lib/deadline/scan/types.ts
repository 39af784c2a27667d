/** What the scanner produces: date atoms, the connectors between them, and what else it noticed. */
import { lastDayOfMonth } from '../../dates';

/**
 * Which part of a month or year an atom means: начало / первая декада, середина / вторая, конец / третья; of a month only,
 * a week («первая неделя» 1–7 … «четвёртая» 22–28, «последняя» the last seven days) or a half («первая половина» 1–15, «вторая» 16–end).
 */
export type Part = 'begin' | 'middle' | 'end' | 'week1' | 'week2' | 'week3' | 'week4' | 'weekLast' | 'half1' | 'half2';

/** A calendar window written in the text, possibly without its year. */
export interface Atom {
  kind: 'atom';
  type: 'date' | 'month' | 'quarter' | 'half' | 'schoolQuarter' | 'trimester' | 'year' | 'years' | 'schoolYear';
  /** Calendar year (for 'schoolYear' its first year); null until resolved. */
  year: number | null;
  /** Last year of a 'years' atom. */
  year2: number;
  /** The year was written in the text (not inferred). */
  explicit: boolean;
  month: number;
  day: number;
  /** Quarter, half, school quarter or trimester number. */
  n: number;
  /** Part of a month, year or school year; null for the whole. */
  part: Part | null;
  /** 'half' of a school year (I = Sep–Dec, II = Jan–Aug). */
  school: boolean;
  /** 'schoolYear': «учебный год» / «уч. г.» was written with the years, not a bare pair («2005-2006 года рождения»; round 91). */
  schoolWord: boolean;
  /** An implicit school year («до конца учебного года») is placed by its end, «до начала …» by its start. */
  anchor: 'start' | 'end';
  /** «в первую среду декабря»: the weekday (1 = Monday … 7 = Sunday) and which one of the month (1–5); 0 when the day is written. */
  weekday: number;
  nth: number;
  /** «в последний день февраля», «в последний день зимы»: the month's last day, fixed once the year is known (`day` holds a common year's till then). */
  monthLast: boolean;
  /** «Неделя математики-2012», «ЕГЭ-2024»: a year joined to a word by a hyphen, a title's year. */
  title: boolean;
  /** «с 1 марта по 31 мая … комплектование … на 1 сентября 2012 года» (round 27): a day after «на» that a window before it is for. */
  target: boolean;
  /** Years after the context year when no year is written: «в следующем году» → 1. */
  yearShift: number;
  /** «в начале и в конце учебного года» (round 21): a later part of one window takes the year of its first part. */
  sameYearAs: Atom | null;
  /** «за 2025 год … до 01 февраля, следующего за отчетным годом» (round 31): the day is in the year after the year written first. */
  afterReport: boolean;
  /** Round 49: a month of a season named in words («осенью», «летом 2022», «в летний период»), not written as a month. */
  season: boolean;
  /** Round 223: the first month of a season after «до / к» («к зиме», «к … зимой»), the eve of the season (`seasonPurpose`). */
  seasonEve?: true;
  /**
   * Round 265: «текущего / этого / нынешнего / сего [финансового …] года» right after the day — its year named in words as the context's
   * (`currentYearOfDay`), which a next or a previous year in words read before it does not move (`scanTokens`).
   */
  ownCurrentYear?: true;
  /**
   * Round 201: «в следующем учебном году, … в летний период»: a school year named in words before the atom, `yearShift` school years
   * after the context's; the atom takes its year from it (September–December its first year, January–August its second).
   */
  inSchoolYear: boolean;
}

/** A connector between atoms. */
export interface Connector {
  kind: 'conn';
  /** 'offset': «за», «через», «после» — what came before does not govern the dates after it. */
  type: 'from' | 'to' | 'dash' | 'by' | 'and' | 'offset';
  /** 'by': strict «до сентября» (before the window starts) vs «не позднее / до конца» (by its end); 'to': round 116's «и действует до 2027 года». */
  strict: boolean;
  /** Round 87: the strict «до» was «до начала …» (`begin` written), the end of a range at the eve of what begins; round 116: a year's eve. */
  begin?: boolean;
  /** Round 145: the 'to' is a verb of ending («завершаются», «закончится» …), not «по»; round 158: the 'from' is a verb of starting, not «с». */
  verb?: boolean;
}

export type Item = Atom | Connector;

/** What the scanner found. */
export interface Scan {
  items: Item[];
  atoms: number;
  /** A definite error (a date that does not exist, a quarter V…): the deadline is unparsed. */
  error: string | null;
  /** A number that is not part of any date («в течение 10 дней»). */
  stray: string | null;
  /** Token index where the stray number is, or -1. */
  strayAt: number;
  /** The only stray number is «N числа», a day of no named month: a repeat's day («ежемесячно до 28 числа»), not a stray for it. */
  strayDay: boolean;
  /** Token index of the first word that makes the deadline relative to an event (после, через, за N), or -1. */
  relativeAt: number;
  /** Token index of the first counted span («в течение 3 рабочих дней», «5 дней»), or -1. */
  spanAt: number;
  /** Token index where the first date atom starts, or -1. */
  firstAtomAt: number;
  /** Round 139: token index where the second date atom starts, or -1. */
  secondAtomAt: number;
  /** Token index of a span written before any date («9 дней (с 30 октября по 7 ноября)», «81 день с 12 июня по …»), or -1. */
  leadSpanAt: number;
  /** Round 218: the year a thing is for, «на следующий [финансовый] год» (+1), «на текущий год» (0); `null` when none (`Cursor.forYear`). */
  forYear: number | null;
}

/** A new atom; `fields` override the empty values. */
export function atom(type: Atom['type'], year: number | null, fields: Partial<Atom> = {}): Atom {
  return {
    kind: 'atom', type, year, year2: year ?? 0, explicit: year !== null,
    month: 0, day: 0, n: 0, part: null, school: false, schoolWord: false, anchor: 'end', weekday: 0, nth: 0, monthLast: false, title: false, target: false, yearShift: 0, sameYearAs: null, afterReport: false, season: false, inSchoolYear: false, ...fields,
  };
}

/**
 * The fields of a month's last day («в последний день февраля», round 109; «в последний день зимы», round 74): the day of the year
 * when it is written, else the day of a common year (2001) standing in for ordering until `resolve.ts` knows the year and takes the
 * month's real last day (`monthLast`: 29 February in a leap year).
 */
export function lastDayAtom(year: number | null, month: number): Partial<Atom> {
  return { month, day: Number(lastDayOfMonth(year ?? 2001, month).slice(8, 10)), monthLast: true };
}

/** Decade number (1–3) → part of the month. */
export const DECADE_PART: readonly Part[] = ['begin', 'middle', 'end'];
/** Week number (1–4) of a month → part of the month (round 17: «вторая неделя октября»). */
export const WEEK_PART: readonly Part[] = ['week1', 'week2', 'week3', 'week4'];
/** Half number (1–2) of a month → part of the month («первая половина октября»). */
export const HALF_PART: readonly Part[] = ['half1', 'half2'];
