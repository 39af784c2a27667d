import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CHECK_NODE_FLAGS } from '../../scripts/lib/node-flags';

it('npm run check starts Node with the same flags as the build\'s check step and the bench', () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  expect(scripts.check).toBe(`node ${CHECK_NODE_FLAGS.join(' ')} --import tsx scripts/check.ts`);
});
