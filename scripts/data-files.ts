/**
 * `tsx scripts/data-files.ts --root <project> --content <dir> --out <dir>` — the build's data
 * files (calendars, the feed, DOCX, Decap CMS's scripts: src/lib/programme/files.ts), written
 * whole under `--out` from the content as the check reads it, through the page cache (a file
 * whose key is there is copied from it). `npm run build` runs it once Astro has exited, beside
 * the search index and the preview cards (scripts/lib/build-site.ts): Astro renders pages on one
 * thread, and these files need no page. Exits 1 with the reason when they cannot be made.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCheck } from '../src/lib/check';
import { buildDate, indexContent, programmeOf, resolveAsOf, settingsOf } from '../src/lib/programme';
import { cmsFiles, dataFiles, makeDataFiles } from '../src/lib/programme/files';
import { pageKeys } from '../src/lib/page-cache/keys';
import { PAGE_CACHE_ENV, PageStore, codeVersion, pageCacheDir } from '../src/lib/page-cache/store';

const { values } = parseArgs({ options: { root: { type: 'string' }, content: { type: 'string' }, out: { type: 'string' } } });
if (!values.out) {
  console.error('Ошибка: укажите папку для файлов данных: tsx scripts/data-files.ts --out <папка>');
  process.exit(2);
}
const root = resolve(values.root ?? '.');
const started = performance.now();
try {
  const { content, errors } = runCheck(root, values.content);
  if (errors > 0) throw new Error(`в содержимом есть ошибки (${errors}) — запустите npm run check`);
  const site = indexContent(content, resolveAsOf(settingsOf(content, content.dir), buildDate()), content.dir);
  const mode = process.env[PAGE_CACHE_ENV];
  const cache = mode === 'off' ? null : { keys: pageKeys(site, codeVersion(root)), store: new PageStore(pageCacheDir(root)), verify: mode === 'verify' };
  const { made, reused } = await makeDataFiles([...dataFiles(site, programmeOf(site)), ...cmsFiles(root)], resolve(root, values.out), cache);
  console.log(`Файлы данных (календари, RSS, DOCX, скрипты CMS): собрано ${made}, из кэша ${reused} (${((performance.now() - started) / 1000).toFixed(1)} с)`);
} catch (error) {
  console.error(`Файлы данных (календари, RSS, DOCX, скрипты CMS) не записаны: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
