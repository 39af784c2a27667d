/**
 * Characters that content text may not contain. Decision: they are refused by `npm run check`
 * (file, line, field), not stripped on output — an editor sees and fixes them, and the site never
 * publishes a text that differs from its file. Refused: C0 controls except tab and line feed
 * (a lone carriage return included: readers that split lines on CR would see injected ICS/CSV
 * lines), DEL and C1 controls, the Unicode line/paragraph separators U+2028/U+2029, and the
 * bidirectional overrides (U+202A–U+202E, U+2066–U+2069) that make text display differently
 * from what it says.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** `U+000D` style name of a character. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Russian name of a forbidden character for messages. */
export function describeChar(ch: string): string {
  const names: Record<string, string> = {
    '\r': 'возврат каретки (CR) без перевода строки',
    '\u0000': 'нулевой символ',
    '\u000B': 'вертикальная табуляция',
    '\u000C': 'перевод страницы',
    '\u001B': 'управляющий символ ESC',
    '\u2028': 'разделитель строк Unicode',
    '\u2029': 'разделитель абзацев Unicode',
  };
  return `${names[ch] ?? (/[\u202A-\u202E\u2066-\u2069]/.test(ch) ? 'символ смены направления текста' : 'управляющий символ')} ${codePointName(ch)}`;
}

/** The first forbidden character of `s` and its index, or null. */
export function findForbiddenChar(s: string): { index: number; char: string } | null {
  const m = FORBIDDEN_CHAR.exec(s);
  return m ? { index: m.index, char: m[0] } : null;
}
