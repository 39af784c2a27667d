import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CHECK_NODE_FLAGS, PARSER_NODE_FLAGS } from '../../scripts/lib/node-flags';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

it('npm run check starts Node with the same flags as the build\'s check step and the bench', () => {
  expect(scripts.check).toBe(`node ${CHECK_NODE_FLAGS.join(' ')} --import tsx scripts/check.ts`);
});

it('the deadline CLI and its bench start Node with the parser\'s flags, as the bench and the tests start the CLI', () => {
  expect(PARSER_NODE_FLAGS.every((flag) => CHECK_NODE_FLAGS.includes(flag as never))).toBe(true);
  expect(scripts.deadlines).toBe(`node ${PARSER_NODE_FLAGS.join(' ')} --import tsx scripts/deadlines.ts`);
  expect(scripts['bench:deadlines']).toBe(`node ${PARSER_NODE_FLAGS.join(' ')} --import tsx scripts/bench-deadlines.ts`);
  for (const file of ['scripts/bench-deadlines.ts', 'test/helpers/deadline-cli.ts']) {
    expect(readFileSync(file, 'utf8'), file).toContain("spawn(process.execPath, [...PARSER_NODE_FLAGS, '--import', 'tsx', 'scripts/deadlines.ts'");
  }
});
