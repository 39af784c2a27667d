import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The XSS corpus (test/fixtures/xss/payloads.txt): one payload per line, `\n` = line break, `//` lines are comments. */
export function loadXssPayloads(): string[] {
  return readFileSync(resolve('test/fixtures/xss/payloads.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('//'))
    .map((line) => line.replace(/\\n/g, '\n'));
}
