import { takeContentOption } from '../../src/lib/content-dir';

/** `--content <dir>` of a command (see src/lib/content-dir.ts) and the remaining arguments; a missing value stops with a Russian message. */
export function contentOption(args = process.argv.slice(2)): { content?: string; rest: string[] } {
  try {
    return takeContentOption(args);
  } catch (error) {
    console.error(`Ошибка: ${(error as Error).message}`);
    process.exit(2);
  }
}
