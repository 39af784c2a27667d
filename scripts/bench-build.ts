/**
 * Build benchmark at region scale: copies the project, generates `--schools` schools with a
 * report per helped school per month (≈ 5,000 pages for 450 schools), then times the content
 * check and the full site build (Astro + Pagefind + preview images) and prints figures:
 * wall time, peak memory of the build process, page count, HTML per page.
 * The output goes to a fresh directory on tmpfs (/dev/shm) when there is one.
 * Usage: npm run bench:build -- [--schools 450] [--keep]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../src/lib/check';
import { generateRegion, writeRegion } from './lib/region';
import { copyProject } from './lib/project-copy';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] ?? fallback : fallback;
};
const schools = Number(arg('schools', '450'));
const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

const project = copyProject({ into: base });
const out = mkdtempSync(join(base, 'setka-bench-dist-'));
const cache = mkdtempSync(join(base, 'setka-bench-cache-'));
const content = join(project.dir, 'region-content');
const generated = writeRegion(content, generateRegion({ schools }));
console.log(`Сгенерировано: ${generated.schools} школ, ${generated.reports} отчётов (проект: ${project.dir}, вывод: ${out} на ${base})`);

const t0 = performance.now();
const check = runCheck(project.dir, content);
const checkMs = performance.now() - t0;
console.log(`check: ${(checkMs / 1000).toFixed(2)} с, ${check.files} файлов, ${check.errors} ошибок, ${check.warnings} предупреждений`);
if (check.errors > 0) process.exit(1);

/** Peak resident memory (VmHWM) of a process tree, sampled from /proc. */
function peakOf(pid: number, peaks: Map<number, number>): void {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peaks.set(pid, Math.max(peaks.get(pid) ?? 0, hwm));
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    for (const child of children) peakOf(child, peaks);
  } catch {
    /* process ended */
  }
}

async function build(label: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(project.dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: project.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SETKA_CACHE_DIR: cache, SETKA_CONTENT: content },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const peaks = new Map<number, number>();
  const timer = setInterval(() => peakOf(child.pid!, peaks), 200);
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.log(log.slice(-3000));
    throw new Error(`сборка завершилась с кодом ${code}`);
  }
  const peakMb = Math.max(0, ...peaks.values()) / 1024;
  const extra = log.split('\n').filter((l) => /OG:|Pagefind|pagefind/i.test(l)).map((l) => l.trim()).slice(-3);
  console.log(`${label}: ${seconds.toFixed(1)} с, пик памяти процесса сборки ${peakMb.toFixed(0)} МБ${extra.length ? ` (${extra.join('; ')})` : ''}`);
  return seconds;
}

function htmlStats(dir: string): { pages: number; totalKb: number; maxKb: number; maxPage: string } {
  let pages = 0;
  let total = 0;
  let max = 0;
  let maxPage = '';
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        pages++;
        total += st.size;
        if (st.size > max) { max = st.size; maxPage = full.slice(dir.length); }
      }
    }
  };
  walk(dir);
  return { pages, totalKb: total / 1024, maxKb: max / 1024, maxPage };
}

try {
  const cold = await build('сборка (холодная)');
  const stats = htmlStats(out);
  console.log(`страниц: ${stats.pages}; HTML в среднем ${(stats.totalKb / stats.pages).toFixed(1)} КБ на страницу, самая большая ${stats.maxKb.toFixed(0)} КБ (${stats.maxPage})`);
  console.log(`скорость: ${(stats.pages / cold).toFixed(0)} страниц/с`);
  const warm = await build('сборка (повторная, без изменений)');
  console.log(`повторная / холодная: ${(warm / cold).toFixed(2)}`);
} finally {
  if (!args.includes('--keep')) {
    project.remove();
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}
