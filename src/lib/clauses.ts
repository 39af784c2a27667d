/**
 * Clause numbering of official documents: «4.2.» at the start of a paragraph or heading
 * becomes a stable anchor `p-4-2`, so any clause can be cited by URL.
 */

/** A clause number at the very start of a text: `1.`, `1.1`, `1.1.`, `2.2.3.` (followed by a space or end). */
const CLAUSE_START = /^(\d{1,3}(?:\.\d{1,3})*)\.?(?=\s|$)/;

/** The clause number at the start of `text` («4.2.» → «4.2»), or null. Years and dates are not clauses. */
export function clauseNumber(text: string): string | null {
  const m = CLAUSE_START.exec(text.trimStart());
  if (!m) return null;
  const num = m[1]!;
  // «2021 года …» is a year, not a clause; real clause parts are short.
  if (num.split('.').some((part) => part.length > 2)) return null;
  return num;
}

/** Anchor id for a clause number: `4.2` → `p-4-2`. */
export function clauseAnchor(number: string): string {
  return `p-${number.split('.').join('-')}`;
}

/** Nesting depth of a clause number: `4` → 1, `4.2` → 2. */
export function clauseDepth(number: string): number {
  return number.split('.').length;
}
