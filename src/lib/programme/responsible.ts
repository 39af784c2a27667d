/**
 * Who a roadmap item's «Ответственный» names. The source writes the department in several ways
 * («Управление образования», «Управление образования администрации Белгородского района»); both
 * mean the organisation of the site's settings. One rule for the responsible filter and for
 * department-owned items.
 */

/** Lower-case, single spaces, no trailing punctuation, «ё» as «е». */
function canon(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '').toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

/**
 * True when `text` names the department itself: its full or short name, or the beginning of its
 * full name of at least two words («Управление образования» for «Управление образования
 * администрации Белгородского района»). A person («Бозина Н.А., начальник Управления образования»)
 * or a school body is not the department.
 */
export function namesDepartment(text: string, names: readonly string[]): boolean {
  const t = canon(text);
  if (t.split(' ').length < 2) return false;
  return names.some((name) => {
    const n = canon(name);
    return n === t || n.startsWith(`${t} `);
  });
}

/**
 * The department's label for `text` when it names the department (so the filter lists it once),
 * otherwise `text` unchanged.
 */
export function sameResponsible(text: string, names: readonly string[]): string {
  return names[0] && namesDepartment(text, names) ? names[0] : text;
}

/** True when every responsible of an item is the department (items with no responsible are not). */
export function isDepartmentOnly(responsible: readonly string[], names: readonly string[]): boolean {
  return responsible.length > 0 && responsible.every((r) => namesDepartment(r, names));
}
