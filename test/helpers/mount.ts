/** Small tmpfs mounts for fault tests (a full disk, a read-only output). Needs root; `canMount()` says whether this machine allows it. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let allowed: boolean | undefined;

/** True when `mount -t tmpfs` works here (root in a container that permits it). */
export function canMount(): boolean {
  if (allowed !== undefined) return allowed;
  const dir = mkdtempSync(join(tmpdir(), 'setka-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    allowed = true;
  } catch {
    allowed = false;
  }
  rmSync(dir, { recursive: true, force: true });
  return allowed;
}

/** Mounts a tmpfs of `size` (e.g. `4m`) at `dir` (created). Returns an unmount function. */
export function mountTmpfs(dir: string, size: string): { readOnly(): void; unmount(): void } {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  return {
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    unmount: () => {
      try {
        execFileSync('umount', [dir], { stdio: 'ignore' });
      } catch {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      }
    },
  };
}
