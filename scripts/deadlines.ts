/**
 * Deadline CLI: one deadline per line on stdin → one JSON object per line on
 * stdout, in order, streaming.
 *
 *   npm run --silent deadlines -- [--year 2021] [--period 2021-01-01..2021-12-31] < deadlines.txt
 *
 * Exit codes: 0 ok · 2 bad arguments.
 */
import { isValidIsoDate } from '../src/lib/dates';
import { createDeadlineParser, DEADLINE_KINDS, type Deadline, type DeadlineContext } from '../src/lib/deadline';

const USAGE = `Использование: npm run --silent deadlines -- [--year 2021] [--period 2021-01-01..2021-12-31] < сроки.txt
Читает по одному сроку в строке и печатает по одному JSON-объекту в строке, в том же порядке.`;

/** Parses the command line into a context, or returns an error message. */
function parseArgs(argv: readonly string[]): DeadlineContext | string {
  const context: DeadlineContext = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (name === '--help' || name === '-h') return USAGE;
    if (name !== '--year' && name !== '--period') return `неизвестный параметр «${arg}»\n${USAGE}`;
    if (value === undefined) return `после ${name} нужно значение\n${USAGE}`;
    if (eq < 0) i++;
    if (name === '--year') {
      if (!/^\d{4}$/.test(value)) return `--year: ожидается год из четырёх цифр, например 2021, а не «${value}»`;
      context.year = Number(value);
    } else {
      const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
      if (!m || !isValidIsoDate(m[1]!) || !isValidIsoDate(m[2]!) || m[1]! > m[2]!) {
        return `--period: ожидается начало..конец в виде 2021-01-01..2021-12-31, а не «${value}»`;
      }
      context.period = { start: m[1]!, end: m[2]! };
    }
  }
  return context;
}

/** Characters JSON.stringify escapes, and U+FFFD (the input had invalid UTF-8 there): such a text is encoded, not copied. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ufffd]/;
const OPEN = Buffer.from('{"text":');
/** What follows the text, up to the start date, for each kind. */
const KIND_THEN_START = new Map(DEADLINE_KINDS.map((k) => [k, Buffer.from(`,"kind":${JSON.stringify(k)},"start":`)]));
const DUE = Buffer.from(',"due":');
const DATES = Buffer.from(',"dates":');
const EVERY = Buffer.from(',"every":');
const DAY = Buffer.from(',"day":');
const REASON = Buffer.from(',"reason":');
const NULL = Buffer.from('null');
const END = Buffer.from('}\n');
/** Reasons as JSON bytes: a few dozen texts («срок не указан», «график ОО») make most of them. */
const REASONS = new Map<string, Buffer>();
const REASONS_KEPT = 1024;
const LF = 10;
const CR = 13;

/**
 * Lines already printed, found by their input bytes: real columns repeat the same cells («ежемесячно», «в течение
 * года», «По графику ОО») thousands of times, and the same bytes always print the same JSON (the parser is pure and
 * the context is fixed for the run). A direct-mapped table: a line's bytes hash to one slot, which holds the last
 * line seen there and its JSON, both kept in one arena. Nothing is allocated per line, so a run of all-different
 * lines pays only the hashing and the copy. Bounded: lines over `LINE_BYTES` are not kept, and the table empties when
 * the arena is full.
 */
class Memo {
  private static readonly SLOTS = 1 << 16;
  private static readonly ARENA = 1 << 22;
  private static readonly LINE_BYTES = 256;
  private readonly hashes = new Int32Array(Memo.SLOTS);
  /** 1 + where the slot's line starts in the arena; 0: empty. */
  private readonly starts = new Int32Array(Memo.SLOTS);
  private readonly keyLengths = new Int32Array(Memo.SLOTS);
  private readonly outLengths = new Int32Array(Memo.SLOTS);
  private readonly arena = Buffer.allocUnsafe(Memo.ARENA);
  private used = 0;
  /** The hash and slot of the last `find`, for the `keep` that follows a miss. */
  private hash = 0;
  private slot = -1;

  /**
   * Copies the JSON of the line `input[from, to)` into `out` at `at` and returns its length, or returns -1 when the
   * line is not known (the next `keep` stores it).
   */
  find(input: Buffer, from: number, to: number, out: Buffer, at: number): number {
    this.slot = -1;
    const length = to - from;
    if (length > Memo.LINE_BYTES) return -1;
    let h = 0x811c9dc5 ^ length; // FNV-1a
    for (let i = from; i < to; i++) h = Math.imul(h ^ input[i]!, 0x01000193);
    const slot = (h ^ (h >>> 16)) & (Memo.SLOTS - 1);
    this.hash = h;
    this.slot = slot;
    const start = this.starts[slot]! - 1;
    if (start < 0 || this.hashes[slot] !== h || this.keyLengths[slot] !== length) return -1;
    const arena = this.arena;
    for (let i = 0; i < length; i++) if (arena[start + i] !== input[from + i]) return -1;
    const outLength = this.outLengths[slot]!;
    if (at + outLength > out.length) return -1; // no room: parsed again, into a bigger buffer
    return arena.copy(out, at, start + length, start + length + outLength);
  }

  /** Stores the line `input[from, to)` of the last missed `find` with its JSON `json[jsonFrom, jsonTo)`. */
  keep(input: Buffer, from: number, to: number, json: Buffer, jsonFrom: number, jsonTo: number): void {
    const slot = this.slot;
    if (slot < 0) return;
    const need = to - from + jsonTo - jsonFrom;
    if (this.used + need > Memo.ARENA) {
      this.starts.fill(0);
      this.used = 0;
    }
    const start = this.used;
    input.copy(this.arena, start, from, to);
    json.copy(this.arena, start + to - from, jsonFrom, jsonTo);
    this.used += need;
    this.starts[slot] = start + 1;
    this.hashes[slot] = this.hash;
    this.keyLengths[slot] = to - from;
    this.outLengths[slot] = jsonTo - jsonFrom;
  }
}

/**
 * The memo is left aside for `MEMO_WINDOWS_OFF` windows of `MEMO_WINDOW` lines after a window where under
 * `MEMO_MIN_HITS` of the lines were found in it.
 */
const MEMO_WINDOW = 4096;
const MEMO_MIN_HITS = 1 / 8;
const MEMO_WINDOWS_OFF = 15;

/**
 * The output: one buffer filled line by line and written once per input chunk. The text of a line is copied as
 * the input bytes it came from (it is echoed verbatim, and a text with nothing to escape is its own JSON); the rest
 * of the line is ASCII except `reason`. Byte for byte what `JSON.stringify(deadline)` gives, without building a
 * string of every line and encoding it again (test/unit/deadline-cli-output.test.ts holds it to that).
 */
class Output {
  private buf = Buffer.allocUnsafe(1 << 20);
  private pos = 0;
  private readonly memo = new Memo();

  constructor(private readonly parse: (text: string) => Deadline) {}

  /** Lines left in the current window of `MEMO_WINDOW`, the memo's hits in it, and windows left to do without it. */
  private windowLeft = MEMO_WINDOW;
  private windowHits = 0;
  private memoOff = 0;

  /** The line `input[from, to)` (without its «\n» and «\r»): its JSON, from the memo or parsed. */
  line(input: Buffer, from: number, to: number): void {
    if (--this.windowLeft === 0) {
      // lines that rarely repeat: the memo only costs (hashing, storing); it is tried again some windows later
      if (this.memoOff > 0) this.memoOff--;
      else if (this.windowHits < MEMO_WINDOW * MEMO_MIN_HITS) this.memoOff = MEMO_WINDOWS_OFF;
      this.windowLeft = MEMO_WINDOW;
      this.windowHits = 0;
    }
    if (this.memoOff > 0) {
      this.parsed(input, from, to);
      return;
    }
    const known = this.memo.find(input, from, to, this.buf, this.pos);
    if (known >= 0) {
      this.pos += known;
      this.windowHits++;
      return;
    }
    const start = this.pos;
    this.parsed(input, from, to);
    this.memo.keep(input, from, to, this.buf, start, this.pos);
  }

  /**
   * Parses the line `input[from, to)` and writes its JSON, field by field in the contract's order, each as
   * `JSON.stringify` writes it: the text copied from the input when it needs no escape, dates and the other
   * ASCII strings byte by byte, anything else through `JSON.stringify`.
   */
  private parsed(input: Buffer, from: number, to: number): void {
    const text = input.toString('utf8', from, to); // invalid bytes become U+FFFD, as a streaming decoder makes them
    const d = this.parse(text);
    let reason: Buffer | undefined;
    if (d.reason !== null) {
      reason = REASONS.get(d.reason);
      if (reason === undefined) {
        reason = Buffer.from(JSON.stringify(d.reason));
        if (REASONS.size >= REASONS_KEPT) REASONS.clear();
        REASONS.set(d.reason, reason);
      }
    }
    let strings = d.kind.length + (d.start?.length ?? 0) + (d.due?.length ?? 0) + (d.every?.length ?? 0);
    for (const date of d.dates) strings += date.length + 3;
    this.reserve(128 + 6 * (text.length + strings) + (reason?.length ?? 0));
    const buf = this.buf;
    let pos = this.put(OPEN, this.pos);
    if (NEEDS_ESCAPE.test(text)) pos += buf.write(JSON.stringify(text), pos);
    else {
      buf[pos++] = 34;
      pos += input.copy(buf, pos, from, to);
      buf[pos++] = 34;
    }
    const kind = KIND_THEN_START.get(d.kind);
    if (kind !== undefined) pos = this.put(kind, pos);
    else {
      pos += buf.write(`,"kind":${JSON.stringify(d.kind)},"start":`, pos);
    }
    pos = this.put(DUE, this.string(d.start, pos));
    pos = this.put(DATES, this.string(d.due, pos));
    buf[pos++] = 91; // [
    for (let i = 0; i < d.dates.length; i++) {
      if (i > 0) buf[pos++] = 44; // ,
      pos = this.string(d.dates[i]!, pos);
    }
    buf[pos++] = 93; // ]
    pos = this.put(DAY, this.string(d.every, this.put(EVERY, pos)));
    if (d.day === null || !Number.isFinite(d.day)) pos = this.put(NULL, pos); // JSON has no NaN or Infinity
    else pos += buf.write(String(d.day), pos, 'latin1');
    pos = this.put(REASON, pos);
    pos = this.put(END, reason === undefined ? this.put(NULL, pos) : this.put(reason, pos));
    this.pos = pos;
  }

  private put(bytes: Buffer, pos: number): number {
    this.buf.set(bytes, pos);
    return pos + bytes.length;
  }

  /** Writes `s` at `pos` as JSON, or `null`; returns the end. */
  private string(s: string | null, pos: number): number {
    if (s === null) return this.put(NULL, pos);
    const buf = this.buf;
    buf[pos] = 34;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 34 || c === 92) return pos + buf.write(JSON.stringify(s), pos); // not plain ASCII
      buf[pos + 1 + i] = c;
    }
    buf[pos + 1 + s.length] = 34;
    return pos + 2 + s.length;
  }

  /** Every line of `input[0, end)`; each ends with «\n», or (`last`) the final one may not. */
  lines(input: Buffer, end: number, last: boolean): void {
    let from = 0;
    while (from < end) {
      let nl = input.indexOf(LF, from);
      if (nl < 0 || nl >= end) {
        if (!last) break;
        nl = end;
      }
      this.line(input, from, nl > from && input[nl - 1] === CR ? nl - 1 : nl);
      from = nl + 1;
    }
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** Hands what is filled to stdout (waiting when the reader is behind) and starts a new buffer. */
  async flush(out: NodeJS.WriteStream): Promise<void> {
    if (this.pos === 0) return;
    const filled = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(this.buf.length);
    this.pos = 0;
    if (!out.write(filled)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
}

async function main(): Promise<void> {
  const context = parseArgs(process.argv.slice(2));
  if (typeof context === 'string') {
    process.stderr.write(context + '\n');
    process.exitCode = context === USAGE ? 0 : 2;
    return;
  }
  const out = process.stdout;
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0); // the reader stopped (| head): nothing more to say
    throw err;
  });
  const output = new Output(createDeadlineParser(context));

  const pending: Buffer[] = []; // bytes after the last «\n» seen
  let first = true; // a byte-order mark is dropped at the very start of the input
  for await (const chunk of process.stdin) {
    const nl = (chunk as Buffer).lastIndexOf(LF);
    if (nl < 0 && !first) {
      pending.push(chunk as Buffer);
      continue;
    }
    let input = pending.length ? Buffer.concat([...pending, chunk as Buffer]) : (chunk as Buffer);
    pending.length = 0;
    if (first) {
      if (input.length < 3 && nl < 0) {
        pending.push(input); // too short to tell a byte-order mark
        continue;
      }
      if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) input = input.subarray(3);
      first = false;
    }
    const end = input.lastIndexOf(LF) + 1;
    if (end > 0) output.lines(input, end, false);
    if (end < input.length) pending.push(input.subarray(end));
    await output.flush(out);
  }
  let rest = Buffer.concat(pending);
  if (first && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
  if (rest.length > 0) output.lines(rest, rest.length, true);
  await output.flush(out);
}

await main();
