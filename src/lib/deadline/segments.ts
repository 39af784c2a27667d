/**
 * From scanned atoms and connectors to a `Deadline`: groups them into points and
 * ranges («до 15.02», «с 1 по 15 сентября», «октябрь-ноябрь»), then picks the kind.
 */
import { addDays, yearInSchoolYear } from '../dates';
import { missingDay, resolveYears, windowOf, type ResolvedContext, type Window } from './resolve';
import * as result from './result';
import type { Atom, Connector, Item, Scan } from './scan';
import type { Deadline } from './types';

/** One date expression: a point («до 15.02.2021», «сентябрь») or a range («с 1 по 15 сентября»). */
export interface Segment {
  a: Atom;
  b: Atom | null;
  /** «до», «не позднее», «к», a lone «по»: done by the window. */
  by: boolean;
  /** «до сентября»: before the window starts (not by its end). */
  strict: boolean;
  /** «с 01.09.2021» without an end. */
  from: boolean;
  /** «до», «по» or «не позднее» stood before it, even after a start («стартует …, который продлится до конца октября»). */
  until: boolean;
  /** Round 87: the range's end came after «до начала …» («с 6 июля до начала сентября»): the eve of its start. */
  endStrict?: boolean;
  /** Round 220: the range's end came after «до / к / не позднее» (a `by` word), not «по» or a verb of ending. */
  endBy?: boolean;
  /** Round 128: the end came from a `to` word — «по» or a verb of ending («завершится», «закончится») —, not from «до / к / не позднее». */
  byTo?: boolean;
}

/**
 * Round 253. «Эксперты выдвинули 20 исследовательских работ для участия в районной конференции "Юность. Наука. Краеведение - 2020",
 * которая состоится в апреле 2020 года.» (a school's news of its research conferences, https://seg-sh6.ru/4698/10280.html —
 * corpus-real-224; it was the whole of 2020): a month written with its year, the year written first, is a day of that year for
 * `leadingYear` — the leading year is no window of its own. A function of the module (see `isWholeMonth`).
 */
function sameYearMonth(a: Atom, y: Atom): boolean {
  return a.type === 'month' && a.explicit && a.year !== null && a.year === y.year;
}

/**
 * «в 2015 году с 23 марта по 18 апреля», «2022 год: март, июнь»: a year written first, before dates that have none,
 * is their year, not a window of its own. Also before days of which some have a year of their own («В 2023 году … 29
 * декабря, а … 9 января 2024 года»): the days without one take it; and before days that all have one («… мероприятий 2011 г. и …,
 * 14.05.2011 г. проведена …»), and before months written with that same year (round 253: «… "… - 2020", которая состоится в апреле
 * 2020 года»). Returns the items without it (the dates take the year); otherwise as given.
 */
export function leadingYear(items: Item[]): Item[] {
  const first = items.findIndex((it) => it.kind === 'atom');
  const y = items[first] as Atom | undefined;
  if (y && y.type === 'schoolYear' && y.explicit && !y.part) return leadingSchoolYear(items, first, y);
  if (!y || y.type !== 'year' || !y.explicit || y.part) return items;
  const rest = items.slice(first + 1);
  const atoms = rest.filter((it): it is Atom => it.kind === 'atom');
  const bare = atoms.length > 0 && atoms.every((a) => a.year === null && a.type !== 'year' && a.type !== 'years' && a.type !== 'schoolYear');
  // «В 2023 году … 29 декабря, а … 9 января 2024 года»: days, some with a year of their own — the rest take the leading one;
  // «… планом основных мероприятий 2011 г. и …, 14.05.2011 г. проведена …»: days that all have one, the leading year is no window
  // (not when a dash or «по» joins them: «2021 г. - 15.03.2022» is a range)
  const joined = rest[0]?.kind === 'conn' && ((rest[0] as Connector).type === 'dash' || (rest[0] as Connector).type === 'to');
  // round 253: «… "Юность. Наука. Краеведение - 2020", которая состоится в апреле 2020 года»: a month written with the leading year
  // itself counts as such a day (it was the whole of 2020)
  const days = atoms.length > 0 && atoms.every((a) => (a.type === 'date' && a.day > 0) || sameYearMonth(a, y)) && (atoms.some((a) => a.year === null) || !joined);
  if (!bare && !days) return items;
  for (const a of atoms) if (a.year === null) a.year = a.afterReport && y.year !== null ? y.year + 1 : y.year; // round 31: «…, следующего за отчетным годом»
  while (rest.length > 0 && rest[0]!.kind === 'conn' && (rest[0] as Connector).type === 'and') rest.shift();
  return [...items.slice(0, first), ...rest];
}

/**
 * Round 223. «К 4 июня ответственные лица … обязаны предоставить на утверждение в мэрию планы-графики подготовки жилфонда и его
 * инженерного оборудования к эксплуатации зимой.» (a city's news of its plan for the cold season,
 * https://klgd.ru/press/news/detail.php?ID=5787223&print=Y — corpus-real-203; it was `range` 06-04..11-30) and «… подготовка
 * многоквартирных домов к «зиме» должна быть завершена к 15 сентября (!)» (it was `range` 09-15..11-30): a season after «до / к» (round
 * 43's eve of the season, by the month before it) in a text that also has a day after «до / к / не позднее» is what the work prepares
 * for, not a second deadline: the day is the deadline and the season's eve goes, before or after the day. A season's eve alone («к
 * зиме» → by 11-30) or beside a month or a year («к зиме, до декабря») reads as before, and so does a season's three months with a day
 * («зимой, до 15 декабря»).
 */
export function seasonPurpose(items: Item[]): Item[] {
  let eve = -1;
  let day = false;
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'atom' || items[i - 1]!.kind !== 'conn' || (items[i - 1] as Connector).type !== 'by') continue;
    if (it.seasonEve) eve = i;
    else if (it.type === 'date' && it.day > 0) day = true;
  }
  if (eve < 0 || !day) return items;
  return [...items.slice(0, eve - 1), ...items.slice(eve + 1)];
}

/** A month with no part of it («сентябрь», not «конец сентября»). A function of the module, not one made at each call (under tsx, a
 *  named function made inside another is named again each time). */
function isWholeMonth(x: Atom): boolean {
  return x.type === 'month' && x.part === null;
}

/**
 * Round 28. «… перенесено на осень 2020 года, планируется, что они пройдут в сентябре-октябре»: a window of whole months with a
 * year (a season, «сентябрь – ноябрь 2020»), written first, before months with no year that all lie inside it, is the row's heading,
 * like round 27's whole month before days: the months take the year they fall in inside it and the window is dropped. Not when a
 * later date has a year, a day or a part, or leaves the window («осенью 2020 года, в декабре» keeps both).
 */
export function leadingMonths(items: Item[]): Item[] {
  const first = items.findIndex((it) => it.kind === 'atom');
  const a = items[first] as Atom | undefined;
  const dash = items[first + 1];
  const b = items[first + 2];
  if (!a || !isWholeMonth(a) || !a.explicit || dash?.kind !== 'conn' || (dash as Connector).type !== 'dash') return items;
  if (!b || b.kind !== 'atom' || !isWholeMonth(b) || !b.explicit) return items;
  const lo = a.year! * 12 + a.month;
  const hi = b.year! * 12 + b.month;
  const rest = items.slice(first + 3);
  const atoms = rest.filter((it): it is Atom => it.kind === 'atom');
  if (atoms.length === 0 || !atoms.every((x) => isWholeMonth(x) && x.year === null)) return items;
  const years = atoms.map((x) => [a.year!, b.year!].find((y) => y * 12 + x.month >= lo && y * 12 + x.month <= hi));
  if (years.some((y) => y === undefined)) return items;
  atoms.forEach((x, i) => (x.year = years[i]!));
  while (rest.length > 0 && rest[0]!.kind === 'conn' && (rest[0] as Connector).type === 'and') rest.shift();
  return [...items.slice(0, first), ...rest];
}

/**
 * Round 32. «Международный день школьных библиотек … отмечается 28 октября с 1999 года по инициативе ЮНЕСКО»: «с <год>» closing
 * the dates after a day and its month with no year of its own says since when the day is kept — a note, not the start of a
 * window that ends on that day (it ran 1999-01-01..2021-10-28). Returns the items without «с <год>»; the day is read as written
 * (the context year). Not when a «по / до / -» end follows the year («1 сентября с 2015 года по 2020 год» keeps it) nor after a
 * day with a year, a month or a window.
 */
export function sinceYear(items: Item[]): Item[] {
  const n = items.length;
  if (n < 3) return items;
  const day = items[n - 3]!;
  const from = items[n - 2]!;
  const y = items[n - 1]!;
  if (day.kind !== 'atom' || day.type !== 'date' || day.day === 0 || day.year !== null) return items;
  if (from.kind !== 'conn' || from.type !== 'from' || y.kind !== 'atom' || y.type !== 'year' || !y.explicit || y.part !== null) return items;
  const before = items[n - 4];
  if (before !== undefined && before.kind === 'conn' && (before.type === 'from' || before.type === 'dash' || before.type === 'to' || before.type === 'by')) return items;
  return items.slice(0, n - 2);
}

/**
 * «С 3 по 8 декабря в школе прошла Неделя математики-2012», «до 15 мая, ЕГЭ-2024»: a year joined to a word by a hyphen (the year
 * of a title or a campaign), with other dates in the text, is the year of those that have none, not a window of its own. So is
 * a day after «на» that a window of days before it is for (round 27: «с 1 марта по 31 мая … на 1 сентября 2012 года» → the window
 * in 2012). Returns the items without it (and without the connector before it); otherwise as given.
 */
export function titleYear(items: Item[]): Item[] {
  const at = items.findIndex((it) => it.kind === 'atom' && (it.title || it.target));
  if (at < 0) return items;
  const t = items[at] as Atom;
  const others = items.filter((it): it is Atom => it.kind === 'atom' && it !== t);
  if (others.length === 0) return items;
  for (const a of others) if (a.year === null && a.type !== 'year' && a.type !== 'years' && a.type !== 'schoolYear') a.year = t.year;
  const before = at > 0 && items[at - 1]!.kind === 'conn' ? 1 : 0;
  return [...items.slice(0, at - before), ...items.slice(at + 1)];
}

/**
 * Round 91. «04 октября  в ОУ состоялось первое в 2016-2017 учебном году заседание Управляющего Совета.» (a school's news of its
 * council, http://prz-shkola-sad.ru/stranica-novosti/u — corpus-real-80): a school year written after days that have no year of their
 * own, with no connector but «и» right before it, is the school year those days fall in — the mirror of a school year written first
 * (`leadingSchoolYear`): the days take their year from it (September–December its first year, January–August its second) and it is no
 * window of its own (it ran from 2016-09-01 to the day in the context year). Only a whole school year written with its years and
 * «учебный / уч.» (not a bare pair: «… 7-8 классов 2005-2006 года рождения …» are years of birth, corpus-real-69's known miss; not
 * «по итогам 1 полугодия 2009-10 уч.года», a half: corpus-real-63's label keeps the context year), only when every other atom is a day
 * with its month and no year, and not when any connector but «и» stands among them or before it: «до 15 мая в 2020/2021 учебном году»
 * stays the school year's window (round 30's pin), «с 1 июня на 2021-2022 учебный год» the window to its end (round 71), «1 сентября –
 * 2016-2017 учебный год» as before. Returns the items without it; otherwise as given.
 */
export function trailingSchoolYear(items: Item[]): Item[] {
  let at = -1;
  for (let k = items.length - 1; k >= 0; k--) if (items[k]!.kind === 'atom') { at = k; break; }
  if (at < 1) return items;
  const y = items[at] as Atom;
  if (y.type !== 'schoolYear' || !y.schoolWord || !y.explicit || y.part !== null || y.year === null) return items;
  // only days as they are, joined by «и» at most: not «до 15 мая в 2020/2021 учебном году» (round 30's pin), «с 1 июня на 2021-2022
  // учебный год» (round 71's purpose), «1 сентября – 2016-2017 учебный год»
  if (items.slice(0, at).some((it) => it.kind === 'conn' && it.type !== 'and')) return items;
  const days = items.slice(0, at).filter((it): it is Atom => it.kind === 'atom');
  if (days.length === 0 || !days.every((a) => a.type === 'date' && a.day > 0 && a.year === null && a.part === null)) return items;
  for (const a of days) a.year = yearInSchoolYear(y.year, a.month);
  return [...items.slice(0, at), ...items.slice(at + 1)];
}

/**
 * Round 30. «1.1. осуществить в срок до 11.12.2009 года проверку … ведения классных журналов в 2009/2010 учебном году;»: a day written
 * in full (day, month and year), the first date of the text, is its deadline; a year or school year written after it that contains
 * the day names the period the work is about — a note, like a grade or a subject after a date — not a second window to join. Only
 * when every later date is such a year and nothing but «и» joins them; a dash or «по» («11.12.2009 – 2010 год») still makes a range,
 * and a year that does not contain the day («до 01.12.2009, 2011 год») is kept. Returns the items without them; otherwise as given.
 */
/** A whole year or school year, written with its year, that holds the day `d`. */
function yearOfDay(a: Atom, d: Atom): boolean {
  return a.explicit && a.part === null && a.year !== null
    && (a.type === 'year' ? a.year === d.year : a.type === 'schoolYear' && yearInSchoolYear(a.year, d.month) === d.year);
}

export function periodOfWork(items: Item[]): Item[] {
  const first = items.findIndex((it) => it.kind === 'atom');
  const d = items[first] as Atom | undefined;
  if (!d || d.type !== 'date' || d.day === 0 || !d.explicit || d.year === null) return items;
  const rest = items.slice(first + 1);
  if (rest.length === 0) return items;
  for (const it of rest) {
    if (it.kind === 'conn' ? it.type !== 'and' : !yearOfDay(it, d)) return items;
  }
  return items.slice(0, first + 1);
}

/**
 * «2016-2017 учебный год … начнется 1 сентября 2016 и продлится до 26 мая 2017»: a school year written first and then days
 * (a day and its month) is the school year those days fall in, not a window of its own. Days without a year take it from the
 * school year (September–December its first year, January–August its second). Only when every atom after it is a day.
 * Round 45: or a whole month — «Обсуждение плана …, планов работы М/О на 2016/17 учебный год. Сентябрь. ЗУВР, методсовет.» (a
 * school's methodical-council plan copied into a gist, https://gist.github.com/2236db74404f9ad7156aa10e2066751b — corpus-real-41)
 * is September 2016 (it ran from the school year's start to September of the context year), «в 2021-2022 учебном году - декабрь»
 * is December 2021.
 */
function leadingSchoolYear(items: Item[], first: number, y: Atom): Item[] {
  const rest = items.slice(first + 1);
  const atoms = rest.filter((it): it is Atom => it.kind === 'atom');
  if (atoms.length === 0 || atoms.some((a) => a.type !== 'date' && (a.type !== 'month' || a.part))) return items;
  for (const a of atoms) if (a.year === null) a.year = yearInSchoolYear(y.year!, a.month);
  while (rest.length > 0 && rest[0]!.kind === 'conn' && (rest[0] as Connector).type === 'and') rest.shift();
  return [...items.slice(0, first), ...rest];
}

/** Groups atoms and connectors into points and ranges. */
export function segments(items: Item[]): Segment[] {
  const out: Segment[] = [];
  let by = false;
  let byTo = false;
  let strict = false;
  let from = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'conn') {
      if (it.type === 'by') {
        by = true;
        byTo = false;
        strict = it.strict;
        // Round 54. «Сегодня в России … стартовала Неделя дорожной безопасности, …, которая продлится до 29 сентября.» (a region's
        // news, https://ru24.pro/pics/114705098 — corpus-real-49; it was open-ended from 09-29): a verb of starting that names no day,
        // then «до <день>» (a «продлится / продолжится до …» after it) — the start is «today», so the day after «до» is the end, a
        // deadline; with a day of its own, after the verb or before it, the start makes a window as before («стартует 23 сентября …,
        // который продлится до …», «1 марта … начинается проведение ВПР, которое продлится до 17 мая»)
        if (out.length === 0) from = false;
      } else if (it.type === 'to') {
        by = true; // «по 15.03.2021» alone: by that day
        byTo = true;
        strict = it.strict; // round 116: «… и действует до 2027 года» with no start before it is by the year's eve
      } else if (it.type === 'from') from = true;
      else if (it.type === 'offset') {
        by = false; // «не позднее чем за 10 дней до 01.09»: the «не позднее» belongs to the offset, not to the date
        strict = false;
        from = false;
      }
      continue;
    }
    const seg: Segment = { a: it, b: null, by: by && !from, strict, from, until: by };
    if (by && byTo) seg.byTo = true;
    // «начинается 1 апреля и завершается 30 июня»: an «и» before the end of a range that has a start is skipped
    const and = from && items[i + 1]?.kind === 'conn' && (items[i + 1] as Connector).type === 'and' && items[i + 2]?.kind === 'conn' ? 1 : 0;
    const c = items[i + 1 + and];
    // round 82: «начнется 3 марта и должен завершиться до 19 ноября» — a verb of ending before «до» is one end, «по»
    const toBy = from && c?.kind === 'conn' && c.type === 'to' && items[i + 2 + and]?.kind === 'conn' && (items[i + 2 + and] as Connector).type === 'by' ? 1 : 0;
    const b = items[i + 2 + and + toBy];
    if (c && c.kind === 'conn' && b && b.kind === 'atom' && (c.type === 'dash' || c.type === 'to' || (c.type === 'by' && from))) {
      seg.b = b;
      if ((c.type === 'by' || c.type === 'to') && c.strict && c.begin) seg.endStrict = true; // rounds 87, 116
      if (c.type === 'by' || toBy) seg.endBy = true; // round 220: «с …», «начнётся … и продлится / завершится до …»
      seg.by = false;
      seg.from = false;
      i += 2 + and + toBy;
    }
    out.push(seg);
    by = false;
    byTo = false;
    strict = false;
    from = false;
    // «1 сентября — 27 октября – 1 четверть»: a period named after a range of days names that range — a note
    if (seg.b && seg.a.type === 'date' && seg.b.type === 'date') {
      while (isDash(items[i + 1]) && isPeriod(items[i + 2])) i += 2;
    }
  }
  return out;
}

function isDash(it: Item | undefined): boolean {
  return it !== undefined && it.kind === 'conn' && it.type === 'dash';
}

/** A quarter, a half, a school quarter or a (school) year: coarser than days. */
function isPeriod(it: Item | undefined): boolean {
  return it !== undefined && it.kind === 'atom' && it.type !== 'date' && it.type !== 'month';
}

/**
 * The window from atom `a` to atom `b`; null when it would end before it starts. Days of one month the wrong way round
 * («с 20 по 10 мая», «15.05 – 10.05», «с 15 мая по 10 мая 2021») are a slip, not a window of almost a year: null too,
 * unless both years are written («с 15 мая 2021 по 10 мая 2022»).
 */
export function rangeWindow(a: Atom, b: Atom): Window | null {
  if (a.type === 'date' && b.type === 'date' && a.month === b.month && b.day > 0 && a.day > b.day && !(a.explicit && b.explicit)) return null;
  const wa = windowOf(a);
  let wb = windowOf(b);
  if (wb.end < wa.start && !b.explicit && b.year !== null) {
    b.year += 1; // «сентябрь – май»: the end is in the next year
    wb = windowOf(b);
  }
  return wb.end < wa.start ? null : { start: wa.start, end: wb.end };
}

/** Why a range is refused: its start after its end, both named when they are days («начало срока (20.05) позже его окончания (10.05)»). */
function reversedReason(s: Segment): string {
  const day = (x: Atom | null) => (x && x.type === 'date' && x.day > 0 ? `${String(x.day).padStart(2, '0')}.${String(x.month).padStart(2, '0')}` : null);
  const a = day(s.a);
  const b = day(s.b);
  return a && b ? `начало срока (${a}) позже его окончания (${b}): не перепутаны ли числа?` : 'начало срока позже его окончания';
}

/** The atoms of a scan, in order. */
export function atomsOf(scan: Scan): Atom[] {
  return scan.items.filter((it): it is Atom => it.kind === 'atom');
}

/**
 * Round 59. «Сделать реомнты планируют до середины августа.» (a city's news on school repairs,
 * https://www.dfm106.ru/news/d-city/v-krasnodare-k-novomu-uchebnomu-godu-otremontiruyut-detskie-sady-i-shkoly- — corpus-real-53):
 * a deadline at the middle of a month («до / к / не позднее / не позже середины августа») is its 15th, as a deputy director reads
 * «середина месяца» for a deadline (it was the 20th, the end of the days 11–20 that «в середине августа» names; that window stays).
 */
function middleOfMonth(a: Atom): boolean {
  return a.type === 'month' && a.part === 'middle';
}

/**
 * Round 228. «Подраздел содержит данные о приеме и выпуске за период с 1 октября прошлого года по 30 сентября текущего года (графы 3,
 * 5, 6, 8, 9, 11, 12, 14) и данные о численности студентов на начало учебного года по состоянию на 1 октября (графы 4, 7, 10, 13).» (a
 * page of the instructions to Росстат's form СПО-1, https://consultant.ru/document/cons_doc_LAW_427082/3d806477891651f894992af17bbc134d845e1b6c
 * — corpus-real-207; it was to 2022-09-30): a window after one that crossed the new year is moved into the next year only when it
 * stands before the first one's end outside it — a list in calendar order («с 25 декабря по 9 января, … с 24 марта по 2 апреля»); one
 * that lies inside the first window («на начало учебного года», September 2021 inside October 2020 – September 2021) is already in
 * order and keeps its year, as the README's «Missing year» puts it in the period.
 */
function insideWindow(w: Window, prev: Window): boolean {
  return w.start >= prev.start && w.end <= prev.end;
}

/** Builds the deadline from the date expressions (years already resolved). */
export function fromSegments(text: string, all: Segment[], ctx: ResolvedContext): Deadline {
  const segs = withoutSeasonHeading(withoutCoarsePart(withoutSchoolStart(all)));
  const windows: Window[] = [];
  let crossed = false;
  for (const s of segs) {
    let w = s.b ? rangeWindow(s.a, s.b) : windowOf(s.a);
    // round 87: «стартует 6 июля и продлится до начала сентября», «с 6 июля до начала сентября» → to the eve of September (it was its
    // end, or its first ten days), as «до начала сентября» alone is 08-31
    if (w && s.b && s.endStrict && s.b.type !== 'date' && !s.b.part) {
      const eve = addDays(windowOf(s.b).start, -1);
      w = eve >= w.start ? { start: w.start, end: eve } : null;
    }
    const prev = windows.at(-1);
    if (w && crossed && prev && w.start < prev.end && !insideWindow(w, prev) && !s.a.explicit && !(s.b?.explicit ?? false)) {
      // «с 25 декабря по 9 января, … с 24 марта по 2 апреля»: a list that crossed into the next year keeps calendar order
      s.a.year! += 1;
      if (s.b) s.b.year! += 1;
      w = s.b ? rangeWindow(s.a, s.b) : windowOf(s.a);
    }
    if (!w) return result.unparsed(text, reversedReason(s));
    // round 69: a 29 February the shifts above moved into a year that is not a leap year does not exist, as when the year rules put it there
    const missing = missingDay(s.a) ?? (s.b ? missingDay(s.b) : null);
    if (missing) return result.unparsed(text, missing);
    // round 128: not after a verb of ending or «по» — «Завершится кампания в середине июля.» ends within the days 11–20 that «в середине
    // июля» names, by their end (07-20), as «… завершатся в мае» is by 05-31
    if (s.by && !s.byTo && !s.b && middleOfMonth(s.a)) w = { start: w.start, end: w.start.slice(0, 8) + '15' };
    // round 220: «в период с января до середины августа 2025 года» — the end of a window written with «до / к / не позднее середины <месяца>»
    // is its 15th, as round 59's deadline alone (it was the 20th); «по середину …» and a verb of ending keep the days 11–20 (round 128)
    if (w && s.b && s.endBy && middleOfMonth(s.b)) {
      const mid = windowOf(s.b).start.slice(0, 8) + '15';
      if (mid >= w.start) w = { start: w.start, end: mid };
    }
    // «… к новому учебному году … в конце августа», «до сентября, …»: before a window starts is its eve, in a list as alone
    if (segs.length > 1 && !s.b && s.by && s.strict && s.a.type !== 'date' && !s.a.part) {
      const eve = addDays(w.start, -1);
      w = { start: eve, end: eve };
    }
    if (w.start.slice(0, 4) !== w.end.slice(0, 4)) crossed = true;
    windows.push(w);
  }

  if (segs.length === 1) {
    const s = segs[0]!;
    const w = windows[0]!;
    if (s.b) return result.range(text, w.start, w.end);
    if (s.by) return result.byDay(text, s.strict && s.a.type !== 'date' && !s.a.part ? addDays(w.start, -1) : w.end);
    if (s.from) return result.ongoing(text, w.start, ctx.periodEnd !== null && ctx.periodEnd >= w.start ? ctx.periodEnd : null);
    if (s.a.type === 'date') return result.onDays(text, [w.start]);
    return result.range(text, w.start, w.end);
  }

  let start = windows[0]!.start;
  let end = windows[0]!.end;
  for (const w of windows) {
    if (w.start < start) start = w.start;
    if (w.end > end) end = w.end;
  }
  // Round 39. «Экзамены для 11 классов начнутся с 8 июня, для 9 классов - с 9 июня.» (an exam news page,
  // https://veshk-obr.ucoz.net/news/sroki_provedenija_gosudarstvennoj_itogovoj_attestacii_vypusknikov_9_i_11_klassov_perenosjatsja/2020-03-31-213 — corpus-real-26): starts only, each «с <day>» with no end and no «до / по» before any, are open-ended work from the
  // earliest, like one start («начнутся с 8 июня»); not a window between them
  if (segs.every((s) => s.from && !s.b && !s.until)) return result.ongoing(text, start, ctx.periodEnd !== null && ctx.periodEnd >= start ? ctx.periodEnd : null);
  const plain = segs.every((s) => !s.b && !s.from);
  if (plain && segs.every((s) => s.a.type === 'date')) return result.onDays(text, windows.map((w) => w.start));
  if (plain && segs.every((s, k) => !s.by && ((s.a.type === 'month' && !s.a.part) || wholeMonth(windows[k]!)))) {
    return result.months(text, start, end, windows.map((w) => w.end));
  }
  return result.range(text, start, end);
}

/** «в начале и в конце учебного года» → September and May (round 21): a part that is one whole calendar month is a month of a list. */
function wholeMonth(w: Window): boolean {
  return w.start.endsWith('-01') && w.start.slice(0, 7) === w.end.slice(0, 7) && addDays(w.end, 1).endsWith('-01');
}

/**
 * «… 25 августа акты о приемке школ к новому учебному году были подписаны», «к началу учебного года, до 25 августа»: with a day
 * written in the text, the start of the school year («к началу / к новому учебному году», «перед началом учебного года») names
 * what the work is for — a note; the day says when.
 * Round 82. «1  августа 2018 г., в детском саду, состоялась приемка дошкольного учреждения  к началу  2018-2019 учебного года.» (a
 * kindergarten's news, https://dspykane-yadrin.edu21.cap.ru/news/2018/08/01/news_597584/?id=78a38ed6-7385-4b92-a5d8-9d6991ffe4b5 —
 * corpus-real-71): the start of a school year written with its years («к началу 2018-2019 учебного года», «к 2021/2022 учебному
 * году») is such a note too (it made a window from the day to 08-31).
 */
function withoutSchoolStart(segs: Segment[]): Segment[] {
  if (segs.length < 2 || !segs.some((s) => s.a.type === 'date' && s.a.day > 0)) return segs;
  const kept = segs.filter((s) => !(!s.b && s.by && s.strict && s.a.type === 'schoolYear' && (s.a.anchor === 'start' || s.a.year !== null)));
  return kept.length > 0 ? kept : segs;
}

/**
 * Round 25. «в начале 2023/2024 учебного года в период с 18 сентября по 22 сентября 2023 года»: a part of a (school) year
 * («в начале / в конце / в середине … года») beside a window of days that lies inside it says roughly when — a note; the
 * window of days says exactly when.
 * Round 27. «Сентябрь с 08 по 12 сентября 2025г. 09.00-10.00 – первая категория …» (a graph of attestation, the column «Сроки
 * подачи заявления»): a whole month written before a window of days inside it is the row's heading — a note too. Only a month
 * written first: «с 1 по 5 сентября, сентябрь» stays a list.
 */
function withoutCoarsePart(segs: Segment[]): Segment[] {
  if (segs.length < 2) return segs;
  const days = segs.filter((s) => s.b && s.a.type === 'date' && s.b.type === 'date' && s.a.day > 0 && s.b.day > 0);
  if (days.length === 0) return segs;
  const inner = days.map((s) => rangeWindow(s.a, s.b!));
  const kept = segs.filter((s, k) => {
    if (s.b || s.by || s.from || s.a.year === null) return true;
    const part = s.a.part !== null && (s.a.type === 'year' || s.a.type === 'schoolYear');
    const heading = k === 0 && s.a.part === null && s.a.type === 'month';
    if (!part && !heading) return true;
    const w = windowOf(s.a);
    return !inner.every((d) => d !== null && d.start >= w.start && d.end <= w.end);
  });
  return kept.length > 0 ? kept : segs;
}

/** A season named in words («осенью», «летом 2022»): whole months. */
function isWholeSeason(x: Atom | null): boolean {
  return x !== null && x.type === 'month' && x.part === null && x.season;
}

/** A day with its month. */
function isDay(x: Atom | null): boolean {
  return x !== null && x.type === 'date' && x.day > 0;
}

/** Round 61: a part of a (school) year written alone is a narrower window too: «Осенью в начале нового учебного года их напишут …» */
function isPartOfYear(s: Segment): boolean {
  return s.b === null && s.a.part !== null && (s.a.type === 'year' || s.a.type === 'schoolYear');
}

/**
 * Round 49. «Кроме того, можно успеть пройти аттестацию осенью — пятого или восемнадцатого сентября года.» (an ОГЭ news page copied
 * into a gist, https://gist.github.com/c9297b5b6b670588294cba39390ef40c — corpus-real-44): a season named in words («осенью», «летом
 * 2022», «в летний период»), written first, before days that all lie inside it — single days as well as windows of days — is the
 * row's heading, like round 27's whole month before a window of days: the days say when (it was the whole season, to 11-30). Only
 * when every later date is such a day, with no «до / с» of its own; a day outside the season («осенью, 15 декабря») or a month after
 * it keeps the list, and months written as months stay a list with a day («май-июнь, подведение итогов 17.06.2016», corpus-real-29).
 * Round 61. «Осенью в начале нового учебного года их напишут учащиеся, перешедшие в 5-9 классы.» (a school's news of ВПР moved to
 * the autumn, http://shd3school.ru/ege-oge/ege/1097-provedenie-vserossijskikh-proverochnykh-rabot-dlya-4-8-klassov.html —
 * corpus-real-55): a part of a (school) year that lies inside the season («в начале учебного года» is September) narrows it the same
 * way (it was the whole autumn, to 11-30); a part that leaves the season («летом, в конце учебного года» — May) keeps the list.
 */
function withoutSeasonHeading(segs: Segment[]): Segment[] {
  if (segs.length < 2) return segs;
  const [head, ...rest] = segs as [Segment, ...Segment[]];
  if (!isWholeSeason(head.a) || !isWholeSeason(head.b) || head.by || head.from) return segs;
  const outer = rangeWindow(head.a, head.b!);
  if (outer === null) return segs;
  // round 254: one day after a verb of starting (or «с») inside the season is where the work starts, and the season its heading; the
  // current year in words beside it («но в этом году … начинается 9 января») says no more than the day does
  const started = rest.filter((s) => s.from);
  const startDay = started.length === 1 && started[0]!.b === null && isDay(started[0]!.a);
  for (const s of rest) {
    if (s.from && !startDay) return segs;
    if (startDay && !s.from && s.b === null && s.a.type === 'year' && !s.a.explicit && s.a.part === null && !s.by) continue;
    if (s.by || (!isPartOfYear(s) && (!isDay(s.a) || (s.b !== null && !isDay(s.b))))) return segs;
    // round 254: winter holds the year's turn, so a day of its January or February with no year written is the season's by its month
    if (s.from && !s.a.explicit && head.b!.month < head.a.month && (s.a.month >= head.a.month || s.a.month <= head.b!.month)) continue;
    const w = s.b ? rangeWindow(s.a, s.b) : windowOf(s.a);
    if (w === null || w.start < outer.start || w.end > outer.end) return segs;
  }
  return rest;
}

/**
 * The window a repeat is limited to, when the text states one as a range or a (school) year: «ежемесячно с сентября по май»,
 * «ежеквартально в 2022 году» → `{ start, end }`. Or, round 165, where a repeat with a named start and no end begins: «ежемесячно,
 * начиная с 01.03.2021», «с сентября 2021 г., далее ежемесячно», «начиная с I квартала 2022 г., далее - ежегодно» (a concept's plan of
 * measures for school sport, corpus-real-141, http://www.consultant.ru/document/cons_doc_LAW_407364/c77b41a2ba70bf305e36e756608c79a8b969619e/)
 * → `{ from }`: one segment opened by «с / со / начиная с» with no end and no «до» before it, read as `ongoing` reads «с 01.09.2021»
 * alone. With `dayOfMonth` (the repeat has a day, «ежемесячно до 28 числа, начиная с октября 2021 г.»), that day is no stray number
 * and its «до» no bound of the start. Otherwise null (the repeat spans the roadmap period). The text's segments are made once, here.
 */
export function recurringSpan(scan: Scan, ctx: ResolvedContext, weekly = false, dayOfMonth = false): Window | { from: string } | null {
  const dayStray = dayOfMonth && scan.strayDay;
  if (scan.error || (scan.stray && !dayStray) || scan.relativeAt >= 0 || scan.atoms === 0) return null;
  if (resolveYears(atomsOf(scan), ctx)) return null;
  // round 247: a season written first before days inside it is their heading (`withoutSeasonHeading`), for a repeat too: «Этой осенью с
  // 17 по 25 сентября … пройдут ежегодные экологические соревнования …» runs over those days, not the whole period
  const segs = withoutSeasonHeading(segments(scan.items));
  if (weekly) {
    const months = monthsWindow(segs);
    if (months !== null) return months;
  }
  if (segs.length !== 1) return startBesideRepeatDay(segs);
  const s = segs[0]!;
  if (s.b) {
    const w = rangeWindow(s.a, s.b);
    return missingDay(s.b) ? null : w; // round 69: an end moved to 29.02 of a year that is not a leap year, as when the year rules put it there
  }
  const t = s.a.type;
  if (!s.by && !s.from && (t === 'year' || t === 'years' || t === 'schoolYear')) return windowOf(s.a);
  // «… нарастающим итогом с начала года»: a part of a year after «с» is the window of a running total, not where the repeat begins
  if (s.a.part !== null && (t === 'year' || t === 'schoolYear')) return null;
  // «ежемесячно до 28 числа, начиная с октября»: the «до» was the day's, not a bound of the start
  return s.from && !s.by && (!s.until || dayStray) ? { from: windowOf(s.a).start } : null;
}

/**
 * Round 174. «Май, ежегодно с 2023 года» (a school's plan, corpus-real.tsv, https://tor-3.tverschool.ru/file/card?id=57), «ежегодно в
 * мае, начиная с 2022 года», «ежегодно до 1 октября, начиная с 2022 года»: the month or day of a repeat written with no year, beside
 * one start with its year written and no end («с / начиная с 2023 года»), is which month or day of each year; the start is where the
 * repeat begins, as round 165 reads a start that is the text's only date (it ran from the period's start, so a plan of 2021 asked
 * schools in 2021 for a thing that begins in 2023). Null unless every other segment is a month or a day with no year of its own,
 * with no range and no part, and exactly one segment is such a start.
 */
function startBesideRepeatDay(segs: readonly Segment[]): { from: string } | null {
  let start: Segment | null = null;
  for (const s of segs) {
    if (s.from && !s.by && !s.until && s.b === null && s.a.explicit && s.a.part === null) {
      if (start !== null) return null;
      start = s;
    } else if (s.from || s.b !== null || s.a.explicit || s.a.part !== null || (s.a.type !== 'month' && s.a.type !== 'date') || s.a.weekday !== 0) return null;
  }
  return start === null ? null : { from: windowOf(start.a).start };
}

/**
 * Round 150. «Уточняется, что в течение сентября и октября учебная нагрузка первоклассников «не должна превышать 15 часов в неделю».»
 * (https://www.kommersant.ru/doc/7992346) and «Для первоклассников учебная нагрузка в сентябре и ноябре «не должна превышать 15 часов в
 * неделю» — …» (https://www.obyektiv.press/news/minprosveshcheniya-ustanovilo-rekomenduemuyu — both corpus-real-138; they were weekly to
 * the period's end): a weekly repeat with only whole months named («в сентябре», «в течение сентября и октября», «в сентябре и
 * ноябре») runs over those months, from the first one's start to the last one's end, as a list of months is one window (the README's
 * «A list mixing dates …») and as «с сентября по май» bounds it already. Only for a repeat every week: a month with a monthly or yearly
 * repeat («ежегодно в сентябре», «ежемесячно, в сентябре — отчёт») says which month of each, not a window. Null unless every segment is
 * one month with no «до / с».
 */
function monthsWindow(segs: readonly Segment[]): Window | null {
  if (segs.length === 0 || segs.some((s) => s.b !== null || s.by || s.from || s.a.type !== 'month')) return null;
  const ws = segs.map((s) => windowOf(s.a));
  let start = ws[0]!.start;
  let end = ws[0]!.end;
  for (const w of ws) {
    if (w.start < start) start = w.start;
    if (w.end > end) end = w.end;
  }
  return { start, end };
}
