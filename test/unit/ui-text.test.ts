/**
 * All interface text lives in src/i18n/ru.ts: a `.astro` file holds markup and logic, and a
 * Cyrillic letter in its template or script (comments aside) is a string that belongs in ru.ts.
 * The allow-list names the few files whose Russian text is not interface text, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { withoutComments } from '../helpers/source';
import { existsSync, readFileSync, globSync } from 'node:fs';

/** Files allowed to hold Russian text, and why. */
const ALLOWED: Record<string, string> = {
  'src/pages/accessibility.astro': 'a page of prose about accessibility (ГОСТ Р 52872-2019), not interface labels',
};

/** Lines of `source` that hold Cyrillic text outside comments: `12: <p>Текст</p>`. */
function cyrillicLines(source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((line, i) => (/[А-Яа-яЁё]/.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe('interface text', () => {
  it('finds Cyrillic in a template and in a script, and ignores comments', () => {
    expect(cyrillicLines('---\nconst a = "Школа";\n// школа\n---\n<!-- школа -->\n<p>Отчёт</p>\n/* школа */')).toEqual(['2: const a = "Школа";', '6: <p>Отчёт</p>']);
  });

  it.each(Object.keys(ALLOWED))('allow-listed %s still exists and still holds Russian text (else drop it from the list)', (file) => {
    expect(existsSync(file)).toBe(true);
    expect(cyrillicLines(readFileSync(file, 'utf8')).length).toBeGreaterThan(0);
  });

  const files = globSync('src/**/*.astro').map((f) => f.split('\\').join('/')).filter((f) => !ALLOWED[f]).sort();
  it.each(files)('%s has no Russian text outside src/i18n/ru.ts', (file) => {
    expect(cyrillicLines(readFileSync(file, 'utf8')), `${file}: перенесите надписи в src/i18n/ru.ts и выводите их через t('…')`).toEqual([]);
  });
});
