/**
 * Deadline parser benchmark: lines per second for `parseDeadline` in process,
 * and for the CLI end to end (`scripts/deadlines.ts`, stdin → stdout).
 *
 *   npm run bench:deadlines -- [--lines 200000] [--distinct] [--against <git revision>] [--rounds 12]
 *
 * The corpus is generated from realistic templates with a fixed seed, so runs compare. Like a real column, it repeats
 * cells (200,000 lines hold 23,863 different ones), which the CLI prints again without parsing them again;
 * `--distinct` makes every line different, so the CLI's figure is that of parsing each line.
 *
 * `--against` measures, in the same run, the parser of src/lib/deadline as it was at that revision (its src/lib taken
 * out of git into a temporary folder): `--rounds` rounds, each parsing the same slice of the corpus with both parsers, the
 * order alternating, so a busy machine slows both alike; it prints the medians and the ratio current / revision.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDeadlineParser } from '../src/lib/deadline';
import { summarize } from './lib/bench-stats';
import { PARSER_NODE_FLAGS } from './lib/node-flags';
import { deadlineCorpus, distinctDeadlineCorpus } from './lib/deadline-corpus';

const TARGET = 100_000;
const CONTEXT = ['--year', '2021', '--period', '2021-01-01..2021-12-31'];
/** Parser rate in process: [lines/s by wall clock, lines/s by CPU time]. */
function inProcess(lines: string[]): [number, number] {
  const parse = createDeadlineParser({ year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } });
  for (let i = 0; i < Math.min(lines.length, 20_000); i++) parse(lines[i]!); // warm up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let sink = 0;
  for (const line of lines) sink += parse(line).kind.length;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (sink === 0) throw new Error('nothing parsed');
  return [(lines.length / ms) * 1000, (lines.length / ((cpu.user + cpu.system) / 1000)) * 1000];
}

type CreateParser = typeof createDeadlineParser;

/** `createDeadlineParser` of src/lib/deadline at `revision`: its src/lib written out of git into a temporary folder. */
async function parserAt(revision: string): Promise<{ create: CreateParser; cleanup: () => void }> {
  const tar = execFileSync('git', ['archive', '--format=tar', revision, 'src/lib'], { maxBuffer: 1 << 30 });
  const dir = mkdtempSync(join(tmpdir(), 'setka-bench-against-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    const mod = (await import(pathToFileURL(join(dir, 'src/lib/deadline/index.ts')).href)) as { createDeadlineParser?: CreateParser };
    if (typeof mod.createDeadlineParser !== 'function') throw new Error(`${revision}:src/lib/deadline не экспортирует createDeadlineParser — выберите другую ревизию`);
    return { create: mod.createDeadlineParser, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/**
 * The current parser and the one at `revision`, in the same run: `rounds` rounds, each parsing one slice of `lines` (the
 * slice moves on each round) with both, the order alternating. Prints each one's median lines/s (wall clock and CPU time)
 * and the ratio current / revision: of the medians, and the median of the rounds' own ratios.
 */
async function against(revision: string, lines: string[], rounds: number, fmt: (n: number) => string): Promise<void> {
  const old = await parserAt(revision);
  try {
    const context = { year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } };
    const variants = [
      { name: 'current', parse: createDeadlineParser(context), wall: [] as number[], cpu: [] as number[] },
      { name: revision, parse: old.create(context), wall: [] as number[], cpu: [] as number[] },
    ];
    // Warm up: the current parser has just run over the whole corpus, so the other one does too (with 20,000 lines only it read
    // ~4 % slower than the same code loaded as the current one)
    for (const line of lines) variants[1]!.parse(line);
    for (let i = 0; i < Math.min(lines.length, 20_000); i++) variants[0]!.parse(lines[i]!);
    const size = Math.min(lines.length, 50_000);
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const from = (r * size) % lines.length;
      const slice = lines.slice(from, from + size);
      const order = r % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        let sink = 0;
        for (const line of slice) sink += v.parse(line).kind.length;
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        if (sink === 0) throw new Error('nothing parsed');
        v.wall.push((slice.length / ms) * 1000);
        v.cpu.push((slice.length / ((cpu.user + cpu.system) / 1000)) * 1000);
      }
      ratios.push(variants[0]!.wall.at(-1)! / variants[1]!.wall.at(-1)!);
    }
    const width = Math.max(...variants.map((v) => v.name.length));
    for (const v of variants) {
      const wall = summarize(v.wall);
      console.log(`${v.name.padEnd(width)}  median ${fmt(wall.median)} lines/s (min ${fmt(wall.min)}, max ${fmt(wall.max)}), ${fmt(summarize(v.cpu).median)} lines per CPU-second`);
    }
    const [now, then] = variants.map((v) => summarize(v.wall).median);
    const [nowCpu, thenCpu] = variants.map((v) => summarize(v.cpu).median);
    const r = summarize(ratios);
    console.log(`current / ${revision}: ${(now! / then!).toFixed(3)}× (medians), ${(nowCpu! / thenCpu!).toFixed(3)}× (CPU medians), `
      + `${r.median.toFixed(3)}× (median of the rounds' ratios, min ${r.min.toFixed(3)}, max ${r.max.toFixed(3)})`);
  } finally {
    old.cleanup();
  }
}

/** CPU milliseconds used by finished child processes (Linux /proc; null elsewhere). */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in 1/100 s ticks
  } catch {
    return null;
  }
}

/** Runs the CLI on a file; returns [milliseconds, output lines]. */
function runCli(file: string | null): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...PARSER_NODE_FLAGS, '--import', 'tsx', 'scripts/deadlines.ts', ...CONTEXT], { stdio: ['pipe', 'pipe', 'inherit'] });
    let lines = 0;
    child.stdout.on('data', (b: Buffer) => {
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve([performance.now() - t0, lines]) : reject(new Error(`CLI exited with ${code}`))));
    if (file) createReadStream(file).pipe(child.stdin);
    else child.stdin.end();
  });
}

/** Pieces a pasted paragraph may repeat: words, dates, months, numbers, notes the parser drops. */
const LONG_PIECES = ['слово ', 'сентября ', '01.10.2021 ', 'д. 5 ', '1/3 от ', 'с перспективой до 2040 года ', 'как и в прошлом году ', '121,6 млн ', 'к 30 декабря, до 1 мая ', 'с 1 по 5 мая на 1 сентября ', 'слово в случае ', 'при несчастном случае ', 'за 30 дней до ', 'перенос срока начала учебного года ', 'в срок 15 мая до 1 июня ', 'начинается не позднее 1 февраля и завершается ', 'до 1 августа 2024 года к новому 2024 - 2025 учебному году ', 'начало второй четверти 2022-2023 учебного года — 7 ноября ', 'перенести с 25 октября на 18 октября ', 'на базе школ № 122, 174, 620 в 1а, 1е классах 11-классников в последний день лета ', 'с 31 января на пять календарных дней ', 'в 2014 г. (срок готовности – 1 июня 2014 г.) по адресу: ул. Красина, 70, «Школы 800» 100%, как и планировалось, ', 'плана мероприятий на 2022-2027 годы от 22.03.2022 № 226 продлится 3 месяца ', 'перечня на 2018-2010 годы, подписанным в 1980 году, 30 октября 2018 года ', 'в субботу ', 'понедельник и ', 'выходной ', '« » ', 'форма 85-К ', '_1__от_29_._08__ ', 'ежемесячно до 28 числа, начиная с '];

/**
 * One cell of 250 KB and one of 1 MB per piece: a parser whose time grows with the square of a cell's length (a look-behind over
 * the text before a match) shows here as a ratio near 16 instead of 4. Prints the worst ratio.
 */
function longCells(fmt: (n: number) => string): void {
  const parse = createDeadlineParser({ year: 2021, period: { start: '2021-01-01', end: '2021-12-31' } });
  let worst = { piece: '', ratio: 0, ms: 0 };
  for (const piece of LONG_PIECES) {
    const [small, large] = [250_000, 1_000_000].map((n) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));
    parse(piece);
    // The faster of two runs each: a collection during one run would look like growth.
    const time = (text: string) => Math.min(...[0, 1].map(() => {
      const t = performance.now();
      parse(`${text}${performance.now()}`); // not the same text twice: the parser keeps recent cells
      return performance.now() - t;
    }));
    const [a, b] = [time(small!), time(large!)];
    const ratio = b / Math.max(a, 1);
    if (ratio > worst.ratio) worst = { piece, ratio, ms: b };
  }
  console.log(`long cells: 1 MB / 250 KB time, worst ${worst.ratio.toFixed(1)} («${worst.piece.trim()}», ${fmt(worst.ms)} ms for 1 MB; 4 is linear)`);
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--lines');
  const count = arg > 0 ? Number(process.argv[arg + 1]) : 200_000;
  const distinct = process.argv.includes('--distinct');
  // The lines as a file gives them (the CLI's input, a roadmap's text): one text split into lines. A line the corpus builds with `+`
  // is a rope of its pieces that each search of the parser would have to join first, a cost of the corpus, not of the parser.
  const lines = (distinct ? distinctDeadlineCorpus(count) : deadlineCorpus(count)).join('\n').split('\n');
  const at = process.argv.indexOf('--against');
  const revision = at > 0 ? process.argv[at + 1] : undefined;
  if (at > 0 && (!revision || revision.startsWith('--'))) throw new Error('--against: укажите ревизию git, например --against main');
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 12;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: нужно целое число ≥ 1, получено «${process.argv[roundsAt + 1]}»`);

  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)} (a busy machine lowers wall-clock rates)`);
  const [rate, cpuRate] = inProcess(lines);
  console.log(`corpus: ${fmt(count)} lines, ${fmt(new Set(lines).size)} different${distinct ? '' : ' (--distinct: no repeats)'}`);
  console.log(`parser (in process): ${fmt(count)} lines, ${fmt(rate)} lines/s (${fmt(cpuRate)} lines per CPU-second)`);
  if (revision) {
    console.log(`against ${revision}, in the same run: ${rounds} rounds of ${fmt(Math.min(count, 50_000))} lines each, the order alternating`);
    await against(revision, lines, rounds, fmt);
    console.log(`load average after the comparison: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  }
  longCells(fmt);

  const dir = mkdtempSync(join(tmpdir(), 'setka-bench-'));
  try {
    const file = join(dir, 'deadlines.txt');
    await new Promise<void>((resolve, reject) => {
      const ws = createWriteStream(file);
      ws.on('error', reject);
      ws.end(lines.join('\n') + '\n', resolve);
    });
    // A first run fills tsx's compile cache (once per change of the code): the figures are of the runs after it.
    await runCli(null);
    const cpuStart = childrenCpuMs();
    const [startup] = await runCli(null);
    const cpu0 = childrenCpuMs();
    const [ms, out] = await runCli(file);
    const cpu1 = childrenCpuMs();
    if (out !== count) throw new Error(`CLI printed ${out} lines for ${count}`);
    const e2e = (count / ms) * 1000;
    // CPU of the run, and of the same run minus what an empty run costs (Node + tsx start, compiling the TypeScript)
    const startupCpu = cpuStart !== null && cpu0 !== null ? cpu0 - cpuStart : 0;
    const runCpu = cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : 0;
    const cpuNote = runCpu > 0
      ? `; ${fmt((count / runCpu) * 1000)} lines per CPU-second${runCpu > startupCpu && startupCpu > 0 ? `, ${fmt((count / (runCpu - startupCpu)) * 1000)} without the ${fmt(startupCpu)} CPU-ms of startup` : ''}`
      : '';
    console.log(`CLI end to end:      ${fmt(count)} lines in ${fmt(ms)} ms, ${fmt(e2e)} lines/s (startup ${fmt(startup)} ms${cpuNote})`);
    const ok = rate >= TARGET && e2e >= TARGET;
    console.log(ok ? `target ≥ ${fmt(TARGET)} lines/s: met` : `target ≥ ${fmt(TARGET)} lines/s: NOT met on the wall clock (check the load average above)`);
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
