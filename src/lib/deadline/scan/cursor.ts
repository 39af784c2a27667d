/**
 * The scanner's state over one deadline's tokens: where it is, what it has
 * emitted, and small token tests shared by the readers in this folder.
 */
import type { WordClass } from '../lexicon';
import type { Token } from '../tokens';
import type { Atom, Connector, Item, Part } from './types';

/** Round 50: the plural case endings that may follow a number after a spaced dash («1 – х классов»). */
const SPACED_SUFFIX: ReadonlySet<string> = new Set(['х', 'ти', 'ми', 'м']);

export class Cursor {
  items: Item[] = [];
  atoms = 0;
  /** Round 59: a day (a 'date' atom) has been read (`resultsPeriod` in years.ts). */
  dated = false;
  error: string | null = null;
  stray: string | null = null;
  /** Token index of the construct that gave `stray`. */
  strayAt = -1;
  /** The only stray number is a day of the month with no month («до 28 числа»), which a repeat's day accounts for. */
  strayDay = false;
  relativeAt = -1;
  /** Token index of the first counted span («3 рабочих дней»), or -1. */
  spanAt = -1;
  firstAtomAt = -1;
  /** Round 139: token index where the second date atom starts, or -1 (the first after a year written first, `leadingYear`). */
  secondAtomAt = -1;
  leadSpanAt = -1;
  /** Token index of the reader that is running (where an atom it emits starts). */
  pos = 0;
  /** Depth of parentheses: numbers in «(1 этап)» are comments, not dates. */
  depth = 0;
  /** «конец», «начало», «середина» seen: the next month, quarter, half, school quarter or year is that part of it. */
  pendingPart: Part | null = null;
  /** «в начале и в конце учебного года»: parts named before `pendingPart` and joined to it by «и» — each gives a point of its own. */
  pairedParts: Part[] = [];
  /** «до конца», «начало»: a bare «года» / «учебного года» is the current (school) year. */
  implicitOk = false;
  /** «Начало … - 25 августа»: a noun of starting opened a window that a noun of ending («окончания … - 15 сентября») closes. */
  nounRange = false;
  anchor: 'start' | 'end' = 'end';
  /**
   * «в текущем году» (0) or «в следующем году» (1) seen: with no date in the text it is the context year plus this
   * (`scanTokens` adds it at the end); `null` when no such words.
   */
  currentYear: number | null = null;
  /**
   * Round 200: «за прошлый / прошедший / минувший год» (−1), «за текущий / этот год» (0) seen — the year a count or a report covers; with
   * no date in the text it is that year (`scanTokens` adds it at the end), and unlike `currentYear` it gives no year to a date written
   * beside it («… за прошлый год должны быть сданы до первого апреля» keeps the context's April); `null` when no such words.
   */
  coveredYear: number | null = null;
  /**
   * Round 218: «на следующий / очередной / текущий [финансовый …] год» (1 or 0) seen before any date — the year a plan or a budget is
   * for. It is the deadline only when nothing else in the text is (`parse.ts` reads it last), and it gives no year to a date written
   * beside it («План на следующий год представляется не позднее 30 декабря текущего года» keeps the context's December); `null` when none.
   */
  forYear: number | null = null;
  /** «в текущем учебном году»: the current year in words is a school year, placed by its end like «до конца учебного года». */
  currentSchool = false;
  /** Round 201: that school year was named «в … учебном году» (the prepositional after «в»), the time of the dates after it. */
  currentSchoolIn = false;
  /** Round 61: the count of atoms when «в следующем / новом году» was read after dates (`null`: none), see `scanTokens`. */
  lateNextYearAtoms: number | null = null;
  /** Token index of the «до» in «за 10 дней до …»: it names the event, it is not a deadline. */
  offsetBy = -1;
  readonly n: number;

  constructor(readonly toks: Token[]) {
    this.n = toks.length;
  }

  isNum(j: number, maxLen = 2): boolean {
    if (j < 0) return false;
    const t = this.toks[j];
    return t !== undefined && t.type === 'num' && t.text.length <= maxLen;
  }

  isPunct(j: number, ch: string): boolean {
    if (j < 0) return false;
    const t = this.toks[j];
    return t !== undefined && t.type === 'punct' && t.text === ch;
  }

  isCls(j: number, cls: WordClass): boolean {
    if (j < 0) return false;
    const t = this.toks[j];
    return t !== undefined && t.type === 'word' && t.cls === cls;
  }

  /** The index after the `close` («)», «»») that closes the `open` at `j` (or the end of the text). */
  closing(j: number, open = '(', close = ')'): number {
    let depth = 0;
    for (let k = j; k < this.n; k++) {
      if (this.isPunct(k, open)) depth++;
      else if (this.isPunct(k, close) && --depth === 0) return k + 1;
    }
    return this.n;
  }

  /** The index of the next «;» after `j` (the end of the clause), or the end of the text. */
  clauseEnd(j: number): number {
    let k = j;
    while (k < this.n && !this.isPunct(k, ';')) k++;
    return k;
  }

  skipDot(j: number): number {
    return this.isPunct(j, '.') ? j + 1 : j;
  }

  /**
   * «28-го», «1-е», «9-х», «10-ти»: skips an ordinal or case suffix after a number.
   * Round 50. «… изучение адаптации учащихся 1 – х классов.» (a ВШК справка, copied in a public gist,
   * https://gist.github.com/1b4650c8a6b2126a24d81ce83f3417ef — corpus-real-45): a plural case ending («х», «ти», «ми», «м») after a dash
   * with spaces around it, before the noun it counts, is the same suffix (it was «непонятное число «1»»). Only these endings and only
   * before a word: a spaced dash stays a range's elsewhere.
   */
  skipSuffix(j: number): number {
    if (j < 0) return j;
    const t = this.toks[j];
    if (!t) return j;
    if (t.type === 'punct' && t.text === '-' && !t.space && this.isCls(j + 1, 'ordinalSuffix')) return j + 2;
    if (t.type === 'punct' && t.text === '-' && this.isCls(j + 1, 'ordinalSuffix') && SPACED_SUFFIX.has(this.toks[j + 1]!.text) && this.toks[j + 2]?.type === 'word') return j + 2;
    if (t.type === 'word' && t.cls === 'ordinalSuffix' && !t.space) return j + 1;
    return j;
  }

  conn(type: Connector['type'], strict = false, begin = false): void {
    this.items.push(begin ? { kind: 'conn', type, strict, begin } : { kind: 'conn', type, strict });
  }

  push(a: Atom): void {
    const partOf = this.pendingPart !== null && a.type !== 'date' && a.type !== 'years' && !a.part;
    if (partOf) {
      // «в начале и в конце учебного года» (round 21): the same window once for each part, two points joined by «и»
      let first: Atom | null = null;
      for (const p of this.pairedParts) {
        const point: Atom = { ...a, part: p, sameYearAs: first };
        first ??= point;
        this.place(point);
        this.conn('and');
      }
      a.part = this.pendingPart; // «в конце I четверти» (round 21)
      a.sameYearAs = first;
    }
    this.pairedParts = [];
    this.pendingPart = null;
    this.place(a);
  }

  private place(a: Atom): void {
    this.implicitOk = false;
    if (this.firstAtomAt < 0) this.firstAtomAt = this.pos;
    else if (this.secondAtomAt < 0) this.secondAtomAt = this.pos;
    this.items.push(a);
    this.atoms++;
    if (a.type === 'date') this.dated = true;
  }

  /**
   * A label in a note («с 1 по 11 классы», «10-11 кл.»): the connectors pushed since the last atom led into it, not
   * into a date, so they go; and the label separates the dates around it («5–9 кл. – 15 мая, 10-11 кл. – 20 мая»).
   */
  label(): void {
    while (this.items.length > 0 && this.items.at(-1)!.kind === 'conn' && !this.startedDay()) this.items.pop();
    if (this.items.length > 0) this.conn('and');
  }

  /**
   * Round 158. «1 марта началось зачисление ребят в первый класс, которое продлится до 5 сентября.» (a district's news of its schools,
   * http://rayon.partizansky.ru/?id=20140303043123&in=1575b3db68475441766fe34e05feb42eca9&showprevue=godoc — corpus-real-147; it was `on`
   * both days): a verb of starting right after a date starts from that date, it does not lead into a grade after it («в первый класс»),
   * so the label keeps its «from» and the window runs to the day after «до». A «с / со» before a label («с 1 по 11 классы») still goes.
   */
  private startedDay(): boolean {
    const last = this.items.at(-1)!;
    return last.kind === 'conn' && last.type === 'from' && last.verb === true && this.items.at(-2)?.kind === 'atom';
  }

  /** A definite error: the deadline is unparsed with this reason. */
  fail(message: string): void {
    if (!this.error) this.error = message;
  }

  /** A number that belongs to no date (ignored inside brackets); `dayOfMonth` when it is «N числа», a day of no named month. */
  strayNumber(message: string, dayOfMonth = false): void {
    if (this.depth !== 0) return;
    if (!this.stray) {
      this.stray = message;
      this.strayAt = this.pos;
      this.strayDay = dayOfMonth;
    } else this.strayDay = false; // a second stray number: not only a repeat's day
  }

  /** A word that makes what follows relative to an event. */
  relative(at: number): void {
    if (this.relativeAt < 0) this.relativeAt = at;
    this.conn('offset');
  }
}
