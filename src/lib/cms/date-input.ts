import { formatDateNumeric, isRealDate, isValidIsoDate, isoDate } from '../dates';

/**
 * A date as a person types it, in Russian day-month-year order, to strict ISO `YYYY-MM-DD`;
 * undefined when it is not a whole, real date. Accepts `28.10.2021`, `28/10/2021`,
 * `28-10-2021`, `28102021` (digits only), `28.10.21` (20yy) and ISO `2021-10-28`.
 * Never guesses: `31.02.2021`, `11192021` (month 19) and a missing year are rejected.
 */
export function parseTypedDate(text: string): string | undefined {
  const s = text.trim();
  if (isValidIsoDate(s)) return s;
  let m = /^(\d{1,2})[.\/-](\d{1,2})[.\/-](\d{4}|\d{2})$/.exec(s);
  if (!m) {
    const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
    if (!digits) return undefined;
    m = digits;
  }
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isRealDate(year, month, day) ? isoDate(year, month, day) : undefined;
}

/** How the date field shows a stored ISO date: `28.10.2021`; any other text as it is. */
export function displayDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  return isValidIsoDate(value) ? formatDateNumeric(value) : value;
}

/** Today as ISO, from the browser's clock (the CMS's «default: today»). */
export function todayIso(now = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
