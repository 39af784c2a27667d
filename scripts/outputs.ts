/**
 * `tsx scripts/outputs.ts --out <built site> [--root <project>] [--wait]` — the build's last step:
 * the search index and the preview images of a site Astro has built (src/integrations/outputs.ts).
 * `npm run build` runs it after Astro has exited, so the two never hold their memory at once.
 * Exits 1 with the reason when the step fails.
 *
 * With `--wait` (how `npm run build` starts it: with Astro, so its start is not added to the build's
 * end) it reads lines on stdin first:
 * - `cards <file>`: the cards the content plans (written by `npm run check -- --plan-cards <file>`),
 *   drawn into the image cache at once, while Astro starts and renders;
 * - `go`: Astro is done; the step runs (the cards still being drawn are finished first).
 * If stdin ends without `go` (the build failed), it stops drawing and exits 0 without touching the output.
 */
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { OgCard } from '../src/lib/og/card';
import { drawMissing, ogCacheDir } from '../src/integrations/og';
import { makeOutputs } from '../src/integrations/outputs';

/** The drawing's priority (`nice`) while Astro renders: Astro's pages are what the build waits for. */
const DRAWING_NICE = 10;

const { values } = parseArgs({ options: { out: { type: 'string' }, root: { type: 'string' }, wait: { type: 'boolean' } } });
if (!values.out) {
  console.error('Ошибка: укажите папку собранного сайта: tsx scripts/outputs.ts --out <папка>');
  process.exit(2);
}
const root = resolve(values.root ?? '.');
const info = (message: string) => console.log(`[setka:outputs] ${message}`);

/** With `--wait`: the cards drawn meanwhile, and whether the build said `go`. */
async function waitForAstro(): Promise<{ go: boolean; drawing: Promise<unknown> }> {
  let stop = false;
  let drawing: Promise<unknown> = Promise.resolve();
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line === 'go') return { go: true, drawing };
    if (!line.startsWith('cards ')) continue;
    let cards: OgCard[];
    try {
      cards = JSON.parse(readFileSync(line.slice('cards '.length), 'utf8')) as OgCard[];
    } catch {
      continue; // no plan: the last step draws every card
    }
    try {
      setPriority(DRAWING_NICE);
    } catch {
      // not allowed here
    }
    const started = performance.now();
    drawing = drawMissing(ogCacheDir(root), cards, () => stop).then((stats) => {
      info(`Картинки для соцсетей по содержимому, во время сборки страниц: нарисовано ${stats.drawn}${stats.failed ? `, не нарисовано ${stats.failed}` : ''} (${((performance.now() - started) / 1000).toFixed(1)} с)`);
      try {
        setPriority(0);
      } catch {
        // stays lower: only this step's own cards wait
      }
    });
  }
  stop = true;
  return { go: false, drawing };
}

try {
  const waited = values.wait ? await waitForAstro() : { go: true, drawing: undefined };
  if (waited.go) await makeOutputs(resolve(root, values.out), root, info, waited.drawing);
  else await waited.drawing;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
