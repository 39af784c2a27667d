/**
 * iCalendar (RFC 5545) feeds for roadmap deadlines: all-day events for due dates and windows,
 * RRULE events for monthly deadlines, stable UIDs, X-WR-CALNAME for Яндекс/Google/Outlook.
 * Built with the `ics` package; lines are folded at 75 octets (the package folds by characters,
 * which makes Cyrillic lines twice too long for strict readers). Each distinct event is validated
 * and formatted once per build and reused by every school calendar that carries it.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays } from '../dates';
import type { Occurrence } from '../status/types';
import { understoodInBrackets } from '../status/describe';

/** An all-day calendar event (dates inclusive). Not changed once made: calendars that share it keep its text by the object. */
export interface CalendarEvent {
  /** Stable unique id (same event → same UID on every build). */
  uid: string;
  title: string;
  description?: string | undefined;
  url?: string | undefined;
  /** First day, ISO. */
  start: string;
  /** Last day, ISO, inclusive (omit for a one-day event). */
  end?: string | undefined;
  /** RRULE value without the `RRULE:` prefix. */
  rrule?: string | undefined;
  categories?: string[] | undefined;
}

export interface CalendarOptions {
  /** Calendar name shown by clients (X-WR-CALNAME). */
  name: string;
  /** Calendar description (X-WR-CALDESC). */
  description?: string | undefined;
  /** PRODID. */
  productId?: string | undefined;
  /** DTSTAMP for every event, ISO date (the build's `asOf`, so the output is reproducible). */
  timestamp: string;
  /**
   * Put before every event's UID: a school's calendar shares the events of the whole programme's
   * (and their formatted text) and gives them its own UIDs.
   */
  uidPrefix?: string | undefined;
}

function dateArray(iso: string): DateArray {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}


/** Folds one content line into ≤ 75-octet lines (continuations start with a space), never splitting a character. */
export function foldLine(line: string): string {
  if (line.length <= 18 || Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const code = line.charCodeAt(i);
    const next = line.charCodeAt(i + 1);
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    // UTF-8 octets of this character (a lone surrogate is written as U+FFFD, 3 octets)
    const n = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    const width = pair ? 2 : 1;
    if (used + n > limit) {
      parts.push(line.slice(start, i));
      start = i;
      used = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    used += n;
    i += width;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** Unfolds any folding and refolds every line by octets. */
export function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((l) => (l ? foldLine(l) : l)).join('\r\n');
}

/**
 * Text as a calendar may carry it: every line break (CRLF, a lone CR, U+2028/2029) becomes one
 * `\n` for the TEXT escaping below, and other control characters are dropped — a reader that
 * splits lines on CR must never see a new property. (The check refuses such characters in
 * content; this is the last line of defence in the one place that writes calendars.)
 */
export function icsPlain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function escapeText(s: string): string {
  return icsPlain(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** A UID no content can contain: events are formatted once with it, then given their own UID. */
const UID_SLOT = 'setka-uid-slot';
/** A calendar name no content can contain: the calendar's head is formatted once per product id with it. */
const NAME_SLOT = 'setka-name-slot';

/** One event's VEVENT block, folded, without its UID line: the lines before it and after it. */
interface EventBlock {
  before: string;
  after: string;
  /** `before` and `after` as UTF-8, each with its line end: encoded once, copied into every calendar that carries the event. */
  bytes?: [Uint8Array, Uint8Array];
}

/**
 * Folded VEVENT blocks by everything but the UID. A region's school calendars repeat the same
 * items with a school's prefix in the UID, so each distinct event is validated and formatted by
 * `ics` once per build, not once per school.
 */
const eventBlocks = new Map<string, EventBlock>();

/**
 * The folded VEVENT blocks of events of one product id, around their UID lines. The events not
 * formatted before go to `ics` in one call: it validates a calendar's header (taken from its
 * first event) once per call, so one call per event validated each event twice (at region size,
 * some 600 events: about 0.2 s of a build).
 */
function eventBlocksOf(list: readonly EventAttributes[], name: string): EventBlock[] {
  const keys = list.map((attrs) => JSON.stringify(attrs));
  const found = new Map<string, EventBlock>();
  const missing = new Map<string, EventAttributes>();
  keys.forEach((key, i) => {
    const cached = eventBlocks.get(key);
    if (cached) found.set(key, cached);
    else if (!missing.has(key)) missing.set(key, list[i]!);
  });
  if (missing.size > 0) {
    const events = [...missing.values()];
    const { error, value } = createEvents(events, { productId: events[0]!.productId, method: 'PUBLISH' });
    if (error || !value) throw new Error(`Не удалось собрать календарь «${name}»: ${error?.message ?? 'пустой результат'}`);
    const text = value.replace(/\r?\n/g, '\r\n').replace(/\r\n[ \t]/g, '');
    if (eventBlocks.size + missing.size > 50_000) eventBlocks.clear();
    let at = 0;
    for (const key of missing.keys()) {
      // Whole lines only: a value may end with the same words («… END:VEVENT»).
      const start = text.indexOf('\r\nBEGIN:VEVENT\r\n', at) + 2;
      const end = text.indexOf('\r\nEND:VEVENT\r\n', start) + '\r\nEND:VEVENT'.length;
      const lines = text.slice(start, end).split('\r\n');
      const uid = lines.findIndex((l) => l.startsWith('UID:'));
      const block = { before: lines.slice(0, uid).map(foldLine).join('\r\n'), after: lines.slice(uid + 1).map(foldLine).join('\r\n') };
      eventBlocks.set(key, block);
      found.set(key, block);
      at = end;
    }
  }
  return keys.map((key) => found.get(key)!);
}

/**
 * Blocks by the event object, for events that calendars share (see calendarIcs in
 * src/lib/programme/exports.ts): no text of theirs is read again. The product id and timestamp
 * the block was made for are kept with it. Events are not changed once made.
 */
const blocksByEvent = new WeakMap<CalendarEvent, { key: string; block: EventBlock }>();

/** The `ics` attributes of an event, without its UID and the calendar's name. */
function eventAttributes(e: CalendarEvent, productId: string, timestamp: number): EventAttributes {
  return {
    uid: UID_SLOT,
    title: icsPlain(e.title),
    description: e.description === undefined ? undefined : icsPlain(e.description),
    url: e.url === undefined ? undefined : icsPlain(e.url).replace(/\n/g, ''),
    start: dateArray(e.start),
    end: dateArray(addDays(e.end ?? e.start, 1)),
    recurrenceRule: e.rrule,
    categories: e.categories?.map((c) => icsPlain(c).replace(/\n/g, ' ')),
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    productId,
    timestamp,
  } as EventAttributes;
}

/** The calendar heads by product id, with {@link NAME_SLOT} for the name, unfolded. */
const heads = new Map<string, string>();

/** The calendar's head up to its first event, unfolded, without X-WR-CALDESC. */
function calendarHead(productId: string, name: string, first: EventAttributes): string {
  let head = heads.get(productId);
  if (head === undefined) {
    // Validated with an event as `ics` does; the head holds none of the event's text.
    const { error, value } = createEvents([first], { productId, method: 'PUBLISH', calName: NAME_SLOT });
    if (error || !value) throw new Error(`Не удалось собрать календарь «${name}»: ${error?.message ?? 'пустой результат'}`);
    head = value.replace(/\r?\n/g, '\r\n').replace(/\r\n[ \t]/g, '');
    head = head.slice(0, head.indexOf('\r\nBEGIN:VEVENT\r\n') + 2);
    heads.set(productId, head);
  }
  return head;
}

/**
 * A calendar's lines, in order, each written with a CRLF after it: text, or the part of a shared
 * event block before or after its UID line.
 */
type CalendarLine = string | { block: EventBlock; after: boolean };

/** The lines of a calendar (see {@link buildCalendar}); the last is END:VCALENDAR. */
/** The DTSTAMP of a calendar's events, in milliseconds, and its product id. */
function stamp(options: CalendarOptions): { timestamp: number; productId: string } {
  return {
    timestamp: Date.UTC(...(dateArray(options.timestamp).map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number])),
    productId: options.productId ?? 'setka',
  };
}

/** The events' blocks; those not formatted before for this product id and timestamp are formatted in one call. */
function blocksOf(events: readonly CalendarEvent[], options: CalendarOptions): EventBlock[] {
  const { timestamp, productId } = stamp(options);
  const key = `${productId}\u0000${timestamp}`;
  const blocks: Array<EventBlock | undefined> = events.map((e) => {
    const known = blocksByEvent.get(e);
    return known?.key === key ? known.block : undefined;
  });
  // The calendar's name is a header field: one event is the same block in every calendar.
  const unknown = events.filter((_, i) => blocks[i] === undefined);
  if (unknown.length > 0) {
    const made = eventBlocksOf(unknown.map((e) => eventAttributes(e, productId, timestamp)), options.name);
    unknown.forEach((e, j) => blocksByEvent.set(e, { key, block: made[j]! }));
  }
  return events.map((e, i) => blocks[i] ?? blocksByEvent.get(e)!.block);
}

/**
 * Formats, in one call of `ics`, events that separate calendars of the same product id and
 * timestamp will carry one each (each school's report deadline: its own link, so its own text),
 * so that each calendar finds its event formatted instead of formatting it alone.
 */
export function prepareEvents(events: readonly CalendarEvent[], options: CalendarOptions): void {
  blocksOf(events, options);
}

function calendarLines(events: readonly CalendarEvent[], options: CalendarOptions): CalendarLine[] {
  const { timestamp, productId } = stamp(options);
  const blocks = blocksOf(events, options);
  let head: string;
  if (events.length > 0) {
    // `ics` writes the name as given (no escaping of its own), and no line for an empty name.
    const name = escapeText(options.name);
    head = calendarHead(productId, options.name, eventAttributes(events[0]!, productId, timestamp)).replace(`X-WR-CALNAME:${NAME_SLOT}\r\n`, () => (name ? `X-WR-CALNAME:${name}\r\n` : ''));
  } else {
    head = emptyCalendar(options);
    head = head.slice(0, head.indexOf('\r\nEND:VCALENDAR\r\n') + 2);
  }
  if (options.description) head = head.replace(/(X-WR-CALNAME:[^\r]*(?:\r\n[ \t][^\r]*)*\r\n)/, `$1X-WR-CALDESC:${escapeText(options.description)}\r\n`);
  const out: CalendarLine[] = [refold(head).replace(/\r\n$/, '')];
  const prefix = options.uidPrefix ?? '';
  events.forEach((e, i) => {
    const block = blocks[i]!;
    out.push({ block, after: false }, foldLine(`UID:${icsPlain(prefix + e.uid).replace(/\n/g, ' ')}`), { block, after: true });
  });
  out.push('END:VCALENDAR');
  return out;
}

/** The whole VCALENDAR text. Throws with a clear message if an event is invalid. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  return calendarLines(events, options).map((line) => `${typeof line === 'string' ? line : line.after ? line.block.after : line.block.before}\r\n`).join('');
}

/** A line end as bytes (a literal: the module also loads where there is no `Buffer`). */
const CRLF = new Uint8Array([13, 10]);

/**
 * The same calendar as {@link buildCalendar}, as UTF-8 bytes. The shared events' text is encoded
 * once per build and copied: a region's 400 school calendars (about 100 MB) are not joined as
 * text and encoded again, school by school.
 */
export function buildCalendarBytes(events: readonly CalendarEvent[], options: CalendarOptions): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  for (const line of calendarLines(events, options)) {
    if (typeof line === 'string') parts.push(Buffer.from(line), CRLF);
    else {
      const bytes = (line.block.bytes ??= [Buffer.from(`${line.block.before}\r\n`), Buffer.from(`${line.block.after}\r\n`)]);
      parts.push(bytes[line.after ? 1 : 0]);
    }
  }
  return Buffer.concat(parts);
}

function emptyCalendar(options: CalendarOptions): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${options.productId ?? 'setka'}`, 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.name)}`, 'END:VCALENDAR', ''].join('\r\n');
}

/** `YYYYMMDD` for RRULE UNTIL with DATE-valued DTSTART. */
function untilDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/**
 * RRULE for «every month on day `day`» until `until` (inclusive). Days 29–31 use BYSETPOS so
 * short months fall back to their last day instead of being skipped.
 */
export function monthlyRule(day: number, until: string, interval = 1): string {
  const by = day <= 28 ? `BYMONTHDAY=${day}` : `BYMONTHDAY=${Array.from({ length: day - 27 }, (_, i) => 28 + i).join(',')};BYSETPOS=-1`;
  return `FREQ=MONTHLY${interval > 1 ? `;INTERVAL=${interval}` : ''};${by};UNTIL=${untilDate(until)}`;
}

/** What a roadmap item contributes to a calendar. */
export interface ItemForCalendar {
  /** UID prefix unique to the item in this calendar (e.g. `dorozhnaya-karta-2021-item-16`). */
  uid: string;
  number: string;
  activity: string;
  deadlineText: string;
  understood: string;
  kind: string;
  every: string | null;
  day: number | null;
  responsible: readonly string[];
  occurrences: readonly Occurrence[];
  url: string;
}

/** Shortens a title for calendar views (the full text stays in the description). */
function shortTitle(s: string, max = 90): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * Events for one item: a one-day event per due date («до …», dates), a window per range,
 * month or period, one RRULE event for a monthly/quarterly/weekly deadline; none when undated.
 */
export function itemEvents(item: ItemForCalendar, domain: string): CalendarEvent[] {
  const title = shortTitle(`п. ${item.number}. ${item.activity}`);
  const description = [
    item.activity,
    `Срок по дорожной карте: ${item.deadlineText}${understoodInBrackets(item.deadlineText, item.understood)}.`,
    `Ответственные: ${item.responsible.join(', ')}.`,
    item.url,
  ].join('\n');
  const base = { title, description, url: item.url, categories: ['Дорожная карта'] };
  const occ = item.occurrences;
  if (occ.length === 0) return [];
  if (item.kind === 'recurring' && item.every !== 'year') {
    const first = occ[0]!;
    const last = occ[occ.length - 1]!;
    const day = item.day ?? Number(first.due.slice(8, 10));
    const rrule = item.every === 'week' ? `FREQ=WEEKLY;UNTIL=${untilDate(last.due)}` : monthlyRule(day, last.due, item.every === 'quarter' ? 3 : 1);
    return [{ ...base, uid: `${item.uid}-recurring@${domain}`, start: first.due, rrule }];
  }
  if (item.kind === 'by' || item.kind === 'on') {
    return occ.map((o) => ({ ...base, uid: `${item.uid}-${o.due}@${domain}`, start: o.due }));
  }
  return occ.map((o) => ({ ...base, uid: `${item.uid}-${o.start}-${o.due}@${domain}`, start: o.start, end: o.due }));
}

/** The monthly report deadline as one recurring event from `firstDue` to `lastDue`. */
export function reportDeadlineEvent(options: { uid: string; dueDay: number; firstDue: string; lastDue: string; url: string; recipient?: string | undefined; domain: string }): CalendarEvent {
  return {
    uid: `${options.uid}@${options.domain}`,
    title: 'Срок ежемесячного отчёта об исполнении «дорожной карты»',
    description: [
      `Отчёт об исполнении «дорожной карты» направляется ежемесячно до ${options.dueDay}-го числа.`,
      options.recipient ? `Куда: ${options.recipient}.` : '',
      options.url,
    ].filter(Boolean).join('\n'),
    url: options.url,
    start: options.firstDue,
    rrule: monthlyRule(options.dueDay, options.lastDue),
    categories: ['Отчёт'],
  };
}
