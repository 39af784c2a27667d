/**
 * `npm run bench -- --schools 400 --items 300 --months 12 --documents 50` — the build at region
 * scale against bare Astro, in one run on this machine:
 *   1. generates the region (scripts/lib/region) into a copy of the project on tmpfs;
 *   2. `npm run check` on it (wall time);
 *   3. a cold build (empty caches), a warm build (no change) and a build after one school's report
 *      is edited (what a CMS commit costs), through the real pipeline (scripts/build.ts: check while
 *      Astro starts → Astro with the page cache → Pagefind → preview images → swap), each into a fresh folder;
 *   4. the reference (bench/reference: minimal Astro + Pagefind) with the same number of plain
 *      Markdown pages, cold and warm;
 * and prints one table: pages by type, seconds per phase, peak RSS, dist size, HTML/JS/CSS bytes
 * per page type (gzip median and max), Setka/reference per page, cores and load average.
 * `--demo` benchmarks the demo content instead of a generated region. `--json <file>` saves the figures.
 * `--pairs N` (odd, default 3) adds N − 1 more cold builds of Setka and of the reference, in turns (the order
 * swapped every pair, each with empty caches), and prints each pair's ratio; the table's cold ratio is their
 * median: one cold pair on a shared machine moves by a fifth between minutes. `--pairs 1` measures one pair.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { generateRegion, writeRegion } from './lib/region';
import { copyProject } from './lib/project-copy';
import { percentile } from './lib/bench-stats';
import { CHECK_NODE_FLAGS } from './lib/node-flags';
import { parseCommandArgs } from './lib/content-option';

const { values } = parseCommandArgs({
  options: {
    schools: { type: 'string', default: '400' },
    items: { type: 'string', default: '300' },
    months: { type: 'string', default: '12' },
    documents: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    demo: { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    pairs: { type: 'string', default: '3' },
  },
}, 'npm run bench -- [--schools 400] [--items 300] [--months 12] [--documents 50] [--seed 1] [--demo] [--pairs N] [--json <файл>] [--keep]');
const pairs = Number(values.pairs);
if (![1, 3, 5, 7, 9].includes(pairs)) {
  // An odd count: the median is one pair's ratio, not a mean of two.
  console.error(`Ошибка: --pairs ${values.pairs}: укажите нечётное число от 1 до 9 (сколько раз сравнить холодные сборки; медиана — средняя из них).`);
  process.exit(2);
}

const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}, load ${load()}] ${s}`);

// The project copy lives on the same filesystem as the output: Astro moves files between them.
const project = copyProject({ into: base });
const work = mkdtempSync(join(base, 'setka-bench-'));
const content = values.demo ? join(project.dir, 'src/content') : join(work, 'content');

interface Run {
  seconds: number;
  /** User + system CPU seconds of the whole process tree (GNU time): steadier than wall time on a shared machine. */
  cpu: number;
  peakRssMb: number;
  log: string;
  load: string;
}

/** Peak resident memory of a process tree: the largest sum of VmRSS over one sample. */
function treeRss(pid: number): number {
  let kb = 0;
  try {
    kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      for (const child of children) kb += treeRss(child);
    }
  } catch {
    /* ended */
  }
  return kb;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
let runs = 0;

async function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  const started = performance.now();
  const timeFile = join(work, `time-${++runs}.txt`);
  if (TIME) [command, args] = [TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]];
  const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code: number = await new Promise((res) => child.on('close', res));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(out.slice(-4000));
    throw new Error(`${command} ${args.join(' ')}: код ${code}`);
  }
  const [user, sys] = TIME ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [Number.NaN, 0];
  return { seconds, cpu: user! + sys!, peakRssMb: peak / 1024, log: out, load: load() };
}

/** Seconds a step of the build logged: Pagefind «(12.3 с)», images «; 4.5 с)». */
function loggedSeconds(text: string, pattern: RegExp): number {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : 0;
}

interface Phases {
  total: number;
  cpu: number;
  check: number;
  astro: number;
  pagefind: number;
  images: number;
  /** The build's last step: pages put back from the cache, the search index, the cards. */
  last: number;
  peakRssMb: number;
  load: string;
  /** «из кэша / собрано заново» of the page cache, as the build logged it. */
  pages: string;
  /** Preview images drawn while Astro ran / by the last step, as the build logged them. */
  cards: string;
}

async function setkaBuild(label: string, out: string, cache: string, checkSeconds: number): Promise<Phases> {
  log(`Setka: ${label}`);
  const r = await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', content, '--out', out], project.dir, { SETKA_CACHE_DIR: cache, SETKA_BUILD_VERBOSE: 'steps' });
  const pagefind = loggedSeconds(r.log, /Поиск: [^\n]*\(([\d.]+) с\)/);
  const images = loggedSeconds(r.log, /OG: [^\n]*; ([\d.]+) с\)/);
  const cached = /Кэш страниц: взято из кэша (\d+), собрано заново (\d+)/.exec(r.log);
  // Drawn while Astro ran, by the last step's process following the pages (or, in a plain `astro build`, by the pages follower).
  const followed = /Во время сборки страниц: сводок страниц — \d+, картинок для соцсетей — (\d+)/.exec(r.log)?.[1] ?? '0';
  const drawn = /OG: rendered (\d+)/.exec(r.log)?.[1] ?? '?';
  const last = loggedSeconds(r.log, /Последний шаг: ([\d.]+) с/);
  return { total: r.seconds, cpu: r.cpu, check: checkSeconds, pagefind, images, last, astro: Math.max(0, r.seconds - last), peakRssMb: r.peakRssMb, load: r.load, pages: cached ? `${cached[1]} / ${cached[2]}` : '?', cards: `${followed} / ${drawn}` };
}

/** Changes the result text of one report's first row (a school's report, edited in the CMS); returns the file. */
function editOneReport(contentDir: string): string {
  const dir = join(contentDir, 'reports');
  const school = readdirSync(dir).sort()[0]!;
  const file = join(dir, school, readdirSync(join(dir, school)).sort().at(-1)!);
  const report = parse(readFileSync(file, 'utf8')) as { rows: Array<{ result: string }> };
  report.rows[0]!.result = `Уточнено методистом. ${report.rows[0]!.result}`;
  writeFileSync(file, stringify(report, { lineWidth: 0 }));
  return file;
}

async function referenceBuild(label: string, root: string, pages: string, out: string, cache: string): Promise<Phases> {
  log(`эталон: ${label}`);
  const astro = await run(process.execPath, [join(project.dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', out], root, { SETKA_CACHE_DIR: cache, SETKA_REFERENCE_PAGES: pages });
  const script = `import { createIndex, close } from 'pagefind';
const { index } = await createIndex({ forceLanguage: 'ru' });
const added = await index.addDirectory({ path: ${JSON.stringify(out)} });
await index.writeFiles({ outputPath: ${JSON.stringify(join(out, 'pagefind'))} });
await close();
if (added.errors.length) { console.error(added.errors.join('\\n')); process.exit(1); }`;
  const pf = await run(process.execPath, ['--input-type=module', '-e', script], project.dir, {});
  return { total: astro.seconds + pf.seconds, cpu: astro.cpu + pf.cpu, check: 0, astro: astro.seconds, pagefind: pf.seconds, images: 0, last: pf.seconds, peakRssMb: Math.max(astro.peakRssMb, pf.peakRssMb), load: pf.load, pages: '—', cards: '—' };
}

// ------------------------------------------------------------------ output analysis

const PAGE_TYPES: Array<[string, RegExp]> = [
  ['главная', /^index\.html$/],
  ['документ', /^documents\/.+\/index\.html$/],
  ['дорожная карта', /^roadmap\/[^/]+\/index\.html$/],
  ['фильтр дорожной карты', /^roadmap\/[^/]+\/.+\/index\.html$/],
  ['школа', /^schools\/[^/]+\/index\.html$/],
  ['отчёт', /^reports\/[^/]+\/\d{4}-\d{2}\/index\.html$/],
  ['сводка отчётов', /^reports\/(page\/\d+\/)?index\.html$/],
  ['бланки школы', /^forms\/report\/[^/]+\/index\.html$/],
  ['бланк школы за месяц', /^forms\/report\/[^/]+\/\d{4}-\d{2}\/index\.html$/],
  ['служебная', /^admin\//],
];

function pageType(path: string): string {
  for (const [name, re] of PAGE_TYPES) if (re.test(path)) return name;
  return 'прочие списки';
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

interface TypeStats {
  pages: number;
  html: number[];
  js: number[];
  css: number[];
}

function analyse(dist: string): { types: Map<string, TypeStats>; pages: number; distBytes: number; largest: { path: string; gzip: number } } {
  const files = walk(dist);
  const distBytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const gz = new Map<string, number>();
  const assetGzip = (href: string) => {
    if (!gz.has(href)) {
      const file = join(dist, href.split('?')[0]!);
      gz.set(href, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    }
    return gz.get(href)!;
  };
  const types = new Map<string, TypeStats>();
  let largest = { path: '', gzip: 0 };
  let pages = 0;
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const path = relative(dist, file).split('\\').join('/');
    if (path.startsWith('admin/')) continue;
    pages++;
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const type = pageType(path);
    const t = types.get(type) ?? { pages: 0, html: [], js: [], css: [] };
    const htmlGzip = gzipSync(html).length;
    t.pages++;
    t.html.push(htmlGzip);
    const scripts = [...text.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => m[1]!);
    const modules = [...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="(\/[^"]+)"/g)].map((m) => m[1]!);
    t.js.push([...new Set([...scripts, ...modules])].reduce((s, h) => s + assetGzip(h), 0));
    const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"|<link[^>]*href="(\/[^"]+\.css)"[^>]*rel="stylesheet"/g)].map((m) => m[1] ?? m[2]!);
    t.css.push([...new Set(styles)].reduce((s, h) => s + assetGzip(h), 0));
    types.set(type, t);
    if (htmlGzip > largest.gzip) largest = { path, gzip: htmlGzip };
  }
  return { types, pages, distBytes, largest };
}

/** Plain Markdown pages for the reference: Russian prose about the size of a Setka page's text. */
function writeReferencePages(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const words = 'школа отчёт мероприятие срок куратор педагог обучающиеся методическое сопровождение качество образования результаты мониторинг дорожная карта приказ положение участники функциональная грамотность консультация семинар анализ'.split(' ');
  let seed = 1;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const sentence = () => {
    const n = 8 + Math.floor(next() * 10);
    const s = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  for (let i = 0; i < count; i++) {
    const id = i === 0 ? 'index' : `page-${String(i).padStart(5, '0')}`;
    const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 4 }, sentence).join(' '));
    writeFileSync(join(dir, `${id}.md`), `---\ntitle: "Страница ${i + 1}"\n---\n\n## Раздел\n\n${paragraphs.join('\n\n')}\n`);
  }
}

// ------------------------------------------------------------------ the run

const fmt = (n: number, digits = 1) => n.toFixed(digits).replace('.', ',');
const kb = (bytes: number) => fmt(bytes / 1024, 1);

try {
  log(`копия проекта: ${project.dir}; вывод: ${work} (${base === '/dev/shm' ? 'tmpfs' : 'диск'})`);
  let generated = '';
  if (!values.demo) {
    const started = performance.now();
    const summary = writeRegion(content, generateRegion({ schools: Number(values.schools), items: Number(values.items), months: Number(values.months), documents: Number(values.documents), seed: Number(values.seed) }));
    generated = `школ ${summary.schools} (${summary.municipalities} муниципалитетов), мероприятий ${summary.items}, документов ${summary.documents}, отчётов ${summary.reports}`;
    log(`сгенерировано за ${fmt((performance.now() - started) / 1000)} с: ${generated}`);
  }

  // A new copy of the code has never run: tsx has compiled none of its scripts (the check, the build, its last step),
  // as it has for any checkout built before. One build of the demo content, with caches of its own, does that first,
  // so the first cold pair is not the only one to pay for it (it was the slowest of three in five runs of six).
  log('подготовка копии: сборка демо-содержимого');
  await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', join(project.dir, 'src/content'), '--out', join(work, 'warm-up-dist')], project.dir, { SETKA_CACHE_DIR: join(work, 'warm-up') });
  rmSync(join(work, 'warm-up-dist'), { recursive: true, force: true });
  // npm run check, as a person runs it (start-up with the tsx loader included).
  const checkRun = await run(process.execPath, [...CHECK_NODE_FLAGS, '--import', 'tsx', 'scripts/check.ts', '--content', content, '--quiet'], project.dir, {});
  const checkFiles = /Проверено ([\d\s  ]+) файл/.exec(checkRun.log)?.[1]?.replace(/\s/g, '') ?? '?';
  log(`check: ${fmt(checkRun.seconds, 2)} с (процессор ${fmt(checkRun.cpu, 2)} с), ${checkFiles} файлов`);
  // Again with nothing changed: what a CMS commit costs, every other file coming from the check's cache.
  const checkAgain = await run(process.execPath, [...CHECK_NODE_FLAGS, '--import', 'tsx', 'scripts/check.ts', '--content', content, '--quiet'], project.dir, {});
  log(`check повторно: ${fmt(checkAgain.seconds, 2)} с (процессор ${fmt(checkAgain.cpu, 2)} с)`);

  const cache = join(work, 'cache');
  const cold = await setkaBuild('холодная сборка (пустые кэши)', join(work, 'dist-cold'), cache, checkRun.seconds);
  const warm = await setkaBuild('повторная сборка без изменений', join(work, 'dist-warm'), cache, checkAgain.seconds);
  const stats = analyse(join(work, 'dist-warm'));
  // What a CMS commit of one school's report costs: that school's pages and the network-wide ones are rendered again.
  const edited = editOneReport(content);
  log(`изменён отчёт ${relative(content, edited)}`);
  const change = await setkaBuild('сборка после правки одного отчёта', join(work, 'dist-change'), cache, checkAgain.seconds);

  const refPages = join(work, 'reference-pages');
  writeReferencePages(refPages, stats.pages);
  const refRoot = join(project.dir, 'bench/reference');
  const refCache = join(work, 'reference-cache');
  const refCold = await referenceBuild('холодная сборка', refRoot, refPages, join(work, 'ref-cold'), refCache);
  const refWarm = await referenceBuild('повторная сборка', refRoot, refPages, join(work, 'ref-warm'), refCache);
  const refStats = analyse(join(work, 'ref-warm'));
  const perPageOf = (b: Phases, r: Phases, key: 'total' | 'cpu') => (b[key] / stats.pages) / (r[key] / refStats.pages);

  // More cold pairs, in turns: the reference first in every second pair, so a machine that speeds up or slows down weighs on both.
  const coldPairs: Array<{ setka: number; reference: number; ratio: number }> = [{ setka: cold.total, reference: refCold.total, ratio: perPageOf(cold, refCold, 'total') }];
  for (let i = 1; i < pairs; i++) {
    const setkaCold = () => setkaBuild(`холодная сборка, пара ${i + 1} из ${pairs}`, join(work, `dist-cold-${i}`), join(work, `cache-${i}`), checkRun.seconds);
    const referenceCold = () => referenceBuild(`холодная сборка, пара ${i + 1} из ${pairs}`, refRoot, refPages, join(work, `ref-cold-${i}`), join(work, `reference-cache-${i}`));
    let s: Phases;
    let r: Phases;
    if (i % 2 === 1) {
      r = await referenceCold();
      s = await setkaCold();
    } else {
      s = await setkaCold();
      r = await referenceCold();
    }
    for (const dir of [`dist-cold-${i}`, `cache-${i}`, `ref-cold-${i}`, `reference-cache-${i}`]) rmSync(join(work, dir), { recursive: true, force: true });
    coldPairs.push({ setka: s.total, reference: r.total, ratio: perPageOf(s, r, 'total') });
  }
  const coldMedian = percentile(coldPairs.map((p) => p.ratio), 50); // the middle one: the count is odd

  const cpu = cpus()[0]?.model.trim() ?? '?';
  const lines: string[] = [];
  lines.push(`**${values.demo ? 'Демо-содержимое' : `Регион: ${generated}`}** — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${availableParallelism()} ядра (${cpu}), ${fmt(totalmem() / 2 ** 30, 0)} ГБ памяти, вывод на ${base === '/dev/shm' ? 'tmpfs' : 'диск'}`);
  lines.push('');
  lines.push('| | Setka холодная | Setka повторная | Setka после правки отчёта | эталон холодная | эталон повторная |');
  lines.push('|---|---|---|---|---|---|');
  const perPage = perPageOf;
  lines.push(`| страниц HTML | ${stats.pages} | ${stats.pages} | ${stats.pages} | ${refStats.pages} | ${refStats.pages} |`);
  lines.push(`| \`npm run check\`, с (процессор, с): первый запуск / повторный | ${fmt(cold.check, 2)} (${fmt(checkRun.cpu, 2)}) | ${fmt(checkAgain.seconds, 2)} (${fmt(checkAgain.cpu, 2)}) | | — | — |`);
  lines.push(`| Astro (сборка страниц; проверка — одновременно с его запуском), с | ${fmt(cold.astro)} | ${fmt(warm.astro)} | ${fmt(change.astro)} | ${fmt(refCold.astro)} | ${fmt(refWarm.astro)} |`);
  lines.push(`| последний шаг: страницы из кэша, поиск, картинки, с | ${fmt(cold.last)} | ${fmt(warm.last)} | ${fmt(change.last)} | ${fmt(refCold.last)} | ${fmt(refWarm.last)} |`);
  lines.push(`| — из них Pagefind (с чтением страниц), с | ${fmt(cold.pagefind)} | ${fmt(warm.pagefind)} | ${fmt(change.pagefind)} | ${fmt(refCold.pagefind)} | ${fmt(refWarm.pagefind)} |`);
  lines.push(`| — из них картинки для соцсетей, с | ${fmt(cold.images)} | ${fmt(warm.images)} | ${fmt(change.images)} | — | — |`);
  lines.push(`| страниц и файлов из кэша / собрано заново | ${cold.pages} | ${warm.pages} | ${change.pages} | — | — |`);
  lines.push(`| картинок нарисовано: во время Astro / последним шагом | ${cold.cards} | ${warm.cards} | ${change.cards} | — | — |`);
  lines.push(`| **вся сборка, с** | **${fmt(cold.total)}** | **${fmt(warm.total)}** | **${fmt(change.total)}** | **${fmt(refCold.total)}** | **${fmt(refWarm.total)}** |`);
  lines.push(`| мс на страницу | ${fmt((cold.total * 1000) / stats.pages)} | ${fmt((warm.total * 1000) / stats.pages)} | ${fmt((change.total * 1000) / stats.pages)} | ${fmt((refCold.total * 1000) / refStats.pages)} | ${fmt((refWarm.total * 1000) / refStats.pages)} |`);
  const coldCell = coldPairs.length > 1 ? `**${fmt(coldMedian, 2)}×** (медиана ${coldPairs.length} пар; в этом столбце — ${fmt(perPage(cold, refCold, 'total'), 2)}×)` : `**${fmt(perPage(cold, refCold, 'total'), 2)}×**`;
  lines.push(`| **Setka / эталон на страницу** (холодная — к холодной, остальные — к повторной) | ${coldCell} | **${fmt(perPage(warm, refWarm, 'total'), 2)}×** | **${fmt(perPage(change, refWarm, 'total'), 2)}×** | | |`);
  lines.push(`| процессорное время (user+sys), с | ${fmt(cold.cpu)} | ${fmt(warm.cpu)} | ${fmt(change.cpu)} | ${fmt(refCold.cpu)} | ${fmt(refWarm.cpu)} |`);
  lines.push(`| Setka / эталон по процессорному времени на страницу | ${fmt(perPage(cold, refCold, 'cpu'), 2)}× | ${fmt(perPage(warm, refWarm, 'cpu'), 2)}× | ${fmt(perPage(change, refWarm, 'cpu'), 2)}× | | |`);
  lines.push(`| пик памяти (RSS), МБ | ${fmt(cold.peakRssMb, 0)} | ${fmt(warm.peakRssMb, 0)} | ${fmt(change.peakRssMb, 0)} | ${fmt(refCold.peakRssMb, 0)} | ${fmt(refWarm.peakRssMb, 0)} |`);
  lines.push(`| размер dist, МБ | ${fmt(stats.distBytes / 2 ** 20)} | | | ${fmt(refStats.distBytes / 2 ** 20)} | |`);
  lines.push(`| load average (1/5/15 мин) в конце | ${cold.load} | ${warm.load} | ${change.load} | ${refCold.load} | ${refWarm.load} |`);
  lines.push('');
  lines.push('| тип страницы | страниц | HTML gzip, КБ: медиана / макс. | JS gzip, КБ: медиана / макс. | CSS gzip, КБ: медиана / макс. |');
  lines.push('|---|---|---|---|---|');
  const row = (name: string, t: TypeStats) => `| ${name} | ${t.pages} | ${kb(percentile(t.html, 50))} / ${kb(Math.max(...t.html))} | ${kb(percentile(t.js, 50))} / ${kb(Math.max(...t.js))} | ${kb(percentile(t.css, 50))} / ${kb(Math.max(...t.css))} |`;
  for (const [name, t] of [...stats.types].sort((a, b) => b[1].pages - a[1].pages)) lines.push(row(name, t));
  const ref = [...refStats.types.values()].reduce((acc, t) => ({ pages: acc.pages + t.pages, html: [...acc.html, ...t.html], js: [...acc.js, ...t.js], css: [...acc.css, ...t.css] }), { pages: 0, html: [], js: [], css: [] } as TypeStats);
  lines.push(row('эталон (все)', ref));
  lines.push('');
  lines.push(`Самая большая страница: \`/${stats.largest.path.replace(/index\.html$/, '')}\`, ${kb(stats.largest.gzip)} КБ gzip.`);
  if (coldPairs.length > 1) {
    lines.push('');
    lines.push(`Холодная сборка, Setka / эталон на страницу, поочерёдно (пар: ${coldPairs.length}): ${coldPairs.map((p) => `${fmt(p.ratio, 2)}× (${fmt(p.setka)} / ${fmt(p.reference)} с)`).join('; ')}; медиана **${fmt(coldMedian, 2)}×**.`);
  }
  console.log(lines.join('\n'));
  if (values.json) {
    const types = Object.fromEntries([...stats.types].map(([k, t]) => [k, { pages: t.pages, htmlGzipMedian: percentile(t.html, 50), htmlGzipMax: Math.max(...t.html), jsGzipMedian: percentile(t.js, 50), jsGzipMax: Math.max(...t.js), cssGzipMedian: percentile(t.css, 50), cssGzipMax: Math.max(...t.css) }]));
    writeFileSync(resolve(values.json), `${JSON.stringify({ date: new Date().toISOString(), cores: availableParallelism(), cpu, generated, check: { first: checkRun.seconds, firstCpu: checkRun.cpu, again: checkAgain.seconds, againCpu: checkAgain.cpu }, pages: stats.pages, distBytes: stats.distBytes, largest: stats.largest, cold, warm, change, refCold, refWarm, ratioCold: cold.total / refCold.total * (refStats.pages / stats.pages), ratioWarm: warm.total / refWarm.total * (refStats.pages / stats.pages), ratioChange: change.total / refWarm.total * (refStats.pages / stats.pages), coldPairs, coldMedian, types }, (k, v) => (k === 'log' ? undefined : v), 2)}\n`);
  }
} finally {
  if (!values.keep) {
    project.remove();
    rmSync(work, { recursive: true, force: true });
  } else log(`оставлено: ${project.dir}, ${work}`);
}
