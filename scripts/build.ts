/**
 * `npm run build` — checks the content, builds the site and publishes it to `dist/`
 * only when everything passed. Usage: npm run build [-- --out <dir>] [-- --content <dir>]
 * The content root is `--content`, else `$SETKA_CONTENT`, else `src/content` (src/lib/content-dir.ts).
 */
import { buildSite } from './lib/build-site';
import { contentOption } from './lib/content-option';

const options = contentOption();
const args = options.rest;
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] ?? 'dist' : 'dist';
process.exitCode = (await buildSite({ root: process.cwd(), outDir, content: options.content })) ? 0 : 1;
