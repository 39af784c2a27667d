/**
 * Where the content lives. Default `src/content/` of the project; `SETKA_CONTENT=<dir>` or
 * `--content <dir>` (check, build, start) point the check, the Astro loaders and the build at
 * another folder laid out the same way — tests, benchmarks and imported sites build their own
 * content without touching the demo. Relative paths are taken from the project root.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

export const CONTENT_ENV = 'SETKA_CONTENT';
export const DEFAULT_CONTENT_DIR = 'src/content';

/** Absolute content root: `dir`, else `$SETKA_CONTENT`, else `<root>/src/content`. */
export function contentDir(root: string, dir: string | undefined = process.env[CONTENT_ENV]): string {
  return resolve(root, dir && dir.trim() !== '' ? dir : DEFAULT_CONTENT_DIR);
}

/** A path for messages: relative to the project root (with `/`) when inside it, else absolute. */
export function displayPath(root: string, full: string): string {
  const rel = relative(root, full);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return full.split(sep).join('/');
  return rel.split(sep).join('/');
}

/**
 * Takes `--content <dir>` (or `--content=<dir>`) out of command-line arguments.
 * Throws a Russian error when the option has no value.
 */
export function takeContentOption(args: readonly string[]): { content?: string; rest: string[] } {
  const rest: string[] = [];
  let content: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--content' || arg.startsWith('--content=')) {
      const value = arg === '--content' ? args[++i] : arg.slice('--content='.length);
      if (!value || value.startsWith('--')) {
        throw new Error('после --content укажите папку с содержимым, например: npm run check -- --content ../region/content');
      }
      content = value;
      continue;
    }
    rest.push(arg);
  }
  return { content, rest };
}
