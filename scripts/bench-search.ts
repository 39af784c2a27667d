/**
 * Search benchmark for any built site, in real Chromium: for each query, the time from the
 * query to the first results on screen and the bytes fetched from /pagefind/ for it.
 *
 * Two ways a visitor searches, both measured unless `--mode` says otherwise:
 * - `warm`: the search page is open and its index loaded; the query is typed and sent.
 * - `cold`: the visitor arrives at /search/?q=… (the header form), nothing cached yet.
 *
 * Usage: npm run bench:search -- --dist <dir> [--queries <file>] [--mode warm|cold|both] [--json <file>]
 * The queries file has one query per line; empty lines and lines starting with # are skipped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { formatBytes, summarize } from './lib/bench-stats';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium';
import { serveStatic } from './lib/serve';

const DEFAULT_QUERIES = [
  'журавлевская',
  'школам',
  'консультация',
  'посещение уроков',
  'наставничество',
  'педагогов',
  'отчёт',
  'до 28 числа',
  'куратор',
  'методических объединений',
  'положение о сетевом взаимодействии',
  'ВПР',
];

interface Measure {
  query: string;
  mode: 'warm' | 'cold';
  /** Milliseconds from the query to the first result (or the «nothing found» line). */
  ms: number;
  /** Bytes of /pagefind/ responses the query caused. */
  bytes: number;
  /** Number of /pagefind/ files fetched. */
  files: number;
  /** Results found. */
  found: number;
}

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const dist = resolve(arg('dist') ?? 'dist');
if (!existsSync(resolve(dist, 'pagefind', 'pagefind.js'))) fail(`В ${dist} нет поискового индекса (pagefind/pagefind.js): соберите сайт командой npm run build -- --out <папка>.`);
if (!existsSync(resolve(dist, 'search', 'index.html'))) fail(`В ${dist} нет страницы поиска (search/index.html).`);
const queriesFile = arg('queries');
const queries = queriesFile
  ? readFileSync(queriesFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  : DEFAULT_QUERIES;
if (queries.length === 0) fail(`В файле ${queriesFile} нет запросов (по одному в строке).`);
const mode = arg('mode') ?? 'both';
if (!['warm', 'cold', 'both'].includes(mode)) fail('--mode: warm, cold или both.');

/** Counts /pagefind/ responses while `counting` is on; `settle()` waits for their bodies. */
function meter(page: Page) {
  const state = { on: false, bytes: 0, files: 0, pending: [] as Promise<void>[] };
  page.on('response', (res: Response) => {
    if (!state.on || !new URL(res.url()).pathname.startsWith('/pagefind/')) return;
    state.pending.push(
      res.body().then(
        (b) => {
          state.bytes += b.length;
          state.files += 1;
        },
        () => undefined,
      ),
    );
  });
  return {
    start() {
      Object.assign(state, { on: true, bytes: 0, files: 0, pending: [] });
    },
    async stop() {
      await Promise.all(state.pending);
      state.on = false;
      return { bytes: state.bytes, files: state.files };
    },
  };
}

/**
 * Runs in the page: sends `q` through the search form (or, with `null`, waits for the search
 * the URL started) and resolves with the ms from `when` (now, or the navigation start) to the
 * first result or the «nothing found» line, and the number of results found.
 */
async function firstResults([when, q]: ['now' | 'navigation', string | null]): Promise<{ ms: number; found: number }> {
  const list = document.querySelector('[data-search-list]')!;
  const status = document.querySelector('[data-search-status]')!;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const start = when === 'now' ? performance.now() : 0;
  const done = () => list.children.length > 0 || /^Ничего/.test(status.textContent ?? '');
  const first = new Promise<number>((resolveFirst) => {
    const check = () => {
      if (!done()) return;
      observer.disconnect();
      resolveFirst(performance.now() - start);
    };
    const observer = new MutationObserver(check);
    observer.observe(list, { childList: true });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    if (q === null) check();
  });
  if (q !== null) {
    list.replaceChildren();
    status.textContent = '';
    input.value = q;
    form.requestSubmit();
  }
  const ms = await first;
  // The count line is written right after the first batch of results.
  await new Promise<void>((r) => {
    const wait = () => (/^(Найден|Ничего)/.test(status.textContent ?? '') ? r() : requestAnimationFrame(wait));
    wait();
  });
  return { ms, found: Number((status.textContent ?? '').replace(/\s/g, '').match(/\d+/)?.[0] ?? 0) };
}

async function warm(browser: Browser, base: string): Promise<{ measures: Measure[]; init: { ms: number; bytes: number; files: number } }> {
  const context = await browser.newContext();
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  const m = meter(page);
  m.start();
  const t = performance.now();
  await page.goto(`${base}/search/`);
  await page.waitForSelector('[data-filter-panel]:not([hidden])');
  const init = { ms: performance.now() - t, ...(await m.stop()) };
  const measures: Measure[] = [];
  for (const query of queries) {
    m.start();
    const { ms, found } = await page.evaluate(firstResults, ['now', query] as ['now', string]);
    measures.push({ query, mode: 'warm', ms, found, ...(await m.stop()) });
  }
  await context.close();
  return { measures, init };
}

async function cold(browser: Browser, base: string): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    const m = meter(page);
    m.start();
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-search-list]', { state: 'attached' });
    const { ms, found } = await page.evaluate(firstResults, ['navigation', null] as ['navigation', null]);
    measures.push({ query, mode: 'cold', ms, found, ...(await m.stop()) });
    await context.close();
  }
  return measures;
}

function report(title: string, measures: Measure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(8, ...measures.map((x) => [...x.query].length)) + 2;
  console.log(`${'Запрос'.padEnd(width)}${'мс'.padStart(8)}${'загружено'.padStart(12)}${'файлов'.padStart(8)}${'найдено'.padStart(9)}`);
  for (const x of measures) {
    console.log(`${x.query.padEnd(width)}${x.ms.toFixed(0).padStart(8)}${formatBytes(x.bytes).padStart(12)}${String(x.files).padStart(8)}${String(x.found).padStart(9)}`);
  }
  const t = summarize(measures.map((x) => x.ms));
  const b = summarize(measures.map((x) => x.bytes));
  console.log(`Итого: ${t.count} запросов; время до результатов — медиана ${t.median.toFixed(0)} мс, p95 ${t.p95.toFixed(0)} мс; загружено на запрос — медиана ${formatBytes(b.median)}, p95 ${formatBytes(b.p95)}`);
}

/** tsx (esbuild) wraps named functions in `__name(…)`; functions sent into the page need it defined. */
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

const { server, url } = await serveStatic(dist, 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  console.log(`Сайт: ${dist}; запросов: ${queries.length}; Chromium ${browser.version()}`);
  const all: Measure[] = [];
  let init: { ms: number; bytes: number; files: number } | undefined;
  if (mode !== 'cold') {
    const w = await warm(browser, url);
    init = w.init;
    console.log(`\nЗагрузка страницы поиска и индекса: ${init.ms.toFixed(0)} мс, ${formatBytes(init.bytes)} из /pagefind/ (${init.files} файлов)`);
    report('Поиск на открытой странице (индекс загружен):', w.measures);
    all.push(...w.measures);
  }
  if (mode !== 'warm') {
    const c = await cold(browser, url);
    report('Переход на /search/?q=… (пустой кэш, время от начала загрузки страницы):', c);
    all.push(...c);
  }
  const json = arg('json');
  if (json) writeFileSync(json, `${JSON.stringify({ dist, init, measures: all }, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
