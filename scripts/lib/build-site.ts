import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CONTENT_ENV, contentDir } from '../../src/lib/content-dir';
import { OUTPUTS_STEP_ENV, PAGES_FD_ENV, PAGES_FOLLOWER_ENV } from '../../src/integrations/outputs-step';
import { ASTRO_ALLOCATOR_ENV, ASTRO_NODE_FLAGS, CHECK_NODE_FLAGS, OUTPUTS_NODE_FLAGS } from './node-flags';
import { copyTree } from '../../src/lib/fs/copy-tree';
import { PRUNE_AFTER_MS, pageCacheDir, prunePages } from '../../src/lib/page-cache/store';
import { DEV_SERVER_ENV } from '../../src/lib/csp';
import { BUILD_DATE_ENV, buildDate } from '../../src/lib/programme/content';

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
  /**
   * Stream the build's log while it builds: `true` (SETKA_BUILD_VERBOSE=1) with Astro's own log, a
   * line per page; `'steps'` (SETKA_BUILD_VERBOSE=steps) the steps' lines and Astro's errors only.
   * Otherwise (the default) the log is kept and shown only for an unknown failure.
   */
  verbose?: boolean | 'steps';
}

/** The log mode SETKA_BUILD_VERBOSE asks for (see BuildOptions.verbose). */
export function verboseMode(value: string | undefined): boolean | 'steps' {
  return value === '1' ? true : value === 'steps' ? 'steps' : false;
}

/**
 * Astro's arguments for its log. Unless its whole log is asked for, Astro writes only errors
 * (`--silent`: a failed build still prints its error, on stderr): at region size its line per
 * page is 4,500 writes to a pipe that nobody reads unless the build fails, and its main thread
 * waited on them while the machine was busy (1.3 s of a cold build's profile, at load 9).
 */
const astroLogArgs = (verbose: boolean | 'steps') => (verbose === true ? [] : ['--silent']);

/** Lock file of a checkout: one build at a time. */
export const LOCK_NAME = '.setka-build.lock';

/** Prefix of the staging folder inside the checkout, used when the output is on another disk (see {@link buildSite}). */
export const STAGE_PREFIX = '.setka-build-';

const UNCHANGED = 'Опубликованная версия сайта не изменена.';

/** A build failure with one Russian message (what happened and what to do). */
class BuildFault extends Error {}

/** Russian text for a file-system error code met while writing `where`. */
function faultText(code: string | undefined, where: string): string | null {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Сборка не удалась: на диске не хватает места (папка ${where}). Освободите место на этом диске (на время сборки новая версия сайта лежит рядом с прежней, нужно место ещё на одну копию сайта) или укажите папку на другом диске: npm run build -- --out <папка>; затем запустите сборку снова. ${UNCHANGED}`;
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

/** Removes the entries of `dir` whose names start with one of `prefixes`; returns their names. */
function removeByPrefix(dir: string, prefixes: string[]): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed = names.filter((name) => prefixes.some((p) => name.startsWith(p)));
  for (const name of removed) rmSync(join(dir, name), { recursive: true, force: true });
  return removed;
}

/**
 * Removes `<out>.tmp-*`, `<out>.old-*` and `<out>.cards-*.json` left next to `out`, and staging folders left in the
 * checkout `root`, by builds that were killed (we hold the lock: none is in use).
 */
export function removeLeftovers(out: string, root?: string): string[] {
  const prefix = basename(out);
  return [...removeByPrefix(dirname(out), [`${prefix}.tmp-`, `${prefix}.old-`, `${prefix}.cards-`]), ...(root ? removeByPrefix(root, [STAGE_PREFIX]) : [])];
}

/**
 * Russian text for a failed Astro run whose log names a file-system fault: Node's error codes
 * and the OS's own words (Pagefind and other native code report «No space left on device (os
 * error 28)»), or null.
 */
function astroFaultText(log: string, where: string): string | null {
  const patterns: Array<[RegExp, string]> = [
    [/\bENOSPC\b|No space left on device|os error 28\b/i, 'ENOSPC'],
    [/\bEDQUOT\b|Disk quota exceeded|os error 122\b/i, 'EDQUOT'],
    [/\bEROFS\b|Read-only file system|os error 30\b/i, 'EROFS'],
    [/\bEACCES\b|Permission denied|os error 13\b/i, 'EACCES'],
    [/\bEPERM\b|Operation not permitted|os error 1\b/i, 'EPERM'],
  ];
  const code = patterns.find(([re]) => re.test(log))?.[1];
  return faultText(code, where);
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

/** Whether `path` is `root` or inside it. */
const isInside = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** Node's arguments to run a TypeScript script of the project in a process of its own (tsx as a loader: no wrapper process). */
const script = (root: string, name: string) => ['--import', 'tsx', join(root, 'scripts', name)];

/** How a step's process ended, with the end of its output when it was piped. */
interface StepResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Output kept of a piped step: its end, where a failure's cause is. */
const KEPT_OUTPUT = 4 * 1024 * 1024;

/** Starts a step in a process of its own; `done` resolves when it has exited. */
function step(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; stdio: StdioOptions }): { child: ChildProcess; done: Promise<StepResult> } {
  const child = spawn(process.execPath, args, options);
  const out = { stdout: '', stderr: '' };
  const keep = (name: 'stdout' | 'stderr') => (chunk: Buffer) => {
    out[name] += chunk.toString('utf8');
    if (out[name].length > 2 * KEPT_OUTPUT) out[name] = out[name].slice(-KEPT_OUTPUT);
  };
  child.stdout?.on('data', keep('stdout'));
  child.stderr?.on('data', keep('stderr'));
  const done = new Promise<StepResult>((resolve) => {
    child.once('error', (error) => resolve({ status: null, signal: null, stdout: out.stdout, stderr: `${out.stderr}\n${error.message}` }));
    child.once('close', (status, signal) => resolve({ status, signal, ...out }));
  });
  return { child, done };
}

/** Throws the Russian message for a failed step (`what` then «, код N)»), naming a file-system fault when its log shows one. */
function failOn(result: StepResult, what: string, where: string): void {
  if (result.status === 0) return;
  const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  const known = astroFaultText(log, where);
  if (known) throw new BuildFault(known);
  const tail = log.trim().split('\n').slice(-40).join('\n');
  throw new BuildFault(`Сборка не удалась: ${what}${result.signal ? `сигнал ${result.signal}` : `код ${result.status}`}). ${UNCHANGED}${tail ? `\nПоследние строки журнала сборки:\n${tail}` : ''}`);
}

/**
 * Lock → clean up after killed builds → check, and Astro building into a temporary sibling
 * directory at the same time → swap into place. Bad content stops the build: Astro is stopped
 * and its output removed, and the check's message is the one shown. Any failure (bad content, a
 * full disk, a read-only or mounted output, another build running, an Astro error) ends with one
 * Russian message, leaves the previous output byte-identical and removes the temporary
 * directories. Resolves to true on success.
 *
 * The check runs while Astro starts (loads its configuration, the content and bundles the
 * pages' code, which takes longer than the check): on two cores the check's second is not
 * added to the build's time.
 *
 * The temporary directory `<out>.tmp-<pid>` is always beside `out`, on the same disk, so the
 * final swap is two renames. Astro keeps build-time files in the checkout when its output is
 * outside it and moves them into the output with a rename, which fails between two disks; so an
 * output on another disk than the checkout is built in a staging folder inside the checkout
 * (`.setka-build-<pid>`) and copied to `<out>.tmp-<pid>` before the swap.
 */
export async function buildSite({ root, outDir, content, warnings = true, env = {}, verbose = verboseMode(process.env.SETKA_BUILD_VERBOSE) }: BuildOptions): Promise<boolean> {
  root = resolve(root);
  const out = resolve(root, outDir);
  const tmp = `${out}.tmp-${process.pid}`;
  const stage = join(root, `${STAGE_PREFIX}${process.pid}`);
  let staged = false;
  let release: (() => void) | undefined;
  let astro: ReturnType<typeof step> | undefined;
  let outputs: ReturnType<typeof step> | undefined;
  /** The cards the check plans from the content (scripts/check.ts --plan-cards): beside the output, where a killed build's is cleaned up (`removeLeftovers`). */
  const plan = `${out}.cards-${process.pid}.json`;
  try {
    release = takeLock(root);
    removeLeftovers(out, root);

    const dir = contentDir(root, content ?? env[CONTENT_ENV]);
    preflight(out, tmp);
    staged = !isInside(out, root) && statSync(dirname(out)).dev !== statSync(root).dev;
    const astroOut = staged ? stage : tmp;
    const started = Date.now();
    // One day for every process of the build, so statuses agree on every page and in the check.
    const day = { [BUILD_DATE_ENV]: buildDate({ ...process.env, ...env }) };
    // The check, Astro and the outputs step each run in a process of their own: at region size
    // each holds hundreds of megabytes, and none needs what another held.
    // The last step's process starts first and follows the pages while Astro renders them
    // (scripts/outputs.ts --wait): Astro writes each page's line to its stdin, shared as Astro's fd 3;
    // it draws the cards the check plans, makes the pages' digests on the core Astro leaves idle,
    // and its own start is not added to the build's end. `SETKA_PAGES_FOLLOWER=off`: it waits idle
    // (Astro still tells it the pages' search order, so the index is the same: src/lib/search/order.ts).
    const follow = (env[PAGES_FOLLOWER_ENV] ?? process.env[PAGES_FOLLOWER_ENV] ?? 'on') === 'on';
    outputs = step([...OUTPUTS_NODE_FLAGS, ...script(root, 'outputs.ts'), '--out', astroOut, '--root', root, '--wait', ...(follow ? ['--plan', plan] : [])], {
      cwd: root,
      stdio: verbose ? ['pipe', 'inherit', 'inherit'] : ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env, [CONTENT_ENV]: dir },
    });
    const toOutputs = outputs.child.stdin!;
    toOutputs.on('error', () => {}); // a step that died is reported by its exit code
    astro = step([...ASTRO_NODE_FLAGS, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', astroOut, ...astroLogArgs(verbose)], {
      cwd: root,
      stdio: [...(verbose ? ['inherit', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe']), toOutputs] as StdioOptions,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...ASTRO_ALLOCATOR_ENV, ...env, ...day, [CONTENT_ENV]: dir, [OUTPUTS_STEP_ENV]: 'separate', [DEV_SERVER_ENV]: '', [PAGES_FD_ENV]: '3', [PAGES_FOLLOWER_ENV]: follow ? 'on' : 'off' },
    });
    const check = await step([...CHECK_NODE_FLAGS, ...script(root, 'check.ts'), '--root', root, '--content', dir, '--plan-cards', plan, ...(warnings ? [] : ['--quiet'])], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env, ...day, [CONTENT_ENV]: dir },
    }).done;
    if (check.status !== 0) {
      astro.child.kill();
      await astro.done;
      if (check.status === 1) return false;
      throw new BuildFault(`Сборка не удалась: проверка содержимого не завершилась (${check.signal ? `сигнал ${check.signal}` : `код ${check.status}`}); сообщение проверки — выше. ${UNCHANGED}`);
    }
    console.log(`Собираю сайт в ${out} …`);
    const result = await astro.done;
    astro = undefined;
    failOn(result, 'ошибка при построении страниц (Astro, ', staged ? root : dirname(out));
    toOutputs.end('go\n');
    const last = await outputs.done;
    outputs = undefined;
    failOn(last, 'ошибка при построении поиска и картинок для соцсетей (', staged ? root : dirname(out));
    if (staged) {
      try {
        rmSync(tmp, { recursive: true, force: true }); // made empty by preflight
        copyTree(stage, tmp);
      } catch (error) {
        throw new BuildFault(faultText(codeOf(error), dirname(out)) ?? `Сборка не удалась: собранный сайт не скопировать в ${dirname(out)} (${codeOf(error) ?? String(error)}). ${UNCHANGED}`);
      }
    }
    swap(out, tmp);
    prunePages(pageCacheDir(root, { ...process.env, ...env }), started - PRUNE_AFTER_MS);
    console.log(`Сайт собран за ${Math.round((Date.now() - started) / 1000)} с: ${out}`);
    return true;
  } catch (error) {
    if (error instanceof BuildFault) console.error(error.message);
    else console.error(faultText(codeOf(error), dirname(out)) ?? `Сборка не удалась: ${error instanceof Error ? error.message : String(error)}. ${UNCHANGED}`);
    return false;
  } finally {
    if (astro) {
      // Stopped by an error of this process: Astro must not write into what is removed below.
      astro.child.kill();
      await astro.done;
    }
    if (outputs) {
      // Not told to go: it stops drawing and exits without touching the output.
      outputs.child.stdin?.end();
      await outputs.done;
    }
    rmSync(plan, { force: true });
    rmSync(tmp, { recursive: true, force: true });
    rmSync(stage, { recursive: true, force: true });
    release?.();
  }
}
