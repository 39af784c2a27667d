/**
 * A hostile corpus for every output: markup, formula prefixes in the shapes an editor can type,
 * calendar line and property injection, XML breakers, long and mixed-script text. Control
 * characters other than tab and newline are refused by the check (src/lib/safety/text.ts) and
 * appear here only where a writer must cope with them on its own (ICS, CSV).
 */
export const HOSTILE: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'-alert(1)-'",
  '[ссылка](javascript:alert(1))',
  ']]><script>alert(1)</script><![CDATA[',
  '&amp; &lt;b&gt; &#x3C;script&#x3E;',
  '=HYPERLINK("http://evil.example";"Отчёт")',
  '=1+1\nвторая строка',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1;1)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '"=1+1',
  'Итог:\n=1+1',
  '＝1+1',
  'Школа\r\nBEGIN:VEVENT\r\nUID:evil@example\r\nEND:VEVENT',
  'Школа\rDTSTART:20990101\rSUMMARY:подмена',
  'Школа\nEND:VCALENDAR',
  'Школа\u2028X-EVIL:1',
  'a;b,c\\d:e',
  'Выполнено: ' + 'очень длинный текст с кириллицей '.repeat(12),
  'Эмодзи 🎉 и «ёлочки» — тире',
  '{{ constructor.constructor("alert(1)")() }}',
  '${7*7} <%= 7*7 %>',
];

/** Properties a Setka calendar may contain; anything else at a line start was injected. */
export const ICS_PROPERTIES = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'METHOD', 'CALSCALE', 'X-WR-CALNAME', 'X-WR-CALDESC', 'X-PUBLISHED-TTL', 'UID', 'SUMMARY', 'DTSTAMP', 'DTSTART', 'DTEND', 'DESCRIPTION', 'URL', 'CATEGORIES', 'TRANSP', 'X-MICROSOFT-CDO-BUSYSTATUS', 'RRULE', 'STATUS']);

/**
 * Lines of a calendar that start something other than a known property or a continuation,
 * whatever a reader splits lines on (CRLF, LF or a lone CR). Empty for a clean calendar.
 */
export function injectedIcsLines(ics: string): string[] {
  return ics.split(/\r\n|\r|\n/).filter((line) => line !== '' && !line.startsWith(' ') && !ICS_PROPERTIES.has(line.split(/[:;]/)[0]!));
}

/** What a spreadsheet would take for a formula: after leading spaces, line breaks and quotes, one of = + - @ (also full-width), or a tab/CR first. */
export function runsAsFormula(cell: string): boolean {
  return /^[\t\r]/.test(cell) || /^[\s"'\u00A0\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);
}
