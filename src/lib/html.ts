/**
 * HTML written as strings, for the parts of a page that repeat thousands of times (a school's
 * items table: 300 rows, some with 52 dated lines each, on each of 400 school pages). The escaping
 * is Astro's own, character for character, so a part written here is the same bytes as the
 * template it replaces (test/unit/html.test.ts holds both to Astro's functions).
 */

const TEXT = /[&<>'"]/g;
const HAS_TEXT_ENTITY = /[&<>'"]/;
const TEXT_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text between tags, escaped as Astro escapes `{value}` in a template. */
export function text(value: string): string {
  return HAS_TEXT_ENTITY.test(value) ? value.replace(TEXT, (c) => TEXT_ENTITY[c]!) : value;
}

/** An attribute's value, escaped as Astro escapes `name={value}` (`&` and `"` only). */
export function attrValue(value: string): string {
  return value.includes('&') || value.includes('"') ? value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : value;
}

/**
 * ` name="value"` as Astro writes `name={value}`: nothing for `undefined` or `null`, the bare name
 * for an empty string.
 */
export function attr(name: string, value: string | undefined | null): string {
  if (value === undefined || value === null) return '';
  return value === '' ? ` ${name}` : ` ${name}="${attrValue(value)}"`;
}
