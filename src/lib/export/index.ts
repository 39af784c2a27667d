/** Exports: open-data CSV, iCalendar feeds and the report blank (print model + DOCX). Pure; pages serialise. */
export { toCsv, toRecords, parseCsv, escapeFormula, BOM, type Column } from './csv';
export { buildCalendar, buildCalendarBytes, itemEvents, prepareEvents, reportDeadlineEvent, monthlyRule, foldLine, refold, type CalendarEvent, type CalendarOptions, type ItemForCalendar } from './ics';
export { itemsForMonth, splitFormTitle, blankMonthClass, blankMonthsCss, BLANK_COLUMNS, type BlankRow, type BlankPageRow, type ReportBlank } from './blank';
export { blankDocx, blankTemplate, docxResponse, DOCX_MIME } from './docx';
export * from './datasets';
