/**
 * A status badge as HTML: ItemStatusBadge.astro's markup, written once here and used by the
 * component and by the tables that repeat it hundreds of times a page (SchoolItems).
 */
import { t } from '../../i18n/ru';
import { attr, text } from '../html';
import { ITEM_SYMBOL } from './symbols';
import type { ItemStatus } from './types';

export interface ItemBadge {
  status: ItemStatus;
  /** Text after the label, e.g. a count of schools («— 3 школы»). */
  suffix?: string | undefined;
  /** What the status is of, `item:<roadmap>:<number>:<school or department>` (`itemKeyOf`). */
  of?: string | undefined;
  /**
   * Whether the badge explains itself on hover (`title`). A long table of badges leaves it out and
   * explains its statuses once, in a legend above it (SchoolItems).
   */
  hint?: boolean | undefined;
}

/** `<span class="status status--…">` with its symbol and label. */
export function itemBadgeHtml({ status, suffix, of, hint = true }: ItemBadge): string {
  const title = hint ? attr('title', t(`item.${status}.hint`)) : '';
  const keys = of === undefined ? '' : `${attr('data-status-of', of)}${attr('data-status', of && status)}`;
  const more = suffix ? ` <span class="status__suffix">${text(suffix)}</span>` : '';
  return `<span class="status status--${status}"${title}${keys}><span class="status__symbol" aria-hidden="true">${ITEM_SYMBOL[status]}</span>${text(t(`item.${status}`))}${more}</span>`;
}
