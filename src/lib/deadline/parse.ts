/**
 * `parseDeadline`: free Russian roadmap deadline text → the `Deadline` contract.
 * Pure and total: no clock, no I/O, never throws.
 */
import { addDays, isValidIsoDate } from '../dates';
import { normalizeDeadline } from './normalize';
import { eventAnywhere, eventAtStart, isOngoing, recurrence, scheduleReason } from './phrases';
import { resolveYears, windowOf, type ResolvedContext, type Window } from './resolve';
import { scanTokens, type Atom, type Item, type Scan } from './scan';
import { tokenize } from './tokens';
import type { Deadline, DeadlineContext, DeadlineEvery, DeadlineKind } from './types';

/** One date expression: a point («до 15.02.2021», «сентябрь») or a range («с 1 по 15 сентября»). */
interface Segment {
  a: Atom;
  b: Atom | null;
  by: boolean;
  strict: boolean;
  from: boolean;
}

function make(
  text: string,
  kind: DeadlineKind,
  start: string | null = null,
  due: string | null = null,
  dates: string[] = [],
  every: DeadlineEvery | null = null,
  day: number | null = null,
  reason: string | null = null,
): Deadline {
  return { text, kind, start, due, dates, every, day, reason };
}

/** Context years outside this range are ignored (as are dates written outside it). */
const MIN_CONTEXT_YEAR = 1900;
const MAX_CONTEXT_YEAR = 2190;

/** Validates the caller's context once; anything malformed is ignored. */
export function resolveContext(context: unknown): ResolvedContext {
  const out: ResolvedContext = { year: null, periodStart: null, periodEnd: null };
  if (!context || typeof context !== 'object') return out;
  const { year, period } = context as DeadlineContext;
  if (typeof year === 'number' && Number.isInteger(year) && year >= MIN_CONTEXT_YEAR && year <= MAX_CONTEXT_YEAR) out.year = year;
  if (period && typeof period === 'object') {
    const { start, end } = period;
    if (typeof start === 'string' && typeof end === 'string' && isValidIsoDate(start) && isValidIsoDate(end) && start <= end
      && start.slice(0, 4) >= String(MIN_CONTEXT_YEAR) && end.slice(0, 4) <= String(MAX_CONTEXT_YEAR)) {
      out.periodStart = start;
      out.periodEnd = end;
    }
  }
  return out;
}

/** Groups atoms and connectors into points and ranges. */
function segments(items: Item[]): Segment[] {
  const out: Segment[] = [];
  let by = false;
  let strict = false;
  let from = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'conn') {
      if (it.type === 'by') {
        by = true;
        strict = it.strict;
      } else if (it.type === 'to') {
        by = true; // «по 15.03.2021» alone: by that day
        strict = false;
      } else if (it.type === 'from') from = true;
      continue;
    }
    const seg: Segment = { a: it, b: null, by: by && !from, strict, from };
    const c = items[i + 1];
    const b = items[i + 2];
    if (c && c.kind === 'conn' && b && b.kind === 'atom' && (c.type === 'dash' || c.type === 'to' || (c.type === 'by' && from))) {
      seg.b = b;
      seg.by = false;
      seg.from = false;
      i += 2;
    }
    out.push(seg);
    by = false;
    strict = false;
    from = false;
  }
  return out;
}

/** The window from atom `a` to atom `b`; null when it would end before it starts. */
function rangeWindow(a: Atom, b: Atom): Window | null {
  const wa = windowOf(a);
  let wb = windowOf(b);
  if (wb.end < wa.start && !b.explicit && b.year !== null) {
    b.year += 1; // «сентябрь – май»: the end is in the next year
    wb = windowOf(b);
  }
  return wb.end < wa.start ? null : { start: wa.start, end: wb.end };
}

/** Builds the deadline from the date expressions. */
function fromSegments(text: string, segs: Segment[], ctx: ResolvedContext): Deadline {
  const windows: Window[] = [];
  for (const s of segs) {
    const w = s.b ? rangeWindow(s.a, s.b) : windowOf(s.a);
    if (!w) return make(text, 'unparsed', null, null, [], null, null, 'начало срока позже его окончания');
    windows.push(w);
  }

  if (segs.length === 1) {
    const s = segs[0]!;
    const w = windows[0]!;
    if (s.b) return make(text, 'range', w.start, w.end);
    if (s.by) {
      const due = s.strict && s.a.type !== 'date' && !s.a.part ? addDays(w.start, -1) : w.end;
      return make(text, 'by', null, due);
    }
    if (s.from) {
      const due = ctx.periodEnd !== null && ctx.periodEnd >= w.start ? ctx.periodEnd : null;
      return make(text, 'ongoing', w.start, due);
    }
    if (s.a.type === 'date') return make(text, 'on', w.start, w.end, [w.start]);
    return make(text, 'range', w.start, w.end);
  }

  let start = windows[0]!.start;
  let end = windows[0]!.end;
  for (const w of windows) {
    if (w.start < start) start = w.start;
    if (w.end > end) end = w.end;
  }
  const plain = segs.every((s) => !s.b && !s.from);
  if (plain && segs.every((s) => s.a.type === 'date')) return make(text, 'on', start, end, windows.map((w) => w.start));
  if (plain && segs.every((s) => !s.by && s.a.type === 'month' && !s.a.part)) {
    return make(text, 'months', start, end, windows.map((w) => w.end));
  }
  return make(text, 'range', start, end);
}

/**
 * The window a repeat is limited to, when the text states one as a range or a
 * (school) year: «ежемесячно с сентября по май», «ежеквартально в 2022 году».
 * Otherwise null (the repeat spans the roadmap period).
 */
function recurringWindow(scan: Scan, ctx: ResolvedContext): Window | null {
  if (scan.error || scan.stray || scan.relative || scan.atoms === 0) return null;
  const atoms = scan.items.filter((it): it is Atom => it.kind === 'atom');
  if (resolveYears(atoms, ctx)) return null;
  const segs = segments(scan.items);
  if (segs.length !== 1) return null;
  const s = segs[0]!;
  if (s.b) return rangeWindow(s.a, s.b);
  const t = s.a.type;
  return !s.by && !s.from && (t === 'year' || t === 'years' || t === 'schoolYear') ? windowOf(s.a) : null;
}

function ongoing(text: string, ctx: ResolvedContext): Deadline {
  return make(text, 'ongoing', ctx.periodStart, ctx.periodEnd);
}

function parse(text: string, ctx: ResolvedContext): Deadline {
  const norm = normalizeDeadline(text);
  const toks = tokenize(norm);
  let meaningful = false;
  for (const t of toks) if (t.type !== 'punct') meaningful = true;
  if (!meaningful) return make(text, 'unparsed', null, null, [], null, null, 'срок не указан');

  const event = eventAtStart(norm, text);
  if (event !== null) return make(text, 'event', null, null, [], null, null, event);

  const scan = scanTokens(toks);
  const rec = recurrence(toks);
  if (rec) {
    const w = recurringWindow(scan, ctx);
    return make(text, 'recurring', w ? w.start : ctx.periodStart, w ? w.end : ctx.periodEnd, [], rec.every, rec.day);
  }

  if (scan.error) return make(text, 'unparsed', null, null, [], null, null, scan.error);
  if (scan.atoms > 0) {
    if (scan.relative) return make(text, 'event', null, null, [], null, null, eventAnywhere(norm, text) ?? text.trim());
    if (scan.stray) return make(text, 'unparsed', null, null, [], null, null, scan.stray);
    const atoms = scan.items.filter((it): it is Atom => it.kind === 'atom');
    const yearError = resolveYears(atoms, ctx);
    if (yearError) return make(text, 'unparsed', null, null, [], null, null, yearError);
    return fromSegments(text, segments(scan.items), ctx);
  }

  if (!scan.stray && isOngoing(norm)) return ongoing(text, ctx);
  const schedule = scheduleReason(norm, text);
  if (schedule !== null) return make(text, 'schedule', null, null, [], null, null, schedule);
  const anyEvent = eventAnywhere(norm, text);
  if (anyEvent !== null) return make(text, 'event', null, null, [], null, null, anyEvent);
  return make(text, 'unparsed', null, null, [], null, null, scan.stray ?? 'не удалось распознать срок');
}

/**
 * Parses one roadmap deadline («До 15.02.2021», «октябрь-ноябрь 2021»,
 * «По графику ОО», «ежемесячно до 28 числа») into the `Deadline` contract.
 * Dates without a year take `context.year`, or the year that puts them inside
 * `context.period`; `ongoing` and `recurring` deadlines span the period.
 * Pure; never throws: what it cannot read is `unparsed` with a Russian reason.
 */
export function parseDeadline(text: string, context: DeadlineContext = {}): Deadline {
  return createDeadlineParser(context)(text);
}

/**
 * A parser bound to one context, validated once: for CLIs and pages that
 * parse every deadline of a roadmap. `createDeadlineParser(ctx)(t)` equals
 * `parseDeadline(t, ctx)`.
 */
export function createDeadlineParser(context: DeadlineContext = {}): (text: string) => Deadline {
  const ctx = resolveContext(context);
  return (text: string) => {
    const source = typeof text === 'string' ? text : String(text ?? '');
    try {
      return parse(source, ctx);
    } catch (error) {
      const result = make(source, 'unparsed', null, null, [], null, null, 'внутренняя ошибка разбора срока');
      FAILURES.set(result, error instanceof Error ? error.message : String(error));
      return result;
    }
  };
}

/** Results made after the parser itself failed, with the failure's message (the contract has no field for it). */
const FAILURES = new WeakMap<Deadline, string>();

/**
 * The parser's own failure behind an `unparsed` result (a bug, not the author's text), or null.
 * `npm run check` reports it as an error (`deadline.internal-error`), not as an unreadable deadline.
 */
export function internalFailure(d: Deadline): string | null {
  return FAILURES.get(d) ?? null;
}
