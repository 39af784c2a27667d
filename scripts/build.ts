/**
 * `npm run build` — checks the content, builds the site and publishes it to `dist/`
 * only when everything passed. Usage: npm run build [-- --out <dir>]
 */
import { buildSite } from './lib/build-site';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] ?? 'dist' : 'dist';
process.exitCode = buildSite({ root: process.cwd(), outDir }) ? 0 : 1;
