import type { Deadline } from '../deadline/types';
import { formatDateLong, MONTHS_GENITIVE, MONTHS_NOMINATIVE } from '../dates';

const GENITIVE = MONTHS_GENITIVE;
const NOMINATIVE = MONTHS_NOMINATIVE;

function parts(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function isMonthStart(date: string): boolean {
  return date.endsWith('-01');
}

function isMonthEnd(date: string): boolean {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

/** «с 11 по 19 февраля 2021 г.», «с 1 октября по 5 ноября 2021 г.», «с 1 сентября 2021 г. по 31 мая 2022 г.». */
export function describeDayRange(start: string, due: string): string {
  const a = parts(start);
  const b = parts(due);
  if (start === due) return formatDateLong(start);
  if (a.y === b.y && a.m === b.m) return `с ${a.d} по ${b.d} ${GENITIVE[b.m - 1]} ${b.y} г.`;
  if (a.y === b.y) return `с ${a.d} ${GENITIVE[a.m - 1]} по ${b.d} ${GENITIVE[b.m - 1]} ${b.y} г.`;
  return `с ${formatDateLong(start)} по ${formatDateLong(due)}`;
}

/** «октябрь 2021 г.», «октябрь — ноябрь 2021 г.», «сентябрь 2021 г. — май 2022 г.». */
export function describeMonthRange(start: string, due: string): string {
  const a = parts(start);
  const b = parts(due);
  if (a.y === b.y && a.m === b.m) return `${NOMINATIVE[a.m - 1]} ${a.y} г.`;
  if (a.y === b.y) return `${NOMINATIVE[a.m - 1]} — ${NOMINATIVE[b.m - 1]} ${b.y} г.`;
  return `${NOMINATIVE[a.m - 1]} ${a.y} г. — ${NOMINATIVE[b.m - 1]} ${b.y} г.`;
}

function range(start: string, due: string): string {
  return isMonthStart(start) && isMonthEnd(due) ? describeMonthRange(start, due) : describeDayRange(start, due);
}

/** Joins Russian list items: «а», «а и б», «а, б и в». */
function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

/** «22 апреля, 19 мая и 15 сентября 2021 г.» — the year written once per run of the same year. */
function describeDates(dates: string[]): string {
  const byYear = new Map<number, string[]>();
  for (const date of [...dates].sort()) {
    const { y, m, d } = parts(date);
    const list = byYear.get(y) ?? [];
    list.push(`${d} ${GENITIVE[m - 1]}`);
    byYear.set(y, list);
  }
  return joinAnd([...byYear].map(([y, days]) => `${joinAnd(days)} ${y} г.`));
}

/** «август, ноябрь и декабрь 2021 г., март 2022 г.» */
function describeMonths(dates: string[]): string {
  const byYear = new Map<number, string[]>();
  for (const date of [...dates].sort()) {
    const { y, m } = parts(date);
    const list = byYear.get(y) ?? [];
    list.push(NOMINATIVE[m - 1]!);
    byYear.set(y, list);
  }
  return [...byYear].map(([y, months]) => `${joinAnd(months)} ${y} г.`).join(', ');
}

/** Dative of the head noun of a reference («график ОО» → «графику ОО», «план ВШК» → «плану ВШК»). */
function dative(reference: string): string {
  const [head = '', ...rest] = reference.trim().split(/\s+/);
  const lower = head.toLowerCase();
  let d = head;
  if (/^(график|план|календар[ьи]|приказ)$/.test(lower)) d = lower.endsWith('ь') ? `${head.slice(0, -1)}ю` : `${head}у`;
  else if (/ие$/.test(lower)) d = `${head.slice(0, -1)}ю`;
  else if (/ия$/.test(lower)) d = `${head.slice(0, -1)}и`;
  else if (lower === 'итоги') d = 'итогам';
  else return reference.trim();
  return [d, ...rest].join(' ');
}

function referenceText(reason: string | null, fallback: string): string {
  if (!reason) return fallback;
  const r = reason.trim().replace(/[.\s]+$/, '');
  if (/^(по|в соответствии|согласно|после|при|в течение)\s/i.test(r)) return r.charAt(0).toLowerCase() + r.slice(1);
  const d = dative(r);
  return d === r.trim() ? `${fallback}: ${r}` : `по ${d.charAt(0).toLowerCase()}${d.slice(1)}`;
}

const EVERY: Record<string, string> = { week: 'еженедельно', month: 'ежемесячно', quarter: 'ежеквартально', year: 'ежегодно' };

/** A roadmap's period, as `occurrencesOf` takes it. */
export interface DescribedPeriod {
  start: string;
  end: string;
}

/**
 * Where a repeat runs, when it is not the whole period: «с октября 2021 г.», «с 15 марта 2021 г.», «с сентября 2021 г. по май
 * 2022 г.», «с 1 марта по 30 апреля 2021 г.», «по июнь 2021 г.». «ежемесячно до 28 числа, начиная с октября» is asked of schools
 * from October only (`occurrencesOf` counts from the repeat's start), so the reading says so; «» where it is the period.
 */
function repeatSpan(start: string | null, due: string | null, period: DescribedPeriod): string {
  if (start === null) return '';
  const from = start !== period.start;
  const to = due !== null && due !== period.end;
  if (!from && !to) return '';
  const a = parts(start);
  if (!to) return isMonthStart(start) ? `с ${GENITIVE[a.m - 1]} ${a.y} г.` : `с ${formatDateLong(start)}`;
  const b = parts(due!);
  const months = isMonthStart(start) && isMonthEnd(due!);
  if (!from) return months ? `по ${NOMINATIVE[b.m - 1]} ${b.y} г.` : `по ${formatDateLong(due!)}`;
  if (!months) return describeDayRange(start, due!);
  return a.y === b.y ? `с ${GENITIVE[a.m - 1]} по ${NOMINATIVE[b.m - 1]} ${b.y} г.` : `с ${GENITIVE[a.m - 1]} ${a.y} г. по ${NOMINATIVE[b.m - 1]} ${b.y} г.`;
}

/**
 * The deadline as Setka understood it, in Russian, to show beside the verbatim text:
 * «до 15 февраля 2021 г.», «ежемесячно, до 28-го», «с 11 по 19 февраля 2021 г.»,
 * «октябрь — ноябрь 2021 г.», «по графику ОО», «срок не распознан: …». With the roadmap's `period`, a repeat that does not run
 * over all of it says where it runs («ежемесячно, до 28-го, с октября 2021 г.»).
 */
export function describeDeadline(deadline: Deadline, period?: DescribedPeriod): string {
  switch (deadline.kind) {
    case 'by':
      return deadline.due ? `до ${formatDateLong(deadline.due)}` : 'срок не указан';
    case 'on':
      return deadline.dates.length > 0 ? describeDates(deadline.dates) : deadline.due ? formatDateLong(deadline.due) : 'срок не указан';
    case 'range':
      if (deadline.start && deadline.due) return range(deadline.start, deadline.due);
      return deadline.due ? `до ${formatDateLong(deadline.due)}` : 'срок не указан';
    case 'months':
      return deadline.dates.length > 0 ? describeMonths(deadline.dates) : 'срок не указан';
    case 'recurring': {
      const every = EVERY[deadline.every ?? 'month'] ?? 'регулярно';
      const head = deadline.day ? `${every}, до ${deadline.day}-го` : every;
      const span = period ? repeatSpan(deadline.start, deadline.due, period) : '';
      return span ? `${head}, ${span}` : head;
    }
    case 'ongoing':
      return deadline.start && deadline.due ? `весь период: ${describeDayRange(deadline.start, deadline.due)}` : 'постоянно';
    case 'schedule':
      return referenceText(deadline.reason, 'по отдельному графику');
    case 'event':
      return referenceText(deadline.reason, 'по событию');
    default:
      return deadline.reason ? `срок не распознан: ${deadline.reason}` : 'срок не распознан';
  }
}

/** Gists made, by text: a region's pages ask for the same few hundred deadlines hundreds of thousands of times (every school's rows and calendar). */
const gists = new Map<string, string>();
/** Texts remembered at most (distinct deadlines and readings of one site are far fewer). */
const GISTS_KEPT = 50_000;

/** What a phrase says, not how it is typed: letters and digits only, lower case, «ё» as «е». */
function gist(s: string): string {
  let g = gists.get(s);
  if (g === undefined) {
    g = s.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
    if (gists.size < GISTS_KEPT) gists.set(s, g);
  }
  return g;
}

/**
 * The reading to show beside a deadline as written, or null where it only repeats the text
 * («По графику ОО» read as «по графику ОО», «Ежемесячно» as «ежемесячно»): the roadmap, the
 * school pages, the timeline, calendars and search then say the deadline once.
 */
export function understoodBeside(text: string, understood: string): string | null {
  return gist(text) === gist(understood) ? null : understood;
}

/** The same reading in brackets to follow the text in a line («(до 15 февраля 2021 г.)», «(как понят срок: …)»), or «» where it repeats it. */
export function understoodInBrackets(text: string, understood: string, label?: string): string {
  const reading = understoodBeside(text, understood);
  return reading === null ? '' : ` (${label ? `${label}: ` : ''}${reading})`;
}
