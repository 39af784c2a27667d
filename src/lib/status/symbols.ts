import type { ItemStatus, ReportStatus } from './types';

/** The symbol shown before each report status (text + symbol + colour: never colour alone). */
export const REPORT_SYMBOL: Readonly<Record<ReportStatus, string>> = { 'on-time': '✓', late: '!', missing: '✕', 'not-yet-due': '…', 'not-required': '—' };

/** The symbol shown before each item status. */
export const ITEM_SYMBOL: Readonly<Record<ItemStatus, string>> = { done: '✓', overdue: '!', due: '●', upcoming: '○', undated: '–', 'before-order': '◇' };

/** Key of a school × month report status in page markup (`data-status-of`): `report:<school>:<yyyy-mm>`. */
export function reportKeyOf(school: string, month: string): string {
  return `report:${school}:${month}`;
}

/** Key of an item status in page markup: `item:<roadmap>:<number>:<school id, or "department">`. */
export function itemKeyOf(roadmap: string, number: string, owner: string): string {
  return `item:${roadmap}:${number}:${owner}`;
}
