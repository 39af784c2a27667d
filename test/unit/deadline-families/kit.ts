/**
 * What a family of the deadline variant matrix (test/unit/deadline-families.test.ts) is made of: the expected
 * results, the calendar context every row is parsed in, and the word lists families share.
 *
 * A new round's family is a file of its own beside this one, `round-<N>.ts`, exporting `family`:
 *
 * ```ts
 * import { ev, variants, type Family } from './kit';
 * export const family: Family = {
 *   title: 'round 54: what the round reads',
 *   rows: () => ['после выхода приказа'].flatMap((t) => variants(t)).map((t) => [t, ev('приказ')]),
 * };
 * ```
 *
 * The test file finds every `round-*.ts` here by itself, so rounds written at the same time never touch one file.
 */
import type { Deadline, DeadlineContext } from '../../../src/lib/deadline';

/** The context every row is parsed in: the calendar year 2021. */
export const CAL: DeadlineContext = { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } };

export type Expect =
  | { kind: 'event'; names: string } // reason names the event: contains this word (case-insensitive)
  | { kind: 'schedule'; reason: string }
  | { kind: 'unparsed'; reason: RegExp }
  | { kind: 'by' | 'on' | 'range' | 'months' | 'ongoing'; start?: string | null; due: string | null }
  | { kind: 'recurring'; every: Deadline['every']; day?: number | null; start?: string; due?: string | null };
export type Row = [text: string, expected: Expect];

/** A family: its title (what the round reads) and its rows. */
export interface Family {
  title: string;
  rows: () => Row[];
}

export const ev = (names: string): Expect => ({ kind: 'event', names });
export const sched = (reason: string): Expect => ({ kind: 'schedule', reason });
export const by = (due: string): Expect => ({ kind: 'by', due });
export const on = (due: string, start: string = due): Expect => ({ kind: 'on', start, due });
export const range = (start: string, due: string): Expect => ({ kind: 'range', start, due });
export const months = (start: string, due: string): Expect => ({ kind: 'months', start, due });
export const ongoing: Expect = { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' };
export const rec = (every: Deadline['every'], day: number | null = null): Expect => ({ kind: 'recurring', every, day, start: '2021-01-01', due: '2021-12-31' });
export const bareSpan: Expect = { kind: 'unparsed', reason: /срок отсчитывается от события/ };
/** Nothing read: the parser's plain «не удалось распознать срок». */
export const unread: Expect = { kind: 'unparsed', reason: /не удалось распознать срок/ };

/** The text with its first letter capitalised, as a cell that opens with it writes it. */
export const cap = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

/** Variants of one text as real cells write it: as is, capitalised, with a trailing dot or semicolon, «е» for «ё». */
export function variants(text: string): string[] {
  const capital = cap(text);
  const out = [text, capital, `${text}.`, `${capital};`];
  if (text.includes('ё')) out.push(text.replace(/ё/g, 'е'));
  return out;
}

/**
 * Rows in named sections: `build` calls `section(name, fill)`, and `add(text, expected)` inside `fill` adds every
 * written variant of the text (`variants`) to that section; `addAs(text, expected)` adds the text only, as written.
 */
export function sectionsOf(
  build: (section: (name: string, fill: () => void) => void, add: (text: string, e: Expect) => void, addAs: (text: string, e: Expect) => void) => void,
): Array<[string, Row[]]> {
  const out: Array<[string, Row[]]> = [];
  let rows: Row[] = [];
  const section = (name: string, fill: () => void): void => {
    rows = [];
    fill();
    out.push([name, rows]);
  };
  const add = (text: string, e: Expect): void => {
    rows.push(...variants(text).map((t): Row => [t, e]));
  };
  build(section, add, (text, e) => void rows.push([text, e]));
  return out;
}

/** The rows of a family's sections, each text once (the last expectation written for a text wins, as a `Map` keeps it). */
export function distinctRows(sections: Array<[string, Row[]]>): Row[] {
  return [...new Map(sections.flatMap(([, rows]) => rows).map((r): [string, Row] => [r[0], r])).values()];
}

export const MONTHS_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
export const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const MONTHS_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

export const pad = (n: number): string => String(n).padStart(2, '0');
/** `YYYY-MM-DD` of day `d` of month `m` (1-based) of year `y`. */
export const iso = (m: number, d: number, y = 2021): string => `${y}-${pad(m)}-${pad(d)}`;
/** The last day of month `m` (1-based) of 2021. */
export const lastDay = (m: number): number => new Date(Date.UTC(2021, m, 0)).getUTCDate();
