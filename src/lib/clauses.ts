/**
 * Clause numbering of official documents: «4.2.» at the start of a paragraph or heading
 * becomes a stable anchor `p-4-2`, so any clause can be cited by URL. Lettered clauses
 * («а)», «А.») hang under the numbered clause before them (`p-4-2-a`); unnumbered
 * paragraphs, bullets and section titles get positional anchors (see `markdown.ts`).
 */
import { toSlug } from './slug';

/**
 * A clause number at the very start of a text: `1.`, `1.1`, `1.1.`, `2.2.3.` followed by a space
 * or the end; or a multi-level number glued to its first word as Word pastes it: `1.4.Необходимыми`.
 */
const CLAUSE_START = /^(\d{1,3}(?:\.\d{1,3})*)\.?(?:[*_]{1,3})?(?=\s|$)|^(\d{1,3}(?:\.\d{1,3})+)\.(?=[А-ЯЁA-Z«"])/;

/** Emphasis and heading marks that may wrap a clause number in Markdown: `**4. Содержание**`, `## 1.`. */
const LEADING_MARKS = /^(?:#{1,6}\s+)?[*_]{0,3}/;

/** The clause number at the start of `text` («4.2.» → «4.2»), or null. Years and dates are not clauses. */
export function clauseNumber(text: string): string | null {
  const m = CLAUSE_START.exec(text.trimStart().replace(LEADING_MARKS, ''));
  if (!m) return null;
  const num = (m[1] ?? m[2])!;
  // «2021 года …» is a year, not a clause; real clause parts are short.
  if (num.split('.').some((part) => part.length > 2)) return null;
  return num;
}

/** Lettered clause markers: «а)», «б)», «А.», «Б.» (not initials such as «А. С. Пушкин» or «Н.А.»). */
const LETTER_START = /^([а-яё])\)(?:[*_]{1,3})?(?=\s)|^([А-ЯЁ])\.(?:[*_]{1,3})?(?=\s+[А-ЯЁа-яё«"][А-ЯЁа-яё]+(?![.]))/;

/** The letter of a lettered clause at the start of `text` («а) …» → «а», «Б. …» → «Б»), or null. */
export function clauseLetter(text: string): string | null {
  const m = LETTER_START.exec(text.trimStart().replace(LEADING_MARKS, ''));
  return m ? (m[1] ?? m[2])! : null;
}

/** Anchor id for a clause number: `4.2` → `p-4-2`. */
export function clauseAnchor(number: string): string {
  return `p-${number.split('.').join('-')}`;
}

/** Anchor id for a lettered clause under `parent` (an anchor or null): («б», `p-4`) → `p-4-b`. */
export function letterAnchor(letter: string, parent: string | null): string {
  return `${parent ?? 'p'}-${toSlug(letter) || 'x'}`;
}

/** Nesting depth of a clause number: `4` → 1, `4.2` → 2. */
export function clauseDepth(number: string): number {
  return number.split('.').length;
}

/** A line that begins a clause of its own: a clause number or a lettered marker. */
export function startsClause(line: string): boolean {
  return clauseNumber(line) !== null || clauseLetter(line) !== null;
}

/** A clause number met in a document body, with its 1-based line in the body. */
export interface NumberedLine {
  number: string;
  line: number;
}

const TABLE_ROW = /^\s*\|/;
const LIST_ITEM = /^\s*(?:[-*+•·]|\d+[.)])\s/;
const FENCE = /^\s*(```|~~~)/;

/** Numbered clauses of a Markdown body in source order: every line that starts with a clause number. */
export function numberedLines(body: string): NumberedLine[] {
  const out: NumberedLine[] = [];
  let fenced = false;
  body.split(/\r?\n/).forEach((raw, i) => {
    if (FENCE.test(raw)) fenced = !fenced;
    if (fenced || TABLE_ROW.test(raw)) return;
    const line = raw.replace(/^\s*#{1,6}\s+/, '');
    if (LIST_ITEM.test(line) && !/^\s*\d+[.)]\s/.test(line)) return;
    const number = clauseNumber(line.replace(/^(\s*\d{1,3})\\([.)])/, '$1$2'));
    if (number) out.push({ number, line: i + 1 });
  });
  return out;
}

/** A numbering fault: a number met twice, or a number that skips one («2.4» then «2.6»). */
export interface NumberingFault {
  kind: 'duplicate' | 'skip';
  number: string;
  line: number;
  /** Duplicate: the line where the number first appeared. */
  firstLine?: number;
  /** Skip: the previous number and the number expected after it. */
  previous?: string;
  expected?: string;
}

const parts = (n: string) => n.split('.').map(Number);

/** Numbers that may follow `last`: the next at every level, or the first child. */
function continuations(last: number[]): number[][] {
  const out: number[][] = [[...last, 1]];
  for (let k = last.length; k >= 1; k--) out.push([...last.slice(0, k - 1), last[k - 1]! + 1]);
  return out;
}

function fits(p: number[], cont: number[]): boolean {
  if (p.length < cont.length) return false;
  for (let i = 0; i < cont.length; i++) if (p[i] !== cont[i]) return false;
  return p.slice(cont.length).every((x) => x === 1);
}

/** Duplicated and skipped clause numbers, in source order. Warnings only: the source is never renumbered. */
export function numberingFaults(lines: NumberedLine[]): NumberingFault[] {
  const faults: NumberingFault[] = [];
  const seen = new Map<string, number>();
  let last: number[] = [];
  let lastNumber = '';
  for (const { number, line } of lines) {
    const first = seen.get(number);
    const p = parts(number);
    if (first !== undefined) {
      faults.push({ kind: 'duplicate', number, line, firstLine: first });
    } else {
      seen.set(number, line);
      const options = last.length === 0 ? [[1]] : continuations(last);
      if (!options.some((c) => fits(p, c))) {
        // The expected number at the same level (2.4 → 2.5), or the first one.
        const same = last.length === 0 ? '1' : [...last.slice(0, p.length - 1), (last[p.length - 1] ?? 0) + 1].slice(0, p.length).join('.');
        faults.push({ kind: 'skip', number, line, previous: lastNumber || undefined, expected: same });
      }
    }
    last = p;
    lastNumber = number;
  }
  return faults;
}

/**
 * The clause of an order that sets the monthly report (it speaks of a report and of «ежемесячно»
 * or a day «числа»), so the report page quotes the order instead of restating it.
 */
export function reportClause<T extends { text: string }>(clauses: readonly T[]): T | undefined {
  return clauses.find((c) => /отч[её]т/i.test(c.text) && /(ежемесячно|числа)/i.test(c.text));
}
