/** Shared checks for build-fault tests (test/unit/build-faults.test.ts, test/slow/build-full-disk.test.ts). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

/** Relative path → sha256 of every file under `dir`. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/**
 * The run printed exactly one error line, in Russian, matching `pattern`, saying the published
 * site is unchanged — and nothing English from the system (no errno codes, no stack trace).
 */
export function expectOneRussianFault(run: { stdout: string; stderr: string }, pattern: RegExp): void {
  const errors = run.stderr.trim().split('\n').filter(Boolean);
  expect(errors, run.stderr).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
  expect(errors[0]).toMatch(/^Сборка не (удалась|запущена): .*Опубликованная версия сайта не изменена\.$/);
  const all = `${run.stdout}\n${run.stderr}`;
  expect(all).not.toMatch(/\b(ENOSPC|EROFS|EBUSY|EACCES|EPERM|EXDEV)\b|Error:|^\s+at /m);
}
