/**
 * The rows of a school's items table (SchoolItems.astro) as one HTML string. The table is the bulk of
 * a school's page: at region size 300 rows, a weekly item's row with 52 dated lines, on each of 400
 * pages (100 MB of the region's 210 MB of HTML). Astro's template wrote it element by element, each
 * row's badge a component of its own; the string is the same bytes (the region's 401 school pages
 * built both ways differed only in the order of two stylesheet links). The escaping is Astro's
 * (test/unit/html.test.ts); test/unit/school-item-rows.test.ts reads the rows back.
 */
import type { ItemView } from '../../data/programme';
import { understoodBeside, itemKeyOf, type ItemStatusResult } from '../../lib/status';
import { itemBadgeHtml } from '../../lib/status/badge';
import { formatDateNumeric, formatMonth } from '../../lib/dates';
import { attr, text } from '../../lib/html';
import { t } from '../../i18n/ru';
import { routes } from '../../lib/routes';

export interface SchoolItemRow {
  item: ItemView;
  result: ItemStatusResult;
}

/** `<tr>` after `<tr>`, one per item that applies to `school`. */
export function schoolItemRowsHtml(rows: ReadonlyArray<SchoolItemRow>, school: string): string {
  const deadlineLabel = attr('data-label', t('roadmap.deadline'));
  const responsibleLabel = attr('data-label', t('roadmap.responsible'));
  const statusLabel = attr('data-label', t('roadmap.status'));
  const understoodLabel = text(t('roadmap.understood'));
  const doneIn = text(t('roadmap.item.doneIn'));
  let html = '';
  for (const { item, result } of rows) {
    const reading = understoodBeside(item.deadline.text, item.understood);
    html += `<tr${attr('id', item.anchor)}><th scope="row"><a${attr('href', routes.roadmap(item.roadmapId, item.anchor))}>${text(item.number)}.</a> ${text(item.activity)}</th>`;
    html += `<td${deadlineLabel}>${text(item.deadline.text)}${reading ? `<span class="school-items__understood"><span class="visually-hidden">${understoodLabel}: </span>${text(reading)}</span>` : ''}</td>`;
    html += `<td${responsibleLabel}>${text(item.responsible.join('; '))}</td>`;
    html += `<td${statusLabel}>${itemBadgeHtml({ status: result.status, of: itemKeyOf(item.roadmapId, item.number, school), hint: false })}`;
    if (result.occurrences.length > 1) {
      html += '<ul class="school-items__more">';
      for (const o of result.occurrences) html += `<li><time${attr('datetime', o.due)}>${text(formatDateNumeric(o.due))}</time> — ${text(t(`item.${o.status}`).toLowerCase())}</li>`;
      html += '</ul>';
    }
    if (result.doneMonths.length > 0) {
      html += `<p class="school-items__more">${doneIn} ${result.doneMonths.map((m) => `<a${attr('href', routes.report(school, m))}>${text(formatMonth(m))}</a>`).join(', ')}</p>`;
    }
    html += '</td></tr>';
  }
  return html;
}
