/** Reading source files as text in tests: comments blanked out, line numbers kept. */

/** `source` with its HTML, block and line comments replaced by spaces (newlines kept, so line numbers stay). */
export function withoutComments(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[\s;{}(),])\/\/[^\n]*/g, (m, lead: string) => lead + blank(m.slice(lead.length)));
}
