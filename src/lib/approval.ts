/**
 * The approval block («гриф») as printed lines, for the document page, the DOCX export and the
 * report blank: «УТВЕРЖДЕНО / приказом … / от «05» 02 2021 г. № 198», or «УТВЕРЖДАЮ / должность /
 * Ф.И.О. / дата».
 */
import { formatDateQuoted } from './dates';

export interface PrintedApproval {
  heading?: string | undefined;
  authority: string;
  number?: string | undefined;
  date?: string | undefined;
  approver?: { position: string; name: string } | undefined;
}

/** Printed lines of an approval block; `appendixNumber` adds «Приложение № N» when the heading does not say it. */
export function approvalLines(approval: PrintedApproval, appendixNumber?: string): string[] {
  const lines: string[] = [];
  if (appendixNumber && !(approval.heading ?? '').includes('Приложение')) lines.push(`Приложение № ${appendixNumber}`);
  if (approval.heading) lines.push(approval.heading);
  if (approval.approver) {
    lines.push(approval.approver.position, approval.approver.name);
    if (approval.date) lines.push(formatDateQuoted(approval.date));
    return lines;
  }
  lines.push(approval.authority);
  const dated = [approval.date ? `от ${formatDateQuoted(approval.date)}` : '', approval.number ? `№ ${approval.number}` : ''].filter(Boolean).join(' ');
  if (dated) lines.push(dated);
  return lines;
}
