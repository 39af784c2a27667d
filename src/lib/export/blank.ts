/**
 * The monthly report blank (Appendix 4 form) pre-filled for one school and month: which
 * roadmap items go on it, and the model both the print page and the DOCX are made from.
 */
import type { Occurrence } from '../status/types';
import { dueInMonth } from '../status/schedule';

/** One pre-filled row: the activity and its deadline; result and reason stay empty. */
export interface BlankRow {
  number: string;
  activity: string;
  /** Deadline verbatim, as the form's «Сроки реализации» column wants it. */
  deadline: string;
}

/** Everything a blank shows. */
export interface ReportBlank {
  /** Approval lines above the title («Приложение № 4», «к приказу …», «от «07» 02 2021 г. № 147»). */
  approvalLines: string[];
  /** Form title, first word apart («ОТЧЁТ» + the rest). */
  titleWord: string;
  titleRest: string;
  /** «за ноябрь 2021 года». */
  monthLine: string;
  /** Full school name. */
  schoolName: string;
  /** Not changed once made: the DOCX knows a list it has already written by the list itself (see ./docx.ts). */
  rows: readonly BlankRow[];
  /** How many empty rows follow for other activities. */
  emptyRows: number;
  /** Column headers of the form, in order. */
  columns: readonly string[];
  /** Footer lines: deadline and recipient. */
  notes: string[];
  /** Document properties. */
  creator: string;
  title: string;
}

/** Column headers of the Appendix 4 form, verbatim. */
export const BLANK_COLUMNS = ['№', 'Виды работ (мероприятия)', 'Сроки реализации', 'Результат', 'Обоснование невыполнения мероприятия (при наличии)'] as const;

/**
 * Items that go on a month's blank, in roadmap order: those whose windows overlap the month
 * (single dates in it, ranges and periods around it, every month for «ежемесячно»), and the
 * undated ones (по графику ОО, по итогам работ), which may happen in any month.
 */
export function itemsForMonth<T extends { occurrences: readonly Occurrence[]; undated: boolean }>(items: readonly T[], month: string): T[] {
  return items.filter((i) => i.undated || dueInMonth(i.occurrences, month));
}

/** A row of a school's blank page: its months are indexes into the page's months. */
export interface BlankPageRow extends BlankRow {
  months: number[];
}

/** Class of a row or line of the blank page that belongs to month `index` (0-based) of the page's months. */
export function blankMonthClass(index: number): string {
  return `m${index}`;
}

/**
 * The stylesheet that picks a month on a school's blank page (src/pages/forms/report/[school]/index.astro).
 * The page lists each row of the table once, with a class per month whose blank has it
 * (`blankMonthClass`), and the lines that differ by month (the table's caption, the footer) once
 * per month; the page's own styles hide them all. This shows those of the chosen month
 * (`#blank-<yyyy-mm>` is the target) or, with none chosen, of `current`. One rule per month, so
 * it is made from the programme's months.
 */
export function blankMonthsCss(months: readonly string[], current: string | undefined, anchor: (month: string) => string): string {
  const show = (scope: string, k: number) => [
    `${scope} .blank-table > tbody > tr.${blankMonthClass(k)} { display: table-row; }`,
    `${scope} .blank-part.${blankMonthClass(k)} { display: block; }`,
  ];
  const rules = months.flatMap((month, k) => show(`.blank-months:has(#${anchor(month)}:target)`, k));
  const now = current === undefined ? -1 : months.indexOf(current);
  if (now >= 0) rules.push(...show('.blank-months:not(:has(.blank:target))', now));
  return `/* Месяцы бланков отчёта: строки таблицы и подписи выбранного месяца. */\n${rules.join('\n')}\n`;
}

/** Splits «ОТЧЁТ об исполнении …» into the word and the rest. */
export function splitFormTitle(title: string): { word: string; rest: string } {
  const m = /^(ОТЧ[ЁЕ]Т)\s+([\s\S]*)$/u.exec(title.trim());
  return m ? { word: m[1]!, rest: m[2]! } : { word: '', rest: title.trim() };
}
