/**
 * `npm run lighthouse [-- --dir <built site>] [-- --runs N] [-- --details]`: audits the home page, a document,
 * the roadmap and search of a built site (default dist/, build it first with `npm run build`)
 * with Lighthouse in the machine's Chromium, served locally, on a phone (Lighthouse's default,
 * slow 4G and CPU throttling simulated) and on a desktop. Prints the four category scores per
 * page and marks those below target: performance ≥ 95, accessibility, best practices, SEO 100.
 * `--details` lists the audits that lost points. Exits 1 when a score misses its target.
 * A measuring tool, not a test.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from './lib/serve';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium';
import { routes } from '../src/lib/routes';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const LABELS: Record<(typeof CATEGORIES)[number], string> = { performance: 'скорость', accessibility: 'доступность', 'best-practices': 'практики', seo: 'SEO' };

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '1' }, details: { type: 'boolean', default: false } } });
const dir = resolve(values.dir!);
const runs = Math.max(1, Number(values.runs) || 1);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`В ${dir} нет собранного сайта: сначала выполните npm run build (или укажите --dir).`);
  process.exit(2);
}

/** The pages to audit: home, the first document, the roadmap and search (those that exist). */
function pages(): Array<[string, string]> {
  const docs = existsSync(join(dir, 'documents')) ? readdirSync(join(dir, 'documents')).filter((d) => existsSync(join(dir, 'documents', d, 'index.html'))).sort() : [];
  const list: Array<[string, string]> = [['главная', routes.home()]];
  if (docs[0]) list.push(['документ', routes.document(docs[0])]);
  list.push(['дорожная карта', routes.roadmaps()], ['поиск', routes.search()]);
  return list.filter(([, path]) => existsSync(join(dir, path, 'index.html')));
}

const { server, url } = await serveStatic(dir, 0);
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
let missed = 0;
try {
  for (const [formFactor, config] of [['телефон', undefined], ['компьютер', desktopConfig]] as const) {
    console.log(`\n${formFactor}${runs > 1 ? ` (медиана из ${runs} запусков)` : ''}`);
    console.log(['страница'.padEnd(16), ...CATEGORIES.map((c) => LABELS[c].padStart(12))].join(''));
    for (const [name, path] of pages()) {
      const scores: Record<string, number[]> = {};
      const lost = new Set<string>();
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
        const lhr = result?.lhr;
        for (const c of CATEGORIES) (scores[c] ??= []).push(Math.round((lhr?.categories[c]?.score ?? 0) * 100));
        for (const c of CATEGORIES) {
          for (const ref of lhr?.categories[c]?.auditRefs ?? []) {
            const audit = lhr!.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.add(`${LABELS[c]}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
          }
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const cells = CATEGORIES.map((c) => {
        const score = median(scores[c]!);
        const ok = score >= TARGETS[c];
        if (!ok) missed++;
        return `${score}${ok ? ' ' : '!'}`.padStart(12);
      });
      console.log([`${name}`.padEnd(16), ...cells].join(''));
      if (values.details) for (const line of lost) console.log(`    − ${line}`);
    }
  }
  console.log(`\nЦели: скорость ≥ ${TARGETS.performance}, доступность, практики и SEO — 100. «!» — ниже цели.`);
} finally {
  chrome.kill();
  server.close();
}
process.exit(missed > 0 ? 1 : 0);
