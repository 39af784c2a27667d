/**
 * Deadline CLI: one deadline per line on stdin → one JSON object per line on
 * stdout, in order, streaming.
 *
 *   npm run --silent deadlines -- [--year 2021] [--period 2021-01-01..2021-12-31] < deadlines.txt
 *
 * Exit codes: 0 ok · 2 bad arguments.
 */
import { isValidIsoDate } from '../src/lib/dates';
import { createDeadlineParser, type Deadline, type DeadlineContext } from '../src/lib/deadline';

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
const LF = 10;
const CR = 13;

/**
 * The output: one buffer filled line by line and written once per input chunk. The text of a line is copied as
 * the input bytes it came from (it is echoed verbatim, and a text with nothing to escape is its own JSON); the rest
 * of the line is ASCII except `reason`. Byte for byte what `JSON.stringify(deadline)` gives, without building a
 * string of every line and encoding it again (test/unit/deadline-cli-output.test.ts holds it to that).
 */
class Output {
  private buf = Buffer.allocUnsafe(1 << 20);
  private pos = 0;

  /** One line: `d` parsed from `text`, which is `input[from, to)` decoded. */
  line(d: Deadline, text: string, input: Buffer, from: number, to: number): void {
    const reason = d.reason === null ? null : JSON.stringify(d.reason);
    this.reserve(64 + 6 * text.length + (reason === null ? 0 : 3 * reason.length) + 13 * d.dates.length);
    const buf = this.buf;
    let pos = this.pos + OPEN.copy(buf, this.pos);
    if (NEEDS_ESCAPE.test(text)) pos += buf.write(JSON.stringify(text), pos);
    else {
      buf[pos++] = 34;
      pos += input.copy(buf, pos, from, to);
      buf[pos++] = 34;
    }
    const dates = d.dates.length ? `["${d.dates.join('","')}"]` : '[]';
    const start = d.start === null ? 'null' : `"${d.start}"`;
    const due = d.due === null ? 'null' : `"${d.due}"`;
    const every = d.every === null ? 'null' : `"${d.every}"`;
    pos += buf.write(`,"kind":"${d.kind}","start":${start},"due":${due},"dates":${dates},"every":${every},"day":${d.day === null ? 'null' : d.day},"reason":${reason === null ? 'null}\n' : ''}`, pos, 'latin1');
    if (reason !== null) {
      pos += buf.write(reason, pos);
      buf[pos++] = 125; // }
      buf[pos++] = LF;
    }
    this.pos = pos;
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
  const parse = createDeadlineParser(context);
  const out = process.stdout;
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0); // the reader stopped (| head): nothing more to say
    throw err;
  });
  const output = new Output();

  /** Lines of `input[from, end)`, each ending with «\n» except perhaps the last (`last`). */
  const lines = (input: Buffer, from: number, end: number, last: boolean): void => {
    const text = input.toString('utf8', from, end); // invalid bytes become U+FFFD, as a streaming decoder makes them
    let at = 0;
    let byte = from;
    while (at < text.length || (last && byte < end)) {
      let nl = text.indexOf('\n', at);
      let nlByte = input.indexOf(LF, byte);
      if (nl < 0 || nlByte < 0 || nlByte >= end) {
        nl = text.length;
        nlByte = end;
      }
      let to = nl;
      let toByte = nlByte;
      if (to > at && text.charCodeAt(to - 1) === CR) {
        to--;
        toByte--;
      }
      const line = text.slice(at, to);
      output.line(parse(line), line, input, byte, toByte);
      at = nl + 1;
      byte = nlByte + 1;
    }
  };

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
    if (end > 0) lines(input, 0, end, false);
    if (end < input.length) pending.push(input.subarray(end));
    await output.flush(out);
  }
  let rest = Buffer.concat(pending);
  if (first && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
  if (rest.length > 0) lines(rest, 0, rest.length, true);
  await output.flush(out);
}

await main();
