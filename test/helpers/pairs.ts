/**
 * A pairing list's rows as the site reads them, from its pair files (`pairs/<list>/<school>.yaml`)
 * in `number` order: for tests that compare a list with its source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface PairFile {
  list: string;
  number: number;
  school: string;
  coordinator: { name: string; position: string };
  partner: string;
  curator: { name: string; position: string };
}

/** Rows of one list from the texts of its pair files. */
export function pairRowsOf(texts: readonly string[]): PairFile[] {
  return texts.map((t) => parse(t) as PairFile).sort((a, b) => a.number - b.number);
}

/** Rows of list `list` under a content root (`src/content` by default). */
export function pairRows(list: string, content = join(process.cwd(), 'src', 'content')): PairFile[] {
  const dir = join(content, 'pairs', list);
  return pairRowsOf(readdirSync(dir).filter((n) => n.endsWith('.yaml')).map((n) => readFileSync(join(dir, n), 'utf8')));
}
