/**
 * `npm run docs` — writes the reference generated from the code (`docs/statuses-and-data.md`).
 * `npm run docs -- --check` writes nothing and exits 1 when the file is not current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { referenceMarkdown } from '../src/lib/reference';

const target = fileURLToPath(new URL('../docs/statuses-and-data.md', import.meta.url));
const text = referenceMarkdown();
const current = (() => { try { return readFileSync(target, 'utf8'); } catch { return null; } })();

if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('docs/statuses-and-data.md устарел: запустите `npm run docs` и добавьте файл в коммит.');
    process.exit(1);
  }
  console.log('docs/statuses-and-data.md соответствует коду.');
} else if (current === text) {
  console.log('docs/statuses-and-data.md уже соответствует коду.');
} else {
  writeFileSync(target, text);
  console.log('Записан docs/statuses-and-data.md.');
}
