/**
 * The letters а–я a text holds, as the bits of one number, and the letters a search needs: a step that looks for a word looks only
 * when the text holds every letter of it. A text of a plan's column is short and holds few of the words the steps look for, and one
 * look at a number is far cheaper than a search (`normalizeDeadline` made some forty such searches on every text).
 */

/** Bit k: the letter а + k (а–я are 32 letters). Capitals count as their small letters and «ё» as «е», as `/…/i` and normalising read them. */
export function lettersOf(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x401) continue;
    if (c >= 0x410 && c <= 0x42f)
      c += 0x20; // А–Я
    else if (c === 0x451 || c === 0x401) c = 0x435; // ё, Ё
    if (c >= 0x430 && c <= 0x44f) bits |= 1 << (c - 0x430);
  }
  return bits;
}

/**
 * What a text must hold for `pattern` to match: one set of letters per alternative at its top level (the text holds all the
 * letters of at least one of them). Only letters the pattern cannot match without count: a letter made optional (`?`, `*`, `{0,…}`),
 * inside a class (`[оа]`) or a negative lookaround counts for nothing, and a group with alternatives counts for the letters all of them
 * share (a pattern that is one such group whole is read as its alternatives).
 * So the sets ask for no more than a match has, whatever the pattern: a pattern this does not read asks for nothing.
 */
export function neededLetters(pattern: RegExp | string): readonly number[] {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const alternatives = topAlternatives(wholeGroup(source));
  return alternatives === null ? [0] : alternatives.map(sequenceLetters);
}

/** The inside of a non-capturing group that is the whole pattern («(?:лет|год|месяц)»), else the pattern. */
function wholeGroup(source: string): string {
  return source.startsWith('(?:') && groupEnd(source, 0) === source.length - 1 ? source.slice(3, -1) : source;
}

/** A search that is made only when the text holds the letters it needs. */
export class LetterGated {
  private readonly needs: readonly number[];

  constructor(readonly re: RegExp) {
    if (re.global || re.sticky) throw new Error(`LetterGated: ${re} keeps a lastIndex`);
    this.needs = neededLetters(re);
  }

  /** Whether `s`, which holds the letters `bits` (`lettersOf`) or fewer, has a match. */
  in(s: string, bits: number): boolean {
    return mayHold(bits, this.needs) && this.re.test(s);
  }
}

/** Whether text letters `bits` (`lettersOf`) hold one of the alternatives' letters (`neededLetters`). */
export function mayHold(bits: number, needed: readonly number[]): boolean {
  for (let k = 0; k < needed.length; k++) {
    const n = needed[k]!;
    if ((bits & n) === n) return true;
  }
  return false;
}

/** The alternatives of `source` at its own level (not inside brackets or groups), or null when its brackets do not pair. */
function topAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return null;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(source.slice(from));
  return out;
}

/** The index of the `]` closing the class that opens at `at`, or -1. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > at + 1) return i;
  }
  return -1;
}

/** The index of the `)` closing the group that opens at `at`, or -1. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The letters one alternative cannot match without. */
function sequenceLetters(source: string): number {
  let bits = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    let item = 0;
    let next = i + 1;
    if (c === '\\') next = i + (source[i + 1] === 'u' ? 6 : source[i + 1] === 'x' ? 4 : 2);
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return 0;
      next = end + 1;
    } else if (c === '(') {
      const end = groupEnd(source, i);
      if (end < 0) return 0;
      next = end + 1;
      const inner = source.slice(i + 1, end);
      // a lookahead or lookbehind that must match holds its letters too; one that must not, none
      if (!/^\?<?!/.test(inner)) {
        const alternatives = topAlternatives(inner.replace(/^\?(?::|=|<=|<[A-Za-z]\w*>)/, ''));
        item = alternatives === null ? 0 : alternatives.map(sequenceLetters).reduce((a, b) => a & b);
      }
    } else item = lettersOf(c);
    // a quantifier that allows none makes the item optional
    const q = source[next];
    if (q === '?' || q === '*' || (q === '{' && /^\{0\s*[,}]/.test(source.slice(next)))) item = 0;
    if (q === '?' || q === '*' || q === '+') next++;
    else if (q === '{') {
      const close = source.indexOf('}', next);
      if (close > next) next = close + 1;
    }
    if (source[next] === '?') next++; // lazy
    bits |= item;
    i = next;
  }
  return bits;
}
