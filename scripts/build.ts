/**
 * `npm run build` — checks the content, builds the site and publishes it to `dist/`
 * only when everything passed. Usage: npm run build [-- --out <dir>] [-- --content <dir>] [-- --quiet]
 * (--quiet: the check prints errors only). Any other argument stops it with its usage (exit 2).
 * The content root is `--content`, else `$SETKA_CONTENT`, else `src/content` (src/lib/content-dir.ts).
 */
import { buildSite } from './lib/build-site';
import { commandOptions } from './lib/content-option';

const options = commandOptions({ '--out': 'value', '--quiet': 'flag' }, 'npm run build [-- --out <папка>] [-- --content <папка с содержимым>] [-- --quiet]  (--quiet: из замечаний проверки только ошибки)');
const args = options.rest;
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] ?? 'dist' : 'dist';
process.exitCode = (await buildSite({ root: process.cwd(), outDir, content: options.content, warnings: !args.includes('--quiet') })) ? 0 : 1;
