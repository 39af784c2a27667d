/**
 * DOCX blank benchmark: milliseconds per school for `blankDocx` — one file holding a school's
 * monthly blanks, as /forms/report/<school>.docx builds it.
 *
 *   npm run bench:docx -- [--schools 40] [--months 12] [--rows 25] [--distinct] [--against <git revision>]
 *
 * As in a region, every school's blank for a month lists the same roadmap items, and one school
 * in five has one item of its own; `--distinct` gives every school rows of its own (the case
 * where no blank is shared).
 *
 * `--against` measures, in the same run and interleaved school by school, the `blankDocx` of
 * src/lib/export/docx.ts as it was at that revision (for a before/after ratio that a busy
 * machine does not skew). The blanks are generated with a fixed seed, so runs compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MONTHS_NOMINATIVE } from '../src/lib/dates';
import { BLANK_COLUMNS, blankDocx, type ReportBlank } from '../src/lib/export';
import { summarize } from './lib/bench-stats';
import { random } from './lib/random';
import { AUDIENCES, EVENTS, SETTLEMENT_STEMS, SUBJECTS_GEN, TOPICS } from './lib/region/words';

type BlankDocx = typeof blankDocx;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: нужно целое число ≥ 1, получено «${process.argv[i + 1]}»`);
  return value;
}

/** Row lists by month and variant: as the build does (reportBlank), schools with the same items share one list. */
const rowLists = new Map<string, ReportBlank['rows']>();

/** The rows of a month's blank: `rows` roadmap items and `extra` more; `variant` 0 is the region's common list. */
function monthRows(m: number, month: string, rows: number, extra: number, variant: number): ReportBlank['rows'] {
  const key = `${m} ${rows + extra} ${variant}`;
  let list = rowLists.get(key);
  if (!list) {
    const { pick } = random(variant * 1000 + m + 1);
    list = Array.from({ length: rows + extra }, (_, i) => ({
      number: `${1 + Math.floor(i / 6)}.${1 + (i % 6)}`,
      activity: `${pick(EVENTS)} для ${pick(AUDIENCES)} «${pick(TOPICS)}» (${pick(SUBJECTS_GEN)})`,
      deadline: pick([`${month}`, 'В течение года', 'По графику ОО', `до 25.${String((m % 12) + 1).padStart(2, '0')}.2021`, 'ежемесячно']),
    }));
    rowLists.set(key, list);
  }
  return list;
}

/** A school's blanks: `months` months from January 2021, `rows` roadmap items on each (the same for every school unless `distinct`). */
function schoolBlanks(school: number, months: number, rows: number, distinct: boolean): ReportBlank[] {
  const { pick } = random(school + 1);
  const name = `Муниципальное бюджетное общеобразовательное учреждение «${pick(SETTLEMENT_STEMS)} средняя общеобразовательная школа № ${school + 1}»`;
  return Array.from({ length: months }, (_, m) => {
    const month = `${MONTHS_NOMINATIVE[m % 12]} ${2021 + Math.floor(m / 12)}`;
    return {
      approvalLines: ['Приложение № 4', 'к приказу управления образования', 'от «07» 02 2021 г. № 147'],
      titleWord: 'ОТЧЁТ',
      titleRest: 'об исполнении комплекса мер «дорожной карты» по повышению качества образования в ШНОР/ШНСУ',
      monthLine: `за ${month} года`,
      schoolName: name,
      rows: distinct ? monthRows(m, month, rows, 0, school + 1) : monthRows(m, month, rows, school % 5 === 4 ? 1 : 0, 0),
      emptyRows: 3,
      columns: BLANK_COLUMNS,
      notes: [`Срок направления отчёта: до 28 ${month}`, 'Направляется в управление образования.', 'Заполнить отчёт на сайте: https://example.ru/admin/'],
      creator: 'Управление образования',
      title: `Отчёт за ${month}`,
    };
  });
}

/** `blankDocx` of src/lib/export/docx.ts at `revision`, written where its imports resolve. */
async function blankDocxAt(revision: string): Promise<{ fn: BlankDocx; cleanup: () => void }> {
  const source = execFileSync('git', ['show', `${revision}:src/lib/export/docx.ts`], { encoding: 'utf8' });
  // Beside the current module, so that './blank' and the packages resolve the same way.
  const dir = resolve('src/lib/export');
  const file = join(dir, `.bench-docx-${process.pid}.ts`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, source);
  const cleanup = () => rmSync(file, { force: true });
  try {
    const mod = (await import(pathToFileURL(file).href)) as { blankDocx?: BlankDocx };
    if (typeof mod.blankDocx !== 'function') throw new Error(`${revision}:src/lib/export/docx.ts не экспортирует blankDocx — выберите другую ревизию`);
    return { fn: mod.blankDocx, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Wall and CPU milliseconds of one call. */
async function measure(fn: BlankDocx, blanks: ReportBlank[]): Promise<{ wall: number; cpu: number; bytes: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = (await fn(blanks, 'Бланки отчёта')).length;
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, bytes };
}

async function main(): Promise<void> {
  const schools = option('schools', 40);
  const months = option('months', 12);
  const rows = option('rows', 25);
  const distinct = process.argv.includes('--distinct');
  const at = process.argv.indexOf('--against');
  const revision = at > 0 ? process.argv[at + 1] : undefined;
  if (at > 0 && !revision) throw new Error('--against: укажите ревизию git, например --against main~1');

  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`machine: ${availableParallelism()} CPUs, load average ${load()} (a busy machine raises wall-clock times; CPU times are steadier)`);
  console.log(`${schools} schools × ${months} months × ${rows} rows (+3 empty), ${distinct ? 'every school with rows of its own' : 'the same rows for every school, one school in five with one more'}`);

  const variants: Array<{ name: string; fn: BlankDocx; first?: Awaited<ReturnType<typeof measure>>; runs: Array<Awaited<ReturnType<typeof measure>>> }> = [
    { name: 'current', fn: blankDocx, runs: [] },
  ];
  const old = revision ? await blankDocxAt(revision) : undefined;
  try {
    if (old) variants.push({ name: revision!, fn: old.fn, runs: [] });
    const data = Array.from({ length: schools }, (_, s) => schoolBlanks(s, months, rows, distinct));
    // The first call pays for the template (and the JIT); it is reported apart.
    for (const v of variants) v.first = await measure(v.fn, data[0]!);
    for (const blanks of data) for (const v of variants) v.runs.push(await measure(v.fn, blanks));
  } finally {
    old?.cleanup();
  }

  const f = (n: number) => n.toFixed(1);
  for (const v of variants) {
    const wall = summarize(v.runs.map((r) => r.wall));
    const cpu = summarize(v.runs.map((r) => r.cpu));
    console.log(`${v.name.padEnd(10)} first ${f(v.first!.wall)} ms; then per school: median ${f(wall.median)} ms wall (p95 ${f(wall.p95)}), ${f(cpu.median)} ms CPU; ${f(wall.median / months)} ms per monthly blank; ${Math.round(v.runs[0]!.bytes / 1024)} KB`);
  }
  if (variants.length === 2) {
    const [now, then] = variants.map((v) => summarize(v.runs.map((r) => r.cpu)).median);
    console.log(`${revision} / current, CPU per school: ${(then! / now!).toFixed(1)}×`);
  }
  console.log(`load average at the end: ${load()}`);
}

await main();
