import { parseArgs, type ParseArgsConfig } from 'node:util';
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

/** `--help` or `-h` anywhere: prints the usage and exits 0. */
function showHelp(args: readonly string[], usage: string): void {
  if (!args.includes('--help') && !args.includes('-h')) return;
  console.log(`Использование: ${usage}`);
  process.exit(0);
}

/** The options a command takes besides `--content`: a flag, or an option followed by its value. */
export type OptionKinds = Readonly<Record<string, 'flag' | 'value'>>;

/**
 * What is wrong with a command's arguments, in Russian, or undefined when each is an option the
 * command takes (with its value after it). A mistyped option must stop the command: `npm run
 * build -- --ouy site` would otherwise build into `dist/` and replace the published site.
 */
export function argumentProblem(args: readonly string[], known: OptionKinds): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0 && known[arg.slice(0, eq)] === 'value') {
      return `значение параметра пишется через пробел: «${arg.slice(0, eq)} ${arg.slice(eq + 1)}», а не «${arg}»`;
    }
    const kind = known[arg];
    if (!kind) {
      return arg.startsWith('-')
        ? `неизвестный параметр «${arg}»`
        : `лишнее значение «${arg}»: оно не относится ни к одному параметру`;
    }
    if (kind === 'value') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return `после ${arg} укажите значение`;
      i++;
    }
  }
  return undefined;
}

/** `--content` and the command's other options; any other argument stops the command with a Russian message and its usage (exit 2). */
export function commandOptions(known: OptionKinds, usage: string, args = process.argv.slice(2)): { content?: string; rest: string[] } {
  showHelp(args, usage);
  const options = contentOption(args);
  const problem = argumentProblem(options.rest, known);
  if (problem) {
    console.error(`Ошибка: ${problem}.\nИспользование: ${usage}`);
    process.exit(2);
  }
  return options;
}

/** Node's `parseArgs` (strict) with its errors said in Russian, with the usage (exit 2). */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  showHelp(config.args ?? process.argv.slice(2), usage);
  try {
    return parseArgs(config);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const name = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    const said =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `неизвестный параметр «${name}»`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `после ${name} укажите значение`
      : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? `лишнее значение «${/'([^']+)'/.exec(message)?.[1] ?? ''}»: оно не относится ни к одному параметру`
      : message;
    console.error(`Ошибка: ${said}.\nИспользование: ${usage}`);
    process.exit(2);
  }
}
