/**
 * `npm run import -- <file…> [--kind auto|order|regulation|pairing|roadmap|form] [--out <content dir>] [--force] [--dry-run]`
 * Turns a department's documents (.docx, or .txt/.md text from Word or PDF) into Setka content under
 * `--out` (a content root laid out like src/content/; default $SETKA_CONTENT, else src/content/). Prints what it
 * recognised per file and every piece it could not place, with its source line. Never overwrites a
 * file without --force; --dry-run writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { IMPORT_KINDS, docxToText, importTexts, type ImportInput, type KnownSchool } from '../src/lib/import';
import { formatImportReport } from '../src/lib/import/report';

const USAGE = 'Использование: npm run import -- <файл…> [--kind auto|order|regulation|pairing|roadmap|form] [--out <папка содержимого>] [--force] [--dry-run]';

function fail(message: string): never {
  console.error(`Ошибка: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

const args = process.argv.slice(2);
const files: string[] = [];
let kind: (typeof IMPORT_KINDS)[number] = 'auto';
let out = process.env.SETKA_CONTENT?.trim() || 'src/content';
let force = false;
let dryRun = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--kind') {
    const v = args[++i];
    if (!v || !(IMPORT_KINDS as readonly string[]).includes(v)) fail(`--kind: «${v ?? ''}» — допустимо: ${IMPORT_KINDS.join(', ')}`);
    kind = v as typeof kind;
  } else if (a === '--out') {
    out = args[++i] ?? fail('после --out укажите папку содержимого');
  } else if (a === '--force') force = true;
  else if (a === '--dry-run') dryRun = true;
  else if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`неизвестный параметр ${a}`);
  else files.push(a);
}
if (files.length === 0) fail('не указан ни один файл');

const root = resolve(out);

/** Schools already in the content root, for matching by name. */
function knownSchools(): KnownSchool[] {
  const dir = join(root, 'schools');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .flatMap((n) => {
      try {
        const data = parse(readFileSync(join(dir, n), 'utf8')) as { name?: string; shortName?: string };
        return data?.name ? [{ id: n.replace(/\.yaml$/, ''), name: data.name, shortName: data.shortName ?? data.name }] : [];
      } catch {
        return [];
      }
    });
}

const inputs: ImportInput[] = [];
for (const file of files) {
  if (!existsSync(file)) fail(`файл «${file}» не найден`);
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    try {
      inputs.push({ name: file, text: await docxToText(readFileSync(file)) });
    } catch (err) {
      fail(`файл «${file}» не читается как документ Word (.docx): ${(err as Error).message}. Сохраните его в Word как «Документ Word (.docx)» и повторите`);
    }
  } else if (ext === '.txt' || ext === '.md' || ext === '.markdown') {
    inputs.push({ name: file, text: readFileSync(file, 'utf8') });
  } else if (ext === '.doc' || ext === '.pdf' || ext === '.rtf' || ext === '.odt') {
    fail(`файл «${file}»: формат ${ext} не поддерживается. Сохраните документ как .docx (Word) или скопируйте текст в .txt`);
  } else fail(`файл «${file}»: ожидается .docx, .txt или .md`);
}

const result = importTexts(inputs, { kind, schools: knownSchools(), hasSettings: existsSync(join(root, 'settings', 'site.yaml')) });
console.log(formatImportReport(result));

const existing = result.files.filter((f) => existsSync(join(root, f.path)));
if (existing.length && !force && !dryRun) {
  console.error(`\nНичего не записано: ${existing.length} файл(а/ов) уже есть в ${out}:`);
  for (const f of existing) console.error(`  ${join(out, f.path)}`);
  console.error('Чтобы заменить их, повторите с --force; чтобы только посмотреть результат — с --dry-run.');
  process.exit(1);
}
if (dryRun) {
  console.log(`\n--dry-run: ничего не записано. Было бы записано файлов: ${result.files.length} в ${out}`);
  for (const f of result.files) console.log(`  ${join(out, f.path)}${existsSync(join(root, f.path)) ? ' (заменит существующий)' : ''}`);
} else {
  for (const f of result.files) {
    const full = join(root, f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.content);
  }
  console.log(`\nЗаписано файлов: ${result.files.length} в ${out}. Проверьте: npm run check${out === 'src/content' ? '' : ` -- --content ${out}`}`);
}
