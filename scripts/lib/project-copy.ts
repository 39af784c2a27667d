import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * A throw-away copy of the project (the files git would see, without node_modules, dist and
 * caches; node_modules is symlinked) for tests and benchmarks that change content or let a
 * tool write into the repository. `git: true` makes it a fresh repository with one commit on `main`.
 */
export function copyProject(options: { git?: boolean; source?: string; into?: string } = {}): { dir: string; remove(): void } {
  const source = resolve(options.source ?? process.cwd());
  const dir = mkdtempSync(join(options.into ?? tmpdir(), 'setka-project-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: source, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const to = join(dir, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      cpSync(join(source, file), to);
    } catch {
      // listed by git but deleted in the working tree
    }
  }
  symlinkSync(join(source, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (options.git) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.ru');
    git('config', 'user.name', 'Setka test');
    git('config', 'commit.gpgsign', 'false');
    // The symlink is a file to git, so `node_modules/` in .gitignore does not cover it.
    execFileSync('sh', ['-c', 'echo node_modules >> .git/info/exclude'], { cwd: dir });
    git('add', '-A');
    git('commit', '-q', '-m', 'Копия проекта для теста');
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
