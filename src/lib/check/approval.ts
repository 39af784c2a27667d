/**
 * A stamp («УТВЕРЖДЕНО приказом … от … № …») that cites another order number or date than the
 * order the document is an appendix to. The source is kept verbatim: the check warns, and pages show
 * readers the same finding beside the stamp («Так в оригинале: …»). One rule for both.
 */
import { describe } from './messages';
import type { Problem } from './types';

export interface ApprovalMismatch {
  code: 'appendix.order-number-mismatch' | 'appendix.order-date-mismatch';
  /** Field of the stamp that differs. */
  path: ['approval', 'number'] | ['approval', 'date'];
  data: Problem['data'];
}

/** What the stamp prints that differs from the approving order (number, date). */
export function approvalMismatches(approval: { number?: string | undefined; date?: string | undefined }, order: { number?: string | null | undefined; date?: string | null | undefined }): ApprovalMismatch[] {
  const out: ApprovalMismatch[] = [];
  if (order.number && approval.number && approval.number !== order.number) {
    out.push({ code: 'appendix.order-number-mismatch', path: ['approval', 'number'], data: { printed: approval.number, order: order.number } });
  }
  if (order.date && approval.date && approval.date !== order.date) {
    out.push({ code: 'appendix.order-date-mismatch', path: ['approval', 'date'], data: { printed: approval.date, order: order.date, number: order.number ?? '' } });
  }
  return out;
}

/** The readers' note for each mismatch: the check's own warning text, without the fix for editors. */
export function originalNotes(mismatches: readonly ApprovalMismatch[]): string[] {
  return mismatches.map((m) => describe({ severity: 'warning', code: m.code, file: '', data: m.data }).message);
}
