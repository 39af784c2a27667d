/**
 * Reads the tokens of a deadline into date atoms (a day, a month, a quarter, a
 * half-year, a school quarter, a year, a school year) and the connectors
 * between them (с, по, до, «-», и). Years may still be missing; `resolve.ts`
 * fills them in from neighbours and from the context.
 */
import { isRealDate, isoDate } from '../dates';
import type { Token } from './tokens';
import type { WordClass } from './lexicon';

/** Which part of a month or year an atom means (начало, середина, конец; декады 1–3). */
export type Part = 0 | 1 | 2 | 3;

/** A calendar window written in the text, possibly without its year. */
export interface Atom {
  kind: 'atom';
  type: 'date' | 'month' | 'quarter' | 'half' | 'schoolQuarter' | 'year' | 'years' | 'schoolYear';
  /** Calendar year (for 'schoolYear' its first year); null until resolved. */
  year: number | null;
  /** Last year of a 'years' atom. */
  year2: number;
  /** The year was written in the text (not inferred). */
  explicit: boolean;
  month: number;
  day: number;
  /** Quarter, half or school quarter number. */
  n: number;
  part: Part;
  /** 'half' of a school year (I = Sep–Dec, II = Jan–Aug). */
  school: boolean;
  /** An implicit school year («до конца учебного года») is placed by its end, «до начала …» by its start. */
  anchor: 'start' | 'end';
}

/** A connector between atoms. */
export interface Connector {
  kind: 'conn';
  type: 'from' | 'to' | 'dash' | 'by' | 'and';
  /** 'by': strict «до сентября» (before the window starts) vs «не позднее / до конца» (by its end). */
  strict: boolean;
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
  /** A word that makes the deadline relative to an event (после, через, за). */
  relative: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const UNIT_LIMIT: Partial<Record<WordClass, number>> = { quarter: 4, half: 2, schoolQuarter: 4, decade: 3 };
const UNIT_NAME: Partial<Record<WordClass, string>> = {
  quarter: 'квартала', half: 'полугодия', schoolQuarter: 'четверти', decade: 'декады', monthWord: 'месяца',
};

interface YearInfo {
  year: number;
  year2: number;
  pair: boolean;
  school: boolean;
  plural: boolean;
  next: number;
}

function atom(type: Atom['type'], year: number | null, fields: Partial<Atom> = {}): Atom {
  return {
    kind: 'atom', type, year, year2: year ?? 0, explicit: year !== null,
    month: 0, day: 0, n: 0, part: 0, school: false, anchor: 'end', ...fields,
  };
}

/** Scans the tokens of one deadline. */
export function scanTokens(toks: Token[]): Scan {
  const s = new Scanner(toks);
  s.scan();
  return { items: s.items, atoms: s.atoms, error: s.error, stray: s.stray, relative: s.relative };
}

/** Scanner state; the methods live on the prototype, so a scan allocates no closures. */
class Scanner {
  items: Item[] = [];
  readonly n: number;
  error: string | null = null;
  stray: string | null = null;
  relative = false;
  atoms = 0;
  private pendingPart: Part = 0;
  /** Depth of parentheses: numbers in «(1 этап)» are comments, not dates. */
  private depth = 0;
  private implicitOk = false;
  private anchor: 'start' | 'end' = 'end';

  constructor(private readonly toks: Token[]) {
    this.n = toks.length;
  }

  private isNum(j: number, maxLen = 2): boolean {
    const t = this.toks[j];
    return t !== undefined && t.type === 'num' && t.text.length <= maxLen;
  }

  private isPunct(j: number, ch: string): boolean {
    const t = this.toks[j];
    return t !== undefined && t.type === 'punct' && t.text === ch;
  }

  private isCls(j: number, cls: WordClass): boolean {
    const t = this.toks[j];
    return t !== undefined && t.type === 'word' && t.cls === cls;
  }

  private skipDot(j: number): number {
    return this.isPunct(j, '.') ? j + 1 : j;
  }

  private conn(type: Connector['type'], strict = false): void {
    this.items.push({ kind: 'conn', type, strict });
  }

  private push(a: Atom): void {
    if (this.pendingPart && (a.type === 'month' || a.type === 'year' || a.type === 'schoolYear') && !a.part) a.part = this.pendingPart;
    this.pendingPart = 0;
    this.implicitOk = false;
    this.items.push(a);
    this.atoms++;
  }

  private fail(message: string): void {
    if (!this.error) this.error = message;
  }

  private strayNumber(message: string): void {
    if (!this.stray && this.depth === 0) this.stray = message;
  }

  /** «28-го», «1-е», «2-й»: skips an ordinal suffix after a number. */
  private skipSuffix(j: number): number {
    const t = this.toks[j];
    if (!t) return j;
    if (t.type === 'punct' && t.text === '-' && !t.space && this.isCls(j + 1, 'ordinalSuffix')) return j + 2;
    if (t.type === 'word' && t.cls === 'ordinalSuffix' && !t.space) return j + 1;
    return j;
  }

  /** Skips «г.», «года», «гг.», «уч.», «учебного» after a year; reports what it saw. */
  private skipYearWords(j: number, info: { school: boolean; plural: boolean }): number {
    for (;;) {
      if (this.isCls(j, 'year')) {
        if (this.toks[j]!.value === 2) info.plural = true;
        j++;
      } else if (this.isCls(j, 'school')) {
        info.school = true;
        j++;
      } else if (this.isPunct(j, '.') || (this.isPunct(j, '/') && this.isCls(j + 1, 'year'))) {
        j++;
      } else return j;
    }
  }

  /** A year after a month, a quarter or alone: «2021», «2021 г.», «21 г.», «2021-2022 уч. года». */
  private yearAt(j: number, allowPair: boolean): YearInfo | null {
    const t = this.toks[j];
    if (!t || t.type !== 'num') return null;
    let year: number;
    let next = j + 1;
    if (t.text.length === 4) {
      year = t.value;
      if (year < MIN_YEAR || year > MAX_YEAR) return null;
    } else if (t.text.length === 2 && (this.isCls(j + 1, 'year') || this.isCls(j + 1, 'school'))) {
      year = 2000 + t.value;
    } else return null;
    let year2 = year;
    let pair = false;
    const u = this.toks[next + 1];
    if (allowPair && (this.isPunct(next, '-') || this.isPunct(next, '/')) && u && u.type === 'num') {
      const after = next + 2;
      const dateFollows = this.isCls(after, 'month') || (this.isPunct(after, '.') && this.isNum(after + 1, 4));
      const y2 = u.text.length === 4 ? u.value : u.text.length === 2 ? Math.floor(year / 100) * 100 + u.value : -1;
      if (!dateFollows && ((u.text.length === 4 && y2 > year && y2 - year <= 10) || (u.text.length === 2 && y2 === year + 1))) {
        year2 = y2;
        pair = true;
        next = after;
      }
    }
    const info = { school: false, plural: false };
    next = this.skipYearWords(next, info);
    return { year, year2, pair, school: info.school, plural: info.plural, next };
  }

  /** `d.m[.y]`, `d/m/y`: returns the next index, or -1 when this is not a numeric date. */
  private numericDate(i: number): number {
    const toks = this.toks;
    const sep = toks[i + 1];
    if (!sep || sep.type !== 'punct' || sep.space || !(sep.text === '.' || sep.text === '/' || sep.text === ',')) return -1;
    if (!this.isNum(i + 2)) return -1;
    if (sep.text !== '.' && toks[i + 2]!.space) return -1;
    const d = toks[i]!.value;
    const m = toks[i + 2]!.value;
    let j = i + 3;
    if (sep.text === '.' && toks[i - 1]?.text === 'в' && d <= 23 && toks[i + 2]!.text.length === 2 && (m === 0 || m > 12) && !this.isPunct(j, '.')) {
      return j; // «в 10.00», «в 14.30»: a time of day
    }
    let year: number | null = null;
    let yearText = '';
    const s2 = toks[j];
    if (s2 && s2.type === 'punct' && (s2.text === '.' || s2.text === '/' || (s2.text === ',' && !toks[j + 1]?.space))) {
      const y = toks[j + 1];
      const dateFollows = this.isPunct(j + 2, '.') && this.isNum(j + 3) && !toks[j + 2]!.space;
      if (y && y.type === 'num' && (y.text.length === 4 || (y.text.length === 2 && !dateFollows && !this.isCls(j + 2, 'month')))) {
        year = y.text.length === 2 ? 2000 + y.value : y.value;
        yearText = y.text;
        j += 2;
      } else if (s2.text !== ',') j += 1;
    } else if (s2 && s2.type === 'num' && s2.text.length === 4 && s2.space && !(this.isPunct(j + 1, '.') && this.isNum(j + 2))) {
      year = s2.value; // «15.02 2021»
      yearText = s2.text;
      j += 1;
    }
    if (year === null && toks[i + 2]!.text.length === 1) {
      this.strayNumber(`непонятное число «${toks[i]!.text}.${toks[i + 2]!.text}»`); // «1.2»: a clause number, not 1 February
      return j;
    }
    j = this.skipYearWords(j, { school: false, plural: false });
    if (m < 1 || m > 12 || d < 1 || d > 31 || (year !== null && !isRealDate(year, m, d))) {
      this.fail(`несуществующая дата «${toks[i]!.text}.${toks[i + 2]!.text}${yearText ? '.' + yearText : ''}»`);
    } else if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) {
      this.fail(`неправдоподобный год «${yearText}»`);
    } else this.push(atom('date', year, { month: m, day: d }));
    return j;
  }

  /** A month name at `j` with an optional year; `days` are the day numbers written before it. */
  private monthWithDays(j: number, days: number[], conns: Array<Connector['type']>): number {
    const month = this.toks[j]!.value;
    let k = this.skipDot(j + 1);
    if (this.isPunct(k, ',') && this.isNum(k + 1, 4) && !this.isPunct(k + 2, '-') && !this.isPunct(k + 2, '/') && !this.isCls(k + 2, 'month')) k++; // «Октябрь, 2021»
    const y = this.yearAt(k, true);
    let year: number | null = null;
    if (y) {
      year = y.pair ? (month >= 9 ? y.year : y.year2) : y.year; // «сентябрь 2021-2022 уч. года»
      k = y.next;
    }
    if (days.length === 0) {
      this.push(atom('month', year, { month }));
      return k;
    }
    for (let idx = 0; idx < days.length; idx++) {
      const d = days[idx]!;
      if (idx > 0) this.conn(conns[idx - 1]!);
      if (d < 1 || d > 31 || (year !== null && !isRealDate(year, month, d))) this.fail(`несуществующая дата «${d} ${this.toks[j]!.text}»`);
      else this.push(atom('date', year, { month, day: d }));
    }
    return k;
  }

  /** «I квартал», «1-2 квартал», «II полугодие 2021-2022 уч. года», «1 декада сентября». */
  private units(j: number, nums: number[], conns: Array<Connector['type']>): number {
    const unit = this.toks[j]!.cls;
    const limit = UNIT_LIMIT[unit] ?? 0;
    for (const v of nums) {
      if (v < 1 || v > limit) {
        this.fail(`нет ${UNIT_NAME[unit]} с номером ${v}`);
        return j + 1;
      }
    }
    let k = this.skipDot(j + 1);
    if (unit === 'decade') {
      if (!this.isCls(k, 'month')) {
        this.fail('не указан месяц декады');
        return k;
      }
      const month = this.toks[k]!.value;
      k = this.skipDot(k + 1);
      const y = this.yearAt(k, false);
      if (y) k = y.next;
      for (let idx = 0; idx < nums.length; idx++) {
        if (idx > 0) this.conn(conns[idx - 1]!);
        this.push(atom('month', y ? y.year : null, { month, part: nums[idx] as Part }));
      }
      return k;
    }
    const y = this.yearAt(k, true);
    let school = false;
    if (y) k = y.next;
    else if (this.isCls(k, 'school') && this.isCls(this.skipDot(k + 1), 'year')) {
      school = true; // «II полугодие учебного года»
      k = this.skipDot(this.skipDot(k + 1) + 1);
    }
    if (y?.pair && !y.school && y.plural) {
      this.fail('непонятно, к какому году относится квартал или полугодие');
      return k;
    }
    const type = unit as 'quarter' | 'half' | 'schoolQuarter';
    for (let idx = 0; idx < nums.length; idx++) {
      const v = nums[idx]!;
      if (idx > 0) this.conn(conns[idx - 1]!);
      let year: number | null = y ? y.year : null;
      if (y?.pair) {
        const autumn = type === 'quarter' ? v >= 3 : type === 'half' ? v === 1 : v <= 2;
        year = autumn ? y.year : y.year2;
      }
      this.push(atom(type, year, { n: v, school: type === 'half' && (school || !!y?.pair) }));
    }
    return k;
  }

  /** True when a numeric date `d.m` starts at `j`. */
  private dateStarts(j: number): boolean {
    return this.isNum(j) && this.isPunct(j + 1, '.') && !this.toks[j + 1]!.space && this.isNum(j + 2);
  }

  /** A run of numbers/ordinals joined by «-», «,», «и», «по», then what they number. */
  private run(i: number): number {
    const toks = this.toks;
    const first = toks[i]!;
    const nums = [first.value];
    const conns: Array<Connector['type']> = [];
    const numeric = first.type === 'num';
    let j = numeric ? this.skipSuffix(i + 1) : i + 1;
    for (;;) {
      const c = toks[j];
      const nx = toks[j + 1];
      if (!c || !nx) break;
      const type: Connector['type'] | null = c.text === '-' ? 'dash' : c.text === ',' || c.cls === 'and' ? 'and' : c.cls === 'to' ? 'to' : null;
      if (!type) break;
      if (numeric && type !== 'and' && nums.length === 1 && this.dateStarts(j + 1)) {
        // «15 – 19.02.2021», «с 15 по 19.02»: the first day takes the month of the second date
        this.push(atom('date', null, { month: toks[j + 3]!.value, day: first.value }));
        if (first.value < 1 || first.value > 31) this.fail(`несуществующая дата «${first.text}»`);
        return j;
      }
      const same = numeric ? nx.type === 'num' && nx.text.length <= 2 && !this.dateStarts(j + 1) : nx.cls === 'roman' || nx.cls === 'ordinal';
      if (!same) break;
      nums.push(nx.value);
      conns.push(type);
      j = numeric ? this.skipSuffix(j + 2) : j + 2;
    }
    const w = toks[j];
    if (w && w.type === 'word') {
      if (w.cls === 'month' && numeric) return this.monthWithDays(j, nums, conns);
      if (UNIT_LIMIT[w.cls]) return this.units(j, nums, conns);
      if (w.cls === 'dayOfMonth' && numeric) {
        this.strayNumber(`число месяца без месяца: «${first.text} ${w.text}»`);
        return j + 1;
      }
    }
    if (!numeric) return i + 1; // a Roman numeral or an ordinal word with nothing to count is ignored
    if (w && w.type === 'word' && w.cls === 'other' && nums.length === 1) return j; // «1 этап», «9 классы»: a label
    this.strayNumber(w && (w.cls === 'duration' || w.cls === 'weekWord' || w.cls === 'monthWord')
      ? `срок отсчитывается от события: «${first.text} ${w.text}»`
      : `непонятное число «${first.text}»`);
    return j;
  }

  /** A four-digit year on its own: «2021 год», «2021-2022 учебный год», «2021 - 2023 годы». */
  private standaloneYear(i: number): number {
    const y = this.yearAt(i, true);
    if (!y) {
      this.strayNumber(`непонятное число «${this.toks[i]!.text}»`);
      return i + 1;
    }
    if (y.pair) {
      const school = y.school || (!y.plural && y.year2 === y.year + 1);
      this.push(school ? atom('schoolYear', y.year) : atom('years', y.year, { year2: y.year2 }));
    } else {
      this.push(atom('year', y.year));
    }
    return y.next;
  }

  /** `yyyy-mm-dd` at `i`, or -1. */
  private isoDateAt(i: number): number {
    const toks = this.toks;
    if (!(this.isPunct(i + 1, '-') && this.isNum(i + 2) && this.isPunct(i + 3, '-') && this.isNum(i + 4))) return -1;
    if (toks[i + 1]!.space || toks[i + 2]!.space || toks[i + 3]!.space || toks[i + 4]!.space) return -1;
    const y = toks[i]!.value;
    const m = toks[i + 2]!.value;
    const d = toks[i + 4]!.value;
    if (y >= MIN_YEAR && y <= MAX_YEAR && isRealDate(y, m, d)) this.push(atom('date', y, { month: m, day: d }));
    else this.fail(`несуществующая дата «${toks[i]!.text}-${toks[i + 2]!.text}-${toks[i + 4]!.text}»`);
    return i + 5;
  }

  /** A word at `i`; returns the next index. */
  private word(i: number): number {
    const t = this.toks[i]!;
    switch (t.cls) {
      case 'month':
        return this.monthWithDays(i, [], []);
      case 'roman':
      case 'ordinal':
        return this.run(i);
      case 'from':
        this.conn('from');
        break;
      case 'to':
        this.conn('to');
        break;
      case 'by':
      case 'towards':
        if (this.isCls(i + 1, 'end') || this.isCls(i + 1, 'begin')) {
          const begin = this.isCls(i + 1, 'begin');
          this.conn('by', begin); // «до конца …» by its end, «до начала …» before it starts
          this.implicitOk = true;
          this.anchor = begin ? 'start' : 'end';
          return i + 2;
        }
        this.conn('by', true);
        break;
      case 'not':
        if (this.isCls(i + 1, 'later')) {
          this.conn('by', false);
          return i + 2;
        }
        if (this.isCls(i + 1, 'earlier')) {
          this.conn('from');
          return i + 2;
        }
        break;
      case 'and':
        this.conn('and');
        break;
      case 'end':
      case 'begin':
      case 'middle':
        this.pendingPart = t.cls === 'end' ? 3 : t.cls === 'begin' ? 1 : 2;
        this.anchor = t.cls === 'begin' ? 'start' : 'end';
        this.implicitOk = true;
        break;
      case 'year':
        if (this.implicitOk) this.push(atom('year', null)); // «до конца года»
        break;
      case 'school': {
        const j = this.skipDot(i + 1);
        if (this.isCls(j, 'year')) {
          if (this.implicitOk) this.push(atom('schoolYear', null, { anchor: this.anchor })); // «до конца учебного года»
          return this.skipDot(j + 1);
        }
        break;
      }
      case 'quarter':
      case 'half':
      case 'schoolQuarter':
      case 'monthWord':
        if (this.implicitOk) this.fail(`не указано, какого ${UNIT_NAME[t.cls]}`);
        break;
      case 'relative':
        this.relative = true;
        break;
      default:
        if (t.text === 'за' && this.isNum(i + 1, 9)) this.relative = true; // «за 10 дней до …»
        break;
    }
    return i + 1;
  }

  /** Scans every token. */
  scan(): void {
    let i = 0;
    while (i < this.n && !this.error) {
      const t = this.toks[i]!;
      if (t.type === 'word') {
        i = this.word(i);
      } else if (t.type === 'punct') {
        if (t.text === '-') this.conn('dash');
        else if (t.text === ',' || t.text === ';') this.conn('and');
        else if (t.text === '(') this.depth++;
        else if (t.text === ')' && this.depth > 0) this.depth--;
        i++;
      } else if (this.isPunct(i + 1, ':') && this.isNum(i + 2) && t.text.length <= 2) {
        i += 3; // «10:00»: a time of day
      } else if (t.text.length === 4) {
        const j = this.isoDateAt(i);
        i = j >= 0 ? j : this.standaloneYear(i);
      } else if (t.text.length <= 2) {
        const j = this.numericDate(i);
        i = j >= 0 ? j : this.run(i);
      } else {
        this.strayNumber(`непонятное число «${t.text}»`);
        i++;
      }
    }
  }
}
