/**
 * `npm start` — builds the site on its content (the demo content out of the box) and
 * serves `dist/` on http://127.0.0.1:4321/ (or the next free port). Ctrl+C stops it.
 * Usage: npm start [-- --no-build] [-- --port 4321] [-- --content <dir>]
 */
import { resolve } from 'node:path';
import { buildSite } from './lib/build-site';
import { serveStatic } from './lib/serve';
import { commandOptions } from './lib/content-option';

const options = commandOptions({ '--no-build': 'flag', '--port': 'value' }, 'npm start [-- --no-build] [-- --port 4321] [-- --content <папка с содержимым>]');
const args = options.rest;
const portIndex = args.indexOf('--port');
let port = portIndex >= 0 ? Number(args[portIndex + 1]) : 4321;

if (!args.includes('--no-build') && !(await buildSite({ root: process.cwd(), outDir: 'dist', content: options.content, warnings: false }))) {
  process.exit(1);
}
for (let attempt = 0; ; attempt++) {
  try {
    const { url } = await serveStatic(resolve('dist'), port);
    console.log(`\nСайт открыт: ${url}/  (остановить: Ctrl+C)`);
    break;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt > 20) throw error;
    port += 1;
  }
}
