import { plural } from '../../i18n/ru';
import { fieldTitle } from './field-title';
import { describe } from './messages';
import type { Problem } from './types';

/**
 * `path:line: error|warning [code] поле «…» (path): message — how to fix`. The field is named as the
 * CMS form names it, with its path in the file after it for whoever opens the YAML.
 */
export function formatProblem(p: Problem): string {
  const { message, fix } = describe(p);
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const level = p.severity === 'error' ? 'error' : 'warning';
  const title = p.fieldTitle ?? fieldTitle(p.collection, p.field);
  const field = p.field ? (title ? `поле «${title}» (${p.field}): ` : `поле «${p.field}»: `) : '';
  return `${where}: ${level} [${p.code}] ${field}${message} — ${fix}`;
}

/** Orders problems by file, line, then errors first. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/**
 * The errors once more, after a list that also holds warnings: at region size an error is one line among
 * hundreds of warnings, sorted by file, and the last lines of the output are what a person reads first.
 * No lines when there is no error, or nothing but errors (the list above is already them).
 */
export function errorsRecap(problems: readonly Problem[]): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0 || errors.length === problems.length) return [];
  return [`Ошибки (${errors.length}) — без их исправления сайт не соберётся; предупреждения выше сборке не мешают:`, ...errors.map(formatProblem)];
}

/** Russian summary line: «Проверено 23 файла: 0 ошибок, 7 предупреждений.» */
export function formatSummary(files: number, problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const head = `Проверено ${plural(files, ['файл', 'файла', 'файлов'])}: ${plural(errors, ['ошибка', 'ошибки', 'ошибок'])}, ${plural(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}.`;
  return errors > 0 ? `${head} Сайт не будет собран, пока ошибки не исправлены.` : head;
}
