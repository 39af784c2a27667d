import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCheck } from '../../src/lib/check';
import { importTexts, type ImportInput, type ImportResult } from '../../src/lib/import';
import { renderDocument } from '../../src/lib/markdown';
import { readSeed, seedsDir, squash } from './seed';

/** A seed kept in test/fixtures/seeds (tests read nothing outside the repository), with its file name for the importer's report. */
export function fixtureSeed(prefix: string): { name: string; text: string } {
  const name = readdirSync(seedsDir()).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`нет test/fixtures/seeds/${prefix}*`);
  return { name, text: readSeed(prefix) };
}

/** Imports into a fresh project directory (content under src/content) and runs the real check over it. */
export function importAndCheck(inputs: ImportInput[]): { dir: string; result: ImportResult; check: ReturnType<typeof runCheck>; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'setka-import-'));
  const result = importTexts(inputs);
  for (const f of result.files) {
    const full = join(dir, 'src', 'content', f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.content);
  }
  return { dir, result, check: runCheck(dir), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export { squash };
/** Markdown source → the text a reader sees (escapes and emphasis marks dropped). */
export const unmark = (s: string) => squash(s.replace(/\\([\\`*_<>[\]|#>+])/g, '$1').replace(/\*\*/g, '').replace(/^#+\s*/, ''));

/**
 * Numbered clauses of a source text, read independently of the importer: every line (outside tables)
 * that starts with a clause number, and a number glued to a capital inside a line («… 3.1.Образовательные»).
 */
export function sourceClauses(text: string): Array<{ number: string; text: string }> {
  const out: Array<{ number: string; text: string }> = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.includes('\t')) continue;
    const line = raw.replace(/\*\*/g, '').trim();
    const m = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.|(?=\s))/.exec(line);
    if (!m || /^\d{1,2}\s+[а-яё]+\s+\d{4}/.test(line)) continue; // «10 августа 2017 года» is a date
    const glued = new RegExp(`\\s(${m[1]}\\.\\d{1,2})\\.(?=[А-ЯЁ])`).exec(line);
    if (glued) {
      out.push({ number: m[1]!, text: squash(line.slice(0, glued.index)) });
      out.push({ number: glued[1]!, text: squash(line.slice(glued.index)) });
    } else out.push({ number: m[1]!, text: squash(line) });
  }
  return out;
}

/** Numbered clauses of a written document file as the site renders them: number and plain text. */
export function renderedClauses(file: string): Array<{ number: string; text: string; id: string }> {
  const source = readFileSync(file, 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return renderDocument(body).clauses.filter((c) => /^\d/.test(c.number)).map((c) => ({ number: c.number, text: unmark(c.text), id: c.id }));
}
