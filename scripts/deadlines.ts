/**
 * Deadline CLI: one deadline per line on stdin → one JSON object per line on
 * stdout, in order, streaming.
 *
 *   npm run --silent deadlines -- [--year 2021] [--period 2021-01-01..2021-12-31] < deadlines.txt
 *
 * Exit codes: 0 ok · 2 bad arguments.
 */
import { StringDecoder } from 'node:string_decoder';
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

const str = (v: string | null) => (v === null ? 'null' : `"${v}"`);

/**
 * `JSON.stringify(d)` for the fixed Deadline shape, faster: only `text` and
 * `reason` can hold characters that need escaping; dates, kind and every are plain.
 */
function toJson(d: Deadline): string {
  const dates = d.dates.length ? `["${d.dates.join('","')}"]` : '[]';
  const reason = d.reason === null ? 'null' : JSON.stringify(d.reason);
  return `{"text":${JSON.stringify(d.text)},"kind":"${d.kind}","start":${str(d.start)},"due":${str(d.due)},"dates":${dates},"every":${str(d.every)},"day":${d.day === null ? 'null' : d.day},"reason":${reason}}`;
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
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let first = true;

  const flush = async (text: string): Promise<void> => {
    if (text && !out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  const lineOut = (line: string): string => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    return toJson(parse(text)) + '\n';
  };

  for await (const chunk of process.stdin) {
    let text = rest + decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let out = '';
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      out += lineOut(text.slice(from, nl));
      from = nl + 1;
    }
    rest = text.slice(from);
    await flush(out);
  }
  rest += decoder.end();
  if (first && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
  if (rest.length > 0) await flush(lineOut(rest));
}

await main();
