import { spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblem, formatSummary, runCheck } from '../../src/lib/check';
import { CONTENT_ENV, contentDir } from '../../src/lib/content-dir';

export interface BuildOptions {
  /** Project root (content, config). */
  root: string;
  /** Final output directory; replaced only when the whole build succeeds. */
  outDir: string;
  /** Print warnings too (default true). */
  warnings?: boolean;
  /** Content root (relative to `root`); default `$SETKA_CONTENT`, else `src/content`. */
  content?: string;
  /** Extra environment for the Astro build. */
  env?: Record<string, string>;
  /** Stream Astro's own log while it builds (default: only when SETKA_BUILD_VERBOSE=1; otherwise shown only for an unknown failure). */
  verbose?: boolean;
}

/** Lock file of a checkout: one build at a time. */
export const LOCK_NAME = '.setka-build.lock';

const UNCHANGED = 'Опубликованная версия сайта не изменена.';

/** A build failure with one Russian message (what happened and what to do). */
class BuildFault extends Error {}

/** Russian text for a file-system error code met while writing `where`. */
function faultText(code: string | undefined, where: string): string | null {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Сборка не удалась: на диске не хватает места (папка ${where}). Освободите место или укажите папку на другом диске (npm run build -- --out <папка>) и запустите сборку снова. ${UNCHANGED}`;
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return `Сборка не удалась: в папку ${where} нельзя записывать (диск только для чтения или нет прав). Дайте права на запись или укажите другую папку: npm run build -- --out <папка>. ${UNCHANGED}`;
    case 'EBUSY':
    case 'EXDEV':
      return `Сборка не удалась: папка ${where} — отдельно подключённый диск (точка монтирования), её нельзя заменить целиком. Укажите папку внутри неё, например npm run build -- --out ${join(where, 'site')}. ${UNCHANGED}`;
    default:
      return null;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

/** Takes the checkout's build lock (atomic create); a lock left by a dead process is taken over. Returns the release function. */
function takeLock(root: string): () => void {
  const path = join(root, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (isAlive(holder) && holder !== process.pid) {
        throw new BuildFault(`Сборка не запущена: в этой папке уже идёт другая сборка (процесс ${holder}). Дождитесь её окончания и запустите снова. Если сборки нет, удалите файл ${path}. ${UNCHANGED}`);
      }
      rmSync(path, { force: true }); // left by a killed build
    }
  }
  throw new BuildFault(`Сборка не запущена: не удалось занять файл блокировки ${path}. ${UNCHANGED}`);
}

/** Removes `<out>.tmp-*` and `<out>.old-*` left next to `out` by builds that were killed (we hold the lock: none is in use). */
export function removeLeftovers(out: string): string[] {
  const parent = dirname(out);
  const prefix = basename(out);
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(`${prefix}.tmp-`) && !name.startsWith(`${prefix}.old-`)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Before building: the output can be written and later swapped into place (else one Russian message, nothing built). */
function preflight(out: string, tmp: string): void {
  const parent = dirname(out);
  try {
    mkdirSync(parent, { recursive: true });
    accessSync(parent, constants.W_OK);
    if (existsSync(out)) {
      accessSync(out, constants.W_OK);
      if (statSync(out).dev !== statSync(parent).dev) throw Object.assign(new Error('mount point'), { code: 'EBUSY' });
    }
    mkdirSync(tmp);
  } catch (error) {
    const where = codeOf(error) === 'EBUSY' || (existsSync(out) && codeOf(error) === 'EROFS' && statSync(out).dev !== statSync(parent).dev) ? out : parent;
    throw new BuildFault(faultText(codeOf(error), where) ?? `Сборка не удалась: папку ${parent} не подготовить (${codeOf(error) ?? String(error)}). ${UNCHANGED}`);
  }
}

/** Puts the finished build in place of `out`: two renames, the previous output restored if the second fails. */
function swap(out: string, tmp: string): void {
  const old = `${out}.old-${process.pid}`;
  const had = existsSync(out);
  try {
    if (had) renameSync(out, old);
  } catch (error) {
    throw new BuildFault(faultText(codeOf(error), out) ?? `Сборка не удалась: папку ${out} не заменить (${codeOf(error)}). ${UNCHANGED}`);
  }
  try {
    renameSync(tmp, out);
  } catch (error) {
    if (had) renameSync(old, out);
    throw new BuildFault(faultText(codeOf(error), dirname(out)) ?? `Сборка не удалась: собранный сайт не перенести в ${out} (${codeOf(error)}). ${UNCHANGED}`);
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * Lock → clean up after killed builds → check → build into a temporary sibling directory →
 * swap into place. Bad content stops the build before anything is written; any failure (bad
 * content, a full disk, a read-only or mounted output, another build running, an Astro error)
 * ends with one Russian message, leaves the previous output byte-identical and removes the
 * temporary directory. Returns true on success.
 */
export function buildSite({ root, outDir, content, warnings = true, env = {}, verbose = process.env.SETKA_BUILD_VERBOSE === '1' }: BuildOptions): boolean {
  const out = resolve(root, outDir);
  const tmp = `${out}.tmp-${process.pid}`;
  let release: (() => void) | undefined;
  try {
    release = takeLock(root);
    removeLeftovers(out);

    const dir = contentDir(root, content ?? env[CONTENT_ENV]);
    const check = runCheck(root, dir);
    for (const p of check.problems) if (warnings || p.severity === 'error') console.log(formatProblem(p));
    console.log(formatSummary(check.files, check.problems));
    if (check.errors > 0) return false;

    preflight(out, tmp);
    const started = Date.now();
    console.log(`Собираю сайт в ${out} …`);
    const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build', '--outDir', tmp], {
      cwd: root,
      stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, [CONTENT_ENV]: dir },
    });
    if (result.status !== 0) {
      const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
      const code = /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM)\b/.exec(log)?.[1];
      const known = faultText(code, dirname(out));
      if (known) throw new BuildFault(known);
      const tail = log.trim().split('\n').slice(-40).join('\n');
      throw new BuildFault(`Сборка не удалась: ошибка при построении страниц (Astro${result.signal ? `, сигнал ${result.signal}` : `, код ${result.status}`}). ${UNCHANGED}${tail ? `\nПоследние строки журнала сборки:\n${tail}` : ''}`);
    }
    swap(out, tmp);
    console.log(`Сайт собран за ${Math.round((Date.now() - started) / 1000)} с: ${out}`);
    return true;
  } catch (error) {
    if (error instanceof BuildFault) console.error(error.message);
    else console.error(faultText(codeOf(error), dirname(out)) ?? `Сборка не удалась: ${error instanceof Error ? error.message : String(error)}. ${UNCHANGED}`);
    return false;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    release?.();
  }
}
