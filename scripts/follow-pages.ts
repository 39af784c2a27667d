/**
 * `tsx scripts/follow-pages.ts --root <project>` — the pages follower (src/integrations/pages-follower.ts),
 * started by Astro's build: reads `<key>\t<pathname>` lines on stdin until it closes or SIGTERM
 * comes, then finishes the cards it is drawing and prints what it made. Always exits 0: what it could not make, the build's last step makes.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { followPages, followedLine } from '../src/integrations/pages-follower';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const started = performance.now();
// Told to stop (Astro is done): no more pages are taken; the cards being drawn are finished.
let stop = false;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
process.once('SIGTERM', () => {
  stop = true;
  // Closing the reader ends the lines (destroying stdin alone leaves them waiting, and the process exits mid-await).
  lines.close();
  process.stdin.destroy();
});
try {
  const stats = await followPages(lines, resolve(values.root ?? '.'), { stopped: () => stop });
  console.log(`[setka:follower] ${followedLine(stats, performance.now() - started)}`);
} catch (error) {
  console.log(`[setka:follower] остановлен: ${error instanceof Error ? error.message : String(error)}; его работу сделает последний шаг сборки`);
}
