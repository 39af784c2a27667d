/**
 * The deadline CLI's output, byte for byte: on the bench's generated input (200,000 lines) it must print exactly
 * what the CLI printed before its output path was rewritten for speed (the SHA-256 below was taken from that
 * CLI), and on awkward input (every fixture text, escapes, invalid UTF-8, CRLF, a BOM, lines longer than a pipe
 * chunk, no final newline) exactly `JSON.stringify(parseDeadline(line))` per line, as it always did.
 *
 * If a parser change alters a result on the bench input, the hash changes legitimately: check that the line-by-line
 * test still passes, then take the new hash from `npm run --silent deadlines -- --year 2021 --period
 * 2021-01-01..2021-12-31 < bench.txt | sha256sum` (the input as `deadlineCorpus(200_000)` writes it, one line each).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadlineCorpus, distinctDeadlineCorpus } from '../../scripts/lib/deadline-corpus';
import { parseDeadline, type DeadlineContext } from '../../src/lib/deadline';
import { runDeadlineCli } from '../helpers/deadline-cli';

const FIXTURES = new URL('../fixtures/deadlines/', import.meta.url);
const CAL_ARGS = ['--year', '2021', '--period', '2021-01-01..2021-12-31'];
const CAL: DeadlineContext = { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } };

/**
 * SHA-256 of the CLI's output on `deadlineCorpus(200_000)`, before the rewrite. Round 182 changed one generated line's reading,
 * «в течение 2021/2023 уч. года» (two school years more than one apart name the whole span: to 2023-08-31, it was 2022-08-31);
 * every other line of the output is the same as before. Round 201 changed one more, «в течение 2022/2022 уч. года» (one year written
 * twice before a school-year word is that school year: 2022-09-01..2023-08-31, it was the calendar year 2022).
 */
const BENCH_OUTPUT_SHA256 = '9cf6151c079ea829dc3d420d095f839b829f0f03a0cb2826eda29e6482611309';

/** Runs the CLI on `input`, written in pieces of `piece` bytes. */
const cli = (input: Buffer, piece?: number) => runDeadlineCli(CAL_ARGS, input, piece);

/** Every text of every fixture corpus. */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(new URL(name, FIXTURES), 'utf8').split('\n')) {
      if (line && !line.startsWith('#')) texts.push(line.split('\t')[0]!);
    }
  }
  return texts;
}

describe('deadlines CLI output, byte for byte', { timeout: 120_000 }, () => {
  it('prints on the bench input exactly what the CLI printed before its rewrite', async () => {
    const input = Buffer.from(deadlineCorpus(200_000).join('\n') + '\n');
    const run = await cli(input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(createHash('sha256').update(run.stdout).digest('hex')).toBe(BENCH_OUTPUT_SHA256);
  });

  it('prints JSON.stringify(parseDeadline(line)) for awkward input, whatever the pipe chunks', async () => {
    const long = 'по итогам работ '.repeat(6000); // ~100 KB: longer than a pipe chunk
    const odd = [
      'по графику "Школы №1" \\ ОО', 'до 15.02.2021 \u0001\u001f', 'По итогам «работ»\u2028\u2029', '\t', 'по плану «ВШК»\u0007',
      'до 1 сентября 😀', 'ё'.repeat(40000), long, '', ' ', 'до 15.02.2021\r', '\r', 'a\rb', '\u00a0до 1 мая\u00a0', '\ufeffдо 1 мая',
    ];
    const texts = [...fixtureTexts(), ...odd];
    // invalid UTF-8 in the middle of a line and at its end: decoded as U+FFFD, as the old CLI's decoder did
    const bad = [Buffer.from('до 1 мая '), Buffer.from([0xff, 0xd0]), Buffer.from(' x'), Buffer.from('\n'), Buffer.from('по итогам'), Buffer.from([0xe2, 0x80]), Buffer.from('\n')];
    const body = Buffer.concat([Buffer.from('\ufeff' + texts.join('\n') + '\n'), ...bad, Buffer.from('до 15.02.2021\r\nпоследняя строка без перевода')]);
    expect(expectedFor(body).split('\n').length).toBeGreaterThan(1000);
    for (const [input, piece] of [[body, body.length], [body, 4093], [body.subarray(0, 3001), 7]] as const) {
      const run = await cli(input, piece);
      expect(run.code).toBe(0);
      expect(run.stdout.toString('utf8')).toBe(expectedFor(input));
    }
  });

  it('prints nothing for empty input and one line for a lone BOM-prefixed line', async () => {
    expect((await cli(Buffer.alloc(0))).stdout.length).toBe(0);
    expect((await cli(Buffer.from('\ufeff'))).stdout.length).toBe(0);
    expect((await cli(Buffer.from('\ufeffдо 1 мая'))).stdout.toString('utf8')).toBe(JSON.stringify(parseDeadline('до 1 мая', CAL)) + '\n');
    expect((await cli(Buffer.from('\n\n'))).stdout.toString('utf8')).toBe((JSON.stringify(parseDeadline('', CAL)) + '\n').repeat(2));
  });
});

/**
 * The CLI prints a line it has seen again from a memo of input bytes → output bytes (a direct-mapped table over one
 * arena, emptied when the arena fills, left aside for a while when lines stop repeating). Whatever the memo holds,
 * every line must print what `JSON.stringify(parseDeadline(line))` gives.
 */
describe('deadlines CLI memo of repeated lines', { timeout: 120_000 }, () => {
  it('tells apart lines that differ by one byte, a trailing «\\r», a space or invalid UTF-8, however often they repeat', async () => {
    const near = [
      'до 1 мая', 'до 1 мая ', 'до 1 мая\r', 'до 2 мая', 'До 1 мая', 'до 1 мая\u00a0', 'до 1 мaя', '\r', '', 'ежемесячно',
      'ежемесячно до 5 числа', 'ежемесячно до 5 числа.', 'В течение года', 'в течение года', 'По графику ОО', 'По графику "ОО"',
    ];
    const bad = [Buffer.from([0xd0]), Buffer.from([0xd0, 0xb4, 0xd0]), Buffer.from([0xff, 0x0d]), Buffer.from([0xd0, 0x0d])];
    const parts: Buffer[] = [];
    for (let i = 0; i < 30_000; i++) {
      parts.push(i % 5 === 4 ? bad[(i * 7) % bad.length]! : Buffer.from(near[(i * 13) % near.length]!), Buffer.from('\n'));
    }
    const input = Buffer.concat(parts);
    for (const piece of [undefined, 4093, 61]) {
      const run = await cli(input, piece);
      expect(run.code).toBe(0);
      expect(run.stdout.toString('utf8')).toBe(expectedFor(input));
    }
  });

  it('prints the right line after the arena fills and slots are reused, and after runs of all-new lines', async () => {
    // 40,000 different lines overflow the arena (4 MB of lines and their JSON: it empties twice) and share slots, with
    // lines seen a few lines before (found) and 20,000 lines before (gone with an emptied arena, or still held) in
    // between, a third of all, so the memo stays in use; then 20,000 new lines in a row (the memo is left aside) and
    // 80,000 lines of 1,000 different ones (the memo is taken up again after 15 windows and finds them).
    const fresh = distinctDeadlineCorpus(60_000);
    expect(new Set(fresh).size).toBe(fresh.length);
    const lines: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      lines.push(fresh[i]!);
      if (i % 2 === 1) lines.push(fresh[i - (i % 50)]!);
      if (i % 6 === 5) lines.push(fresh[Math.floor(i / 2)]!);
    }
    lines.push(...fresh.slice(40_000));
    for (let i = 0; i < 80_000; i++) lines.push(fresh[(i * 7) % 1000]!);
    const input = Buffer.from(lines.join('\n') + '\n');
    const run = await cli(input);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedFor(input));
  });

  it('grows its output buffer when one chunk of short repeated lines prints megabytes', async () => {
    // 64 KB of «\n» print ~8 MB: lines found in the memo and lines parsed both have to make room
    const input = Buffer.from('\n'.repeat(300_000) + '1\n'.repeat(100_000) + 'до 1 мая\n\n'.repeat(50_000));
    const run = await cli(input);
    expect(run.code).toBe(0);
    expect(createHash('sha256').update(run.stdout).digest('hex')).toBe(createHash('sha256').update(expectedFor(input)).digest('hex'));
  });
});

/** The expected output for raw input bytes: a leading BOM dropped, lines split on «\n», one «\r» before it dropped. */
function expectedFor(input: Buffer): string {
  let text = input.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => JSON.stringify(parseDeadline(l.endsWith('\r') ? l.slice(0, -1) : l, CAL)) + '\n').join('');
}
