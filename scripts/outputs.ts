/**
 * `tsx scripts/outputs.ts --out <built site> [--root <project>]` — the build's last step: the
 * search index and the preview images of a site Astro has built (src/integrations/outputs.ts).
 * `npm run build` runs it after Astro has exited, so the two never hold their memory at once.
 * Exits 1 with the reason when the step fails.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeOutputs } from '../src/integrations/outputs';

const { values } = parseArgs({ options: { out: { type: 'string' }, root: { type: 'string' } } });
if (!values.out) {
  console.error('Ошибка: укажите папку собранного сайта: tsx scripts/outputs.ts --out <папка>');
  process.exit(2);
}
const root = resolve(values.root ?? '.');
try {
  await makeOutputs(resolve(root, values.out), root, (message) => console.log(`[setka:outputs] ${message}`));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
