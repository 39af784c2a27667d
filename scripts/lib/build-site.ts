import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
}

/**
 * Check → build into a temporary sibling directory → swap into place.
 * Bad content stops the build before anything is written; a failed build leaves the
 * previous output untouched. Returns true on success.
 */
export function buildSite({ root, outDir, content, warnings = true, env = {} }: BuildOptions): boolean {
  const dir = contentDir(root, content ?? env[CONTENT_ENV]);
  const check = runCheck(root, dir);
  for (const p of check.problems) if (warnings || p.severity === 'error') console.log(formatProblem(p));
  console.log(formatSummary(check.files, check.problems));
  if (check.errors > 0) return false;

  const out = resolve(root, outDir);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', tmp], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, [CONTENT_ENV]: dir },
  });
  if (result.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    console.error('Сборка не удалась: опубликованная версия сайта не изменена.');
    return false;
  }
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  console.log(`Сайт собран: ${out}`);
  return true;
}
