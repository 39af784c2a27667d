import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Directory of the source documents (copies in `test/fixtures/seeds/`); override with SETKA_SEEDS. */
export function seedsDir(): string {
  return resolve(process.env.SETKA_SEEDS ?? join(import.meta.dirname, '..', 'fixtures', 'seeds'));
}

/** Text of the seed whose file name starts with `prefix` (e.g. `002_`). */
export function readSeed(prefix: string): string {
  const dir = seedsDir();
  const name = readdirSync(dir).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`Нет исходного документа ${prefix}* в ${dir}`);
  return readFileSync(join(dir, name), 'utf8');
}

/** Collapses whitespace so page breaks and doubled spaces in the seed do not matter. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
