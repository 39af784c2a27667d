/**
 * Pagefind reads `<dt>Партнёр</dt><dd>МОУ …</dd>` as «ПартнёрМОУ …», and header cells
 * `<th>№ п/п</th><th>Наименование</th>` as «п/пНаименование» (Astro writes the tags with no
 * whitespace between them), so words run together in the index and in excerpts. A line
 * break between two terms, descriptions or table cells is never rendered (they are boxes
 * of their own), so the build adds one before indexing.
 */

/** End of a term, description, cell or caption, then (across rows and row groups) the start of the next. */
const ADJACENT_BOXES = /<\/(dt|dd|th|td|caption)>((?:<\/?(?:tr|thead|tbody|tfoot)(?:\s[^>]*)?>)*)(?=<(?:dt|dd|th|td)[\s>])/gi;

/** Adds a line break between adjacent `dt`/`dd` and table cells (also across rows); other markup unchanged. */
export function spaceAdjacentBoxes(html: string): string {
  return html.replace(ADJACENT_BOXES, '</$1>$2\n');
}
